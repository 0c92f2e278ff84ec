using RosterTools.OneRoster.Csv;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Tests.Planning;

/// <summary>The example policy plans cleanly against the example district, in both OneRoster versions, night after night.</summary>
public class ExamplePolicyPlanTests
{
    private static readonly RosterPolicy Policy = PolicyLoader.Load(Paths.Examples("policies", "district.policy.yaml"));

    [Theory]
    [InlineData("oneroster-1.2")]
    [InlineData("oneroster-1.1")]
    public void The_example_policy_plans_the_example_district_without_errors(string bundle)
    {
        var roster = OneRosterReader.Read(Paths.Examples("data", bundle));
        var options = new PlanOptions { Today = new DateTime(2026, 11, 21) };

        var plan = Planner.Create(roster, new DirectorySnapshot(Array.Empty<DirectoryAccount>()), Policy, new LifecycleState(), options);

        Assert.False(plan.Blocked, string.Join("; ", plan.BlockedReasons));
        Assert.DoesNotContain(plan.Findings, finding => finding.Severity == Severity.Error);
        Assert.Equal(plan.Summary.ManagedPeople, plan.Summary.ByAction[ActionType.Create]);
        Assert.True(plan.Summary.ManagedPeople > 600, $"{plan.Summary.ManagedPeople} people managed");
        var usernames = plan.Of(ActionType.Create).Select(action => action.SamAccountName!).ToList();
        Assert.Equal(usernames.Count, usernames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(usernames, name => Assert.Matches("^[a-z0-9][a-z0-9._-]{0,19}$", name));
        Assert.All(plan.Of(ActionType.Create).Where(action => action.EmployeeID is not null), action => Assert.StartsWith("OU=", action.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Carried_out_the_example_plan_leaves_nothing_to_do_the_next_night()
    {
        var roster = OneRosterReader.Read(Paths.Examples("data", "oneroster-1.2"));
        var state = new LifecycleState();
        var options = new PlanOptions { Today = new DateTime(2026, 11, 21) };
        var first = Planner.Create(roster, new DirectorySnapshot(Array.Empty<DirectoryAccount>()), Policy, state, options);
        var directory = DirectorySimulator.Apply(new DirectorySnapshot(Array.Empty<DirectoryAccount>()), first, state);

        var second = Planner.Create(roster, directory, Policy, state, options);

        Assert.Empty(second.Lines());
    }
}
