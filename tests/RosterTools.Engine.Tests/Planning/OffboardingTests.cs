using System.IO;
using RosterTools.Planning;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Tests.Planning;

/// <summary>Accounts offboarded by hand (Invoke-Deprovision with accounts piped in): the policy's leaving stages, now.</summary>
public class OffboardingTests
{
    private static readonly DateTime Today = new(2026, 11, 20);

    private static DirectoryAccount Student(string username = "tbrown", string anchor = "u4", bool enabled = true, string container = "OU=Grade 10,OU=WHS,OU=Students,DC=example,DC=org") => new()
    {
        Anchor = anchor,
        Username = username,
        UserPrincipalName = username + "@students.example.org",
        DistinguishedName = $"CN={username},{container}",
        Container = container,
        Enabled = enabled,
        Groups = { "WHS-students", "class-WHS-BIO", "early-learning", "Chess club", "Domain Admins" },
        Licenses = { "STUDENT_A1", "VISIO_ADDON" },
    };

    private static Plan Offboard(LifecycleState? state, params DirectoryAccount[] accounts) =>
        Planner.Offboard(accounts, TestPolicies.District(), state ?? new LifecycleState(), new PlanOptions { Today = Today, NowUtc = Today }, "left mid-term");

    private static string[] Lines(Plan plan) =>
        plan.Actions.Select(action => $"{action.Action} {action.Account}{(action.Group is null ? "" : " " + action.Group)}{(action.License is null ? "" : " " + action.License)}{(action.Path is null ? "" : " " + action.Path)}").ToArray();

    [Fact]
    public void An_account_is_disabled_signed_out_and_loses_the_managed_groups_and_licences_and_is_moved_now()
    {
        var plan = Offboard(null, Student());

        Assert.Equal(
            new[]
            {
                "Disable tbrown",
                "RevokeSessions tbrown",
                "RemoveMember tbrown WHS-students",
                "RemoveMember tbrown class-WHS-BIO",
                "RemoveLicense tbrown STUDENT_A1",
                "Move tbrown OU=Disabled,DC=example,DC=org",
            },
            Lines(plan));
        Assert.All(plan.Actions, action => Assert.Equal("offboarded by hand: left mid-term", action.Reason));
        Assert.All(plan.Actions, action => Assert.Equal(ActionStage.Deprovision, action.Stage));
        Assert.DoesNotContain(plan.Actions, action => action.Action == ActionType.Delete);
        var disable = plan.Actions[0].Id;
        Assert.All(plan.Actions.Skip(1), action => Assert.Equal(new[] { disable }, action.DependsOn));
        Assert.False(plan.Blocked);
    }

    [Fact]
    public void The_lifecycle_updates_record_the_dates_the_grace_period_counts_from()
    {
        var plan = Offboard(null, Student());

        var leaving = Assert.Single(plan.LifecycleUpdates, update => update.Kind == LifecycleUpdateKind.Leaving);
        Assert.Equal(("u4", Today, "offboarded by hand: left mid-term", (string?)null), (leaving.Anchor, leaving.Date!.Value, leaving.Reason!, leaving.AfterAction));
        var disabled = Assert.Single(plan.LifecycleUpdates, update => update.Kind == LifecycleUpdateKind.Disabled);
        Assert.Equal(Today, disabled.Date);
        Assert.Equal("OU=Grade 10,OU=WHS,OU=Students,DC=example,DC=org", disabled.HomeContainer);
        Assert.Equal(plan.Actions.Single(action => action.Action == ActionType.Disable).Id, disabled.AfterAction);
    }

    [Fact]
    public void The_waiting_period_before_the_disable_does_not_apply()
    {
        var policy = TestPolicies.District();
        policy.Deprovision.DisableAfterDays = 14;

        var plan = Planner.Offboard(new[] { Student() }, policy, new LifecycleState(), new PlanOptions { Today = Today }, "left");

        Assert.Contains(plan.Actions, action => action.Action == ActionType.Disable);
        Assert.Equal(0, plan.Summary.WaitingToDisable);
    }

    [Fact]
    public void Additive_groups_lose_only_the_members_RosterTools_added()
    {
        var state = new LifecycleState();
        state.AddedMembers["early-learning"] = new HashSet<string> { "u4" };

        var plan = Offboard(state, Student());

        var removed = Assert.Single(plan.Actions, action => action.Group == "early-learning");
        Assert.Contains(plan.LifecycleUpdates, update => update.Kind == LifecycleUpdateKind.MemberRemoved && update.Group == "early-learning" && update.AfterAction == removed.Id);
        Assert.DoesNotContain(Offboard(null, Student()).Actions, action => action.Group == "early-learning");
    }

    [Fact]
    public void A_protected_account_is_refused_with_a_finding_and_nothing_is_planned_for_it()
    {
        var admin = Student("admin.jones", "t9", container: "OU=Staff,DC=example,DC=org");

        var plan = Offboard(null, admin, Student());

        Assert.DoesNotContain(plan.Actions, action => action.Account == "admin.jones");
        Assert.DoesNotContain(plan.LifecycleUpdates, update => update.Anchor == "t9");
        var finding = Assert.Single(plan.Findings);
        Assert.Equal((Severity.Error, FindingCodes.PlanOffboardRefused), (finding.Severity, finding.Code));
        Assert.Contains("'admin.jones' is protected", finding.Message, StringComparison.Ordinal);
        Assert.Contains(plan.Actions, action => action.Account == "tbrown");
    }

    [Fact]
    public void An_account_without_the_anchor_is_refused_with_a_finding_that_says_how_to_get_it()
    {
        var plan = Offboard(null, Student(anchor: null!));

        Assert.Empty(plan.Actions);
        Assert.Empty(plan.LifecycleUpdates);
        Assert.Contains("-Properties", Assert.Single(plan.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_already_disabled_loses_what_it_still_has_and_keeps_the_dates_already_recorded()
    {
        var disabled = Student(enabled: false);
        var fresh = Offboard(null, disabled);

        Assert.DoesNotContain(fresh.Actions, action => action.Action == ActionType.Disable);
        Assert.Equal(new[] { "RevokeSessions tbrown", "RemoveMember tbrown WHS-students", "RemoveMember tbrown class-WHS-BIO", "RemoveLicense tbrown STUDENT_A1", "Move tbrown OU=Disabled,DC=example,DC=org" }, Lines(fresh));
        Assert.All(fresh.Actions, action => Assert.Empty(action.DependsOn));
        Assert.Contains(fresh.LifecycleUpdates, update => update.Kind == LifecycleUpdateKind.Disabled && update.Date == Today && update.AfterAction is null);

        var state = new LifecycleState();
        state.Accounts["u4"] = new LifecycleRecord { Anchor = "u4", LeavingSince = Today.AddDays(-40), DisabledOn = Today.AddDays(-40) };
        var again = Offboard(state, disabled);
        Assert.Empty(again.LifecycleUpdates);
        Assert.DoesNotContain(again.Actions, action => action.Action == ActionType.Delete);
    }

    [Fact]
    public void The_same_offboarding_gets_the_same_ids_and_the_same_account_given_twice_is_planned_once()
    {
        var first = Offboard(null, Student(), Student("jsmith", "u7"));
        var second = Offboard(null, Student("jsmith", "u7"), Student(), Student());

        Assert.Equal(first.Actions.Select(action => action.Id).OrderBy(id => id, StringComparer.Ordinal), second.Actions.Select(action => action.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(12, second.Actions.Count);
        Assert.Equal(second.Actions.Count, second.Actions.Select(action => action.Id).Distinct().Count());
        Assert.Equal(first.Inputs.InputHash, Offboard(null, Student(), Student("jsmith", "u7")).Inputs.InputHash);
    }

    [Fact]
    public void More_disables_than_the_policy_allows_in_one_run_block_the_plan()
    {
        var accounts = Enumerable.Range(0, 6).Select(i => Student("s" + i, "u" + (100 + i))).ToArray();

        var plan = Offboard(null, accounts);

        Assert.True(plan.Blocked);
        Assert.Contains("disables 6 accounts; the policy allows at most 5", Assert.Single(plan.BlockedReasons), StringComparison.Ordinal);
    }

    [Fact]
    public void The_nightly_runs_keep_an_account_offboarded_by_hand_leaving_while_the_SIS_still_lists_the_person_and_delete_it_after_the_grace_period()
    {
        var scenario = new Scenario();
        scenario.Night(Districts.Riverside().Read());
        var offboarding = Planner.Offboard(new[] { scenario.Account("u4") }, scenario.Policy, scenario.State, new PlanOptions { Today = scenario.Today }, "left mid-term");
        scenario.Directory = DirectorySimulator.Apply(scenario.Directory, offboarding, scenario.State);
        Assert.True(scenario.State.Find("u4") is { ByHand: true, LeavingReason: "offboarded by hand: left mid-term" });
        Assert.False(scenario.Account("u4").Enabled);

        scenario.Today = scenario.Today.AddDays(1);
        Assert.Empty(scenario.Night(Districts.Riverside().Read(), days: 28).For("u4"));
        Assert.Empty(scenario.Plan(Districts.Riverside().Read()).For("u4"));

        scenario.Today = scenario.Today.AddDays(1);
        var delete = Assert.Single(scenario.Plan(Districts.Riverside().Read()).For("u4"));
        Assert.Equal(ActionType.Delete, delete.Action);
        Assert.StartsWith("offboarded by hand: left mid-term, disabled 30 days ago", delete.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_admin_who_enables_an_account_offboarded_by_hand_again_brings_the_person_back()
    {
        var scenario = new Scenario();
        scenario.Night(Districts.Riverside().Read());
        var offboarding = Planner.Offboard(new[] { scenario.Account("u4") }, scenario.Policy, scenario.State, new PlanOptions { Today = scenario.Today }, "by mistake");
        scenario.Directory = DirectorySimulator.Apply(scenario.Directory, offboarding, scenario.State);

        scenario.Account("u4").Enabled = true;
        var plan = scenario.Night(Districts.Riverside().Read());

        Assert.Contains(plan.LifecycleUpdates, update => update.Anchor == "u4" && update.Kind == LifecycleUpdateKind.Cleared);
        Assert.Contains("AddMember tbrown WHS-students", plan.Lines());
        Assert.Null(scenario.State.Find("u4"));
    }

    [Fact]
    public void The_mark_of_an_offboarding_by_hand_survives_the_plan_file_and_the_lifecycle_file()
    {
        using var stream = new MemoryStream();
        PlanJson.Write(stream, Offboard(null, Student()));
        stream.Position = 0;
        var read = PlanJson.Read(stream);
        Assert.True(Assert.Single(read.LifecycleUpdates, update => update.Kind == LifecycleUpdateKind.Leaving).ByHand);
        Assert.False(Assert.Single(read.LifecycleUpdates, update => update.Kind == LifecycleUpdateKind.Disabled).ByHand);

        var folder = Directory.CreateTempSubdirectory("rt-offboard-").FullName;
        try
        {
            var state = new LifecycleState();
            state.Accounts["u4"] = new LifecycleRecord { Anchor = "u4", LeavingSince = Today, ByHand = true };
            state.Accounts["u5"] = new LifecycleRecord { Anchor = "u5", LeavingSince = Today };
            LifecycleStore.Save(folder, state);
            var loaded = LifecycleStore.Load(folder);
            Assert.True(loaded.Find("u4")!.ByHand);
            Assert.False(loaded.Find("u5")!.ByHand);
            Assert.Equal(InputHashes.Of(state), InputHashes.Of(loaded));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
