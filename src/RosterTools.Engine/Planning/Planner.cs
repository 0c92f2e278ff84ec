using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.OneRoster;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// Makes a plan: from "who is in the SIS today" (a roster), "which accounts exist in the directory today" (a
/// snapshot) and the district's rules (a policy) to "exactly what must be done, and why". Planning changes
/// nothing: the plan is applied later, by Invoke-Provision and Invoke-Deprovision.
/// </summary>
public static partial class Planner
{
    /// <summary>Makes the plan.</summary>
    public static Plan Create(Roster roster, DirectorySnapshot directory, RosterPolicy policy, LifecycleState state, PlanOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PlanOptions();
        var today = options.Today.Date;
        // The digests of the inputs read the whole roster and directory: on a second core, while the plan is made
        // (both only read them; the roster's lazy indexes are thread-safe).
        var inputs = Task.Run(() => InputsOf(roster, directory, policy, state), cancellationToken);
        var plan = new Plan { CreatedUtc = AsUtc(options.NowUtc ?? DateTime.UtcNow), Today = today };
        var accounts = new AccountIndex(directory, plan.Findings);
        var resolver = new PersonResolver(roster, policy, today);
        var actions = new ActionBuilder(plan, policy.Protected);
        var groups = new GroupPlanner(roster, policy, state, today, resolver.SchoolYear);
        var licenses = new LicensePlanner(policy);
        var context = new PlanningContext(
            plan,
            policy,
            state,
            actions,
            new AccountNamer(policy, accounts, resolver.SchoolYear),
            groups,
            licenses,
            new Deprovisioner(policy.Deprovision, state, today, actions, groups, licenses, plan.Summary),
            KnownGroups(directory));

        var (people, present) = People(roster, resolver, plan.Findings, cancellationToken);
        plan.Summary.ManagedPeople = people.Count;
        var desired = new IReadOnlyList<DesiredGroup>[people.Count];
        for (var i = 0; i < people.Count; i++)
        {
            desired[i] = groups.For(people[i]);
        }

        var (adopted, ambiguous) = Adoption.Find(people, accounts, policy, context, resolver.SchoolYear);
        var handled = new HashSet<DirectoryAccount>(AccountReferenceComparer.Instance);
        var planner = new PersonPlanner(context);
        for (var i = 0; i < people.Count; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                options.Progress?.Report(new PlanProgress("people", i, people.Count));
            }

            var person = people[i];
            if (ambiguous.Contains(person) || accounts.IsDuplicate(person.Anchor))
            {
                continue;
            }

            var account = accounts.ByAnchor(person.Anchor);
            var isAdopted = account is null && adopted.TryGetValue(person, out account);
            planner.Plan(person, desired[i], account, isAdopted);
            if (account is not null)
            {
                handled.Add(account);
            }
        }

        Absent(roster, accounts, present, handled, context, options, today);
        OwnedGroupStrays(accounts, handled, context);
        plan.Summary.ManagedAccounts = accounts.Anchored.Count(account => !actions.IsProtected(account));
        actions.Finish();
        plan.Inputs = inputs.GetAwaiter().GetResult();
        SafetyCheck.Apply(plan, roster, policy.Safety);
        options.Progress?.Report(new PlanProgress("done", people.Count, people.Count));
        return plan;
    }

    /// <summary>The people the policy manages, and the anchors of everyone in the roster (whose accounts are not absent).</summary>
    internal static (List<Person> People, HashSet<string> Present) People(Roster roster, PersonResolver resolver, IList<Finding> findings, CancellationToken cancellationToken)
    {
        var people = new List<Person>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var byAnchor = new Dictionary<string, Person>(StringComparer.Ordinal);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in roster.Users)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var person = resolver.Resolve(user);
            if (person is null)
            {
                findings.Add(new Finding(Severity.Warning, FindingCodes.PlanNoAnchor, $"{user.GivenName} {user.FamilyName} has no value for the anchor the policy uses; they are not managed.", OneRosterEntity.Users.FileName(), user.Line == 0 ? null : user.Line, null, user.SourcedId));
                continue;
            }

            present.Add(person.Anchor);
            if (!resolver.InScope(person))
            {
                continue;
            }

            if (byAnchor.TryGetValue(person.Anchor, out var first))
            {
                duplicates.Add(person.Anchor);
                findings.Add(new Finding(Severity.Error, FindingCodes.PlanPersonAnchorDuplicate, $"{user.GivenName} {user.FamilyName} and {first.User.GivenName} {first.User.FamilyName} ({first.User.SourcedId}) have the same anchor '{person.Anchor}'; neither is planned for.", OneRosterEntity.Users.FileName(), user.Line == 0 ? null : user.Line, null, user.SourcedId));
                continue;
            }

            byAnchor[person.Anchor] = person;
            people.Add(person);
        }

        people.RemoveAll(person => duplicates.Contains(person.Anchor));
        return (people, present);
    }

    /// <summary>
    /// Accounts with an anchor whose person is not in the roster: leaving, when the roster is a complete snapshot.
    /// Accounts of people in the roster but outside the scope (or not planned for) are left alone, but for
    /// memberships of groups RosterTools owns (see <see cref="OwnedGroupStrays"/>).
    /// </summary>
    private static void Absent(Roster roster, AccountIndex accounts, HashSet<string> present, HashSet<DirectoryAccount> handled, PlanningContext context, PlanOptions options, DateTime today)
    {
        var label = options.SourceLabel ?? $"SIS bulk export of {today:yyyy-MM-dd}";
        var inconclusive = 0;
        var skippedOutOfScope = 0;
        foreach (var account in accounts.Anchored)
        {
            if (handled.Contains(account))
            {
                continue;
            }

            if (present.Contains(account.Anchor!))
            {
                skippedOutOfScope++;
                continue;
            }

            if (!roster.IsCompleteSnapshot)
            {
                inconclusive++;
                handled.Add(account);
                continue;
            }

            context.Deprovisioner.Leaving(account, account.Anchor!, $"not in the {label}", null, null);
            handled.Add(account);
        }

        if (inconclusive > 0)
        {
            context.Plan.Findings.Add(new Finding(Severity.Warning, FindingCodes.PlanAbsenceNotConclusive, $"{inconclusive:N0} accounts have anchors that are not in the source, which is not a complete bulk snapshot (delta or partial files): they are left alone. Only a complete bulk snapshot says who has left."));
        }

        if (skippedOutOfScope > 0)
        {
            context.Plan.Findings.Add(new Finding(Severity.Warning, FindingCodes.PlanOutOfScope, $"{skippedOutOfScope:N0} accounts belong to SIS people outside the policy's scope (or without a role it manages): they are left alone."));
        }
    }

    /// <summary>Accounts that no managed person has (made by hand, or of people outside the scope), in groups RosterTools owns: they are removed from them.</summary>
    private static void OwnedGroupStrays(AccountIndex accounts, HashSet<DirectoryAccount> handled, PlanningContext context)
    {
        var orphans = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in accounts.Accounts)
        {
            foreach (var group in account.Groups)
            {
                if (context.Groups.IsOrphanedClassGroup(group) && orphans.Add(group))
                {
                    context.Plan.Findings.Add(new Finding(Severity.Warning, FindingCodes.PlanOrphanedClassGroup, $"The group '{group}' is a class group of a class that is no longer in the SIS." + (context.Groups.IsOwned(group) ? " Its members are removed; delete the group when you no longer need it." : " RosterTools removes only the members it added.")));
                }
            }

            // Accounts that share an anchor wait until someone fixes them by hand (a finding says so).
            if (handled.Contains(account) || (account.Anchor is { Length: > 0 } anchor && accounts.IsDuplicate(anchor)))
            {
                continue;
            }

            foreach (var group in account.Groups.Where(group => context.Groups.IsManaged(group) && context.Groups.IsOwned(group)))
            {
                context.Actions.Add(
                    new PlanAction
                    {
                        Action = ActionType.RemoveMember,
                        Account = account.Label,
                        Identity = Deprovisioner.IdentityOf(account),
                        Anchor = account.Anchor,
                        Group = group,
                        MemberRole = MemberRole.Member,
                        Reason = $"RosterTools owns the membership of '{group}', and the SIS does not put this account there",
                    },
                    account);
            }
        }
    }

    /// <summary>A time as UTC; one of unknown kind is taken to be UTC already.</summary>
    private static DateTime AsUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };

    private static HashSet<string> KnownGroups(DirectorySnapshot directory)
    {
        var known = new HashSet<string>(directory.Groups.Select(group => group.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var account in directory.Accounts)
        {
            known.UnionWith(account.Groups);
        }

        return known;
    }

    private static PlanInputs InputsOf(Roster roster, DirectorySnapshot directory, RosterPolicy policy, LifecycleState state)
    {
        var inputs = new PlanInputs
        {
            PolicyName = policy.Name,
            PolicyHash = policy.Hash,
            RosterSource = roster.Source,
            RosterHash = InputHashes.Of(roster),
            DirectorySource = directory.Source,
            DirectoryHash = InputHashes.Of(directory),
            StateHash = InputHashes.Of(state),
        };
        inputs.InputHash = InputHashes.Combine(inputs.PolicyHash, inputs.RosterHash, inputs.DirectoryHash, inputs.StateHash);
        return inputs;
    }
}
