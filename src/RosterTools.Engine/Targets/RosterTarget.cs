using System;
using RosterTools.Targets.Local;

namespace RosterTools.Targets;

/// <summary>
/// Which directory to apply plans to, and the state folder that goes with it (journal, audit log, lifecycle
/// state): what Connect-RosterTarget returns and the <c>target:</c> section of a sync config names. It holds how to
/// reach the directory, never an open connection: <see cref="Open"/> opens one for the length of a run.
/// </summary>
/// <remarks>Each kind of target adds its settings and factory in its own partial file, and its case in <see cref="Open"/>.</remarks>
public sealed partial class RosterTarget
{
    private RosterTarget(TargetKind kind, string statePath, string description)
    {
        Kind = kind;
        StatePath = statePath;
        Description = description;
    }

    /// <summary>The kind of directory.</summary>
    public TargetKind Kind { get; }

    /// <summary>The state folder: journal, audit log and lifecycle state (and, for the local store, the directory itself).</summary>
    public string StatePath { get; }

    /// <summary>What the target is, for people; never a secret.</summary>
    public string Description { get; }

    /// <summary>The local store in <paramref name="statePath"/>.</summary>
    public static RosterTarget Local(string statePath)
    {
        var full = System.IO.Path.GetFullPath(statePath);
        return new RosterTarget(TargetKind.Local, full, "local store " + full);
    }

    /// <summary>Opens the directory for a run; dispose it when the run is over.</summary>
    /// <exception cref="System.IO.IOException">The local store is in use by another process.</exception>
    public IDirectoryTarget Open() => Kind switch
    {
        TargetKind.Local => LocalStoreTarget.Open(StatePath),
        _ => throw new NotSupportedException($"Targets of kind {Kind} cannot be opened by this version of RosterTools."),
    };

    /// <summary>The description.</summary>
    public override string ToString() => Description;
}

/// <summary>The kinds of directory RosterTools applies plans to.</summary>
public enum TargetKind
{
    /// <summary>The local store in the state folder.</summary>
    Local,
}
