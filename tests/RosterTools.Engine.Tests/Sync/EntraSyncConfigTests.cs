using RosterTools.Sync;
using RosterTools.Targets.Entra;

namespace RosterTools.Tests.Sync;

/// <summary>target: entra: in a sync config, once a host has registered the kind.</summary>
public class EntraSyncConfigTests
{
    private const string Head = "source:\n  path: ./district\npolicy: ./policy.yaml\nstate: ./state\ntarget:\n  entra:\n";

    public EntraSyncConfigTests() => SyncTargets.Register(new EntraSyncTargetKind());

    [Fact]
    public void A_runbook_signs_in_with_its_managed_identity()
    {
        var config = SyncConfigReader.Parse(Head + "    managedIdentity: true\n    usageLocation: US\n    administrativeUnits: true\n", "/etc/rostertools/sync.yaml");

        Assert.Equal("entra", config.Target.Kind);
    }

    [Fact]
    public void The_example_Entra_config_reads()
    {
        var config = SyncConfigReader.Load(Paths.Examples("entra", "sync.yaml"));

        Assert.Equal("entra", config.Target.Kind);
        Assert.EndsWith("entra.policy.yaml", config.PolicyPath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    managedIdentity: true\n    clientSecretEnv: APP_SECRET\n", "sync.yaml:7:5: target: entra: give exactly one way to sign in")]
    [InlineData("    clientSecretEnv: APP_SECRET\n", "sync.yaml:7:5: target: entra: an app registration needs tenantId and clientId.")]
    [InlineData("    tenantId: t\n    clientId: c\n    clientSecret: hunter2\n", "sync.yaml:9:5: 'clientSecret' is not a key of target: entra; did you mean 'clientSecretEnv'?")]
    public void Sign_in_mistakes_name_their_line(string settings, string expected)
    {
        var error = Assert.Throws<SyncConfigException>(() => SyncConfigReader.Parse(Head + settings, "/etc/rostertools/sync.yaml"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_secret_variable_is_said_when_the_target_opens()
    {
        var config = SyncConfigReader.Parse(Head + "    tenantId: t\n    clientId: c\n    clientSecretEnv: ROSTERTOOLS_TEST_UNSET_SECRET\n", "/etc/rostertools/sync.yaml");

        var error = Assert.ThrowsAny<Exception>(() => SyncTargets.Open(config));
        Assert.Contains("ROSTERTOOLS_TEST_UNSET_SECRET", error.Message, StringComparison.Ordinal);
    }
}
