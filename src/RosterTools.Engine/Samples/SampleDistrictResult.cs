using System.Collections.Generic;
using RosterTools.OneRoster;

namespace RosterTools.Samples;

/// <summary>What a generated sample district holds.</summary>
public sealed class SampleDistrictResult
{
    /// <summary>Creates the result.</summary>
    public SampleDistrictResult(string path, OneRosterVersion version, int seed, IReadOnlyDictionary<string, long> rows, long bytes)
    {
        Path = path;
        Version = version;
        Seed = seed;
        Rows = rows;
        Bytes = bytes;
    }

    /// <summary>The folder the bundle was written to.</summary>
    public string Path { get; }

    /// <summary>The OneRoster version.</summary>
    public OneRosterVersion Version { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The data rows written to each file (orgs, users, ...), by collection name.</summary>
    public IReadOnlyDictionary<string, long> Rows { get; }

    /// <summary>The size of the bundle on disk, in bytes.</summary>
    public long Bytes { get; }
}
