using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using RosterTools.Cli.Output;
using RosterTools.Json;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools import (&lt;path&gt; | --url URL …) [--strict] [--entity KIND] [--format table|json] [--include-secrets]</c>:
/// reads a bundle or a REST provider and prints what it holds (or streams one collection's records). Data goes to
/// stdout; the findings summary of a table-format import goes to stderr.
/// </summary>
internal static class ImportCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools import ./district                          version, files and counts; a findings summary on stderr",
        "rostertools import ./district.zip --format json        {\"version\",\"files\",\"counts\",\"errors\",\"warnings\"}",
        "rostertools import ./district --entity users           a table of the users",
        "rostertools import ./district --entity Users --format json > users.json",
        "rostertools import ./district --strict --format json   prints nothing and exits 1 if the bundle has errors",
        "ONEROSTER_SECRET=… rostertools import --url https://sis.example.org --token-url https://sis.example.org/oauth/token --client-id sync --client-secret-env ONEROSTER_SECRET",
        "rostertools import --url https://sis.example.org --version 1.1 --auth oauth1 --client-id key --client-secret-stdin --entity users --format json < secret.txt",
    };

    public static Command Create(CliContext cli)
    {
        var strict = new Option<bool>("--strict")
        {
            Description = "Refuse the import when the bundle has any error: print nothing on stdout, list the errors on stderr and exit 1. "
                + "Without it, what is sound is imported, the rest is reported, and the exit code is still 1 when there are errors. "
                + "With --entity, the whole bundle is validated first (a second pass) and no record is printed unless it passes.",
        };
        var entity = CommonOptions.Entity();
        var format = CommonOptions.Format(
            "table: a summary for people (with --entity: a compact table of the records). "
            + "json: the summary {\"version\",\"files\",\"counts\",\"errors\",\"warnings\"}, or with --entity a JSON array of the records with spec field names. "
            + "Findings are summarised on stderr in table format only; use validate for all of them.");
        var includeSecrets = new Option<bool>("--include-secrets")
        {
            Description = "With --entity and --format json: include passwords (users.password, userProfiles.password). They are left out by default, and tables never show them.",
        };

        var command = new Command("import", "Read a OneRoster 1.1 or 1.2 bundle (folder or .zip), or a REST provider (--url), and print its version, files, counts and finding totals, or stream the records of one collection.")
        {
            strict, entity, format, includeSecrets,
        };
        var source = SourceOptions.AddTo(command);
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(
            cli,
            source.Resolve(parseResult, cli),
            parseResult.GetValue(strict),
            parseResult.GetValue(entity),
            parseResult.GetValue(format),
            parseResult.GetValue(includeSecrets))));
        return command;
    }

    private static int Run(CliContext cli, Source source, bool strict, OneRosterEntity? entity, OutputFormat format, bool includeSecrets)
    {
        using (source)
        {
            if (includeSecrets && (entity is null || format != OutputFormat.Json))
            {
                throw new UsageException("--include-secrets applies only to 'import --entity <collection> --format json' (tables never show passwords). Run 'rostertools import --help' for usage.");
            }

            return entity is { } collection
                ? ImportEntity(cli, source, collection, strict, format, includeSecrets)
                : ImportBundle(cli, source, strict, format);
        }
    }

    private static int ImportBundle(CliContext cli, Source source, bool strict, OutputFormat format)
    {
        var path = source.Name;
        Roster roster;
        using (var progress = cli.CreateProgress())
        {
            try
            {
                roster = source.Read(strict, progress.ForImport, cli.CancellationToken);
            }
            catch (RosterValidationException refused)
            {
                progress.Clear();
                return Refused(cli, path, refused.Findings, format);
            }
        }

        if (format == OutputFormat.Json)
        {
            using var output = cli.OpenOutput();
            RosterJson.WriteSummary(output, roster);
            output.WriteByte((byte)'\n');
        }
        else
        {
            using (var output = cli.OpenOutputText())
            {
                RosterSummary.Write(output, roster);
            }

            if (roster.ErrorCount + roster.WarningCount > 0)
            {
                FindingsReport.WriteSummary(cli.Error, roster.Findings, path, $"{FindingsReport.Totals(roster.ErrorCount, roster.WarningCount)} in '{path}'");
            }
        }

        return roster.ErrorCount > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static int ImportEntity(CliContext cli, Source source, OneRosterEntity entity, bool strict, OutputFormat format, bool includeSecrets)
    {
        var path = source.Name;
        if (strict)
        {
            // Strict means nothing of a bundle with errors is used: check the whole bundle, references included, first.
            using var check = cli.CreateProgress();
            try
            {
                source.Read(strict: true, check.ForImport, cli.CancellationToken);
            }
            catch (RosterValidationException refused)
            {
                check.Clear();
                return Refused(cli, path, refused.Findings, format);
            }
        }

        var findings = new FindingCollection();
        using (var progress = cli.CreateProgress(writesOutputWhileWorking: true))
        {
            using var records = source.Open(entity, findings, progress.ForImport, includeDerivedRoles: entity == OneRosterEntity.Users, cli.CancellationToken);
            if (format == OutputFormat.Json)
            {
                using var output = cli.OpenOutput();
                RosterJson.WriteRecords(output, records, records.Version, includeSecrets);
                output.WriteByte((byte)'\n');
            }
            else
            {
                using var output = cli.OpenOutputText();
                RecordTable.Write(output, records, entity, records.Version);
            }
        }

        if (format == OutputFormat.Table && findings.ErrorCount + findings.WarningCount > 0)
        {
            FindingsReport.WriteSummary(cli.Error, findings, path, $"{FindingsReport.Totals(findings.ErrorCount, findings.WarningCount)} in the {entity.SpecName()} of '{path}'");
        }

        return findings.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>A strict import that found errors: one line on stderr, and in table format the first findings.</summary>
    private static int Refused(CliContext cli, string path, FindingCollection findings, OutputFormat format)
    {
        var headline = $"--strict refused '{path}': {FindingsReport.Totals(findings.ErrorCount, findings.WarningCount)}";
        if (format == OutputFormat.Json)
        {
            cli.Say(headline + $". Run 'rostertools validate \"{path}\" --format json' for the findings.");
        }
        else
        {
            FindingsReport.WriteSummary(cli.Error, findings, path, headline);
        }

        return ExitCodes.Errors;
    }
}
