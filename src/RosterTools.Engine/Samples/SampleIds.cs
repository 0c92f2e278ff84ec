using System;
using System.Globalization;

namespace RosterTools.Samples;

/// <summary>What a sourcedId identifies; part of what it is made from, so ids of different kinds never meet.</summary>
internal enum IdKind : byte
{
    Org = 1,
    Session,
    Course,
    Class,
    Student,
    Staff,
    Guardian,
    Role,
    Enrollment,
    UserProfile,
}

/// <summary>
/// The identifiers of a sample district, all made from the seed: GUID-style sourcedIds as many SIS exports have
/// them (lowercase 8-4-4-4-12 hex, shaped like version 4 UUIDs), and the numbers people see (student numbers,
/// employee and contact numbers). Both are unique by construction, not by luck: the low 62 bits of a sourcedId
/// are a keyed permutation of (kind, index), and a person number is a keyed permutation of the person's index.
/// </summary>
internal sealed class SampleIds
{
    /// <summary>How many things of one kind can have ids (the index fits in 48 bits).</summary>
    public const long MaxIndex = 1L << 48;

    private const ulong Mask62 = (1UL << 62) - 1;
    private static readonly char[] Hex = "0123456789abcdef".ToCharArray();
    private readonly ulong _xor;
    private readonly ulong _multiplier1;
    private readonly ulong _multiplier2;
    private readonly ulong _add;
    private readonly ulong _high;
    private readonly int _seed;

    public SampleIds(int seed)
    {
        _seed = seed;
        var random = SampleRandom.For(seed, SampleStream.Ids, 0);
        _xor = random.NextUInt64() & Mask62;
        _multiplier1 = random.NextUInt64() | 1;
        _multiplier2 = random.NextUInt64() | 1;
        _add = random.NextUInt64();
        _high = random.NextUInt64();
    }

    /// <summary>Enrollment ids pack the class number into this many bits...</summary>
    public const int ClassBits = 22;

    /// <summary>...and the person number into this many.</summary>
    public const int PersonBits = 25;

    /// <summary>
    /// The sourcedId of a role, made from its person (kind 0 students, 1 staff, 2 guardians) and its place among that
    /// person's roles, so that it stays put when others change.
    /// </summary>
    public string Role(int kind, int person, int slot) => SourcedId(IdKind.Role, ((long)kind << 46) | ((long)person << 2) | (long)slot);

    /// <summary>The sourcedId of an enrollment, made from the class and the person, so that it stays put while others come and go.</summary>
    public string Enrollment(int section, bool staff, int person) =>
        SourcedId(IdKind.Enrollment, ((long)section << (PersonBits + 1)) | (staff ? 1L << PersonBits : 0) | (uint)person);

    /// <summary>The sourcedId of thing number <paramref name="index"/> of a kind.</summary>
    public string SourcedId(IdKind kind, long index)
    {
        if (index < 0 || index >= MaxIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A sample district has at most 2^48 things of a kind.");
        }

        var key = ((ulong)kind << 48) | (ulong)index;
        var low = Permute62(key);
        var high = SampleRandom.Mix(key ^ _high);
        var text = new char[36];
        Put(text, 0, high >> 32, 8);
        text[8] = '-';
        Put(text, 9, (high >> 16) & 0xFFFF, 4);
        text[13] = '-';
        text[14] = '4';
        Put(text, 15, high & 0xFFF, 3);
        text[18] = '-';
        text[19] = Hex[8 | (int)((low >> 60) & 3)];
        Put(text, 20, (low >> 48) & 0xFFF, 3);
        text[23] = '-';
        Put(text, 24, low & 0xFFFFFFFFFFFFUL, 12);
        return new string(text);
    }

    /// <summary>
    /// A number of at least <paramref name="minimumDigits"/> digits, unique for each index below
    /// <paramref name="population"/>, that does not reveal the order of the index: 1,000,000 + a keyed permutation of
    /// 0..8,999,999 for seven digits (more digits when the population needs them). The permutation is a Feistel
    /// network on the smallest even number of bits that holds the range, walked until it lands in the range.
    /// </summary>
    public string Number(SampleStream purpose, long index, long population, int minimumDigits)
    {
        var digits = minimumDigits;
        long floor = Pow10(digits - 1);
        while (floor * 9 < population)
        {
            digits++;
            floor *= 10;
        }

        var range = (ulong)(floor * 9);
        var halfBits = 1;
        while (1UL << (2 * halfBits) < range)
        {
            halfBits++;
        }

        var key = SampleRandom.Key(_seed, purpose, -1 - digits);
        var value = (ulong)index;
        do
        {
            value = Feistel(value, halfBits, key);
        }
        while (value >= range);

        return ((ulong)floor + value).ToString(CultureInfo.InvariantCulture);
    }

    private static ulong Feistel(ulong value, int halfBits, ulong key)
    {
        var mask = (1UL << halfBits) - 1;
        var left = value >> halfBits;
        var right = value & mask;
        for (var round = 0; round < 4; round++)
        {
            var mixed = SampleRandom.Mix(right ^ key ^ ((ulong)round * 0x9E3779B97F4A7C15UL)) & mask;
            (left, right) = (right, left ^ mixed);
        }

        return (left << halfBits) | right;
    }

    private static long Pow10(int exponent)
    {
        long value = 1;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }

    /// <summary>A keyed bijection of 62-bit values: xor, odd multiplications and xorshifts, all modulo 2^62.</summary>
    private ulong Permute62(ulong x)
    {
        x = (x ^ _xor) & Mask62;
        x = (x * _multiplier1) & Mask62;
        x ^= x >> 29;
        x = (x * _multiplier2) & Mask62;
        x ^= x >> 32;
        x = (x + _add) & Mask62;
        x ^= x >> 31;
        return x;
    }

    private static void Put(char[] text, int start, ulong value, int digits)
    {
        for (var i = digits - 1; i >= 0; i--)
        {
            text[start + i] = Hex[(int)(value & 0xF)];
            value >>= 4;
        }
    }
}
