using System;
using RosterTools.Apply;
using RosterTools.Planning;

namespace RosterTools.Sync;

/// <summary>How to run a sync.</summary>
public sealed class SyncOptions
{
    /// <summary>Plan and report what would be done, changing nothing (no snapshot, no state, no directory change).</summary>
    public bool WhatIf { get; set; }

    /// <summary>Apply a plan the safety limits block. Only for a reviewed, expected mass change (the start of a school year).</summary>
    public bool OverrideSafetyLimit { get; set; }

    /// <summary>The day the plan is for (default: today).</summary>
    public DateTime? Today { get; set; }

    /// <summary>Asked before each action (ShouldProcess); return false to leave it out. Null: every action goes.</summary>
    public Func<PlanAction, bool>? Confirm { get; set; }

    /// <summary>Told of each action's outcome as it ends.</summary>
    public Action<ActionResult>? Result { get; set; }

    /// <summary>Told of each step and of the progress of applying.</summary>
    public IProgress<SyncProgress>? Progress { get; set; }
}

/// <summary>Where a sync is: the step, and while applying, the counts.</summary>
public sealed class SyncProgress
{
    /// <summary>Creates a report.</summary>
    public SyncProgress(string step, ApplyProgress? apply = null)
    {
        Step = step;
        Apply = apply;
    }

    /// <summary>The step in words ("reading the source", "provisioning").</summary>
    public string Step { get; }

    /// <summary>While applying: the counts and the estimate.</summary>
    public ApplyProgress? Apply { get; }

    /// <inheritdoc />
    public override string ToString() => Apply is null ? Step : $"{Step}: {Apply}";
}
