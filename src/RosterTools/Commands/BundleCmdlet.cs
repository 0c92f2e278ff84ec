using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;
using RosterTools.Pipeline;

namespace RosterTools.Commands;

/// <summary>
/// A cmdlet that reads OneRoster bundles named by -Path (wildcards) or -LiteralPath (alias PSPath, so that
/// Get-Item and Get-ChildItem output binds by property name), resolved through PowerShell's providers: relative
/// paths are relative to the current PowerShell location, and PSDrives work.
/// </summary>
public abstract class BundleCmdlet : RosterCmdlet
{
    /// <summary>The parameter set of -Path.</summary>
    protected const string PathSet = "Path";

    /// <summary>The parameter set of -LiteralPath.</summary>
    protected const string LiteralPathSet = "LiteralPath";

    private const string FileSystemProvider = "FileSystem";

    /// <summary>The bundles: folders or .zip files. Wildcards are expanded.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>The bundles, exactly as written: no character is a wildcard.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>Whether a path given so far named nothing, matched nothing or was outside the file system.</summary>
    protected bool AnyPathFailed { get; private set; }

    /// <summary>
    /// The file-system paths of the bundles named by -Path or -LiteralPath, each once. A path that names nothing,
    /// a wildcard that matches nothing and a path outside the file system are each a non-terminating error.
    /// </summary>
    protected IReadOnlyList<string> ResolveBundlePaths()
    {
        var resolved = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path)
        {
            if (seen.Add(path))
            {
                resolved.Add(path);
            }
        }

        if (ParameterSetName == LiteralPathSet)
        {
            foreach (var path in LiteralPath)
            {
                if (ResolveLiteral(path) is { } literal)
                {
                    Add(literal);
                }
            }
        }
        else
        {
            foreach (var path in Path)
            {
                foreach (var match in ResolveWildcard(path))
                {
                    Add(match);
                }
            }
        }

        return resolved;
    }

    private IEnumerable<string> ResolveWildcard(string path)
    {
        Collection<string> matches;
        ProviderInfo provider;
        try
        {
            matches = GetResolvedProviderPathFromPSPath(path, out provider);
        }
        catch (Exception e) when (e is SessionStateException || e is NotSupportedException)
        {
            WritePathError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
            return Array.Empty<string>();
        }

        if (!IsFileSystem(path, provider))
        {
            return Array.Empty<string>();
        }

        if (matches.Count == 0)
        {
            WritePathError(ErrorRecords.PathNotFound(path, WildcardPattern.ContainsWildcardCharacters(path)));
        }

        return matches;
    }

    private string? ResolveLiteral(string path)
    {
        string resolved;
        ProviderInfo provider;
        try
        {
            resolved = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
        }
        catch (Exception e) when (e is SessionStateException || e is NotSupportedException)
        {
            WritePathError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
            return null;
        }

        if (!IsFileSystem(path, provider))
        {
            return null;
        }

        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            WritePathError(ErrorRecords.PathNotFound(path, wildcard: false));
            return null;
        }

        return resolved;
    }

    private bool IsFileSystem(string path, ProviderInfo provider)
    {
        if (string.Equals(provider.Name, FileSystemProvider, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        WritePathError(ErrorRecords.PathNotFileSystem(path, provider));
        return false;
    }

    private void WritePathError(ErrorRecord error)
    {
        AnyPathFailed = true;
        WriteError(error);
    }
}
