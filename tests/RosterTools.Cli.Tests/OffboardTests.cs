using System.IO;
using System.Linq;
using RosterTools.Audit;
using RosterTools.State;
using RosterTools.Targets.Local;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary><c>rostertools offboard</c> on the local store: what-if, offboarding now, a protected account, an unknown name.</summary>
public class OffboardTests
{
    private static readonly string Policy = Path.Combine(Paths.Repository, "examples", "policies", "district.policy.yaml");
    private static readonly string FirstSync = Path.Combine(Paths.Repository, "tests", "Pester", "data", "first-sync.plan.json");

    private static string Provisioned(TempFolder temp)
    {
        var state = temp.Combine("state");
        var applied = CliProcess.Run("apply", FirstSync, "--state", state);
        Assert.True(applied.ExitCode == 0, applied.ToString());
        return state;
    }

    [Fact]
    public void What_if_changes_nothing_then_offboard_disables_and_moves_the_account_now_and_records_it_by_hand()
    {
        using var temp = new TempFolder();
        var state = Provisioned(temp);

        var whatIf = CliProcess.Run("offboard", "--state", state, "--policy", Policy, "--account", "asmith", "--what-if", "--format", "json");
        Assert.True(whatIf.ExitCode == 0, whatIf.ToString());
        Assert.Equal(4, whatIf.Json.GetProperty("whatIf").GetArrayLength());
        Assert.True(Enabled(state, "asmith"));

        var done = CliProcess.Run("offboard", "--state", state, "--policy", Policy, "--account", "ASMITH", "--reason", "left mid-term", "--format", "json");
        Assert.True(done.ExitCode == 0, done.ToString());
        Assert.Equal((4, 0), (done.Json.GetProperty("done").GetInt32() + done.Json.GetProperty("alreadyDone").GetInt32(), done.Json.GetProperty("failed").GetInt32()));
        Assert.False(Enabled(state, "asmith"));
        Assert.True(Enabled(state, "jdoe"));
        var record = LifecycleStore.Load(state).Find("E2")!;
        Assert.True(record.ByHand);
        Assert.Equal("offboarded by hand: left mid-term", record.LeavingReason);
        Assert.Contains(AuditLog.Read(state, new AuditQuery { Account = "asmith" }), entry => entry.Reason == "offboarded by hand: left mid-term");
    }

    [Fact]
    public void An_unknown_account_is_bad_input_and_nothing_is_done()
    {
        using var temp = new TempFolder();
        var state = Provisioned(temp);

        var run = CliProcess.Run("offboard", "--state", state, "--policy", Policy, "--account", "asmith", "nobody");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("'nobody'", run.ToString());
        Assert.True(Enabled(state, "asmith"));
    }

    private static bool Enabled(string state, string username)
    {
        using var store = LocalStoreTarget.Open(state);
        return store.ReadAsync(null, default).GetAwaiter().GetResult().Accounts.Single(account => account.Username == username).Enabled;
    }
}
