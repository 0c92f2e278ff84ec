using System.IO;
using RosterTools.Apply;
using RosterTools.OneRoster;
using RosterTools.Planning;
using RosterTools.Sync;
using RosterTools.Tests.Targets.Scim;

namespace RosterTools.Tests.Sync;

/// <summary>
/// The nightly sync into a real SCIM server (scimmy on loopback) with the example SCIM config: the first night
/// creates everyone, the next night does the generator's changes, an unchanged night does nothing, and students
/// who come back within the grace period get their accounts back.
/// </summary>
[Collection(ScimServerCollection.Name)]
public sealed class ScimSyncTests
{
    private const string TokenVariable = "ROSTERTOOLS_TEST_SCIM_TOKEN";
    private readonly ScimServerFixture _server;

    public ScimSyncTests(ScimServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public void First_night_next_night_no_change_and_return_within_grace()
    {
        using var nights = new Nights(80, OneRosterVersion.V1_2, seed: 3, changeSeed: 4, rate: 0.1);
        var source = nights.Scratch("source");
        SyncTests.CopyFolder(nights.FirstFolder, source);
        var example = File.ReadAllText(Paths.Examples("scim", "sync.yaml"))
            .Replace("../data/oneroster-1.2", source.Replace('\\', '/'), StringComparison.Ordinal)
            .Replace("./scim.policy.yaml", Paths.Examples("scim", "scim.policy.yaml").Replace('\\', '/'), StringComparison.Ordinal)
            .Replace("https://app.example.com/scim/v2", _server.BaseUrl.ToString(), StringComparison.Ordinal)
            .Replace("ROSTERTOOLS_SCIM_TOKEN", TokenVariable, StringComparison.Ordinal);
        Environment.SetEnvironmentVariable(TokenVariable, ScimServerFixture.Token);
        using var sync = SyncFolder.FromYaml(example);
        SyncSummary Night(string folder, int day)
        {
            Directory.Delete(source, recursive: true);
            SyncTests.CopyFolder(folder, source);
            return SyncRunner.Run(sync.Config, new SyncOptions { Today = new DateTime(2026, 11, 20).AddDays(day) });
        }

        var first = Night(nights.FirstFolder, 0);
        Assert.True(first.Outcome == SyncOutcome.Done, first + " " + string.Join("; ", first.Failures));
        Assert.True(first.Planned[ActionType.Create] > 80);
        Assert.Equal(first.Planned.Values.Sum(), first.Done);
        Assert.True(first.Requests > first.Done, "every action is at least one request");

        var second = Night(nights.SecondFolder, 1);
        var counts = nights.Result.ChangeCounts!;
        Assert.True(second.Outcome == SyncOutcome.Done, second + " " + string.Join("; ", second.Failures));
        Assert.Equal(counts.Enrolled, second.Planned.TryGetValue(ActionType.Create, out var created) ? created : 0);
        Assert.Equal(counts.Withdrawn + counts.Disabled, second.Planned.TryGetValue(ActionType.Disable, out var disabled) ? disabled : 0);
        Assert.Equal(0, second.Failed + second.Skipped);

        var unchanged = Night(nights.SecondFolder, 2);
        Assert.Empty(unchanged.Planned);

        var back = Night(nights.FirstFolder, 3);
        Assert.True(back.Outcome == SyncOutcome.Done, back + " " + string.Join("; ", back.Failures));
        Assert.Equal(counts.Withdrawn + counts.Disabled, back.Planned.TryGetValue(ActionType.Enable, out var enabled) ? enabled : 0);
        Assert.DoesNotContain(ActionType.Create, back.Planned.Keys);
        Assert.Equal(0, back.Failed + back.Skipped);
    }
}
