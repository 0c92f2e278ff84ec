using System;
using RosterTools.Planning;

namespace RosterTools.Audit;

/// <summary>Which audit entries to read: every condition given must hold.</summary>
public sealed class AuditQuery
{
    /// <summary>Entries at or after this time (UTC).</summary>
    public DateTime? Since { get; set; }

    /// <summary>Entries before this time (UTC).</summary>
    public DateTime? Until { get; set; }

    /// <summary>Entries about this account: its name, anchor or id (no case; * and ? are wildcards).</summary>
    public string? Account { get; set; }

    /// <summary>Entries of this action.</summary>
    public ActionType? Action { get; set; }

    /// <summary>Entries of this run.</summary>
    public string? RunId { get; set; }

    /// <summary>Whether <paramref name="entry"/> matches.</summary>
    public bool Matches(AuditEntry entry) =>
        (Since is null || entry.TimeUtc >= Since.Value.ToUniversalTime())
        && (Until is null || entry.TimeUtc < Until.Value.ToUniversalTime())
        && (Action is null || entry.Action == Action)
        && (RunId is null || string.Equals(entry.RunId, RunId, StringComparison.OrdinalIgnoreCase))
        && (Account is null || Wildcard.IsMatch(Account, entry.Account) || Wildcard.IsMatch(Account, entry.Anchor) || Wildcard.IsMatch(Account, entry.AccountId));
}
