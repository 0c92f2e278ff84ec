using System.Collections.Generic;

namespace RosterTools.Policy;

/// <summary>What leaving means, and the stages an account goes through after its person left.</summary>
public sealed class DeprovisionPolicy
{
    /// <summary>What counts as leaving (all four by default).</summary>
    public IList<LeavingReason> LeavingWhen { get; set; } = new List<LeavingReason> { LeavingReason.Absent, LeavingReason.ToBeDeleted, LeavingReason.Disabled, LeavingReason.RolesEnded };

    /// <summary>Days after a person is first seen leaving before the account is disabled; 0 disables at once.</summary>
    public int DisableAfterDays { get; set; }

    /// <summary>Whether sign-in sessions are revoked when an account is disabled.</summary>
    public bool RevokeSessions { get; set; } = true;

    /// <summary>Whether group memberships RosterTools manages are removed when an account is disabled.</summary>
    public bool RemoveGroups { get; set; } = true;

    /// <summary>Whether licences are removed when an account is disabled.</summary>
    public bool RemoveLicenses { get; set; } = true;

    /// <summary>The container disabled accounts are moved to (a template); null to leave them where they are.</summary>
    public string? HoldingContainer { get; set; }

    /// <summary>Days after an account was disabled before it is deleted; null never deletes.</summary>
    public int? DeleteAfterDays { get; set; }

    /// <summary>Whether a person who comes back within the grace period gets the same account back, enabled and in place.</summary>
    public bool Reactivate { get; set; } = true;
}

/// <summary>What makes a person count as having left.</summary>
public enum LeavingReason
{
    /// <summary>Absent from a complete bulk snapshot of the SIS.</summary>
    Absent,

    /// <summary>Marked tobedeleted.</summary>
    ToBeDeleted,

    /// <summary>enabledUser is false.</summary>
    Disabled,

    /// <summary>Every role has an end date in the past.</summary>
    RolesEnded,
}
