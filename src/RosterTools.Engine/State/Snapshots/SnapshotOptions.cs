using System;
using RosterTools.Export;

namespace RosterTools.State.Snapshots;

/// <summary>How a snapshot is saved, and which older ones are kept.</summary>
public sealed class SnapshotOptions
{
    /// <summary>Keep at most this many snapshots (the newest); null keeps any number.</summary>
    public int? KeepCount { get; set; }

    /// <summary>Keep the snapshots of the last this many days; null keeps them however old. The newest is always kept.</summary>
    public int? KeepDays { get; set; }

    /// <summary>The time of the snapshot (UTC); null for now.</summary>
    public DateTime? Now { get; set; }

    /// <summary>Receives progress as the bundle is written.</summary>
    public IProgress<ExportProgress>? Progress { get; set; }
}
