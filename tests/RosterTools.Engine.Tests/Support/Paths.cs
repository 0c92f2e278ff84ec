using System;
using System.IO;

namespace RosterTools.Tests;

/// <summary>Where the repository, its examples and the shared conformance material are.</summary>
internal static class Paths
{
    public static string Repository { get; } = FindRepository();

    /// <summary>../shared next to the repository: conformance bundles, OpenAPI and SCIM material, read in place.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Repository, "..", "shared"));

    public static string Conformance(params string[] parts) => Path.Combine(Shared, "conformance", Path.Combine(parts));

    public static string Examples(params string[] parts) => Path.Combine(Repository, "examples", Path.Combine(parts));

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RosterTools.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find RosterTools.sln above " + AppContext.BaseDirectory);
    }
}
