using System.IO;
using RosterTools.Apply;
using RosterTools.Audit;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;

namespace RosterTools.Tests.Apply;

/// <summary>
/// The plan files the Pester tests of Invoke-Provision and Invoke-Deprovision use (tests/Pester/data), applied through
/// the engine with what those tests expect, so that the fixtures stay valid where PowerShell is not installed.
/// </summary>
public class PesterFixtureTests
{
    [Fact]
    public void The_Pester_plans_apply_as_the_Pester_tests_expect()
    {
        using var scenario = new ApplyScenario();
        var first = Apply(scenario, "first-sync.plan.json", ApplyStages.Provision);
        Assert.Equal((6, 0), (first.Done, first.Failed));
        Assert.Equal(6, Apply(scenario, "first-sync.plan.json", ApplyStages.Provision).AlreadyDone);

        Assert.Throws<PlanBlockedException>(() => Apply(scenario, "blocked.plan.json", ApplyStages.Deprovision));
        var leaver = Apply(scenario, "leaver.plan.json", ApplyStages.Deprovision);
        Assert.Equal((3, 0), (leaver.Done, leaver.Failed));

        Assert.Equal(new[] { "jdoe" }, scenario.Accounts().Keys);
        Assert.Equal(new DateTime(2026, 11, 22), LifecycleStore.Load(scenario.State).Find("E2")!.DisabledOn);
        Assert.Equal(9, AuditLog.Read(scenario.State).Count());
        Assert.Equal(5, AuditLog.Read(scenario.State, new AuditQuery { Account = "asmith" }).Count());
        Assert.Equal(3, AuditLog.Read(scenario.State, new AuditQuery { Account = "E1" }).Count());
        Assert.All(AuditLog.Read(scenario.State), entry => Assert.Equal(("pester-district.zip", "abc123"), (entry.Source, entry.Snapshot)));
    }

    [Fact]
    public void Offboarding_by_hand_with_the_example_policy_goes_as_the_Pester_test_expects()
    {
        using var scenario = new ApplyScenario();
        Apply(scenario, "first-sync.plan.json", ApplyStages.Provision);
        var policy = PolicyLoader.Load(Path.Combine(Paths.Repository, "examples", "policies", "district.policy.yaml"));

        var plan = Planner.Offboard(new[] { scenario.Accounts()["asmith"] }, policy, LifecycleStore.Load(scenario.State), null, "left mid-term");
        ApplyRun run;
        using (var target = new HookedTarget(scenario.State))
        {
            run = Applier.Apply(plan, target, new ApplyOptions { StateFolder = scenario.State, Stages = ApplyStages.Deprovision });
        }

        Assert.Equal(new[] { ActionType.Disable, ActionType.RevokeSessions, ActionType.RemoveMember, ActionType.Move }, plan.Actions.Select(action => action.Action));
        Assert.True((4, 0) == (run.Done + run.AlreadyDone, run.Failed), run.ToString());
        var asmith = scenario.Accounts()["asmith"];
        Assert.False(asmith.Enabled);
        Assert.Empty(asmith.Groups);
        Assert.Equal(policy.Deprovision.HoldingContainer, asmith.Container);
        Assert.True(scenario.Accounts()["jdoe"].Enabled);
        var record = LifecycleStore.Load(scenario.State).Find("E2")!;
        Assert.Equal((true, "offboarded by hand: left mid-term", DateTime.Today), (record.ByHand, record.LeavingReason!, record.DisabledOn!.Value));
        Assert.All(AuditLog.Read(scenario.State, new AuditQuery { Account = "asmith" }).Where(entry => entry.Action != ActionType.Create && entry.Action != ActionType.AddMember), entry => Assert.Equal("offboarded by hand: left mid-term", entry.Reason));
    }

    private static ApplyRun Apply(ApplyScenario scenario, string file, ApplyStages stages)
    {
        Plan plan;
        using (var stream = File.OpenRead(Path.Combine(Paths.Repository, "tests", "Pester", "data", file)))
        {
            plan = PlanJson.Read(stream, file);
        }

        using var target = new HookedTarget(scenario.State);
        return Applier.Apply(plan, target, new ApplyOptions { StateFolder = scenario.State, Stages = stages });
    }
}
