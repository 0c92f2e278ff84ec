using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;

namespace RosterTools.Cli.Commands;

/// <summary>What plan and names share: the policy, the directory CSV, the state folder and --today, each read with a usage error (exit 2) that names the file, line and column.</summary>
internal static class PlanSources
{
    public static Option<string> Roster() => new("--roster")
    {
        Description = "The SIS roster: a OneRoster bundle folder or .zip.",
        HelpName = "PATH",
        Required = true,
    };

    public static Option<string> Policy() => new("--policy")
    {
        Description = "The district's policy (YAML; see examples/policies/district.policy.yaml and docs/policy.md).",
        HelpName = "FILE",
        Required = true,
    };

    public static Option<string?> Directory(bool required, string description) => new("--directory")
    {
        Description = description,
        HelpName = "CSV",
        Required = required,
    };

    public static Option<DateTime?> Today() => new("--today")
    {
        Description = "The day grace periods and grades count from, yyyy-MM-dd. Default: today.",
        HelpName = "yyyy-MM-dd",
        CustomParser = ParseDay,
    };

    public static RosterPolicy LoadPolicy(string path)
    {
        try
        {
            return PolicyLoader.Load(path);
        }
        catch (PolicyException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot read the policy '{path}': {ex.Message}");
        }
    }

    /// <summary>The accounts of a directory CSV; no accounts when <paramref name="path"/> is null.</summary>
    public static DirectorySnapshot LoadDirectory(string? path, RosterPolicy policy)
    {
        if (path is null)
        {
            return new DirectorySnapshot(Array.Empty<DirectoryAccount>());
        }

        try
        {
            return DirectoryCsv.Read(path, policy.Identity.Attribute);
        }
        catch (DirectoryReadException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>The lifecycle state of a folder (empty when the folder has none yet); an empty state without a folder.</summary>
    public static LifecycleState LoadState(string? folder)
    {
        try
        {
            return folder is null ? new LifecycleState() : LifecycleStore.Load(folder);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static DateTime? ParseDay(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        result.AddError($"--today takes a date as yyyy-MM-dd, not '{text}'.");
        return null;
    }
}
