using System;
using System.IO;

namespace RosterTools.Tests.Cli.Support;

/// <summary>Where the repository and the shared conformance bundles are (read in place, never copied).</summary>
internal static class Paths
{
    public static string Repository { get; } = FindRepository();

    /// <summary>../shared/conformance next to the repository.</summary>
    public static string Conformance(string relative) =>
        Path.GetFullPath(Path.Combine(Repository, "..", "shared", "conformance", relative));

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
