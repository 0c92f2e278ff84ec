namespace RosterTools.Samples;

/// <summary>
/// What a stream of random numbers decides. Each person, family, school and section draws from its own stream,
/// keyed by (seed, purpose, index), so a decision about one of them never depends on how many numbers were drawn
/// for another: adding a decision (a "next night" change drawn from a second seed) leaves every other one as it was.
/// </summary>
internal enum SampleStream : byte
{
    District = 1,
    Grades,
    Schools,
    SchoolNames,
    Zones,
    Family,
    Student,
    Guardian,
    Staff,
    Electives,
    Demographics,
    Ids,

    /// <summary>A "next night" decision about a family (withdrawal).</summary>
    NextNightFamily,

    /// <summary>A "next night" decision about a student (school move, section change, name change, disabled).</summary>
    NextNightStudent,

    /// <summary>A family that moved into the district the next night.</summary>
    NextNightNewFamily,
}

/// <summary>
/// A small deterministic generator (SplitMix64): the same seed gives the same numbers on every .NET version and
/// platform, which System.Random does not promise.
/// </summary>
internal struct SampleRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public SampleRandom(ulong state) => _state = state;

    /// <summary>The stream of <paramref name="stream"/> decisions about thing number <paramref name="index"/>.</summary>
    public static SampleRandom For(int seed, SampleStream stream, long index) => new(Key(seed, stream, index));

    /// <summary>A 64-bit key that mixes the seed, the purpose and the index.</summary>
    public static ulong Key(int seed, SampleStream stream, long index) =>
        Mix(Mix(((ulong)(uint)seed * Golden) ^ ((ulong)stream << 56)) + ((ulong)index * 0xD1B54A32D192ED03UL));

    /// <summary>The SplitMix64 finaliser: a bijection of 64-bit values that scatters every input bit.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>A number from 0 to <paramref name="max"/> - 1 (max at least 1).</summary>
    public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/> - 1.</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>A number from 0 (inclusive) to 1 (exclusive).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Shuffles a part of an array (Fisher-Yates).</summary>
    public void Shuffle(int[] items, int start, int count)
    {
        for (var i = count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[start + i], items[start + j]) = (items[start + j], items[start + i]);
        }
    }
}
