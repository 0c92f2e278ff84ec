using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.State;
using RosterTools.Tests.Planning;
using RosterTools.Testing.Loopback;
using RosterTools.Testing.Loopback.Graph;

namespace RosterTools.Tests.Entra;

/// <summary>A first sync of a small district while a tenth of Graph's answers are throttles and failures.</summary>
public sealed class EntraFaultInjectionTests
{
    [Fact]
    public async Task APlanCompletesUnderTenPercentFaultsWithNothingLostOrDuplicated()
    {
        var roster = District();
        var faults = new GraphFaultPlan(0.10, seed: 20261202) { RetryAfter = "0.1", BatchRate = 0.05, StallTime = TimeSpan.FromSeconds(1.5) };
        using var harness = new EntraHarness(new GraphFakeOptions { RandomFaults = faults, MaxPageSize = 5 }, target =>
        {
            target.RequestTimeout = TimeSpan.FromMilliseconds(500);
            target.MaxAttempts = 12;
        });
        var policy = TestPolicies.District();
        var directory = await harness.Target.ReadAsync(null, CancellationToken.None);
        var plan = Planner.Create(roster, directory, policy, new LifecycleState(), new PlanOptions { Today = new DateTime(2026, 12, 2) });
        Assert.False(plan.Blocked);
        Assert.True(plan.Actions.Count >= 150, $"the plan has only {plan.Actions.Count} actions");

        var results = await PlanApplier.ApplyAsync(harness.Target, plan);

        // None lost: one result for each action, no result twice.
        Assert.Equal(plan.Actions.Select(action => action.Id).OrderBy(id => id), results.Select(result => result.Id).OrderBy(id => id));
        var failed = results.Where(result => result.Status != ActionStatus.Done && result.Status != ActionStatus.AlreadyDone).ToList();
        Assert.All(failed, result => Assert.False(string.IsNullOrEmpty(result.Error), $"{result} has no error"));
        Assert.All(failed, result => Assert.Equal(ActionStatus.Failed, result.Status));
        Assert.Empty(failed); // with 12 attempts a request is not struck every time: everything gets through

        // None duplicated: each account made once; each group once; the tenant holds exactly what the plan asked.
        var tenant = harness.Fake.Tenant;
        var creates = plan.Actions.Where(action => action.Action == ActionType.Create).ToList();
        Assert.Equal(creates.Select(action => action.UserPrincipalName).OrderBy(upn => upn, StringComparer.OrdinalIgnoreCase), tenant.Users.Select(user => user["userPrincipalName"]!.GetValue<string>()).OrderBy(upn => upn, StringComparer.OrdinalIgnoreCase));
        Assert.All(tenant.Creates, entry => Assert.Equal(1, entry.Value));
        var groups = plan.Actions.Where(action => action.Action == ActionType.CreateGroup).Select(action => action.Group!).OrderBy(name => name, StringComparer.Ordinal).ToList();
        Assert.Equal(groups, tenant.GroupNames.OrderBy(name => name, StringComparer.Ordinal));
        foreach (var membership in plan.Actions.Where(action => action.Action == ActionType.AddMember))
        {
            var upn = creates.Single(create => create.Anchor == membership.Anchor).UserPrincipalName;
            Assert.Contains(upn, tenant.MembersOf(membership.Group!, owners: membership.MemberRole == MemberRole.Owner), StringComparer.OrdinalIgnoreCase);
        }

        var licences = plan.Actions.Count(action => action.Action == ActionType.AssignLicense);
        Assert.Equal(licences, tenant.Users.Sum(user => user["assignedLicenses"]!.AsArray().Count));

        // The faults did strike, and the target counted them.
        Assert.True(faults.Struck >= 5, $"only {faults.Struck} faults");
        Assert.True(harness.Target.Statistics.Retries >= faults.Struck / 2, $"{harness.Target.Statistics.Retries} retries for {faults.Struck} faults");
        Assert.True(harness.Target.Statistics.Throttled > 0);

        // A second run of the same plan (a resumed run that lost its journal) changes nothing.
        var again = await PlanApplier.ApplyAsync(harness.Target, plan);
        Assert.All(again, result => Assert.Equal(ActionStatus.AlreadyDone, result.Status));
        Assert.All(tenant.Creates, entry => Assert.Equal(1, entry.Value));
    }

    private static RosterTools.OneRoster.Roster District()
    {
        var district = new DistrictBuilder()
            .School("s1", "NHS", "North High")
            .School("s2", "SMS", "South Middle")
            .Teacher("t1", "Ada", "Lovelace", "s1")
            .Teacher("t2", "Alan", "Turing", "s2");
        var students = new List<string>();
        for (var n = 1; n <= 40; n++)
        {
            var school = n % 2 == 0 ? "s1" : "s2";
            district.Student($"p{n}", "Kid" + (char)('A' + n), "Family" + n, n % 2 == 0 ? "09" : "07", school);
            students.Add($"p{n}");
        }

        district.Class("k1", "MATH9", "s1", "t1", students.Where((_, i) => i % 2 == 1).ToArray());
        district.Class("k2", "SCI7", "s2", "t2", students.Where((_, i) => i % 2 == 0).ToArray());
        return district.Read();
    }
}
