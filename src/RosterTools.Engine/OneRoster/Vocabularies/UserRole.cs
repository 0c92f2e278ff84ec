namespace RosterTools.OneRoster;

/// <summary>
/// What a user is in an org: 1.1 users.csv role, 1.2 roles.csv role. 1.2 replaced <c>administrator</c> with
/// district, site and system administrators, and added counselor and principal.
/// </summary>
public enum UserRole
{
    /// <summary>An administrator (1.1 only).</summary>
    [SpecVersions(VersionSet.V1_1)]
    Administrator,

    /// <summary>A teaching aide.</summary>
    Aide,

    /// <summary>A counselor (1.2).</summary>
    [SpecVersions(VersionSet.V1_2)]
    Counselor,

    /// <summary>A district administrator (1.2).</summary>
    [SpecVersions(VersionSet.V1_2)]
    DistrictAdministrator,

    /// <summary>A guardian.</summary>
    Guardian,

    /// <summary>A parent.</summary>
    Parent,

    /// <summary>A principal (1.2).</summary>
    [SpecVersions(VersionSet.V1_2)]
    Principal,

    /// <summary>A proctor.</summary>
    Proctor,

    /// <summary>A relative.</summary>
    Relative,

    /// <summary>A site (school) administrator (1.2).</summary>
    [SpecVersions(VersionSet.V1_2)]
    SiteAdministrator,

    /// <summary>A student.</summary>
    Student,

    /// <summary>A system administrator (1.2).</summary>
    [SpecVersions(VersionSet.V1_2)]
    SystemAdministrator,

    /// <summary>A teacher.</summary>
    Teacher,
}
