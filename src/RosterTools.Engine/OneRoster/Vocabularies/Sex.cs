namespace RosterTools.OneRoster;

/// <summary>demographics.csv sex.</summary>
public enum Sex
{
    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,

    /// <summary>Unspecified (1.2).</summary>
    [SpecVersions(VersionSet.V1_2)]
    Unspecified,

    /// <summary>Other (1.2).</summary>
    [SpecVersions(VersionSet.V1_2)]
    Other,
}
