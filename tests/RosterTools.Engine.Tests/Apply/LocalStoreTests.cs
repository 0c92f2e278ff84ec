using System.IO;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets;
using RosterTools.Targets.Local;
using RosterTools.Tests.Planning;

namespace RosterTools.Tests.Apply;

/// <summary>The local store: every action idempotent, changes durable through the change log and the store file, one process at a time.</summary>
public class LocalStoreTests
{
    [Fact]
    public void A_first_plan_carried_out_on_the_store_gives_what_the_simulator_gives_and_a_second_time_is_all_already_done()
    {
        using var scenario = new ApplyScenario();
        var roster = ApplyScenario.District().Read();
        var plan = scenario.PlanFor(roster);
        Assert.Contains(plan.Actions, action => action.Action == ActionType.Create);
        Assert.Contains(plan.Actions, action => action.Action == ActionType.AddMember);

        var first = RunAll(scenario.State, plan);
        var second = RunAll(scenario.State, plan);

        Assert.All(first, result => Assert.Equal(ActionStatus.Done, result.Status));
        Assert.All(second, result => Assert.Equal(ActionStatus.AlreadyDone, result.Status));
        var expected = DirectorySimulator.Apply(new DirectorySnapshot(Array.Empty<DirectoryAccount>()), plan, new RosterTools.State.LifecycleState());
        var actual = scenario.Accounts();
        Assert.Equal(expected.Accounts.Select(a => a.Username).OrderBy(n => n), actual.Keys.OrderBy(n => n));
        foreach (var account in expected.Accounts)
        {
            var stored = actual[account.Username!];
            Assert.Equal((account.Anchor, account.UserPrincipalName, account.DisplayName, account.Container, account.Enabled), (stored.Anchor, stored.UserPrincipalName, stored.DisplayName, stored.Container, stored.Enabled));
            Assert.Equal(account.Groups.OrderBy(g => g), stored.Groups.OrderBy(g => g));
            Assert.Equal(account.Licenses.OrderBy(l => l), stored.Licenses.OrderBy(l => l));
            Assert.NotNull(stored.Id);
        }

        // Planned again against the store, nothing is left to do.
        Assert.Empty(scenario.PlanFor(roster).Actions);
    }

    [Fact]
    public async System.Threading.Tasks.Task Changes_survive_a_crash_through_the_change_log_and_a_torn_last_line_is_ignored()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        var store = LocalStoreTarget.Open(scenario.State);
        await store.ApplyAsync(plan.Actions.Select(action => new ActionRequest(action)).ToList(), default);

        // No Dispose: the process "died". The log holds the changes; add half a line as a crash mid-write would.
        var log = Path.Combine(scenario.State, LocalStoreTarget.LogFileName);
        store.Abandon();
        File.AppendAllText(log, "{\"op\":\"Delete\",\"id\":\"");
        Assert.False(File.Exists(Path.Combine(scenario.State, LocalStoreTarget.FileName)));

        var accounts = scenario.Accounts();

        Assert.Equal(plan.Actions.Count(action => action.Action == ActionType.Create), accounts.Count);
        Assert.True(File.Exists(Path.Combine(scenario.State, LocalStoreTarget.FileName)));
        Assert.Equal(0, new FileInfo(log).Length);
    }

    [Fact]
    public void Every_kind_of_change_is_done_once_and_then_already_done()
    {
        using var scenario = new ApplyScenario();
        var create = new PlanAction { Id = "c", Action = ActionType.Create, Account = "jdoe", SamAccountName = "jdoe", UserPrincipalName = "jdoe@x.org", EmployeeID = "E1", Anchor = "E1", GivenName = "J", Surname = "Doe", Path = "OU=A", Enabled = true };
        var group = new PlanAction { Id = "g", Action = ActionType.CreateGroup, Account = "team", Group = "team" };
        var steps = new[]
        {
            new PlanAction { Id = "u", Action = ActionType.Update, Account = "jdoe", Anchor = "E1", GivenName = "Jane", Surname = "Doe", DisplayName = "Jane Doe" },
            new PlanAction { Id = "r", Action = ActionType.Rename, Account = "jdoe", Anchor = "E1", SamAccountName = "jadoe", UserPrincipalName = "jadoe@x.org", EmailAddress = "jadoe@x.org" },
            new PlanAction { Id = "m", Action = ActionType.Move, Account = "jadoe", Anchor = "E1", Path = "OU=B" },
            new PlanAction { Id = "a", Action = ActionType.AddMember, Account = "jadoe", Anchor = "E1", Group = "team", MemberRole = MemberRole.Owner },
            new PlanAction { Id = "l", Action = ActionType.AssignLicense, Account = "jadoe", Anchor = "E1", License = "SKU1" },
            new PlanAction { Id = "d", Action = ActionType.Disable, Account = "jadoe", Anchor = "E1", Enabled = false },
            new PlanAction { Id = "rm", Action = ActionType.RemoveMember, Account = "jadoe", Anchor = "E1", Group = "team" },
            new PlanAction { Id = "rl", Action = ActionType.RemoveLicense, Account = "jadoe", Anchor = "E1", License = "SKU1" },
            new PlanAction { Id = "e", Action = ActionType.Enable, Account = "jadoe", Anchor = "E1", Enabled = true },
            new PlanAction { Id = "x", Action = ActionType.Delete, Account = "jadoe", Anchor = "E1" },
        };

        foreach (var action in new[] { create, group }.Concat(steps))
        {
            Assert.Equal(ActionStatus.Done, RunAll(scenario.State, action).Single().Status);
            Assert.Equal(ActionStatus.AlreadyDone, RunAll(scenario.State, action).Single().Status);
            if (action.Id == "l")
            {
                var account = scenario.Accounts()["jadoe"];
                Assert.Equal(("Jane Doe", "jadoe@x.org", "OU=B", true), (account.DisplayName, account.UserPrincipalName, account.Container, account.Enabled));
                Assert.Equal(new[] { "team" }, account.Groups);
                Assert.Equal(new[] { "SKU1" }, account.Licenses);
            }
        }

        Assert.Empty(scenario.Accounts());
    }

    [Fact]
    public void An_action_that_cannot_be_done_fails_with_the_reason_and_the_others_of_the_batch_are_done()
    {
        using var scenario = new ApplyScenario();
        var results = RunAll(
            scenario.State,
            new PlanAction { Id = "1", Action = ActionType.Create, Account = "a", SamAccountName = "a", EmployeeID = "E1" },
            new PlanAction { Id = "2", Action = ActionType.Create, Account = "a", SamAccountName = "a", EmployeeID = "E2" },
            new PlanAction { Id = "3", Action = ActionType.AddMember, Account = "a", Anchor = "E1", Group = "nowhere" },
            new PlanAction { Id = "4", Action = ActionType.Update, Account = "ghost", Anchor = "E9", DisplayName = "G" },
            new PlanAction { Id = "5", Action = ActionType.Create, Account = "b", SamAccountName = "b", EmployeeID = "E3" });

        Assert.Equal(new[] { ActionStatus.Done, ActionStatus.Failed, ActionStatus.Failed, ActionStatus.Failed, ActionStatus.Done }, results.Select(r => r.Status));
        Assert.Contains("'a' is in use", results[1].Error);
        Assert.Contains("group 'nowhere' does not exist", results[2].Error);
        Assert.Contains("'E9' does not exist", results[3].Error);
    }

    [Fact]
    public void Only_one_process_opens_the_store_at_a_time()
    {
        using var scenario = new ApplyScenario();
        using var first = LocalStoreTarget.Open(scenario.State);

        var error = Assert.Throws<IOException>(() => LocalStoreTarget.Open(scenario.State));

        Assert.Contains("in use by another RosterTools process", error.Message);
    }

    [Fact]
    public void The_store_exports_to_CSV_that_reads_back_as_the_same_accounts()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        RunAll(scenario.State, plan);
        var csv = Path.Combine(scenario.State, "export", "directory.csv");
        using (var store = LocalStoreTarget.Open(scenario.State))
        {
            store.ExportCsv(csv);
        }

        var read = DirectoryCsv.Read(csv, "EmployeeID");
        var stored = scenario.Accounts();

        Assert.Equal(stored.Count, read.Accounts.Count);
        foreach (var account in read.Accounts)
        {
            Assert.Equal(stored[account.Username!].Anchor, account.Anchor);
            Assert.Equal(stored[account.Username!].Groups.OrderBy(g => g), account.Groups.OrderBy(g => g));
        }
    }

    [Fact]
    public void A_target_opens_a_new_connection_for_each_run()
    {
        using var scenario = new ApplyScenario();
        var local = RosterTarget.Local(scenario.State);
        var opened = 0;
        var custom = RosterTarget.Custom("test", scenario.State, "test target", () =>
        {
            opened++;
            return local.Open();
        });

        using (custom.Open())
        {
        }

        using (var again = custom.Open())
        {
            Assert.Equal(local.Description, again.Description);
        }

        Assert.Equal(("local", "test", 2), (local.Kind, custom.Kind, opened));
        Assert.Equal(Path.GetFullPath(scenario.State), custom.StatePath);
    }

    [Fact]
    public void A_damaged_store_file_is_refused_with_its_path()
    {
        using var scenario = new ApplyScenario();
        File.WriteAllText(Path.Combine(scenario.State, LocalStoreTarget.FileName), "{\"format\":\"something-else\"}");

        var error = Assert.Throws<InvalidDataException>(() => LocalStoreTarget.Open(scenario.State));

        Assert.Contains(LocalStoreTarget.FileName, error.Message);
    }

    private static IReadOnlyList<ActionResult> RunAll(string state, Plan plan) => RunAll(state, plan.Actions.ToArray());

    /// <summary>Carries the actions out one at a time, in order (the applier's batching has its own tests).</summary>
    private static IReadOnlyList<ActionResult> RunAll(string state, params PlanAction[] actions)
    {
        using var store = LocalStoreTarget.Open(state);
        return actions.Select(action => store.ApplyAsync(new[] { new ActionRequest(action) }, default).GetAwaiter().GetResult().Single()).ToList();
    }
}
