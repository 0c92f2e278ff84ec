using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using RosterTools.Cli.Output;
using RosterTools.Planning;
using RosterTools.State;
using RosterTools.Validation;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools plan --roster PATH --directory CSV --policy FILE [--state DIR] [--out plan.json] [--format table|json]
/// [--today yyyy-MM-dd]</c>: what must be done to the directory, and why. Exit 0 for a plan without error findings,
/// 1 when it has conflicts (error findings), 4 when a safety limit blocks it.
/// </summary>
internal static class PlanCommand
{
    /// <summary>How many findings the summary on stderr lists before it points at the plan file.</summary>
    private const int FindingLimit = 10;

    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools plan --roster ./tonight.zip --directory ./accounts.csv --policy ./district.policy.yaml --state /var/lib/rostertools/state --out plan.json",
        "rostertools plan --roster ./district --directory ./empty.csv --policy ./district.policy.yaml        a first run: every account is a Create",
        "rostertools plan --roster ./tonight.zip --directory ./accounts.csv --policy ./p.yaml --format json | jq '.actions[] | select(.action==\"Create\")'",
        "rostertools plan ... --today 2027-06-20 ; echo $?                            4 when the safety limits block the plan",
    };

    public static Command Create(CliContext cli)
    {
        var roster = PlanSources.Roster();
        var directory = PlanSources.Directory(
            required: true,
            "The directory's accounts: a CSV with the columns Get-ADUser or Get-MgUser give (SamAccountName or UserPrincipalName, the anchor attribute such as EmployeeID, "
            + "GivenName, Surname, DisplayName, Enabled, DistinguishedName, MemberOf...; lists separated by semicolons). A header-only file for a first run.");
        var policy = PlanSources.Policy();
        var state = new Option<string?>("--state")
        {
            Description = "The state folder (lifecycle.json: since when people are missing, when accounts were disabled). Without it the plan counts grace periods from today. The plan only reads it.",
            HelpName = "DIR",
        };
        var output = new Option<string?>("--out")
        {
            Description = "Also save the plan as JSON to this file (written whole or not at all), to review now and apply later.",
            HelpName = "plan.json",
        };
        var format = CommonOptions.Format(
            "table: one line per action (action, account, school, what, reason), then the counts per school and action type. "
            + "json: the plan as --out saves it: {\"format\":\"rostertools-plan\",\"version\",\"createdUtc\",\"today\",\"inputs\",\"blocked\",\"blockedReasons\",\"summary\",\"findings\",\"lifecycleUpdates\",\"actions\"}.");
        var today = PlanSources.Today();

        var command = new Command("plan", "Plan the account lifecycle: from the roster (who is in the SIS), the directory's accounts and the policy, every action to create, update, move, "
            + "disable and delete accounts, group memberships and licences, each with its reason. Nothing is changed.")
        {
            roster, directory, policy, state, output, format, today,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(
            cli,
            parseResult.GetRequiredValue(roster),
            parseResult.GetValue(directory)!,
            parseResult.GetRequiredValue(policy),
            parseResult.GetValue(state),
            parseResult.GetValue(output),
            parseResult.GetValue(format),
            parseResult.GetValue(today))));
        return command;
    }

    private static int Run(CliContext cli, string rosterPath, string directoryPath, string policyPath, string? stateFolder, string? outPath, OutputFormat format, DateTime? today)
    {
        var policy = PlanSources.LoadPolicy(policyPath);
        var directory = PlanSources.LoadDirectory(directoryPath, policy);
        var state = PlanSources.LoadState(stateFolder);
        var roster = CompareInputs.Read(cli, rosterPath, "roster");
        Plan plan;
        using (var progress = cli.CreateProgress())
        {
            plan = Planner.Create(roster, directory, policy, state, new PlanOptions { Today = today ?? DateTime.Today, Progress = progress.ForPlan }, cli.CancellationToken);
        }

        if (outPath is not null)
        {
            AtomicFile.Write(outPath, stream => PlanJson.Write(stream, plan));
        }

        if (format == OutputFormat.Json)
        {
            using var stdout = cli.OpenOutput();
            PlanJson.Write(stdout, plan);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            using var stdout = cli.OpenOutputText();
            PlanTable.Write(stdout, plan);
        }

        return Report(cli, plan, outPath);
    }

    /// <summary>The verdict on stderr (counts, findings, why the plan is blocked) and the exit code.</summary>
    private static int Report(CliContext cli, Plan plan, string? outPath)
    {
        var errors = plan.Findings.Count(finding => finding.Severity == Severity.Error);
        var warnings = plan.Findings.Count - errors;
        cli.Say($"plan of {plan.Today:yyyy-MM-dd}: {FindingsReport.Count(plan.Actions.Count, "action")} ({PlanTable.Counts(plan.Summary)}); {FindingsReport.Totals(errors, warnings)}"
            + (outPath is null ? "." : $"; saved to {outPath}."));
        var first = plan.Findings.OrderBy(finding => finding.Severity == Severity.Error ? 0 : 1).Take(FindingLimit).ToList();
        foreach (var finding in first)
        {
            cli.Error.WriteLine("  " + CliContext.OneLine(finding.ToString()));
        }

        if (plan.Findings.Count > first.Count)
        {
            cli.Error.WriteLine($"  ... and {plan.Findings.Count - first.Count:N0} more; " + (outPath is null ? "--out saves the plan with all of them." : $"{outPath} has all of them."));
        }

        if (plan.Blocked)
        {
            cli.Say("BLOCKED: " + string.Join("; ", plan.BlockedReasons) + ". A blocked plan is applied only with an explicit override.");
            return ExitCodes.Blocked;
        }

        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
