using System.Collections.Generic;
using System.CommandLine;
using RosterTools.Cli.Output;
using RosterTools.Json;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools validate &lt;path&gt; [--strict] [--format table|json]</c>: every finding of a bundle on stdout, one
/// per line or as a JSON array; exit 1 when any is an error.
/// </summary>
internal static class ValidateCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools validate ./district                  users.csv:12 [givenName] Error RequiredFieldMissing: ... and a totals line",
        "rostertools validate ./district.zip --format json  [{\"severity\",\"code\",\"file\",\"line\",\"column\",\"sourcedId\",\"message\"}, ...]",
        "rostertools validate ./district --strict && rostertools import ./district --strict --format json",
        "rostertools validate --url https://sis.example.org --token-url https://sis.example.org/oauth/token --client-id sync --client-secret-env ONEROSTER_SECRET --format json",
    };

    public static Command Create(CliContext cli)
    {
        var strict = new Option<bool>("--strict")
        {
            Description = "Say whether 'import --strict' would accept the bundle (it refuses any bundle with an error). "
                + "The findings and the exit code are the same with or without it: validate always exits 1 when there is an error "
                + "and 0 when there are only warnings; warnings never fail. Only the verdict of the totals line changes.",
        };
        var format = CommonOptions.Format(
            "table: one finding per line (file:line [column] Severity Code: message) and a totals line. "
            + "json: an array of {\"severity\",\"code\",\"file\",\"line\",\"column\",\"sourcedId\",\"message\"}.");

        var command = new Command("validate", "Check a OneRoster 1.1 or 1.2 bundle (folder or .zip), or a REST provider (--url), and print every finding with its file (or collection), line (or position) and column (or JSON property).")
        {
            strict, format,
        };
        var source = SourceOptions.AddTo(command);
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(
            cli,
            source.Resolve(parseResult, cli),
            parseResult.GetValue(strict),
            parseResult.GetValue(format))));
        return command;
    }

    private static int Run(CliContext cli, Source source, bool strict, OutputFormat format)
    {
        Roster roster;
        using (source)
        using (var progress = cli.CreateProgress())
        {
            // Always lenient: the findings are the same as a strict read finds, and the roster is kept for the totals line.
            roster = source.Read(strict: false, progress.ForImport, cli.CancellationToken);
        }

        if (format == OutputFormat.Json)
        {
            using var output = cli.OpenOutput();
            RosterJson.WriteFindings(output, roster.Findings);
            output.WriteByte((byte)'\n');
        }
        else
        {
            using var output = cli.OpenOutputText();
            FindingsReport.WriteLines(output, roster.Findings);
            output.WriteLine(Verdict(roster, source.Describe, strict));
        }

        return roster.ErrorCount > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string Verdict(Roster roster, string source, bool strict)
    {
        var totals = $"{FindingsReport.Count(roster.ErrorCount, "error")}, {FindingsReport.Count(roster.WarningCount, "warning")}";
        var valid = roster.ErrorCount == 0;
        var verdict = strict
            ? (valid ? "import --strict would accept it" : "import --strict would refuse it")
            : (valid ? "valid" : "not valid");
        return $"{totals} in OneRoster {roster.Version.ToSpecString()} {source}: {verdict}.";
    }
}
