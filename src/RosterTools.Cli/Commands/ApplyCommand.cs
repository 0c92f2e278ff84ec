using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.Apply;
using RosterTools.Apply.Passwords;
using RosterTools.Cli.Output;
using RosterTools.Json;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.Targets;
using RosterTools.Targets.Local;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools apply plan.json --state DIR [--only provision|deprovision] [--what-if] [--override-safety-limit]
/// [--policy FILE] [--format table|json]</c>: carries a saved plan out on the local store in the state folder, with
/// the journal (a killed run resumes), the audit log and the lifecycle state there.
/// </summary>
internal static class ApplyCommand
{
    /// <summary>Test only: milliseconds to wait before each action, so that a test can kill a run part way.</summary>
    internal const string DelayVariable = "ROSTERTOOLS_TEST_ACTION_DELAY_MS";

    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools apply ./plan.json --state /var/lib/rostertools --what-if        what would be done, changing nothing",
        "rostertools apply ./plan.json --state /var/lib/rostertools --only provision --policy district.policy.yaml",
        "rostertools apply ./plan.json --state /var/lib/rostertools --format json     run it again after a crash: it finishes what is left",
    };

    public static Command Create(CliContext cli)
    {
        var plan = new Argument<string>("plan") { Description = "The plan to carry out: a JSON file written by New-RosterPlan or PlanJson." };
        var state = new Option<string>("--state")
        {
            Description = "The state folder: the local store (directory.json), the journal, the audit log and lifecycle.json live there.",
            HelpName = "DIR",
            Required = true,
        };
        var only = new Option<ApplyStages>("--only")
        {
            Description = "Carry out only one stage: provision (create, update, move, enable, add member, assign licence) or deprovision (disable, revoke, remove, delete). Default: both.",
            HelpName = "provision|deprovision",
            CustomParser = ParseStage,
            DefaultValueFactory = _ => ApplyStages.Both,
        };
        var whatIf = new Option<bool>("--what-if") { Description = "List what would be done and change nothing (no journal, audit entry or state)." };
        var overrideLimit = new Option<bool>("--override-safety-limit") { Description = "Apply a plan the safety limits block. Check the SIS export first: a truncated export looks like everyone left." };
        var policy = new Option<string?>("--policy") { Description = "The policy the plan was made with, for its password rules; without it, new accounts get 16 random characters.", HelpName = "FILE" };
        var passwordFile = new Option<string?>("--password-file") { Description = "Write the initial passwords of the accounts this run creates to this CSV file (account, userPrincipalName, sourcedId, password), to hand out first sign-ins. The file must not exist; on Linux and macOS only you can read it; on Windows put it in a folder only you can read. Without it, passwords go to the directory only.", HelpName = "FILE" };
        var format = CommonOptions.Format("table: counts by action and status, then the failures. json: " + "{\"runId\",\"target\",\"stopped\",\"total\",\"done\",\"alreadyDone\",\"skipped\",\"failed\",\"notStarted\",\"byAction\",\"failures\",\"whatIf\"}.");
        var command = new Command("apply", "Carry out a saved plan on the local store in the state folder: journaled (a killed run resumes where it stopped), audited, refused when the safety limits block it.")
        {
            plan, state, only, whatIf, overrideLimit, policy, passwordFile, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(
            cli,
            parseResult.GetRequiredValue(plan),
            parseResult.GetRequiredValue(state),
            parseResult.GetValue(only),
            parseResult.GetValue(whatIf),
            parseResult.GetValue(overrideLimit),
            parseResult.GetValue(policy),
            parseResult.GetValue(passwordFile),
            parseResult.GetValue(format))));
        return command;
    }

    private static int Run(CliContext cli, string planPath, string stateFolder, ApplyStages stages, bool whatIf, bool overrideLimit, string? policyPath, string? passwordPath, OutputFormat format)
    {
        var plan = ReadPlan(planPath);
        var passwords = policyPath is null ? new Dictionary<string, PasswordRule>() : LoadPasswords(policyPath);
        return Carry(cli, plan, stateFolder, stages, whatIf, overrideLimit, passwords, format, passwordPath);
    }

    /// <summary>
    /// Carries a plan out on the local store of <paramref name="stateFolder"/>, reports the run, and gives the exit code
    /// (also rostertools offboard's); the new accounts' passwords go to <paramref name="passwordPath"/> when given.
    /// </summary>
    internal static int Carry(CliContext cli, Plan plan, string stateFolder, ApplyStages stages, bool whatIf, bool overrideLimit, IDictionary<string, PasswordRule> passwords, OutputFormat format, string? passwordPath = null)
    {
        var wouldDo = new List<PlanAction>();
        ApplyRun run;
        using (var passwordFile = passwordPath is null || whatIf ? null : PasswordFile.Create(passwordPath))
        using (var store = LocalStoreTarget.Open(stateFolder))
        using (var target = Delayed(store))
        using (var progress = cli.CreateProgress())
        {
            var options = new ApplyOptions
            {
                StateFolder = stateFolder,
                Stages = stages,
                OverrideSafetyLimit = overrideLimit,
                WhatIf = whatIf,
                Passwords = passwords,
                Progress = progress.ForApply,
                Confirm = whatIf ? action => { wouldDo.Add(action); return false; } : null,
                PasswordIssued = passwordFile is null ? null : passwordFile.Write,
            };
            try
            {
                run = Applier.Apply(plan, target, options, cli.CancellationToken);
            }
            catch (PlanBlockedException refused)
            {
                progress.Clear();
                return cli.Fail(ExitCodes.BadInput, refused.Message);
            }
        }

        if (format == OutputFormat.Json)
        {
            using var stream = cli.OpenOutput();
            ApplyJson.Write(stream, run, whatIf ? wouldDo : null);
            stream.WriteByte((byte)'\n');
        }
        else
        {
            using var text = cli.OpenOutputText();
            WriteTable(text, run, whatIf ? wouldDo : null);
        }

        if (run.TargetError is not null)
        {
            cli.Say("the target failed: " + run.TargetError + " Run the same plan again to finish it.");
        }

        if (run.Stopped && cli.CancellationToken.IsCancellationRequested)
        {
            return cli.Fail(cli.CancelledExitCode, $"stopped after the batch in flight; {run.NotStarted:N0} actions not started. Run the same plan again to finish it.");
        }

        return run.HasFailures ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static Plan ReadPlan(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"The plan file '{path}' does not exist.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return PlanJson.Read(stream, path);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static IDictionary<string, PasswordRule> LoadPasswords(string path)
    {
        try
        {
            return PolicyLoader.Load(path).Passwords;
        }
        catch (PolicyException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static IDirectoryTarget Delayed(LocalStoreTarget store) =>
        int.TryParse(Environment.GetEnvironmentVariable(DelayVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var delay) && delay > 0
            ? new DelayedTarget(store, delay)
            : store;

    private static void WriteTable(TextWriter text, ApplyRun run, IReadOnlyList<PlanAction>? whatIf)
    {
        if (whatIf is not null)
        {
            text.WriteLine($"What if: {whatIf.Count:N0} actions would be carried out on {run.Target}; nothing was changed.");
            foreach (var action in whatIf)
            {
                text.WriteLine("  " + action);
            }

            return;
        }

        text.WriteLine(run.ToString() + " on " + run.Target + ".");
        text.WriteLine();
        var statuses = new[] { ActionStatus.Done, ActionStatus.AlreadyDone, ActionStatus.Skipped, ActionStatus.Failed };
        var table = new TextTable(text, new[] { new TableColumn("action") }.Concat(statuses.Select(status => new TableColumn(status.ToString().ToLowerInvariant(), true))).ToList());
        foreach (var action in run.ByAction)
        {
            table.Add(new[] { action.Key.ToString() }.Concat(statuses.Select(status => (action.Value.TryGetValue(status, out var n) ? n : 0).ToString("N0", CultureInfo.InvariantCulture))).ToArray());
        }

        table.Complete();
        if (run.Failures.Count > 0)
        {
            text.WriteLine();
            text.WriteLine("Failed:");
            foreach (var failure in run.Failures.Take(50))
            {
                text.WriteLine("  " + failure);
            }
        }
    }

    private static ApplyStages ParseStage(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (text.Equals("provision", StringComparison.OrdinalIgnoreCase))
        {
            return ApplyStages.Provision;
        }

        if (text.Equals("deprovision", StringComparison.OrdinalIgnoreCase))
        {
            return ApplyStages.Deprovision;
        }

        result.AddError($"Unknown --only '{text}'. Use provision or deprovision.");
        return ApplyStages.Both;
    }
}
