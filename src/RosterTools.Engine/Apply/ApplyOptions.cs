using System;
using System.Collections.Generic;
using RosterTools.Apply.Passwords;
using RosterTools.Planning;
using RosterTools.Policy;

namespace RosterTools.Apply;

/// <summary>How <see cref="Applier"/> carries a plan out.</summary>
public sealed class ApplyOptions
{
    /// <summary>Which stages to carry out: Invoke-Provision's, Invoke-Deprovision's, or both (the default).</summary>
    public ApplyStages Stages { get; set; } = ApplyStages.Both;

    /// <summary>Apply a plan the safety limits block. Only ever set from an explicit admin choice (-Force -OverrideSafetyLimit).</summary>
    public bool OverrideSafetyLimit { get; set; }

    /// <summary>
    /// The state folder: the journal, the audit log and the lifecycle state live there. Without one, nothing is
    /// journaled or audited and the lifecycle state is not updated (for tests and measurements only).
    /// </summary>
    public string? StateFolder { get; set; }

    /// <summary>Whether to keep the journal (default true; needs <see cref="StateFolder"/>).</summary>
    public bool Journal { get; set; } = true;

    /// <summary>Whether to write the audit log (default true; needs <see cref="StateFolder"/>).</summary>
    public bool Audit { get; set; } = true;

    /// <summary>The size at which a month's audit file rolls over.</summary>
    public long AuditFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Only say what would happen: <see cref="Confirm"/> is still asked for every action (so -WhatIf lists them all),
    /// but nothing goes to the target and nothing is written. Every result is Skipped.
    /// </summary>
    public bool WhatIf { get; set; }

    /// <summary>
    /// Asked once per action before it goes to the target (a cmdlet's ShouldProcess); false skips it. Called on the
    /// thread that called <see cref="Applier.Apply"/>.
    /// </summary>
    public Func<PlanAction, bool>? Confirm { get; set; }

    /// <summary>
    /// Told the initial password of each account the run creates (Done), on the calling thread, before the journal
    /// records it: for the protected output the admin asked for (<see cref="PasswordFile"/>). Null: the
    /// password goes to the target only.
    /// </summary>
    public Action<IssuedPassword>? PasswordIssued { get; set; }

    /// <summary>Each result as soon as it is known, on the calling thread.</summary>
    public Action<ActionResult>? Result { get; set; }

    /// <summary>Counts and an estimate after each batch, on the calling thread.</summary>
    public IProgress<ApplyProgress>? Progress { get; set; }

    /// <summary>The password rules by name (the policy's <c>passwords</c>); a Create whose rule is not here gets the rule named "default", else 16 random characters of all four classes.</summary>
    public IDictionary<string, PasswordRule> Passwords { get; set; } = new Dictionary<string, PasswordRule>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The run's id; a new one by default.</summary>
    public string? RunId { get; set; }

    /// <summary>Who runs it, for the audit log; the current user by default.</summary>
    public string? User { get; set; }

    /// <summary>The machine, for the audit log; this one by default.</summary>
    public string? Machine { get; set; }

    /// <summary>The largest batch handed to the target; the target's preferred size by default.</summary>
    public int? BatchSize { get; set; }
}

/// <summary>Which stages of a plan to carry out.</summary>
[Flags]
public enum ApplyStages
{
    /// <summary>Giving access (Invoke-Provision).</summary>
    Provision = 1,

    /// <summary>Taking access away (Invoke-Deprovision).</summary>
    Deprovision = 2,

    /// <summary>Both, provisioning first.</summary>
    Both = Provision | Deprovision,
}
