namespace RosterTools.OneRoster;

/// <summary>orgs.csv type.</summary>
public enum OrgType
{
    /// <summary>A department.</summary>
    Department,

    /// <summary>A school.</summary>
    School,

    /// <summary>A school district.</summary>
    District,

    /// <summary>A local education authority.</summary>
    Local,

    /// <summary>A state education authority.</summary>
    State,

    /// <summary>A national education authority.</summary>
    National,
}
