using System;
using System.Collections.Generic;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// What must be done to a directory, and why: the ordered actions, the lifecycle updates that go with them, the
/// conflicts found (as findings, not actions), a summary, and whether the safety limits block it. A plan saves
/// to JSON and reads back exactly (<see cref="PlanJson"/>), to be reviewed now and applied later.
/// </summary>
public sealed class Plan
{
    /// <summary>When the plan was made (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>The day the plan counts days from (grace periods), in the district's time.</summary>
    public DateTime Today { get; set; }

    /// <summary>What the plan was made from.</summary>
    public PlanInputs Inputs { get; set; } = new();

    /// <summary>The actions, in the order they must be carried out.</summary>
    public IList<PlanAction> Actions { get; set; } = new List<PlanAction>();

    /// <summary>The lifecycle state changes that go with the actions.</summary>
    public IList<LifecycleUpdate> LifecycleUpdates { get; set; } = new List<LifecycleUpdate>();

    /// <summary>Conflicts and other things the admin should know (two people for one account, a name that cannot be made unique...).</summary>
    public IList<Finding> Findings { get; set; } = new List<Finding>();

    /// <summary>Whether a safety limit blocks the plan: it is applied only with an explicit override.</summary>
    public bool Blocked => BlockedReasons.Count > 0;

    /// <summary>Why the plan is blocked.</summary>
    public IList<string> BlockedReasons { get; set; } = new List<string>();

    /// <summary>Counts by action and school.</summary>
    public PlanSummary Summary { get; set; } = new();

    /// <summary>"Plan: 12 Create, 3 Disable (blocked: ...)".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        foreach (var entry in Summary.ByAction)
        {
            parts.Add($"{entry.Value} {entry.Key}");
        }

        return $"Plan of {Today:yyyy-MM-dd}: {(parts.Count == 0 ? "nothing to do" : string.Join(", ", parts))}{(Blocked ? " (BLOCKED: " + string.Join("; ", BlockedReasons) + ")" : string.Empty)}";
    }
}
