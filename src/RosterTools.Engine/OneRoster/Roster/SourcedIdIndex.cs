using System;
using System.Runtime.InteropServices;

namespace RosterTools.OneRoster;

/// <summary>
/// Finds a record's position in its table by sourcedId. An open-addressing table of longs (hash in the high half,
/// position + 1 in the low half) costs about 11 bytes a record, a third of a Dictionary's, which matters at eight
/// million enrollments; keeping the hash in the slot means a probe rarely has to look at the record itself.
/// </summary>
internal sealed class SourcedIdIndex
{
    private long[] _slots;
    private int _count;

    public SourcedIdIndex(int capacity = 16)
    {
        _slots = new long[SlotsFor(capacity)];
    }

    /// <summary>Says whether the key at a position is the one being looked for.</summary>
    public interface IKeyMatch
    {
        bool Matches(int position);
    }

    public int Count => _count;

    /// <summary>The position of <paramref name="sourcedId"/>, or -1. <paramref name="keyAt"/> gives the sourcedId at a position.</summary>
    public int Find(string sourcedId, Func<int, string> keyAt) => Find(Hash(sourcedId), new StringMatch(sourcedId, keyAt));

    /// <summary>
    /// The position of the sourcedId spelled by <paramref name="ascii"/> (UTF-8 bytes, all below 0x80), or -1:
    /// a lookup straight from a CSV field, without making a string of it.
    /// </summary>
    public int Find(ReadOnlySpan<byte> ascii, Func<int, string> keyAt)
    {
        var hash = Hash(ascii);
        for (var slot = FirstSlot(hash); ; slot = NextSlot(slot))
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((int)(entry >> 32) == hash && AsciiEquals(keyAt((int)(uint)entry - 1), ascii))
            {
                return (int)(uint)entry - 1;
            }
        }
    }

    /// <summary>The position of the first key with this hash that <paramref name="match"/> accepts, or -1; for keys other than sourcedIds.</summary>
    public int Find<TMatch>(int hash, TMatch match)
        where TMatch : struct, IKeyMatch
    {
        for (var slot = FirstSlot(hash); ; slot = NextSlot(slot))
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((int)(entry >> 32) == hash && match.Matches((int)(uint)entry - 1))
            {
                return (int)(uint)entry - 1;
            }
        }
    }

    /// <summary>Whether every byte is ASCII, so that the bytes are the string's characters.</summary>
    public static bool IsAscii(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds a sourcedId that is not in the index yet.</summary>
    public void Add(string sourcedId, int position) => Add(Hash(sourcedId), position);

    /// <summary>Adds a key, by its hash, that is not in the index yet.</summary>
    public void Add(int hash, int position)
    {
        if ((_count + 1) * 4L > _slots.Length * 3L)
        {
            Rehash(_slots.Length * 2);
        }

        Insert(hash, position);
        _count++;
    }

    /// <summary>Rebuilds the index for positions 0..count-1 (after records were removed and the rest moved up).</summary>
    public void Rebuild(int count, Func<int, string> keyAt)
    {
        Array.Clear(_slots, 0, _slots.Length);
        _count = 0;
        for (var position = 0; position < count; position++)
        {
            var key = keyAt(position);
            if (key.Length > 0)
            {
                Add(key, position);
            }
        }
    }

    /// <summary>Makes room for <paramref name="count"/> keys at once.</summary>
    public void EnsureCapacity(int count)
    {
        var size = SlotsFor(count);
        if (size > _slots.Length)
        {
            Rehash(size);
        }
    }

    /// <summary>
    /// A fast hash of the string's characters, four at a time. Roster data is trusted, so no randomisation. The
    /// ASCII bytes of the same text hash the same (see <see cref="Hash(ReadOnlySpan{byte})"/>).
    /// </summary>
    internal static int Hash(string text)
    {
        var chars = text.AsSpan();
        var words = MemoryMarshal.Cast<char, ulong>(chars);
        var hash = Seed(chars.Length);
        foreach (var word in words)
        {
            hash = Mix(hash, word);
        }

        for (var i = words.Length * 4; i < chars.Length; i++)
        {
            hash = Tail(hash, chars[i]);
        }

        return Finish(hash);
    }

    /// <summary>The hash of ASCII bytes: each group of four widened to the four UTF-16 characters they spell.</summary>
    internal static int Hash(ReadOnlySpan<byte> ascii)
    {
        var hash = Seed(ascii.Length);
        var whole = ascii.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            ulong word = ascii[i] | ((ulong)ascii[i + 1] << 16) | ((ulong)ascii[i + 2] << 32) | ((ulong)ascii[i + 3] << 48);
            hash = Mix(hash, word);
        }

        for (var i = whole; i < ascii.Length; i++)
        {
            hash = Tail(hash, ascii[i]);
        }

        return Finish(hash);
    }

    private static ulong Seed(int length) => 0x9E3779B97F4A7C15UL ^ (ulong)length;

    private static ulong Mix(ulong hash, ulong word)
    {
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDUL;
        return hash ^ (hash >> 29);
    }

    private static ulong Tail(ulong hash, uint unit) => (hash ^ unit) * 0xC4CEB9FE1A85EC53UL;

    private static int Finish(ulong hash)
    {
        hash ^= hash >> 32;
        var result = (int)hash;
        return result == 0 ? 1 : result;
    }

    private static bool AsciiEquals(string key, ReadOnlySpan<byte> ascii)
    {
        if (key.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (key[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>At most three quarters full; any size works, since slots are picked by multiplying, not masking.</summary>
    private static int SlotsFor(int capacity) => Math.Max(16, (int)Math.Min(int.MaxValue - 64, (capacity * 4L / 3) + 1));

    /// <summary>Maps a hash onto the slots (Lemire's multiply-shift range reduction).</summary>
    private int FirstSlot(int hash) => (int)(((ulong)(uint)hash * (ulong)_slots.Length) >> 32);

    private int NextSlot(int slot) => ++slot == _slots.Length ? 0 : slot;

    private void Insert(int hash, int position)
    {
        var slot = FirstSlot(hash);
        while (_slots[slot] != 0)
        {
            slot = NextSlot(slot);
        }

        _slots[slot] = ((long)hash << 32) | (uint)(position + 1);
    }

    private void Rehash(int size)
    {
        var old = _slots;
        _slots = new long[size];
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                Insert((int)(entry >> 32), (int)(uint)entry - 1);
            }
        }
    }

    private readonly struct StringMatch : IKeyMatch
    {
        private readonly string _key;
        private readonly Func<int, string> _keyAt;

        public StringMatch(string key, Func<int, string> keyAt)
        {
            _key = key;
            _keyAt = keyAt;
        }

        public bool Matches(int position) => string.Equals(_keyAt(position), _key, StringComparison.Ordinal);
    }
}
