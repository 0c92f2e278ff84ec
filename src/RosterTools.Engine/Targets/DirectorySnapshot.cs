using System.Collections.Generic;

namespace RosterTools.Targets;

/// <summary>What a directory holds at one moment: its accounts and the groups known to exist.</summary>
public sealed class DirectorySnapshot
{
    /// <summary>Creates a snapshot.</summary>
    public DirectorySnapshot(IReadOnlyList<DirectoryAccount> accounts, IReadOnlyList<DirectoryGroup>? groups = null, string? source = null)
    {
        Accounts = accounts;
        Groups = groups ?? System.Array.Empty<DirectoryGroup>();
        Source = source;
    }

    /// <summary>The accounts.</summary>
    public IReadOnlyList<DirectoryAccount> Accounts { get; }

    /// <summary>The groups known to exist (besides those the accounts are members of).</summary>
    public IReadOnlyList<DirectoryGroup> Groups { get; }

    /// <summary>Where the snapshot came from (a file, a target), for plans and messages.</summary>
    public string? Source { get; }
}
