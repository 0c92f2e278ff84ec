using System;
using System.Collections.Generic;
using System.Linq;

namespace RosterTools.OneRoster;

/// <summary>The files a OneRoster bundle may hold, by version, as the manifest names them.</summary>
public static class BundleFiles
{
    /// <summary>The name of the manifest file.</summary>
    public const string ManifestFileName = "manifest.csv";

    private static readonly string[] Common =
    {
        "academicSessions", "categories", "classes", "classResources", "courses", "courseResources", "demographics", "enrollments", "lineItems", "orgs", "resources", "results", "users",
    };

    private static readonly string[] AddedIn12 =
    {
        "lineItemLearningObjectiveIds", "lineItemScoreScales", "resultLearningObjectiveIds", "resultScoreScales", "roles", "scoreScales", "userProfiles", "userResources",
    };

    private static readonly string[] All12 = Common.Concat(AddedIn12).OrderBy(name => name, StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>The files of a version (without .csv), in the order manifests list them.</summary>
    public static IReadOnlyList<string> Of(OneRosterVersion version) => version == OneRosterVersion.V1_1 ? Common : All12;

    /// <summary>Whether a name (without .csv) is a file of any version.</summary>
    public static bool IsKnown(string name) => Array.IndexOf(All12, name) >= 0;

    /// <summary>The known file name that <paramref name="name"/> (without .csv) spells in another case, or null.</summary>
    public static string? FindIgnoringCase(string name) =>
        All12.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a name (without .csv) is a file of <paramref name="version"/>.</summary>
    public static bool IsIn(string name, OneRosterVersion version) => Array.IndexOf(version == OneRosterVersion.V1_1 ? Common : All12, name) >= 0;
}
