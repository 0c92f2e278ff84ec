using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Targets.Local;
using RosterTools.Validation;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools offboard --state DIR --policy FILE --account NAME... [--reason TEXT] [--what-if]
/// [--override-safety-limit] [--format table|json]</c>: offboards accounts of the local store now, as the policy's
/// deprovision section says (Planner.Offboard), and carries the plan out as <c>apply</c> does.
/// </summary>
internal static class OffboardCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools offboard --state /var/lib/rostertools --policy district.policy.yaml --account jdoe --what-if",
        "rostertools offboard --state /var/lib/rostertools --policy district.policy.yaml --account jdoe asmith --reason 'left mid-term'",
    };

    public static Command Create(CliContext cli)
    {
        var state = new Option<string>("--state")
        {
            Description = "The state folder: the local store (directory.json), the journal, the audit log and lifecycle.json live there.",
            HelpName = "DIR",
            Required = true,
        };
        var policy = new Option<string>("--policy") { Description = "The policy whose deprovision section the accounts go through.", HelpName = "FILE", Required = true };
        var accounts = new Option<string[]>("--account")
        {
            Description = "The accounts to offboard: username, user principal name or anchor; several may follow one --account.",
            HelpName = "NAME",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var reason = new Option<string?>("--reason") { Description = "Why, in words: actions, audit log and lifecycle state say \"offboarded by hand: REASON\".", HelpName = "TEXT" };
        var whatIf = new Option<bool>("--what-if") { Description = "List what would be done and change nothing (no journal, audit entry or state)." };
        var overrideLimit = new Option<bool>("--override-safety-limit") { Description = "Offboard more accounts than the policy's maxDisableCount allows in one run." };
        var format = CommonOptions.Format("as for apply.");
        var command = new Command("offboard", "Offboard accounts of the local store now: the policy's leaving stages (disable, revoke sessions, managed groups and licences, holding container); the nightly runs delete them after the grace period.")
        {
            state, policy, accounts, reason, whatIf, overrideLimit, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(
            cli,
            parseResult.GetRequiredValue(state),
            parseResult.GetRequiredValue(policy),
            parseResult.GetRequiredValue(accounts),
            parseResult.GetValue(reason),
            parseResult.GetValue(whatIf),
            parseResult.GetValue(overrideLimit),
            parseResult.GetValue(format))));
        return command;
    }

    private static int Run(CliContext cli, string stateFolder, string policyPath, string[] names, string? reason, bool whatIf, bool overrideLimit, OutputFormat format)
    {
        RosterPolicy policy;
        try
        {
            policy = PolicyLoader.Load(policyPath);
        }
        catch (Exception ex) when (ex is PolicyException || ex is IOException || ex is UnauthorizedAccessException)
        {
            throw new UsageException(ex.Message);
        }

        if (!File.Exists(Path.Combine(stateFolder, LocalStoreTarget.FileName)))
        {
            throw new UsageException($"'{stateFolder}' holds no local store ({LocalStoreTarget.FileName}): there is no account to offboard.");
        }

        IReadOnlyList<DirectoryAccount> all;
        using (var store = LocalStoreTarget.Open(stateFolder))
        {
            all = store.ReadAsync(null, cli.CancellationToken).GetAwaiter().GetResult().Accounts;
        }

        var given = new List<DirectoryAccount>();
        var unknown = new List<string>();
        foreach (var name in names)
        {
            var found = all.Where(account => Is(account.Username, name) || Is(account.UserPrincipalName, name) || Is(account.Anchor, name)).ToList();
            if (found.Count == 0)
            {
                unknown.Add(name);
            }

            given.AddRange(found);
        }

        if (unknown.Count > 0)
        {
            throw new UsageException($"No account of the local store in '{stateFolder}' has the username, user principal name or anchor {string.Join(", ", unknown.Select(name => "'" + name + "'"))}.");
        }

        var plan = Planner.Offboard(given, policy, LifecycleStore.Load(stateFolder), null, reason ?? string.Empty);
        foreach (var finding in plan.Findings)
        {
            cli.Error.WriteLine("  " + CliContext.OneLine(finding.ToString()));
        }

        var exit = ApplyCommand.Carry(cli, plan, stateFolder, ApplyStages.Deprovision, whatIf, overrideLimit, new Dictionary<string, PasswordRule>(), format);
        return exit == ExitCodes.Success && plan.Findings.Any(finding => finding.Severity == Severity.Error) ? ExitCodes.Errors : exit;
    }

    private static bool Is(string? value, string name) => string.Equals(value, name, StringComparison.OrdinalIgnoreCase);
}
