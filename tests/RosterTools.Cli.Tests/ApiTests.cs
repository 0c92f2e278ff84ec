using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Samples;
using RosterTools.Testing.Loopback;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>A generated district of each version, and loopback providers that serve them, for the REST tests of the CLI.</summary>
public sealed class ApiDistricts : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rostertools-cli-api", Guid.NewGuid().ToString("N"));

    public ApiDistricts()
    {
        V12 = Generate(OneRosterVersion.V1_2);
        V11 = Generate(OneRosterVersion.V1_1);
    }

    public Roster V12 { get; }

    public Roster V11 { get; }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Roster Generate(OneRosterVersion version)
    {
        var folder = Path.Combine(_folder, version.ToSpecString());
        SampleDistrict.Write(folder, new SampleDistrictOptions { Students = 300, Version = version });
        return OneRosterReader.Read(folder);
    }
}

/// <summary>
/// import and validate against a OneRoster REST provider (the loopback provider in this process): both OAuth flows,
/// the secret from an environment variable or stdin and never from the command line, delta reads, and the exit codes
/// of a provider that refuses, fails or comes back short.
/// </summary>
public sealed class ApiTests : IClassFixture<ApiDistricts>
{
    private const string SecretVariable = "ROSTERTOOLS_TEST_SECRET";
    private readonly ApiDistricts _districts;

    public ApiTests(ApiDistricts districts) => _districts = districts;

    [Fact]
    public void Import_reads_the_provider_with_OAuth2_and_prints_the_summary()
    {
        using var provider = Serve(_districts.V12);

        var result = Run(provider, "import", "--url", provider.BaseUrl.ToString(), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = result.Json;
        Assert.Equal("1.2", summary.GetProperty("version").GetString());
        Assert.Equal(provider.ServiceUrl(OneRosterVersion.V1_2).ToString(), summary.GetProperty("source").GetString());
        Assert.Equal("bulk", summary.GetProperty("files").GetProperty("users").GetString());
        Assert.Equal("bulk", summary.GetProperty("files").GetProperty("roles").GetString());
        Assert.Equal(_districts.V12.Users.Count, summary.GetProperty("counts").GetProperty("users").GetInt32());
        Assert.Equal(_districts.V12.Roles.Count, summary.GetProperty("counts").GetProperty("roles").GetInt32());
        Assert.Equal(_districts.V12.Enrollments.Count, summary.GetProperty("counts").GetProperty("enrollments").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Contains(provider.Requests, request => request.Path == LoopbackProvider.TokenPath);
    }

    [Fact]
    public void Import_reads_a_1_1_provider_with_OAuth1_and_the_secret_from_stdin()
    {
        using var provider = Serve(_districts.V11, options => options.Authentication = ProviderAuthentication.OAuth1);

        var result = CliProcess.Run(new Dictionary<string, string?>(), provider.Options.ClientSecret + "\n",
            "import", "--url", provider.ServiceUrl(OneRosterVersion.V1_1).ToString(), "--version", "1.1", "--auth", "oauth1", "--signature", "hmac-sha1",
            "--client-id", provider.Options.ClientId, "--client-secret-stdin", "--entity", "users", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var users = result.Json.EnumerateArray().ToList();
        Assert.Equal(_districts.V11.Users.Count, users.Count);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, users[0].GetProperty("orgSourcedIds").ValueKind);
        Assert.All(provider.Requests, request => Assert.Equal("OAuth", request.AuthScheme));
    }

    [Fact]
    public void Validate_reads_the_provider_and_names_collections_and_properties()
    {
        using var provider = Serve(_districts.V12);
        provider.Change(OneRosterVersion.V1_2, "users", _districts.V12.Users[3].SourcedId, provider.Options.Stamp, json => json["enabledUser"] = "TRUE");

        var result = Run(provider, "validate", "--url", provider.BaseUrl.ToString());

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutLines, line => line.StartsWith("users:4 [enabledUser] Error BooleanCase:", StringComparison.Ordinal));
        Assert.EndsWith($"in OneRoster 1.2 REST provider '{provider.ServiceUrl(OneRosterVersion.V1_2)}': not valid.", result.OutLines[^1]);
    }

    [Fact]
    public void A_delta_read_marks_the_collections_delta()
    {
        using var provider = Serve(_districts.V12);
        var changed = _districts.V12.Users[7].SourcedId;
        provider.Change(OneRosterVersion.V1_2, "users", changed, provider.Options.Stamp.AddDays(2));

        var result = Run(provider, "import", "--url", provider.BaseUrl.ToString(), "--since", "2026-08-02T00:00:00Z", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("delta", result.Json.GetProperty("files").GetProperty("users").GetString());
        Assert.Equal(1, result.Json.GetProperty("counts").GetProperty("users").GetInt32());
        Assert.Equal(0, result.Json.GetProperty("counts").GetProperty("enrollments").GetInt32());
        Assert.Contains(provider.Requests, request => request.Query.Any(parameter => parameter.Key == "filter" && parameter.Value == "dateLastModified>'2026-08-02T00:00:00.000Z'"));
    }

    [Fact]
    public void A_refused_secret_is_unreadable_input_and_never_printed()
    {
        using var provider = Serve(_districts.V12);
        var wrong = "Wr0ng-S3cret-" + Guid.NewGuid().ToString("N");

        var result = CliProcess.Run(new Dictionary<string, string?> { [SecretVariable] = wrong }, null,
            "import", "--url", provider.BaseUrl.ToString(), "--token-url", provider.TokenUrl.ToString(), "--client-id", provider.Options.ClientId, "--client-secret-env", SecretVariable);

        var line = CliAssert.BadInput(result);
        Assert.Contains("refused to issue a token (HTTP 401, invalid_client", line);
        Assert.DoesNotContain(wrong, result.StdOut + result.StdErr);
    }

    [Fact]
    public void A_read_that_stays_short_is_unreadable_input_not_a_smaller_roster()
    {
        using var provider = Serve(_districts.V12, options => options.Faults.Add(ProviderFault.Short("enrollments", null, int.MaxValue)));

        var line = CliAssert.BadInput(Run(provider, "import", "--url", provider.BaseUrl.ToString(), "--page-size", "500", "--format", "json"));

        Assert.Contains("Reading enrollments", line);
        Assert.Contains("rather than taken for a smaller roster", line);
    }

    [Fact]
    public void A_provider_that_keeps_failing_is_unreadable_input_with_what_it_said()
    {
        using var provider = Serve(_districts.V12, options => options.Faults.Add(ProviderFault.Fail("classes", 0, 404, int.MaxValue)));

        var line = CliAssert.BadInput(Run(provider, "validate", "--url", provider.BaseUrl.ToString()));

        Assert.Contains("Reading classes", line);
        Assert.Contains("HTTP 404 (unknownobject", line);
    }

    [Theory]
    [InlineData("the secret is never taken on the command line", "--client-id", "x")]
    [InlineData("is not set or is empty", "--client-id", "x", "--client-secret-env", "ROSTERTOOLS_TEST_UNSET")]
    [InlineData("--url needs --client-id", "--client-secret-env", SecretVariable)]
    [InlineData("needs --token-url", "--client-id", "x", "--client-secret-env", SecretVariable, "--no-token-url")]
    [InlineData("apply to --auth oauth2", "--client-id", "x", "--client-secret-env", SecretVariable, "--auth", "oauth1")]
    [InlineData("plain http", "--client-id", "x", "--client-secret-env", SecretVariable, "--remote")]
    public void REST_options_that_cannot_work_are_bad_arguments(string message, params string[] options)
    {
        var arguments = new List<string> { "import", "--url", options.Contains("--remote") ? "http://sis.example.org" : "http://127.0.0.1:9/" };
        if (!options.Contains("--no-token-url"))
        {
            arguments.AddRange(new[] { "--token-url", "https://sis.example.org/token" });
        }

        arguments.AddRange(options.Where(option => option is not ("--no-token-url" or "--remote")));
        var result = CliProcess.Run(new Dictionary<string, string?> { [SecretVariable] = "s", ["ROSTERTOOLS_TEST_UNSET"] = null }, null, arguments.ToArray());

        Assert.Contains(message.Replace("the secret", string.Empty, StringComparison.Ordinal).Trim(), CliAssert.BadInput(result));
    }

    [Fact]
    public void A_path_and_url_together_or_REST_options_without_url_are_bad_arguments()
    {
        Assert.Contains("not both", CliAssert.BadInput(CliProcess.Run("import", ".", "--url", "https://sis.example.org")));
        Assert.Contains("--client-id applies only with --url", CliAssert.BadInput(CliProcess.Run("validate", ".", "--client-id", "x")));
        Assert.Contains("Give a bundle path, or --url", CliAssert.BadInput(CliProcess.Run("import")));
    }

    private static LoopbackProvider Serve(Roster roster, Action<ProviderOptions>? configure = null)
    {
        var options = new ProviderOptions();
        options.Rosters[roster.Version] = roster;
        configure?.Invoke(options);
        return LoopbackProvider.Start(options);
    }

    /// <summary>Runs rostertools with the provider's client id, token URL and secret (from an environment variable).</summary>
    private static CliResult Run(LoopbackProvider provider, params string[] arguments) =>
        CliProcess.Run(new Dictionary<string, string?> { [SecretVariable] = provider.Options.ClientSecret }, null, arguments.Concat(new[] { "--token-url", provider.TokenUrl.ToString(), "--client-id", provider.Options.ClientId, "--client-secret-env", SecretVariable }).ToArray());
}
