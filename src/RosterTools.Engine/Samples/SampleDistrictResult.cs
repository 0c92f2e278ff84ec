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

    /// <summary>The data rows written to each file (orgs, users, ...), by collection name, in the order the files were written.</summary>
    public IReadOnlyDictionary<string, long> Rows { get; }

    /// <summary>The size of the bundle on disk, in bytes.</summary>
    public long Bytes { get; }

    /// <summary>The district's name.</summary>
    public string DistrictName { get; init; } = string.Empty;

    /// <summary>The mail domain of students' and staff's addresses (username@domain).</summary>
    public string Domain { get; init; } = string.Empty;

    /// <summary>How many schools the district has.</summary>
    public int Schools { get; init; }

    /// <summary>How many students.</summary>
    public int Students { get; init; }

    /// <summary>How many teachers (a teacher who works in two schools counts once).</summary>
    public int Teachers { get; init; }

    /// <summary>How many staff: teachers, aides, counselors, principals and district administrators.</summary>
    public int Staff { get; init; }

    /// <summary>How many parents and guardians.</summary>
    public int Guardians { get; init; }

    /// <summary>For a next night (<see cref="SampleDistrictOptions.NextNightSeed"/>): the changes since the first night, as a comparison of the two must report them; empty otherwise.</summary>
    public IReadOnlyList<SampleChange> Changes { get; init; } = System.Array.Empty<SampleChange>();

    /// <summary>For a next night: how many students each kind of change touched; null otherwise.</summary>
    public SampleChangeCounts? ChangeCounts { get; init; }
}
