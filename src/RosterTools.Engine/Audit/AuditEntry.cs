using System;
using System.Collections.Generic;
using RosterTools.Apply;
using RosterTools.Planning;

namespace RosterTools.Audit;

/// <summary>
/// One line of the audit log: what happened to which account, when, in which run, by whom, why, from which SIS
/// export, and how it ended. Never a password or other secret: the changes of an attribute whose name says secret
/// are written as "(secret)".
/// </summary>
public sealed class AuditEntry
{
    /// <summary>When the outcome was known (UTC).</summary>
    public DateTime TimeUtc { get; set; }

    /// <summary>The run that carried the action out.</summary>
    public string RunId { get; set; } = string.Empty;

    /// <summary>Who ran it (DOMAIN\user, or user).</summary>
    public string User { get; set; } = string.Empty;

    /// <summary>The machine it ran on.</summary>
    public string Machine { get; set; } = string.Empty;

    /// <summary>The directory changed ("local store /var/lib/rostertools").</summary>
    public string? Target { get; set; }

    /// <summary>The plan action's stable id.</summary>
    public string ActionId { get; set; } = string.Empty;

    /// <summary>What was done.</summary>
    public ActionType Action { get; set; }

    /// <summary>Provision or Deprovision.</summary>
    public ActionStage Stage { get; set; }

    /// <summary>The account, as people know it.</summary>
    public string Account { get; set; } = string.Empty;

    /// <summary>The account's anchor (what ties it to its SIS person).</summary>
    public string? Anchor { get; set; }

    /// <summary>The target's id of the account.</summary>
    public string? AccountId { get; set; }

    /// <summary>The SIS record behind the action.</summary>
    public string? SourcedId { get; set; }

    /// <summary>The group of a membership action.</summary>
    public string? Group { get; set; }

    /// <summary>The licence of a licence action.</summary>
    public string? License { get; set; }

    /// <summary>The values before and after.</summary>
    public IList<AttributeChange> Changes { get; set; } = new List<AttributeChange>();

    /// <summary>Why, as the plan said.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>The SIS export the plan was made from.</summary>
    public string? Source { get; set; }

    /// <summary>The SHA-256 of that export's records (the snapshot the decision rests on).</summary>
    public string? Snapshot { get; set; }

    /// <summary>The policy the plan was made under.</summary>
    public string? Policy { get; set; }

    /// <summary>How it ended.</summary>
    public ActionStatus Result { get; set; }

    /// <summary>What the target answered.</summary>
    public string? Response { get; set; }

    /// <summary>Why it failed or was skipped.</summary>
    public string? Error { get; set; }

    /// <summary>"2026-11-21T02:00:00Z Done Create jdoe".</summary>
    public override string ToString() => $"{TimeUtc:yyyy-MM-ddTHH:mm:ssZ} {Result} {Action} {Account}{(Group is null ? string.Empty : " in " + Group)}{(License is null ? string.Empty : " " + License)}";

    /// <summary>Whether an attribute's values must never be written (a password, a secret).</summary>
    internal static bool IsSecret(string attribute) =>
        attribute.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0 || attribute.IndexOf("secret", StringComparison.OrdinalIgnoreCase) >= 0;
}
