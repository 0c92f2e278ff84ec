using System;

namespace RosterTools.State;

/// <summary>
/// What RosterTools remembers about an account whose person left (or is leaving): since when, why, and when
/// RosterTools disabled it. Grace periods count from these dates, so they are kept in the state folder, never
/// only in memory.
/// </summary>
public sealed class LifecycleRecord
{
    /// <summary>The account's anchor.</summary>
    public string Anchor { get; set; } = string.Empty;

    /// <summary>The first day the person was seen leaving (absent, tobedeleted, disabled or roles ended).</summary>
    public DateTime? LeavingSince { get; set; }

    /// <summary>Why, in words, as the plan that first saw it said.</summary>
    public string? LeavingReason { get; set; }

    /// <summary>
    /// Whether an admin offboarded the account by hand (Invoke-Deprovision with accounts): the nightly runs keep it
    /// leaving, to the delete after the grace period, although the SIS may still list the person as active. An
    /// admin who enables the account again brings the person back.
    /// </summary>
    public bool ByHand { get; set; }

    /// <summary>The day RosterTools disabled the account (null when it did not).</summary>
    public DateTime? DisabledOn { get; set; }

    /// <summary>The container the account was in before it was moved to the holding container.</summary>
    public string? HomeContainer { get; set; }
}
