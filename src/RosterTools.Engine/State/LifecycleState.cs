using System;
using System.Collections.Generic;

namespace RosterTools.State;

/// <summary>
/// The lifecycle dates of accounts, and the members RosterTools added to groups it does not own (so that it
/// removes only those, and never a club's or a teacher's manual members).
/// </summary>
public sealed class LifecycleState
{
    /// <summary>The records, by anchor.</summary>
    public IDictionary<string, LifecycleRecord> Accounts { get; set; } = new Dictionary<string, LifecycleRecord>(StringComparer.Ordinal);

    /// <summary>For groups whose membership RosterTools only adds to: the anchors it added, by group name.</summary>
    public IDictionary<string, ISet<string>> AddedMembers { get; set; } = new Dictionary<string, ISet<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The record of an anchor, or null.</summary>
    public LifecycleRecord? Find(string anchor) => Accounts.TryGetValue(anchor, out var record) ? record : null;

    /// <summary>Whether RosterTools added <paramref name="anchor"/> to <paramref name="group"/>.</summary>
    public bool Added(string group, string anchor) => AddedMembers.TryGetValue(group, out var anchors) && anchors.Contains(anchor);
}
