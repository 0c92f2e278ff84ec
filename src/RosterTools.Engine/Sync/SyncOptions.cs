using System;
using RosterTools.Apply;
using RosterTools.Planning;

namespace RosterTools.Sync;

/// <summary>How <see cref="SyncRunner"/> runs: what-if, the callbacks of the apply stages, the day it counts from.</summary>
public sealed class SyncOptions
{
    /// <summary>Only say what would be done: nothing is applied or saved.</summary>
    public bool WhatIf { get; set; }

    /// <summary>Asked before each action (a cmdlet's ShouldProcess).</summary>
    public Func<PlanAction, bool>? Confirm { get; set; }

    /// <summary>Each action's result.</summary>
    public Action<ActionResult>? Result { get; set; }

    /// <summary>The apply stages' progress.</summary>
    public IProgress<ApplyProgress>? Progress { get; set; }

    /// <summary>The stage the sync is in ("importing ...", "planning", "provisioning").</summary>
    public IProgress<string>? Stage { get; set; }

    /// <summary>The day grace periods count from; today by default.</summary>
    public DateTime? Today { get; set; }
}
