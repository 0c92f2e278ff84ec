using System.Threading;
using System.IO;
using RosterTools.Apply;
using RosterTools.Audit;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Tests.Planning;

namespace RosterTools.Tests.Apply;

/// <summary>The applier: safety limits, order, failures and dependents, confirmation, journal and resume, audit, lifecycle, secrets.</summary>
public class ApplierTests
{
    [Fact]
    public void A_first_sync_creates_everyone_in_dependency_order_and_audits_every_action_once()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        var results = new List<ActionResult>();
        ApplyRun run;
        using (var target = new HookedTarget(scenario.State))
        {
            run = Applier.Apply(plan, target, Options(scenario, results.Add));

            var position = target.Requests.Select((request, i) => (request.Action.Id, i)).ToDictionary(p => p.Id, p => p.i);
            foreach (var action in plan.Actions)
            {
                Assert.All(action.DependsOn, dependency => Assert.True(position[dependency] < position[action.Id], $"{action} went before {dependency}"));
            }
        }

        Assert.Equal(plan.Actions.Count, run.Done);
        Assert.Equal((0, 0, 0, false), (run.Failed, run.Skipped, run.NotStarted, run.Stopped));
        Assert.Equal(plan.Actions.Select(a => a.Id).OrderBy(id => id), results.Select(r => r.Id).OrderBy(id => id));
        var audit = AuditLog.Read(scenario.State).ToList();
        Assert.Equal(plan.Actions.Select(a => a.Id).OrderBy(id => id), audit.Select(e => e.ActionId).OrderBy(id => id));
        var create = audit.First(entry => entry.Action == ActionType.Create);
        Assert.Equal((run.RunId, "tester", "lab-1", ActionStatus.Done), (create.RunId, create.User, create.Machine, create.Result));
        Assert.Equal(plan.Inputs.RosterHash, create.Snapshot);
        Assert.Equal(plan.Inputs.RosterSource, create.Source);
        Assert.Contains(create.Changes, change => change.Attribute == "Username" && change.Before is null && change.After == create.Account);
        Assert.NotNull(create.AccountId);
        Assert.Empty(scenario.PlanFor(ApplyScenario.District().Read()).Actions);
    }

    [Fact]
    public void A_failed_create_skips_what_depends_on_it_with_the_reason_and_everything_else_is_done()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        var failing = plan.Actions.First(action => action.Action == ActionType.Create && plan.Actions.Any(other => other.DependsOn.Contains(action.Id)));
        var results = new List<ActionResult>();
        ApplyRun run;
        using (var target = new HookedTarget(scenario.State))
        {
            target.FailAccounts.Add(failing.Account);
            run = Applier.Apply(plan, target, Options(scenario, results.Add));
        }

        var dependents = plan.Actions.Where(action => action.DependsOn.Contains(failing.Id)).Select(action => action.Id).ToHashSet();
        Assert.NotEmpty(dependents);
        foreach (var result in results)
        {
            if (result.Id == failing.Id)
            {
                Assert.Equal(ActionStatus.Failed, result.Status);
            }
            else if (dependents.Contains(result.Id))
            {
                Assert.Equal(ActionStatus.Skipped, result.Status);
                Assert.Equal($"it depends on Create {failing.Account}, which failed", result.Error);
            }
            else
            {
                Assert.Equal(ActionStatus.Done, result.Status);
            }
        }

        Assert.Equal((1, dependents.Count), (run.Failed, run.Skipped));
        Assert.Contains(run.Failures, failure => failure.Id == failing.Id);
    }

    [Fact]
    public void A_blocked_plan_is_refused_and_changes_nothing_unless_the_limit_is_overridden()
    {
        using var scenario = new ApplyScenario();
        Apply(scenario, scenario.PlanFor(ApplyScenario.District().Read()));
        var truncated = scenario.PlanFor(ApplyScenario.District("u1", "u2", "u3").Read());
        Assert.True(truncated.Blocked);
        var before = File.ReadAllText(Path.Combine(scenario.State, "directory.json"));
        var audited = AuditLog.Read(scenario.State).Count();

        using (var target = new HookedTarget(scenario.State))
        {
            var refused = Assert.Throws<PlanBlockedException>(() => Applier.Apply(truncated, target, Options(scenario)));
            Assert.Contains("safety limits", refused.Message);
            Assert.Contains("the plan disables 42.9% of the 7 managed accounts", refused.Message);
            Assert.Empty(target.Requests);
        }

        Assert.Equal(before, File.ReadAllText(Path.Combine(scenario.State, "directory.json")));
        Assert.Equal(audited, AuditLog.Read(scenario.State).Count());

        using (var target = new HookedTarget(scenario.State))
        {
            var options = Options(scenario);
            options.OverrideSafetyLimit = true;
            var run = Applier.Apply(truncated, target, options);
            Assert.True(run.Done > 0);
        }

        Assert.False(scenario.Accounts()["alopez"].Enabled);
    }

    [Fact]
    public void A_stopped_run_resumes_without_repeating_anything_and_the_audit_log_has_every_action_once()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        using var stop = new CancellationTokenSource();
        ApplyRun first;
        using (var target = new HookedTarget(scenario.State) { AfterBatch = batch => { if (batch == 2) { stop.Cancel(); } } })
        {
            first = Applier.Apply(plan, target, Options(scenario), stop.Token);
            Assert.Equal(2, target.Batches);
        }

        Assert.True(first.Stopped);
        Assert.Equal(8, first.Done);
        Assert.Equal(plan.Actions.Count - 8, first.NotStarted);

        var results = new List<ActionResult>();
        ApplyRun second;
        using (var target = new HookedTarget(scenario.State))
        {
            second = Applier.Apply(plan, target, Options(scenario, results.Add));
            Assert.Equal(plan.Actions.Count - 8, target.Requests.Count);
        }

        Assert.Equal((plan.Actions.Count - 8, 8, false), (second.Done, second.AlreadyDone, second.Stopped));
        Assert.All(results.Where(r => r.Status == ActionStatus.AlreadyDone), r => Assert.Equal($"done by run {first.RunId} (journal)", r.Response));
        var audit = AuditLog.Read(scenario.State).ToList();
        Assert.Equal(plan.Actions.Count, audit.Count);
        Assert.Equal(plan.Actions.Count, audit.Select(entry => entry.ActionId).Distinct().Count());
        Assert.Equal(8, AuditLog.Read(scenario.State, new AuditQuery { RunId = first.RunId }).Count());
    }

    [Fact]
    public void Actions_in_flight_when_a_run_died_are_finished_once_whether_or_not_their_audit_entry_was_written()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        Apply(scenario, plan);
        var journal = Directory.GetFiles(Path.Combine(scenario.State, "journal")).Single();
        var lines = File.ReadAllLines(journal).ToList();
        var outcomes = lines.Where(line => line.Contains("\"outcome\"")).ToList();

        // The run "died" after the target and the audit log had the last 3 actions but before the journal had their outcomes,
        // and before even the audit log had the 2 before them.
        var lost = outcomes.Skip(outcomes.Count - 5).ToList();
        File.WriteAllLines(journal, lines.Except(lost));
        var unaudited = lost.Take(2).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()).ToHashSet();
        var auditFile = Directory.GetFiles(Path.Combine(scenario.State, "audit")).Single();
        File.WriteAllLines(auditFile, File.ReadAllLines(auditFile).Where(line => !unaudited.Any(id => line.Contains($"\"actionId\":\"{id}\""))));

        ApplyRun again;
        using (var target = new HookedTarget(scenario.State))
        {
            again = Applier.Apply(plan, target, Options(scenario));
            Assert.Equal(unaudited.OrderBy(id => id), target.Requests.Select(r => r.Action.Id).OrderBy(id => id));
        }

        Assert.Equal((0, plan.Actions.Count), (again.Done, again.AlreadyDone));
        var audit = AuditLog.Read(scenario.State).ToList();
        Assert.Equal(plan.Actions.Count, audit.Select(entry => entry.ActionId).Distinct().Count());
        Assert.Equal(plan.Actions.Count, audit.Count);

        // And the journal now knows: a third run sends nothing.
        using var third = new HookedTarget(scenario.State);
        Applier.Apply(plan, third, Options(scenario));
        Assert.Empty(third.Requests);
    }

    [Fact]
    public void Passwords_go_to_the_target_only_never_to_results_journal_or_audit()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        var results = new List<ActionResult>();
        Dictionary<string, string> passwords;
        using (var target = new HookedTarget(scenario.State) { EchoPasswords = true })
        {
            target.FailAccounts.Add(plan.Actions.First(action => action.Action == ActionType.Create).Account);
            var options = Options(scenario, results.Add);
            options.Passwords["student"] = new PasswordRule { Kind = PasswordKind.Passphrase, Words = 3, Separator = "~" };
            options.Passwords["teacher"] = new PasswordRule { Length = 20 };
            Applier.Apply(plan, target, options);
            passwords = target.Passwords;
        }

        var creates = plan.Actions.Where(action => action.Action == ActionType.Create).ToList();
        Assert.Equal(creates.Count, passwords.Count);
        Assert.All(creates.Where(c => c.PasswordRule == "student"), c => Assert.Equal(3, passwords[c.Account].Split('~').Length));
        Assert.All(creates.Where(c => c.PasswordRule == "teacher"), c => Assert.Equal(20, passwords[c.Account].Length));
        Assert.Equal(passwords.Count, passwords.Values.Distinct().Count());
        Assert.Contains(results, result => result.Response?.Contains("password=(secret)") == true);
        Assert.Contains(results, result => result.Error?.Contains("password was (secret)") == true);

        var everything = string.Join("\n", results.Select(r => $"{r} {r.Response} {r.Error}"))
            + string.Join("\n", Directory.GetFiles(scenario.State, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        foreach (var password in passwords.Values)
        {
            Assert.DoesNotContain(password, everything);
        }
    }

    [Fact]
    public void Declined_actions_and_what_they_need_are_skipped_and_nothing_is_recorded_for_them()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        var declined = plan.Actions.First(action => action.Action == ActionType.Create && plan.Actions.Any(other => other.DependsOn.Contains(action.Id)));
        var asked = new List<string>();
        var results = new List<ActionResult>();
        var options = Options(scenario, results.Add);
        options.Confirm = action =>
        {
            asked.Add(action.Id);
            return action.Id != declined.Id;
        };
        using (var target = new HookedTarget(scenario.State))
        {
            Applier.Apply(plan, target, options);
        }

        var dependents = plan.Actions.Where(action => action.DependsOn.Contains(declined.Id)).Select(action => action.Id).ToList();
        Assert.DoesNotContain(dependents, asked.Contains);
        Assert.Equal("declined", results.Single(r => r.Id == declined.Id).Error);
        Assert.All(results.Where(r => dependents.Contains(r.Id)), r => Assert.Equal($"it depends on Create {declined.Account}, which was declined", r.Error));
        var audited = AuditLog.Read(scenario.State).Select(entry => entry.ActionId).ToHashSet();
        Assert.DoesNotContain(declined.Id, audited);
        Assert.DoesNotContain(dependents, audited.Contains);
        Assert.Equal(plan.Actions.Count - 1 - dependents.Count, audited.Count);
    }

    [Fact]
    public void What_if_asks_about_every_action_and_writes_nothing_at_all()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        var asked = new List<string>();
        var options = Options(scenario);
        options.WhatIf = true;
        options.Confirm = action =>
        {
            asked.Add(action.Id);
            return false;
        };
        var files = Directory.GetFiles(scenario.State, "*", SearchOption.AllDirectories).ToList();
        ApplyRun run;
        using (var target = new HookedTarget(scenario.State))
        {
            run = Applier.Apply(plan, target, options);
            Assert.Empty(target.Requests);
        }

        Assert.Equal(plan.Actions.Select(a => a.Id).OrderBy(id => id), asked.OrderBy(id => id));
        Assert.Equal(plan.Actions.Count, run.Skipped);
        Assert.False(Directory.Exists(Path.Combine(scenario.State, "audit")));
        Assert.False(Directory.Exists(Path.Combine(scenario.State, "journal")));
        Assert.False(File.Exists(Path.Combine(scenario.State, LifecycleStore.FileName)));
        Assert.Empty(scenario.Accounts());
        Assert.NotNull(files);
    }

    [Fact]
    public void A_person_who_leaves_is_deprovisioned_in_the_deprovision_stage_and_the_lifecycle_state_records_it()
    {
        using var scenario = new ApplyScenario();
        Apply(scenario, scenario.PlanFor(ApplyScenario.District().Read()));
        var plan = scenario.PlanFor(ApplyScenario.District("u2").Read());
        Assert.False(plan.Blocked, string.Join("; ", plan.BlockedReasons));
        Assert.Contains(plan.Actions, action => action.Stage == ActionStage.Deprovision);

        var provisionOnly = Options(scenario);
        provisionOnly.Stages = ApplyStages.Provision;
        using (var target = new HookedTarget(scenario.State))
        {
            var run = Applier.Apply(plan, target, provisionOnly);
            Assert.DoesNotContain(target.Requests, request => request.Action.Stage == ActionStage.Deprovision);
            Assert.Equal(plan.Actions.Count(action => action.Stage == ActionStage.Provision), run.Total);
        }

        Assert.True(scenario.Accounts()["bokafor"].Enabled);

        var deprovision = Options(scenario);
        deprovision.Stages = ApplyStages.Deprovision;
        using (var target = new HookedTarget(scenario.State))
        {
            var run = Applier.Apply(plan, target, deprovision);
            Assert.Equal((0, 0), (run.Failed, run.Skipped));
        }

        var account = scenario.Accounts()["bokafor"];
        Assert.False(account.Enabled);
        Assert.Equal("OU=Disabled,DC=example,DC=org", account.Container);
        Assert.Empty(account.Licenses);
        var record = LifecycleStore.Load(scenario.State).Find(account.Anchor!);
        Assert.NotNull(record);
        Assert.Equal(ApplyScenario.Today, record!.DisabledOn);
        Assert.Equal(ApplyScenario.Today, record.LeavingSince);

        // The next night nothing more happens until the grace period is over; then the account is deleted.
        Assert.DoesNotContain(scenario.PlanFor(ApplyScenario.District("u2").Read(), ApplyScenario.Today.AddDays(1)).Actions, a => a.Anchor == account.Anchor);
        var later = scenario.PlanFor(ApplyScenario.District("u2").Read(), ApplyScenario.Today.AddDays(31));
        Assert.Contains(later.Actions, a => a.Anchor == account.Anchor && a.Action == ActionType.Delete);
    }

    [Fact]
    public void Progress_counts_up_to_the_total_with_an_estimate()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        var reports = new List<ApplyProgress>();
        var options = Options(scenario);
        options.Progress = new SynchronousProgress<ApplyProgress>(reports.Add);
        using (var target = new HookedTarget(scenario.State))
        {
            Applier.Apply(plan, target, options);
        }

        Assert.True(reports.Count > 2);
        Assert.Equal(reports.Select(r => r.Completed).OrderBy(c => c), reports.Select(r => r.Completed));
        Assert.Equal((plan.Actions.Count, plan.Actions.Count, 100), (reports[^1].Total, reports[^1].Completed, reports[^1].PercentComplete));
        Assert.NotNull(reports[0].Remaining);
        Assert.NotNull(reports[0].Current);
    }

    private static ApplyOptions Options(ApplyScenario scenario, Action<ActionResult>? result = null) =>
        new() { StateFolder = scenario.State, User = "tester", Machine = "lab-1", Result = result };

    private static void Apply(ApplyScenario scenario, Plan plan)
    {
        using var target = new HookedTarget(scenario.State);
        var run = Applier.Apply(plan, target, Options(scenario));
        Assert.Equal(0, run.Failed);
    }
}
