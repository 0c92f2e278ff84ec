using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using RosterTools.Audit;
using RosterTools.OneRoster.Csv;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Targets.Local;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary><c>rostertools apply</c> on the example district and the local store: what-if, apply, re-run, refusal, and a run killed part way.</summary>
public class ApplyTests
{
    private static readonly string Policy = Path.Combine(Paths.Repository, "examples", "policies", "district.policy.yaml");

    [Fact]
    public void What_if_lists_every_action_and_changes_nothing_then_apply_does_them_and_a_second_run_repeats_nothing()
    {
        using var temp = new TempFolder();
        var (planFile, plan) = WritePlan(temp);
        var state = temp.Combine("state");

        var whatIf = CliProcess.Run("apply", planFile, "--state", state, "--what-if", "--format", "json");
        Assert.True(whatIf.ExitCode == 0, whatIf.ToString());
        Assert.Equal(plan.Actions.Count, whatIf.Json.GetProperty("whatIf").GetArrayLength());
        Assert.Equal(plan.Actions.Count, whatIf.Json.GetProperty("skipped").GetInt32());
        Assert.False(File.Exists(Path.Combine(state, LocalStoreTarget.FileName)));
        Assert.False(Directory.Exists(Path.Combine(state, AuditLog.FolderName)));

        var applied = CliProcess.Run("apply", planFile, "--state", state, "--policy", Policy, "--format", "json");
        Assert.True(applied.ExitCode == 0, applied.ToString());
        Assert.Equal((plan.Actions.Count, 0, 0), (applied.Json.GetProperty("done").GetInt32(), applied.Json.GetProperty("failed").GetInt32(), applied.Json.GetProperty("skipped").GetInt32()));
        Assert.Equal(plan.Actions.Count(a => a.Action == ActionType.Create), Accounts(state));

        var again = CliProcess.Run("apply", planFile, "--state", state);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"0 done, {plan.Actions.Count} already done, 0 skipped, 0 failed", again.OutLines[0]);
        Assert.Equal(plan.Actions.Count, AuditLog.Read(state).Count());
    }

    [Fact]
    public void Initial_passwords_go_to_the_password_file_asked_for_which_is_never_overwritten()
    {
        using var temp = new TempFolder();
        var (planFile, plan) = WritePlan(temp);
        var state = temp.Combine("state");
        var passwords = temp.Combine("passwords.csv");

        var applied = CliProcess.Run("apply", planFile, "--state", state, "--policy", Policy, "--password-file", passwords);
        var again = CliProcess.Run("apply", planFile, "--state", state, "--password-file", passwords);

        Assert.True(applied.ExitCode == 0, applied.ToString());
        var lines = File.ReadAllLines(passwords);
        Assert.Equal(plan.Actions.Count(a => a.Action == ActionType.Create) + 1, lines.Length);
        var password = lines[1].Split(',').Last().Trim('"');
        Assert.DoesNotContain(password, applied.StdOut + applied.StdErr, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Contains("never overwrites", again.StdErr, StringComparison.Ordinal);
        Assert.Equal(lines, File.ReadAllLines(passwords));
    }

    [Fact]
    public void A_run_killed_part_way_resumes_and_every_action_is_done_and_audited_exactly_once()
    {
        using var temp = new TempFolder();
        var (planFile, plan) = WritePlan(temp);
        var state = temp.Combine("state");

        using (var slow = CliProcess.Start(new Dictionary<string, string?> { ["ROSTERTOOLS_TEST_ACTION_DELAY_MS"] = "2" }, "apply", planFile, "--state", state, "--policy", Policy))
        {
            var journal = Path.Combine(state, "journal");
            var watch = Stopwatch.StartNew();
            while (Outcomes(journal) < 300 && !slow.HasExited && watch.Elapsed < TimeSpan.FromMinutes(3))
            {
                Thread.Sleep(20);
            }

            Assert.False(slow.HasExited, "the slowed run finished before it could be killed");
            slow.Kill(entireProcessTree: true);
            slow.WaitForExit();
        }

        var firstAudited = AuditLog.Read(state).Count();
        Assert.InRange(firstAudited, 300, plan.Actions.Count - 1);

        var resumed = CliProcess.Run("apply", planFile, "--state", state, "--policy", Policy, "--format", "json");

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        var json = resumed.Json;
        Assert.Equal(plan.Actions.Count, json.GetProperty("done").GetInt32() + json.GetProperty("alreadyDone").GetInt32());
        Assert.True(json.GetProperty("alreadyDone").GetInt32() >= firstAudited);
        var audit = AuditLog.Read(state).ToList();
        Assert.Equal(plan.Actions.Count, audit.Count);
        Assert.Equal(plan.Actions.Select(a => a.Id).OrderBy(id => id, StringComparer.Ordinal), audit.Select(e => e.ActionId).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(audit, entry => Assert.NotEqual(RosterTools.Apply.ActionStatus.Failed, entry.Result));
        Assert.Equal(2, audit.Select(entry => entry.RunId).Distinct().Count());
        Assert.Equal(plan.Actions.Count(a => a.Action == ActionType.Create), Accounts(state));
    }

    [Fact]
    public void A_blocked_plan_is_refused_with_exit_code_2_unless_overridden()
    {
        using var temp = new TempFolder();
        var (planFile, plan) = WritePlan(temp, blocked: "the plan disables 400 accounts; the policy allows at most 50 in one run");
        var state = temp.Combine("state");

        var refused = CliProcess.Run("apply", planFile, "--state", state);

        Assert.Contains("the plan disables 400 accounts", CliAssert.BadInput(refused));
        Assert.Equal(0, Accounts(state));
        var forced = CliProcess.Run("apply", planFile, "--state", state, "--override-safety-limit", "--only", "provision");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(plan.Actions.Count(a => a.Action == ActionType.Create), Accounts(state));
    }

    [Theory]
    [InlineData("missing.json", "does not exist")]
    [InlineData("not-a-plan.json", "is not a RosterTools plan")]
    public void A_plan_that_cannot_be_read_is_bad_input_naming_the_file(string name, string message)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("not-a-plan.json"), "{\"format\":\"something\",\"version\":1}");

        var result = CliProcess.Run("apply", temp.Combine(name), "--state", temp.Combine("state"));

        var line = CliAssert.BadInput(result);
        Assert.Contains(name, line);
        Assert.Contains(message, line);
    }

    [Fact]
    public void An_unknown_stage_is_a_usage_error()
    {
        using var temp = new TempFolder();
        Assert.Contains("Unknown --only 'everything'", CliAssert.BadInput(CliProcess.Run("apply", "plan.json", "--state", temp.Path, "--only", "everything")));
    }

    /// <summary>The first-sync plan of the example district against an empty local store, saved as JSON.</summary>
    private static (string Path, Plan Plan) WritePlan(TempFolder temp, string? blocked = null)
    {
        var roster = OneRosterReader.Read(Path.Combine(Paths.Repository, "examples", "data", "oneroster-1.2"));
        var plan = Planner.Create(roster, new DirectorySnapshot(Array.Empty<DirectoryAccount>(), source: "empty local store"), PolicyLoader.Load(Policy), new LifecycleState());
        Assert.Empty(plan.BlockedReasons);
        if (blocked is not null)
        {
            plan.BlockedReasons.Add(blocked);
        }

        var path = temp.Combine("plan.json");
        using (var stream = File.Create(path))
        {
            PlanJson.Write(stream, plan);
        }

        return (path, plan);
    }

    private static int Accounts(string state)
    {
        if (!Directory.Exists(state))
        {
            return 0;
        }

        using var store = LocalStoreTarget.Open(state);
        return store.AccountCount;
    }

    private static int Outcomes(string journal)
    {
        try
        {
            return Directory.Exists(journal) ? Directory.GetFiles(journal).Sum(file => ReadShared(file).Split('\n').Count(line => line.Contains("\"outcome\"", StringComparison.Ordinal))) : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
