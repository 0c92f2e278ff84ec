namespace RosterTools.Compare;

/// <summary>How a record (or a person) differs between the reference roster and the difference roster.</summary>
public enum ChangeType
{
    /// <summary>Only in the difference roster: new since the reference.</summary>
    Added,

    /// <summary>Only in the reference roster: gone since then.</summary>
    Removed,

    /// <summary>In both, with different values in at least one compared property.</summary>
    Modified,
}
