using System.Collections.Generic;

namespace RosterTools.Planning;

/// <summary>How many actions of each kind a plan has, in all and per school.</summary>
public sealed class PlanSummary
{
    /// <summary>Actions by type.</summary>
    public IDictionary<ActionType, int> ByAction { get; set; } = new SortedDictionary<ActionType, int>();

    /// <summary>Actions by school, then by type. Actions without a school are under "(none)".</summary>
    public IDictionary<string, IDictionary<ActionType, int>> BySchool { get; set; } = new SortedDictionary<string, IDictionary<ActionType, int>>(System.StringComparer.Ordinal);

    /// <summary>Accounts whose person is leaving but whose disable waits for the policy's days.</summary>
    public int WaitingToDisable { get; set; }

    /// <summary>Directory accounts with an anchor that are not protected: what the safety percentages count against.</summary>
    public int ManagedAccounts { get; set; }

    /// <summary>SIS people the policy manages.</summary>
    public int ManagedPeople { get; set; }
}
