using RosterTools.Planning;
using RosterTools.Validation;

namespace RosterTools.Tests.Planning;

/// <summary>Leaving, the grace period, deletion, and coming back.</summary>
public class DeprovisionScenarioTests
{
    private static Scenario AfterFirstNight(int disableAfterDays = 0)
    {
        var scenario = new Scenario();
        scenario.Policy.Deprovision.DisableAfterDays = disableAfterDays;
        scenario.Night(Districts.Riverside().Read());
        return scenario;
    }

    [Fact]
    public void A_student_returning_within_the_grace_period_gets_the_same_account_back()
    {
        var scenario = AfterFirstNight();
        scenario.Night(Districts.Riverside().Without("u4").Read(), days: 10);
        Assert.False(scenario.Account("u4").Enabled);

        var plan = scenario.Plan(Districts.Riverside().Read());

        Assert.Empty(plan.Of(ActionType.Create));
        Assert.Equal(
            new[] { "AddMember tbrown WHS-students", "AddMember tbrown class-WHS-BIO", "AssignLicense tbrown STUDENT_A1", "Enable tbrown", "Move tbrown" },
            plan.Lines());
        Assert.Equal("OU=Grade 10,OU=WHS,OU=Students,DC=example,DC=org", plan.Of(ActionType.Move).Single().Path);
        Assert.Contains(plan.LifecycleUpdates, update => update.Anchor == "u4" && update.Kind == LifecycleUpdateKind.Cleared);
    }

    [Fact]
    public void An_account_disabled_longer_than_the_grace_period_is_deleted_and_a_later_return_is_a_new_account()
    {
        var scenario = AfterFirstNight();
        scenario.Night(Districts.Riverside().Without("u4").Read(), days: 29);
        Assert.Empty(scenario.Plan(Districts.Riverside().Without("u4").Read()).Lines());

        scenario.Today = scenario.Today.AddDays(1);
        var plan = scenario.Night(Districts.Riverside().Without("u4").Read());

        var delete = Assert.Single(plan.Actions);
        Assert.Equal(ActionType.Delete, delete.Action);
        Assert.Contains("disabled 30 days ago", delete.Reason, StringComparison.Ordinal);
        Assert.Contains("grace period 30 days", delete.Reason, StringComparison.Ordinal);

        var back = scenario.Plan(Districts.Riverside().Read());
        Assert.Equal("tbrown", Assert.Single(back.Of(ActionType.Create)).SamAccountName);
    }

    [Fact]
    public void With_a_waiting_period_absence_is_recorded_first_and_the_account_disabled_when_it_ends()
    {
        var scenario = AfterFirstNight(disableAfterDays: 3);

        var first = scenario.Night(Districts.Riverside().Without("u4").Read());
        Assert.Empty(first.Actions);
        Assert.Contains(first.LifecycleUpdates, update => update.Anchor == "u4" && update.Kind == LifecycleUpdateKind.Leaving);
        Assert.Equal(1, first.Summary.WaitingToDisable);

        scenario.Today = scenario.Today.AddDays(2);
        var disabled = scenario.Plan(Districts.Riverside().Without("u4").Read());
        Assert.Contains("Disable tbrown", disabled.Lines());
        Assert.Equal("not in the SIS bulk export of 2026-11-25 (first seen 2026-11-22, 3 days ago); the policy disables after 3 days", disabled.Of(ActionType.Disable).Single().Reason);
    }

    [Fact]
    public void A_partial_export_with_a_tenth_of_the_users_is_blocked_by_the_safety_limits()
    {
        var district = Districts.Riverside();
        for (var i = 0; i < 36; i++)
        {
            district.Student($"x{i:00}", "Student", "Number" + i, "05", "s1");
        }

        var scenario = new Scenario();
        scenario.Night(district.Read());
        var kept = 0;

        var plan = scenario.Plan(district.Read(user => kept++ % 10 == 0));

        Assert.True(plan.Blocked);
        Assert.Contains("the plan disables 37 accounts; the policy allows at most 5 in one run", plan.BlockedReasons);
        Assert.Contains(plan.BlockedReasons, reason => reason.StartsWith("the plan disables 88.1% of the 42 managed accounts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_delta_bundle_says_nothing_about_who_has_left()
    {
        var scenario = AfterFirstNight();

        var plan = scenario.Plan(ClassDeletion.Delta("k2"));

        Assert.Empty(plan.Of(ActionType.Disable));
        Assert.Single(plan.Findings(FindingCodes.PlanAbsenceNotConclusive));
    }
}
