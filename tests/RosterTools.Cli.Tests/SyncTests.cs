using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RosterTools.Audit;
using RosterTools.Targets.Local;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary><c>rostertools sync</c> on the example district and the local store: first sync, a night with no change, refusals, exit codes.</summary>
public class SyncTests
{
    private static readonly string ExampleDistrict = Path.Combine(Paths.Repository, "examples", "data", "oneroster-1.2");
    private static readonly string Policy = Path.Combine(Paths.Repository, "examples", "policies", "district.policy.yaml");

    [Fact]
    public void The_first_sync_creates_everyone_and_a_second_with_the_same_export_does_nothing()
    {
        using var temp = new TempFolder();
        var config = Config(temp, ExampleDistrict);

        var first = CliProcess.Run("sync", "--config", config, "--format", "json");

        Assert.True(first.ExitCode == 0, first.ToString());
        var json = first.Json;
        Assert.Equal(("Done", 0), (json.GetProperty("outcome").GetString(), json.GetProperty("exitCode").GetInt32()));
        var created = json.GetProperty("planned").GetProperty("Create").GetInt32();
        Assert.True(created > 600, first.ToString());
        Assert.Equal(created, json.GetProperty("provision").GetProperty("byAction").GetProperty("Create").GetProperty("Done").GetInt32());
        Assert.Equal(0, json.GetProperty("provision").GetProperty("failed").GetInt32());
        Assert.NotNull(json.GetProperty("snapshot").GetString());
        Assert.Equal(created, Accounts(temp.Combine("state")));
        var audited = AuditLog.Read(temp.Combine("state")).Count();

        var second = CliProcess.Run("sync", "--config", config);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.StartsWith("Sync Done: 0 done, 0 already done, 0 skipped, 0 failed", second.OutLines[0]);
        Assert.Contains("0 records changed since the last snapshot", second.StdOut);
        Assert.Contains("Nothing to do.", second.StdOut);
        Assert.Equal(audited, AuditLog.Read(temp.Combine("state")).Count());
    }

    [Fact]
    public void A_truncated_export_is_refused_with_exit_code_2_and_changes_nothing()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run("sync", "--config", Config(temp, ExampleDistrict)).ExitCode);
        var before = File.ReadAllText(temp.Combine("state", LocalStoreTarget.FileName));
        var truncated = temp.Combine("truncated");
        CopyFolder(ExampleDistrict, truncated);
        var users = File.ReadAllLines(Path.Combine(truncated, "users.csv"));
        File.WriteAllLines(Path.Combine(truncated, "users.csv"), users.Take(users.Length / 2));

        var refused = CliProcess.Run("sync", "--config", Config(temp, truncated), "--format", "json");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Equal("Refused", refused.Json.GetProperty("outcome").GetString());
        Assert.Contains("safety limits block the plan", refused.StdErr);
        Assert.Equal(before, File.ReadAllText(temp.Combine("state", LocalStoreTarget.FileName)));
    }

    [Fact]
    public void What_if_plans_and_changes_nothing()
    {
        using var temp = new TempFolder();

        var result = CliProcess.Run("sync", "--config", Config(temp, ExampleDistrict), "--what-if", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.Json.GetProperty("provision").GetProperty("skipped").GetInt32() > 600);
        Assert.Equal(0, Accounts(temp.Combine("state")));
        Assert.False(Directory.Exists(temp.Combine("state", "snapshots")));
        Assert.False(Directory.Exists(temp.Combine("state", "audit")));
    }

    [Fact]
    public void A_bad_config_cannot_run_and_names_file_line_and_column()
    {
        using var temp = new TempFolder();
        var config = temp.Combine("sync.yaml");
        File.WriteAllText(config, "source: ./district\npolicy: ./p.yaml\nstate: ./state\ntarget:\n  kind: ldap\n");

        var result = CliProcess.Run("sync", "--config", config);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains($"{config}:5:9: target kind 'ldap' is not known", result.StdErr);
    }

    [Fact]
    public void A_second_sync_on_the_same_state_folder_cannot_run_while_the_first_holds_the_lock()
    {
        using var temp = new TempFolder();
        var config = Config(temp, ExampleDistrict);
        Directory.CreateDirectory(temp.Combine("state"));
        using (new FileStream(temp.Combine("state", "sync.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var blocked = CliProcess.Run("sync", "--config", config);
            Assert.True(blocked.ExitCode == 3, blocked.ToString());
            Assert.Contains("another sync is running", blocked.StdErr);
        }

        // The lock goes with the process that held it.
        Assert.Equal(0, CliProcess.Run("sync", "--config", config).ExitCode);
    }

    private static string Config(TempFolder temp, string source)
    {
        var path = temp.Combine("sync-" + Path.GetFileName(source) + ".yaml");
        File.WriteAllText(path, $"source: {source}\npolicy: {Policy}\nstate: ./state\ntarget:\n  kind: local\n");
        return path;
    }

    private static int Accounts(string state)
    {
        if (!File.Exists(Path.Combine(state, LocalStoreTarget.FileName)) && !File.Exists(Path.Combine(state, LocalStoreTarget.LogFileName)))
        {
            return 0;
        }

        using var store = LocalStoreTarget.Open(state);
        return store.AccountCount;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
