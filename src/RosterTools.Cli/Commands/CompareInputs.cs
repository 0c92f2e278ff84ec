using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using RosterTools.Cli.Output;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Profiles;
using RosterTools.State.Snapshots;

namespace RosterTools.Cli.Commands;

/// <summary>What compare, merge and export share: reading the bundles they are given, the snapshot store, the options they have in common.</summary>
internal static class CompareInputs
{
    public static Option<string?> Snapshots(string description) => new("--snapshots")
    {
        Description = description,
        HelpName = "DIR",
    };

    public static Option<bool> Force(string what) => new("--force")
    {
        Description = $"Replace {what}: an existing .zip, or the OneRoster files of a folder that is not empty (other files are left alone).",
    };

    public static Option<bool> Strict(string description) => new("--strict") { Description = description };

    public static Option<string> Out(string description, bool required = true) => new("--out")
    {
        Description = description,
        HelpName = "DIR|ZIP",
        Required = required,
    };

    public static Option<string?> LineEnding() => new("--line-ending")
    {
        Description = "The line ending of the CSV files: crlf (RFC 4180; the default) or lf.",
        HelpName = "crlf|lf",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (text.Equals("crlf", StringComparison.OrdinalIgnoreCase))
            {
                return "\r\n";
            }

            if (text.Equals("lf", StringComparison.OrdinalIgnoreCase))
            {
                return "\n";
            }

            result.AddError($"Unknown --line-ending '{text}'. Use crlf or lf.");
            return null;
        },
    };

    public static Option<OneRosterVersion?> Version(string description) => new("--version")
    {
        Description = description,
        HelpName = "1.1|1.2",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (OneRosterVersions.TryParse(text, out var version))
            {
                return version;
            }

            result.AddError($"Unknown --version '{text}'. Use 1.1 or 1.2.");
            return null;
        },
    };

    public static Option<int?> Count(string name, string description, int minimum) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result => ParseCount(result, name, minimum),
    };

    /// <summary>
    /// Reads a bundle leniently, with progress; its findings are summed up on stderr in one line (the comparison, merge
    /// or export goes on with what was read; 'validate' lists them). An unreadable bundle ends the command (exit 2).
    /// </summary>
    public static Roster Read(CliContext cli, string path, string role)
    {
        Roster roster;
        using (var progress = cli.CreateProgress())
        {
            roster = OneRosterReader.Read(path, new ImportOptions { Progress = progress.ForImport }, cli.CancellationToken);
        }

        if (roster.ErrorCount + roster.WarningCount > 0)
        {
            cli.Say($"the {role} '{path}' has {FindingsReport.Totals(roster.ErrorCount, roster.WarningCount)}; what could be read is used. Run 'rostertools validate \"{path}\"' to see them.");
        }

        return roster;
    }

    /// <summary>The newest snapshot of a store, read back; exit 2 when the store has none.</summary>
    public static Roster Latest(CliContext cli, string folder, string role)
    {
        var store = Store(folder);
        var latest = store.Latest() ?? throw new UsageException($"The snapshot store '{store.Folder}' has no snapshot yet; save one first ('rostertools export <bundle> --snapshots \"{folder}\"').");
        cli.Say(string.Format(CultureInfo.InvariantCulture, "the {0} is the latest snapshot, {1} ({2:yyyy-MM-dd HH:mm:ss}Z).", role, latest.Name, latest.CreatedUtc));
        return Read(cli, latest.Path, role);
    }

    public static SnapshotStore Store(string folder)
    {
        try
        {
            return new SnapshotStore(folder);
        }
        catch (IOException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>Reads a profile; a mistake in it is a usage error that names its line (exit 2).</summary>
    public static ExportProfile? Profile(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return ExportProfile.Load(path);
        }
        catch (ProfileException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot read the profile '{path}': {ex.Message}");
        }
    }

    private static int? ParseCount(ArgumentResult result, string name, int minimum)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        result.AddError($"{name} takes a whole number of at least {minimum}, not '{text}'.");
        return null;
    }
}
