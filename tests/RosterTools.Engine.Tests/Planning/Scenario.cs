using RosterTools.OneRoster;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Tests.Planning;

/// <summary>
/// A district night after night: the directory and lifecycle state a scenario's plans are made against, moved on by
/// carrying each plan out (<see cref="DirectorySimulator"/>).
/// </summary>
internal sealed class Scenario
{
    public RosterPolicy Policy { get; } = TestPolicies.District();

    public DirectorySnapshot Directory { get; set; } = new(Array.Empty<DirectoryAccount>(), null, "scenario");

    public LifecycleState State { get; } = new();

    public DateTime Today { get; set; } = new(2026, 11, 21);

    /// <summary>The plan for <paramref name="roster"/> tonight, without carrying it out.</summary>
    public Plan Plan(Roster roster) =>
        Planner.Create(roster, Directory, Policy, State, new PlanOptions { Today = Today, NowUtc = Today.AddHours(2) });

    /// <summary>Plans, checks the plan is not blocked, carries it out, and moves to the next day.</summary>
    public Plan Night(Roster roster, int days = 1)
    {
        var plan = Plan(roster);
        Assert.False(plan.Blocked, string.Join("; ", plan.BlockedReasons));
        Directory = DirectorySimulator.Apply(Directory, plan, State);
        Today = Today.AddDays(days);
        return plan;
    }

    public DirectoryAccount Account(string anchor) => Directory.Accounts.Single(account => account.Anchor == anchor);

    /// <summary>A directory account made by hand, before RosterTools (or outside it).</summary>
    public DirectoryAccount AddAccount(DirectoryAccount account)
    {
        Directory = new DirectorySnapshot(Directory.Accounts.Append(account).ToList(), Directory.Groups, Directory.Source);
        return account;
    }
}

/// <summary>Short ways to look at a plan in assertions.</summary>
internal static class PlanLookups
{
    public static IReadOnlyList<PlanAction> Of(this Plan plan, ActionType type) => plan.Actions.Where(action => action.Action == type).ToList();

    public static IReadOnlyList<PlanAction> For(this Plan plan, string anchor) => plan.Actions.Where(action => action.Anchor == anchor).ToList();

    /// <summary>"Type account [group|licence]" lines, sorted, for comparing a plan with what a scenario expects.</summary>
    public static IReadOnlyList<string> Lines(this Plan plan, Func<PlanAction, bool>? where = null) =>
        plan.Actions.Where(where ?? (_ => true)).Select(Line).OrderBy(line => line, StringComparer.Ordinal).ToList();

    public static string Line(PlanAction action) =>
        $"{action.Action} {action.Account}" + (action.Group is null ? string.Empty : " " + action.Group) + (action.License is null ? string.Empty : " " + action.License);

    public static IReadOnlyList<Finding> Findings(this Plan plan, string code) => plan.Findings.Where(finding => finding.Code == code).ToList();
}
