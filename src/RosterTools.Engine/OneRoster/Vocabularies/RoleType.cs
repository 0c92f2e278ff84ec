namespace RosterTools.OneRoster;

/// <summary>roles.csv roleType: whether this is the user's primary role in the org.</summary>
public enum RoleType
{
    /// <summary>The primary role. A user has at most one primary role per org.</summary>
    Primary,

    /// <summary>Another role.</summary>
    Secondary,
}
