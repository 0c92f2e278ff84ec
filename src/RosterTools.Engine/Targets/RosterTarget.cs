using System;
using RosterTools.Targets.Local;

namespace RosterTools.Targets;

/// <summary>
/// Which directory to apply plans to, and the state folder that goes with it (journal, audit log, lifecycle
/// state): what Connect-RosterTarget returns. It holds how to reach the directory, never an open connection:
/// <see cref="Open"/> opens one for the length of a run.
/// </summary>
/// <remarks>
/// The engine knows the local store. A target that lives in another assembly (Entra ID) or needs settings the engine
/// does not hold (a SCIM token) is made with <see cref="Custom"/> by the host that knows how to open it.
/// </remarks>
public sealed class RosterTarget
{
    private readonly Func<IDirectoryTarget> _open;

    private RosterTarget(string kind, string statePath, string description, Func<IDirectoryTarget> open)
    {
        Kind = kind;
        StatePath = statePath;
        Description = description;
        _open = open;
    }

    /// <summary>The kind of directory, as a sync config's <c>target:</c> names it (<c>local</c>, <c>entra</c>, <c>scim</c>).</summary>
    public string Kind { get; }

    /// <summary>The state folder: journal, audit log and lifecycle state (and, for the local store, the directory itself).</summary>
    public string StatePath { get; }

    /// <summary>What the target is, for people; never a secret.</summary>
    public string Description { get; }

    /// <summary>The local store in <paramref name="statePath"/>.</summary>
    public static RosterTarget Local(string statePath)
    {
        var full = System.IO.Path.GetFullPath(statePath);
        return new RosterTarget("local", full, "local store " + full, () => LocalStoreTarget.Open(full));
    }

    /// <summary>A target the host knows how to open (<paramref name="open"/> is called once per run; the run disposes what it returns).</summary>
    public static RosterTarget Custom(string kind, string statePath, string description, Func<IDirectoryTarget> open) =>
        new(kind, System.IO.Path.GetFullPath(statePath), description, open ?? throw new ArgumentNullException(nameof(open)));

    /// <summary>Opens the directory for a run; dispose it when the run is over.</summary>
    /// <exception cref="System.IO.IOException">The local store is in use by another process.</exception>
    public IDirectoryTarget Open() => _open();

    /// <summary>The description.</summary>
    public override string ToString() => Description;
}
