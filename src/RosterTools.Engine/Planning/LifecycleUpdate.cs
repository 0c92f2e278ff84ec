using System;

namespace RosterTools.Planning;

/// <summary>
/// A change to the lifecycle state that goes with a plan: a person first seen leaving, an account disabled, a
/// person back, a member added to or removed from a group RosterTools does not own. Applied with the plan, and
/// only when the action it depends on (if any) was done.
/// </summary>
public sealed class LifecycleUpdate
{
    /// <summary>What changes.</summary>
    public LifecycleUpdateKind Kind { get; set; }

    /// <summary>The account's anchor.</summary>
    public string Anchor { get; set; } = string.Empty;

    /// <summary>The day it happened (first seen leaving, disabled).</summary>
    public DateTime? Date { get; set; }

    /// <summary>Why the person is leaving (Leaving), in words.</summary>
    public string? Reason { get; set; }

    /// <summary>Whether an admin offboarded the account by hand (Leaving): see <see cref="State.LifecycleRecord.ByHand"/>.</summary>
    public bool ByHand { get; set; }

    /// <summary>The container the account was in before it went to the holding container (Disabled).</summary>
    public string? HomeContainer { get; set; }

    /// <summary>The group (MemberAdded, MemberRemoved).</summary>
    public string? Group { get; set; }

    /// <summary>The action that must be done for the update to apply; null when it applies with the plan.</summary>
    public string? AfterAction { get; set; }
}

/// <summary>The kinds of lifecycle update.</summary>
public enum LifecycleUpdateKind
{
    /// <summary>The person was first seen leaving.</summary>
    Leaving,

    /// <summary>RosterTools disabled the account.</summary>
    Disabled,

    /// <summary>The person is back (or the account is gone): forget the lifecycle record.</summary>
    Cleared,

    /// <summary>RosterTools added the account to a group it does not own.</summary>
    MemberAdded,

    /// <summary>RosterTools removed the account from a group it does not own.</summary>
    MemberRemoved,
}
