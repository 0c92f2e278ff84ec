using System.IO;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Rest;
using RosterTools.Testing.Loopback;
using RosterTools.Tests.Samples;
using YamlDotNet.RepresentationModel;

namespace RosterTools.Tests.Rest;

/// <summary>
/// The <c>source: api:</c> section of a config file: it says what the CLI's --url options say, reads the secret from
/// the environment variable it names (never from the file), and a section that cannot work is refused with its line
/// and column.
/// </summary>
[Collection(SampleDistrictCollection.Name)]
public sealed class ApiSourceSectionTests
{
    private readonly SampleDistrictFixture _districts;

    public ApiSourceSectionTests(SampleDistrictFixture districts) => _districts = districts;

    [Theory]
    [InlineData("1.2", "oauth2")]
    [InlineData("1.1", "oauth1")]
    public void A_section_connects_with_the_secret_from_its_variable_and_reads_the_roster(string versionText, string auth)
    {
        var csv = _districts[versionText].Roster;
        using var provider = RestProvider.Serve(options => options.Authentication = auth == "oauth1" ? ProviderAuthentication.OAuth1 : ProviderAuthentication.OAuth2, csv);
        var variable = "ROSTERTOOLS_TEST_API_" + auth.ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, provider.Options.ClientSecret);
        try
        {
            var yaml = $"""
                url: {provider.BaseUrl}
                version: "{versionText}"
                clientId: {provider.Options.ClientId}
                clientSecretEnv: {variable}
                pageSize: 250
                maxRequests: 4
                """ + (auth == "oauth1" ? "\nauth: oauth1\nsignature: hmac-sha1" : $"\ntokenUrl: {provider.TokenUrl}\nscopes: [https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly]");

            var section = ApiSourceSection.Read(Parse(yaml), "sync.yaml");
            using var connection = section.Connect();
            var rest = OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = section.IncludeDemographics });

            Assert.Equal(csv.Version, connection.Version);
            Assert.Equal(250, connection.PageSize);
            Assert.Equal(4, connection.MaxConcurrentRequests);
            Assert.Equal(auth == "oauth1" ? "OAuth 1.0a (HMAC-SHA1)" : "OAuth 2 client credentials", connection.AuthenticationDescription);
            Assert.Empty(RestProvider.WithoutDemographics(RosterComparison.Differences(csv, rest, provider.Options.Stamp)));
            Assert.Null(section.Settings.ClientSecret);
            if (auth == "oauth2")
            {
                Assert.All(provider.Requests.Where(request => request.Path == LoopbackProvider.TokenPath), request => Assert.Equal("https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly", request.Scope));
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void A_secret_given_by_the_caller_is_used_instead_of_a_variable()
    {
        using var provider = RestProvider.Serve(null, _districts["1.2"].Roster);
        var section = ApiSourceSection.Read(Parse($"url: {provider.BaseUrl}\nclientId: {provider.Options.ClientId}\ntokenUrl: {provider.TokenUrl}\ndemographics: true"), "sync.yaml");

        using var connection = section.Connect(RestProvider.Secure(provider.Options.ClientSecret));
        connection.Test();

        Assert.True(section.IncludeDemographics);
        Assert.Null(section.SecretVariable);
    }

    [Fact]
    public void A_variable_that_is_not_set_is_named_and_nothing_is_sent()
    {
        var section = ApiSourceSection.Read(Parse("url: https://sis.example.org\nclientId: abc\ntokenUrl: https://sis.example.org/token\nclientSecretEnv: ROSTERTOOLS_TEST_UNSET_VARIABLE"), "sync.yaml");

        var error = Assert.Throws<ArgumentException>(() => section.Connect());

        Assert.Contains("ROSTERTOOLS_TEST_UNSET_VARIABLE is not set", error.Message);
    }

    [Theory]
    [InlineData("url: https://sis.example.org\nclientId: abc\ntokenUrl: https://sis.example.org/token\nclientSecret: hunter2", 4, 1, "would put the secret in the config file")]
    [InlineData("url: https://sis.example.org\nclientId: abc\ntokenURL: https://sis.example.org/token", 3, 1, "'tokenURL' is not a key of api: (did you mean 'tokenUrl'?)")]
    [InlineData("url: https://sis.example.org\nclientId: abc", 1, 1, "needs 'tokenUrl:'")]
    [InlineData("url: https://sis.example.org\nclientId: abc\nauth: oauth1\ntokenUrl: https://sis.example.org/token", 4, 11, "apply to auth: oauth2")]
    [InlineData("url: https://sis.example.org\nclientId: abc\ntokenUrl: https://sis.example.org/token\nsignature: hmac-sha1", 4, 12, "signature applies to auth: oauth1")]
    [InlineData("url: sis.example.org\nclientId: abc\ntokenUrl: https://sis.example.org/token", 1, 6, "not an absolute http(s) URL")]
    [InlineData("url: https://sis.example.org\nclientId: abc\ntokenUrl: https://sis.example.org/token\nversion: \"1.3\"", 4, 10, "'1.3' is not a OneRoster version")]
    [InlineData("url: https://sis.example.org\nclientId: abc\ntokenUrl: https://sis.example.org/token\nmaxRequests: 100", 4, 14, "maxRequests '100' is not a whole number from 1 to 64")]
    [InlineData("url: https://sis.example.org\nclientId: abc\nauth: oauth3", 3, 7, "auth 'oauth3' is unknown; use oauth2 or oauth1")]
    [InlineData("url: https://sis.example.org\ntokenUrl: https://sis.example.org/token", 1, 1, "needs 'clientId:'")]
    [InlineData("url: https://sis.example.org\nclientId: abc\ntokenUrl: https://sis.example.org/token\ndemographics: yes", 4, 15, "'yes' is not true or false")]
    public void A_section_that_cannot_work_is_refused_with_its_place(string yaml, int line, int column, string message)
    {
        var error = Assert.Throws<ApiSourceException>(() => ApiSourceSection.Read(Parse(yaml), "sync.yaml"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"sync.yaml({line},{column}): ", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    private static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }
}
