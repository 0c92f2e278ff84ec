using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using RosterTools.Cli.Output;
using RosterTools.Json;
using RosterTools.Planning;
using RosterTools.Validation;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools names --roster PATH --policy FILE [--directory CSV] [--sourced-id ID]... [--format table|json]
/// [--today yyyy-MM-dd]</c>: what the naming and placement policy gives each person, to tune templates before the
/// first run. Exit 0, or 1 when someone cannot be named (an error finding) or a --sourced-id is not in the roster.
/// </summary>
internal static class NamesCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools names --roster ./district --policy ./district.policy.yaml                      the names of everyone the policy manages",
        "rostertools names --roster ./district --policy ./district.policy.yaml --directory ./accounts.csv --sourced-id 6b1e...   one person, names already taken honoured",
        "rostertools names --roster ./district --policy ./p.yaml --format json | jq '.[] | select(.findings | length > 0)'",
    };

    public static Command Create(CliContext cli)
    {
        var roster = PlanSources.Roster();
        var policy = PlanSources.Policy();
        var directory = PlanSources.Directory(required: false, "The directory's accounts (the CSV plan reads): their names are taken, and people with an account keep theirs. Default: no accounts.");
        var sourcedIds = new Option<string[]>("--sourced-id")
        {
            Description = "Only these SIS users (also when the policy's scope leaves them out, with the reason). Repeat it for more. The whole roster is still walked, so the names are the ones a plan would give.",
            HelpName = "ID",
        };
        var format = CommonOptions.Format(
            "table: sourcedId, name, status, username, userPrincipalName, path, notes. "
            + "json: an array of {\"sourcedId\",\"anchor\",\"givenName\",\"familyName\",\"role\",\"school\",\"grade\",\"status\",\"username\",\"userPrincipalName\",\"email\",\"displayName\",\"path\",\"candidates\",\"findings\"}.");
        var today = PlanSources.Today();

        var command = new Command("names", "Preview the names the policy gives: username, user principal name, email, display name and OU per person, with notes on "
            + "characters transliteration dropped, names cut to the length limit and collisions. Nothing is changed.")
        {
            roster, policy, directory, sourcedIds, format, today,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(
            cli,
            parseResult.GetRequiredValue(roster),
            parseResult.GetRequiredValue(policy),
            parseResult.GetValue(directory),
            parseResult.GetValue(sourcedIds),
            parseResult.GetValue(format),
            parseResult.GetValue(today))));
        return command;
    }

    private static int Run(CliContext cli, string rosterPath, string policyPath, string? directoryPath, string[]? sourcedIds, OutputFormat format, DateTime? today)
    {
        var policy = PlanSources.LoadPolicy(policyPath);
        var directory = PlanSources.LoadDirectory(directoryPath, policy);
        var roster = CompareInputs.Read(cli, rosterPath, "roster");
        var wanted = sourcedIds is { Length: > 0 } ? sourcedIds : null;
        IReadOnlyList<NamePreview> previews;
        using (var progress = cli.CreateProgress())
        {
            previews = NamePreviewer.Preview(roster, policy, directory, wanted, new PlanOptions { Today = today ?? DateTime.Today, Progress = progress.ForPlan }, cli.CancellationToken);
        }

        if (format == OutputFormat.Json)
        {
            using var stdout = cli.OpenOutput();
            NamePreviewJson.Write(stdout, previews);
            stdout.WriteByte((byte)'\n');
        }
        else if (previews.Count > 0)
        {
            using var stdout = cli.OpenOutputText();
            var table = new TextTable(stdout, new[] { new TableColumn("sourcedId"), new TableColumn("name"), new TableColumn("status"), new TableColumn("username"), new TableColumn("userPrincipalName"), new TableColumn("path"), new TableColumn("notes") }, 200);
            foreach (var preview in previews)
            {
                table.Add(preview.SourcedId, $"{preview.GivenName} {preview.FamilyName}".Trim(), preview.Status.ToString(), preview.Username ?? string.Empty, preview.UserPrincipalName ?? string.Empty, preview.Path ?? string.Empty, string.Join(" | ", preview.Findings.Select(finding => finding.Message)));
            }

            table.Complete();
        }

        var missing = wanted?.Except(previews.Select(preview => preview.SourcedId), StringComparer.Ordinal).ToList() ?? new List<string>();
        var errors = previews.Sum(preview => preview.Findings.Count(finding => finding.Severity == Severity.Error));
        var noted = previews.Count(preview => preview.Findings.Count > 0);
        var byStatus = previews.GroupBy(preview => preview.Status).OrderBy(group => group.Key).Select(group => group.Count().ToString("N0", CultureInfo.InvariantCulture) + " " + group.Key);
        var people = previews.Count.ToString("N0", CultureInfo.InvariantCulture) + (previews.Count == 1 ? " person" : " people");
        cli.Say($"{people} ({(previews.Count == 0 ? "none" : string.Join(", ", byStatus))}); {noted.ToString("N0", CultureInfo.InvariantCulture)} with notes, {FindingsReport.Count(errors, "error")}.");
        if (missing.Count > 0)
        {
            cli.Say($"not in the roster: {string.Join(", ", missing)}.");
        }

        return errors > 0 || missing.Count > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
