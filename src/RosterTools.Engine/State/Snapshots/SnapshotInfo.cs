using System;
using RosterTools.OneRoster;

namespace RosterTools.State.Snapshots;

/// <summary>One snapshot of a <see cref="SnapshotStore"/>: a compressed bulk bundle, named by the UTC time it was taken.</summary>
public sealed class SnapshotInfo
{
    internal SnapshotInfo(string name, string path, DateTime createdUtc)
    {
        Name = name;
        Path = path;
        CreatedUtc = createdUtc;
    }

    /// <summary>The file name, such as <c>roster-20261121T023015Z.zip</c>.</summary>
    public string Name { get; }

    /// <summary>The full path of the zip file: a OneRoster bundle that Import-OneRoster and Compare-Roster read.</summary>
    public string Path { get; }

    /// <summary>When the snapshot was taken (UTC).</summary>
    public DateTime CreatedUtc { get; }

    /// <summary>The OneRoster version of the bundle; null when not recorded (a snapshot found without its index entry).</summary>
    public string? Version { get; internal set; }

    /// <summary>Where the roster came from (a bundle path, a URL).</summary>
    public string? Source { get; internal set; }

    /// <summary>The size of the zip file in bytes.</summary>
    public long Bytes { get; internal set; }

    /// <summary>How many users the roster held (-1 when not recorded).</summary>
    public int Users { get; internal set; } = -1;

    /// <summary>How many enrollments the roster held (-1 when not recorded).</summary>
    public int Enrollments { get; internal set; } = -1;

    /// <summary>The errors the roster had when it was saved (-1 when not recorded).</summary>
    public int Errors { get; internal set; } = -1;

    /// <summary>The name and time.</summary>
    public override string ToString() => $"{Name} ({CreatedUtc:yyyy-MM-dd HH:mm:ss}Z)";

    internal static SnapshotInfo For(string name, string path, DateTime createdUtc, Roster roster, long bytes) => new(name, path, createdUtc)
    {
        Version = roster.Version.ToSpecString(),
        Source = roster.Source,
        Bytes = bytes,
        Users = roster.Users.Count,
        Enrollments = roster.Enrollments.Count,
        Errors = roster.ErrorCount,
    };
}
