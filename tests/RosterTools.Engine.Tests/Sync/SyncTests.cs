using System.IO;
using RosterTools.Apply;
using RosterTools.Audit;
using RosterTools.OneRoster;
using RosterTools.Planning;
using RosterTools.Samples;
using RosterTools.State;
using RosterTools.Sync;

namespace RosterTools.Tests.Sync;

/// <summary>The nightly job end to end on generated districts and the local store.</summary>
public class SyncTests
{
    [Fact]
    public void The_first_sync_creates_everyone_and_a_second_with_no_changes_does_nothing()
    {
        using var sync = new SyncFolder(Paths.Examples("data", "oneroster-1.2"));

        var first = sync.Run();

        Assert.True(first.Outcome == SyncOutcome.Done, first.ToString());
        Assert.Equal(0, first.Failed);
        Assert.True(first.Planned[ActionType.Create] > 600);
        Assert.Equal(first.Planned.Values.Sum(), first.Done);
        Assert.NotNull(first.Snapshot);
        Assert.True(File.Exists(first.PlanFile));
        Assert.True(File.Exists(Path.Combine(sync.State, SyncRunner.LastSummaryFileName)));

        var second = sync.Run();

        Assert.True(second.Outcome == SyncOutcome.Done, second.ToString());
        Assert.Empty(second.Planned);
        Assert.Equal(0, second.Done);
        Assert.Empty(second.PeopleChanged);
    }

    [Fact]
    public void The_next_night_does_exactly_what_the_changes_ask_and_the_audit_log_holds_every_action_once()
    {
        using var nights = new Nights(600, OneRosterVersion.V1_2, seed: 1, changeSeed: 7, rate: 0.03);
        var source = nights.Scratch("source");
        CopyFolder(nights.FirstFolder, source);
        using var sync = new SyncFolder(source);
        var first = sync.Run();
        Assert.True(first.Outcome == SyncOutcome.Done, first.ToString());

        Directory.Delete(source, recursive: true);
        CopyFolder(nights.SecondFolder, source);
        var second = sync.Run();

        var counts = nights.Result.ChangeCounts!;
        Assert.True(second.Outcome == SyncOutcome.Done, second.ToString());
        int Planned(ActionType type) => second.Planned.TryGetValue(type, out var count) ? count : 0;
        var expected = $"create {counts.Enrolled}, disable {counts.Withdrawn + counts.Disabled}, move {counts.SchoolMoves + counts.Withdrawn + counts.Disabled}";
        var actual = $"create {Planned(ActionType.Create)}, disable {Planned(ActionType.Disable)}, move {Planned(ActionType.Move)}";
        Assert.True(expected == actual, $"expected {expected}, planned {actual}, for the changes {counts}");
        Assert.True(second.PeopleChanged["Added"] >= counts.Enrolled, "new students (and their guardians) joined since the last snapshot");
        Assert.True(second.Planned.Values.Sum() == second.Done + second.AlreadyDone, string.Join(", ", second.Applied.Select(pair => $"{pair.Key}: {string.Join(" ", pair.Value)}")));
        Assert.Equal(0, second.Failed + second.Skipped);

        var audit = AuditLog.Read(sync.State, new AuditQuery()).ToList();
        Assert.Equal(first.Planned.Values.Sum() + second.Planned.Values.Sum(), audit.Count);
        Assert.Equal(audit.Count, audit.Select(entry => entry.RunId + entry.ActionId).Distinct().Count());
    }

    [Fact]
    public void A_truncated_export_is_refused_and_changes_nothing()
    {
        using var sample = new TestBundle();
        var source = sample.Scratch("source");
        CopyFolder(Paths.Examples("data", "oneroster-1.2"), source);
        using var sync = new SyncFolder(source);
        Assert.Equal(SyncOutcome.Done, sync.Run().Outcome);
        var store = File.ReadAllBytes(Path.Combine(sync.State, "directory.json"));
        var lifecycle = File.ReadAllText(Path.Combine(sync.State, LifecycleStore.FileName));
        var snapshots = Directory.GetFiles(Path.Combine(sync.State, "snapshots"), "*.zip").Length;

        var users = Path.Combine(source, "users.csv");
        var lines = File.ReadAllLines(users);
        File.WriteAllLines(users, lines.Where((line, index) => index == 0 || index % 10 == 0));
        var refused = sync.Run();

        Assert.Equal(SyncOutcome.Refused, refused.Outcome);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("source has", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(store, File.ReadAllBytes(Path.Combine(sync.State, "directory.json")));
        Assert.Equal(lifecycle, File.ReadAllText(Path.Combine(sync.State, LifecycleStore.FileName)));
        Assert.Equal(snapshots, Directory.GetFiles(Path.Combine(sync.State, "snapshots"), "*.zip").Length);
    }

    [Fact]
    public void A_mass_withdrawal_in_a_clean_export_is_blocked_by_the_safety_limits()
    {
        using var sample = new TestBundle();
        var source = sample.Scratch("source");
        CopyFolder(Paths.Examples("data", "oneroster-1.2"), source);
        using var sync = new SyncFolder(source, "safety:\n  refuseOnSourceErrors: false\n");
        Assert.Equal(SyncOutcome.Done, sync.Run().Outcome);
        var store = File.ReadAllBytes(Path.Combine(sync.State, "directory.json"));

        var users = Path.Combine(source, "users.csv");
        File.WriteAllLines(users, File.ReadAllLines(users).Where((line, index) => index == 0 || index % 10 == 0));
        var refused = sync.Run();

        Assert.Equal(SyncOutcome.Refused, refused.Outcome);
        Assert.Contains("the safety limits block the plan: the plan disables", refused.Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(refused.PlanFile), "the blocked plan is kept for review");
        Assert.Equal(store, File.ReadAllBytes(Path.Combine(sync.State, "directory.json")));
    }

    [Fact]
    public void New_accounts_initial_passwords_go_to_the_password_folder_asked_for_and_nowhere_else()
    {
        using var sync = new SyncFolder(Paths.Examples("data", "oneroster-1.2"), "passwords:\n  folder: ./passwords\n");

        var first = sync.Run();
        var second = sync.Run();

        Assert.Equal(SyncOutcome.Done, first.Outcome);
        var lines = File.ReadAllLines(first.PasswordFile!);
        Assert.Equal(first.Planned[ActionType.Create] + 1, lines.Length);
        Assert.Null(second.PasswordFile);
        Assert.Single(Directory.GetFiles(Path.Combine(sync.Root, "passwords")));
        var password = lines[1].Split(',').Last();
        Assert.All(Directory.GetFiles(sync.State, "*", SearchOption.AllDirectories), file => Assert.DoesNotContain(password, File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Fact]
    public void WhatIf_plans_and_reports_but_writes_nothing()
    {
        using var sync = new SyncFolder(Paths.Examples("data", "oneroster-1.2"));

        var summary = sync.Run(whatIf: true);

        Assert.Equal(SyncOutcome.Done, summary.Outcome);
        Assert.True(summary.Planned[ActionType.Create] > 600);
        Assert.Equal(0, summary.Done);
        Assert.Null(summary.Snapshot);
        Assert.False(File.Exists(Path.Combine(sync.State, "directory.json")));
        Assert.False(File.Exists(Path.Combine(sync.State, SyncRunner.LastSummaryFileName)));
    }

    [Fact]
    public void Two_syncs_never_run_at_once_on_one_state_folder()
    {
        using var sync = new SyncFolder(Paths.Examples("data", "oneroster-1.2"));
        using (StateLock.Acquire(sync.State))
        {
            var summary = sync.Run();

            Assert.Equal(SyncOutcome.CouldNotRun, summary.Outcome);
            Assert.Contains("Another RosterTools run is using the state folder", summary.Reason, StringComparison.Ordinal);
        }

        Assert.Equal(SyncOutcome.Done, sync.Run().Outcome);
    }

    [Fact]
    public void A_bad_policy_means_the_sync_could_not_run()
    {
        using var sync = new SyncFolder(Paths.Examples("data", "oneroster-1.2"));
        var policy = sync.Scratch("bad.policy.yaml");
        File.WriteAllText(policy, "name: x\nscope:\n  rolez: [student]\n");
        sync.Config.PolicyPath = policy;

        var summary = sync.Run();

        Assert.Equal(SyncOutcome.CouldNotRun, summary.Outcome);
        Assert.Contains("rolez", summary.Reason, StringComparison.Ordinal);
        Assert.Contains(":3:", summary.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_that_cannot_be_opened_means_the_sync_could_not_run_and_says_why()
    {
        using var sync = new SyncFolder(Paths.Examples("data", "oneroster-1.2"), target: "  scim:\n    url: https://127.0.0.1:9/scim/v2\n    tokenEnv: ROSTERTOOLS_TEST_UNSET_TOKEN\n");

        var summary = sync.Run();

        Assert.Equal(SyncOutcome.CouldNotRun, summary.Outcome);
        Assert.Contains("ROSTERTOOLS_TEST_UNSET_TOKEN", summary.Reason, StringComparison.Ordinal);
    }

    internal static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
