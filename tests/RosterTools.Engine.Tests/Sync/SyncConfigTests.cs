using RosterTools.Sync;
using RosterTools.Targets.Scim;

namespace RosterTools.Tests.Sync;

/// <summary>Reading sync configs: every mistake names its line and column; secrets only by environment variable.</summary>
public class SyncConfigTests
{
    private const string Head = "source:\n  path: ./district\npolicy: ./policy.yaml\nstate: ./state\n";

    private static SyncConfigException Refused(string yaml) =>
        Assert.Throws<SyncConfigException>(() => SyncConfigReader.Parse(yaml, "/etc/rostertools/sync.yaml"));

    [Fact]
    public void Paths_are_relative_to_the_config_file_and_the_target_is_the_local_store_by_default()
    {
        var config = SyncConfigReader.Parse(Head + "snapshots: { keep: 7 }\nsafety: { maxDisableCount: 12, refuseOnSourceErrors: false }\n", "/etc/rostertools/sync.yaml");

        Assert.Equal("/etc/rostertools/district", config.SourcePath);
        Assert.Equal("/etc/rostertools/policy.yaml", config.PolicyPath);
        Assert.Equal("/etc/rostertools/state", config.StateFolder);
        Assert.Equal("local", config.Target.Kind);
        Assert.Equal(7, config.KeepSnapshots);
        var safety = new RosterTools.Policy.SafetyPolicy { MaxDisablePercent = 3 };
        config.Safety.ApplyTo(safety);
        Assert.Equal((12, 3.0, false), (safety.MaxDisableCount, safety.MaxDisablePercent, safety.RefuseOnSourceErrors));
    }

    [Theory]
    [InlineData("snapshot: { keep: 3 }\n", "sync.yaml:5:1: 'snapshot' is not a key of a sync config; did you mean 'snapshots'?")]
    [InlineData("safety: { maxDisableCount: many }\n", "sync.yaml:5:28: 'many' is not a whole number from 0 to 2,147,483,647.")]
    [InlineData("target:\n  ldap: {}\n", "sync.yaml:6:3: 'ldap' is not a key of target; the keys are ")]
    [InlineData("target:\n  local: { path: x }\n", "sync.yaml:6:10: target: local: takes no settings")]
    [InlineData("notify: { webhook: teams }\n", "sync.yaml:5:20: 'teams' is not an http or https address.")]
    [InlineData("target:\n  scim: { url: https://app.example.com/scim/v2 }\n", "sync.yaml:6:9: target: scim: needs tokenEnv")]
    [InlineData("target:\n  scim: { url: https://app.example.com/scim/v2, tokenEnv: \"eyJhbGciOi.secret\" }\n", "is not the name of an environment variable")]
    [InlineData("target:\n  scim: { url: https://app.example.com/scim/v2, tokenEnv: T, mode: bulk }\n", "'bulk' is not one of scim, entraBulkUpload")]
    public void A_mistake_names_its_line_and_column(string extra, string expected)
    {
        var error = Refused(Head + extra);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hbGciOi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_source_is_a_bundle_or_a_provider_never_both()
    {
        var error = Refused("source:\n  path: ./a\n  api: { url: https://sis.example.org }\npolicy: ./p.yaml\nstate: ./s\n");

        Assert.Contains("sync.yaml:2:3: source: names one place", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_source_is_read_with_its_secret_left_to_an_environment_variable()
    {
        var config = SyncConfigReader.Parse("source:\n  api:\n    url: https://sis.example.org\n    tokenUrl: https://sis.example.org/oauth/token\n    clientId: rostertools\n    clientSecretEnv: SIS_SECRET\npolicy: ./p.yaml\nstate: ./s\n", "/etc/rostertools/sync.yaml");

        Assert.Null(config.SourcePath);
        Assert.Equal("SIS_SECRET", config.SourceApi!.SecretVariable);
        Assert.Equal(new Uri("https://sis.example.org"), config.SourceApi.Settings.BaseUrl);
    }

    [Fact]
    public void A_scim_target_with_OAuth_2_client_credentials()
    {
        var config = SyncConfigReader.Parse(Head + "target:\n  scim:\n    url: https://app.example.com/scim/v2\n    tokenUrl: https://app.example.com/token\n    clientId: rt\n    clientSecretEnv: APP_SECRET\n    userName: username\n    mode: entraBulkUpload\n", "/etc/rostertools/sync.yaml");

        Assert.Equal("scim", config.Target.Kind);
        Assert.Throws<ArgumentException>(() => SyncTargets.Open(config));
    }
}
