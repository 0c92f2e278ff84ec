using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Planning;

public static partial class Planner
{
    /// <summary>
    /// Makes the plan for accounts offboarded by hand (Invoke-Deprovision with accounts piped in): what the
    /// policy's deprovision section does when a person leaves, now. The delete is not planned: the lifecycle
    /// updates record the leaving and disabled dates, and the nightly runs delete after the grace period.
    /// Protected accounts, and accounts without the anchor, are refused with a finding and never acted on.
    /// </summary>
    /// <param name="accounts">The accounts, as the directory has them (groups, licences, container).</param>
    /// <param name="policy">The policy whose deprovision section is followed.</param>
    /// <param name="state">The lifecycle state of the target.</param>
    /// <param name="options">Today and now; the rest is not used.</param>
    /// <param name="reason">Why, in the admin's words; actions say "offboarded by hand: reason".</param>
    public static Plan Offboard(IReadOnlyList<DirectoryAccount> accounts, RosterPolicy policy, LifecycleState state, PlanOptions? options, string reason)
    {
        options ??= new PlanOptions();
        var today = options.Today.Date;
        var plan = new Plan { CreatedUtc = AsUtc(options.NowUtc ?? DateTime.UtcNow), Today = today };
        var why = string.IsNullOrWhiteSpace(reason) ? "offboarded by hand" : "offboarded by hand: " + reason.Trim();
        // The same account given twice (piped twice) is one account; two accounts with one anchor are a conflict.
        var given = accounts.GroupBy(account => (account.Anchor, Deprovisioner.IdentityOf(account)?.ToUpperInvariant())).Select(same => same.First()).ToList();
        var directory = new DirectorySnapshot(given, source: $"{given.Count:N0} accounts offboarded by hand");
        var index = new AccountIndex(directory, plan.Findings);
        var actions = new ActionBuilder(plan, policy.Protected);
        var noRoster = new Roster(OneRosterVersion.V1_2, new BundleManifest(false, new Dictionary<string, string>(), new Dictionary<string, ProcessingMode>()));
        // Without a roster no person is resolved: the school year names no group here.
        var groups = new GroupPlanner(noRoster, policy, state, today, today.Year);
        var deprovisioner = new Deprovisioner(policy.Deprovision, state, today, actions, groups, new LicensePlanner(policy), plan.Summary);
        foreach (var account in given)
        {
            if (actions.IsProtected(account))
            {
                plan.Findings.Add(new Finding(Severity.Error, FindingCodes.PlanOffboardRefused, $"The account '{account.Label}' is protected by the policy: it is not offboarded.", sourcedId: account.Anchor));
                continue;
            }

            if (string.IsNullOrEmpty(account.Anchor))
            {
                plan.Findings.Add(new Finding(Severity.Error, FindingCodes.PlanOffboardRefused, $"The account '{account.Label}' has no value for the anchor attribute '{policy.Identity.Attribute}' (with Get-ADUser, ask for it with -Properties): without it the grace period cannot be followed, so it is not offboarded."));
                continue;
            }

            if (index.IsDuplicate(account.Anchor!))
            {
                continue; // AccountIndex has said so.
            }

            foreach (var group in account.Groups)
            {
                groups.RecogniseByShape(group);
            }

            deprovisioner.Offboard(account, account.Anchor!, why);
        }

        plan.Summary.ManagedAccounts = given.Count(account => !actions.IsProtected(account));
        actions.Finish();
        var inputs = new PlanInputs
        {
            PolicyName = policy.Name,
            PolicyHash = policy.Hash,
            RosterSource = why,
            DirectorySource = directory.Source,
            DirectoryHash = InputHashes.Of(directory),
            StateHash = InputHashes.Of(state),
        };
        inputs.InputHash = InputHashes.Combine(inputs.PolicyHash, inputs.DirectoryHash, inputs.StateHash);
        plan.Inputs = inputs;
        SafetyCheck.ApplyToOffboarding(plan, policy.Safety);
        return plan;
    }
}
