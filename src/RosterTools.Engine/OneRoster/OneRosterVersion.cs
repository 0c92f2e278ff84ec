using System;

namespace RosterTools.OneRoster;

/// <summary>The versions of OneRoster that RosterTools reads and writes.</summary>
public enum OneRosterVersion
{
    /// <summary>OneRoster 1.1: users.csv carries orgSourcedIds and role.</summary>
    V1_1,

    /// <summary>OneRoster 1.2 (and 1.2.1): roles.csv and userProfiles.csv, preferred names.</summary>
    V1_2,
}

/// <summary>Spellings of <see cref="OneRosterVersion"/> as manifests and command lines write them.</summary>
public static class OneRosterVersions
{
    /// <summary>"1.1" or "1.2".</summary>
    public static string ToSpecString(this OneRosterVersion version) => version switch
    {
        OneRosterVersion.V1_1 => "1.1",
        OneRosterVersion.V1_2 => "1.2",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, null),
    };

    /// <summary>Reads "1.1", "1.2" or "1.2.1" (1.2.1 is written as 1.2 in manifests, but people type it).</summary>
    public static bool TryParse(string? text, out OneRosterVersion version)
    {
        switch (text?.Trim())
        {
            case "1.1":
                version = OneRosterVersion.V1_1;
                return true;
            case "1.2":
            case "1.2.1":
                version = OneRosterVersion.V1_2;
                return true;
            default:
                version = default;
                return false;
        }
    }
}

/// <summary>Which versions of OneRoster define a column or a vocabulary member.</summary>
[Flags]
public enum VersionSet
{
    /// <summary>OneRoster 1.1 only.</summary>
    V1_1 = 1,

    /// <summary>OneRoster 1.2 only.</summary>
    V1_2 = 2,

    /// <summary>Both versions.</summary>
    All = V1_1 | V1_2,
}

/// <summary>Helpers for <see cref="VersionSet"/>.</summary>
public static class VersionSets
{
    /// <summary>Whether <paramref name="set"/> includes <paramref name="version"/>.</summary>
    public static bool Includes(this VersionSet set, OneRosterVersion version) =>
        (set & (version == OneRosterVersion.V1_1 ? VersionSet.V1_1 : VersionSet.V1_2)) != 0;
}
