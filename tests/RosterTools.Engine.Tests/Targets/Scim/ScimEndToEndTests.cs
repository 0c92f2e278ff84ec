using System.Threading;
using RosterTools.Apply;
using RosterTools.OneRoster;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Targets.Scim;
using RosterTools.Tests.Planning;

namespace RosterTools.Tests.Targets.Scim;

/// <summary>
/// The whole loop against a real SCIM server, night after night: plan from the roster and what the target reads,
/// apply every action through the target in dependency order (<see cref="PlanRunner"/>), read again. The first
/// night creates everyone with their groups; a second night plans only the changes (a new student, a new surname,
/// two withdrawals); a re-run of that plan is all AlreadyDone; a student back within the grace period is
/// enabled; after the grace period the other is deleted; and then nothing is left to do.
/// </summary>
[Collection(ScimServerCollection.Name)]
public sealed class ScimEndToEndTests
{
    private static readonly DateTime Day1 = new(2026, 9, 1);
    private readonly ScimServerFixture _server;

    public ScimEndToEndTests(ScimServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public void First_sync_nightly_changes_withdrawal_return_within_grace_and_delete()
    {
        using var target = _server.Target(settings => settings.PageSize = 4);
        var policy = ScimPolicy();
        var state = new LifecycleState();

        // Night 1: everyone is new.
        var first = Night(target, District(), policy, state, Day1);
        Assert.Equal(9, first.Plan.Actions.Count(action => action.Action == ActionType.Create));
        Assert.Equal(3, first.Plan.Actions.Count(action => action.Action == ActionType.CreateGroup));
        Assert.All(first.Results, result => Assert.Equal(ActionStatus.Done, result.Status));
        var afterFirst = Read(target);
        Assert.Equal(9, afterFirst.Accounts.Count);
        Assert.Equal(new[] { "RHS-staff", "class-MATH1" }, Account(afterFirst, "t1").Groups.OrderBy(name => name, StringComparer.Ordinal));
        Assert.Equal(new[] { "RHS-students", "class-MATH1" }, Account(afterFirst, "s1").Groups.OrderBy(name => name, StringComparer.Ordinal));
        Assert.Equal(("bcole@students.example.org", "Ben Cole", true), (Account(afterFirst, "s1").UserPrincipalName, Account(afterFirst, "s1").DisplayName, Account(afterFirst, "s1").Enabled));

        // Night 2: a new student, a new surname, two students withdrawn. Only that is planned.
        var second = Night(target, District(newcomer: true, renamed: true, "s3", "s4"), policy, state, Day1.AddDays(1));
        var planned = second.Plan.Actions.Select(action => $"{action.Action} {action.Anchor}{(action.Group is null ? string.Empty : " " + action.Group)}").OrderBy(text => text, StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[]
            {
                "AddMember s9 RHS-students",
                "Create s9",
                "Disable s3",
                "Disable s4",
                "RemoveMember s3 RHS-students",
                "RemoveMember s3 class-MATH1",
                "RemoveMember s4 RHS-students",
                "Update s2",
            },
            planned);
        Assert.All(second.Results, result => Assert.Equal(ActionStatus.Done, result.Status));
        var afterSecond = Read(target);
        Assert.False(Account(afterSecond, "s3").Enabled);
        Assert.Empty(Account(afterSecond, "s3").Groups);
        Assert.Equal("Crane-Wood", Account(afterSecond, "s2").Surname);

        // The same plan again (a run that was interrupted and started over): nothing is done twice.
        var rerun = PlanRunner.Run(target, second.Plan);
        Assert.All(rerun, result => Assert.Equal(ActionStatus.AlreadyDone, result.Status));

        // Night 3, ten days on: s4 is back within the grace period and is enabled; s3 is still gone.
        var third = Night(target, District(newcomer: true, renamed: true, "s3"), policy, state, Day1.AddDays(10));
        Assert.Contains(third.Plan.Actions, action => action.Action == ActionType.Enable && action.Anchor == "s4");
        Assert.DoesNotContain(third.Plan.Actions, action => action.Anchor == "s3");
        Assert.All(third.Results, result => Assert.Equal(ActionStatus.Done, result.Status));
        var afterThird = Read(target);
        Assert.True(Account(afterThird, "s4").Enabled);
        Assert.Contains("RHS-students", Account(afterThird, "s4").Groups);

        // Night 4, past the 30 days of grace: s3 is deleted.
        var fourth = Night(target, District(newcomer: true, renamed: true, "s3"), policy, state, Day1.AddDays(32));
        Assert.Equal("Delete s3", Assert.Single(fourth.Plan.Actions).Action + " " + fourth.Plan.Actions[0].Anchor);
        Assert.Equal(ActionStatus.Done, Assert.Single(fourth.Results).Status);
        Assert.DoesNotContain(Read(target).Accounts, account => account.Anchor == fourth.Plan.Actions[0].Anchor);

        // Night 5: nothing left to do.
        Assert.Empty(Night(target, District(newcomer: true, renamed: true, "s3"), policy, state, Day1.AddDays(33)).Plan.Actions);
        Assert.True(target.Statistics.Requests > 0);
    }

    /// <summary>The scenario policy as a SCIM app needs it: no containers, licences or sessions, which SCIM does not have.</summary>
    private static RosterPolicy ScimPolicy()
    {
        var policy = TestPolicies.District();
        policy.Placement.Clear();
        policy.Licenses.Clear();
        policy.Deprovision.HoldingContainer = null;
        policy.Deprovision.RevokeSessions = false;
        return policy;
    }

    /// <summary>The district; <paramref name="absent"/> students are not in it at all (withdrawn: no user, role or enrollment).</summary>
    private static Roster District(bool newcomer = false, bool renamed = false, params string[] absent)
    {
        var district = new DistrictBuilder().School("sch1", "RHS", "Riverside High").Teacher("t1", "Ada", "Byron", "sch1");
        var students = new[] { ("s1", "Ben", "Cole", "09"), ("s2", "Cara", renamed ? "Crane-Wood" : "Crane", "09"), ("s3", "Dan", "Dale", "10"), ("s4", "Eve", "Fox", "10"), ("s5", "Finn", "Gale", "11"), ("s6", "Gus", "Hill", "11"), ("s7", "Ida", "Jones", "12"), ("s8", "Jay", "King", "12") }.ToList();
        if (newcomer)
        {
            students.Add(("s9", "Hal", "New", "09"));
        }

        foreach (var (id, given, family, grade) in students.Where(student => !absent.Contains(student.Item1)))
        {
            district.Student(id, given, family, grade, "sch1");
        }

        district.Class("k1", "MATH1", "sch1", "t1", new[] { "s1", "s3" }.Except(absent).ToArray());
        return district.Read();
    }

    private (Plan Plan, IReadOnlyList<ActionResult> Results) Night(ScimTarget target, Roster roster, RosterPolicy policy, LifecycleState state, DateTime today)
    {
        var plan = Planner.Create(roster, Read(target), policy, state, new PlanOptions { Today = today, NowUtc = today });
        Assert.False(plan.Blocked, string.Join("; ", plan.BlockedReasons));
        var results = PlanRunner.Run(target, plan);
        var done = new HashSet<string>(results.Where(PlanRunner.Succeeded).Select(result => result.Id), StringComparer.Ordinal);
        DirectorySimulator.ApplyLifecycle(plan, state, done.Contains);
        return (plan, results);
    }

    private static DirectoryAccount Account(DirectorySnapshot snapshot, string anchor) => snapshot.Accounts.Single(account => account.Anchor == anchor);

    private static DirectorySnapshot Read(ScimTarget target) => target.ReadAsync(null, CancellationToken.None).GetAwaiter().GetResult();
}
