using RosterTools.OneRoster;
using RosterTools.OneRoster.Rest;
using RosterTools.Testing.Loopback;
using RosterTools.Tests.Samples;

namespace RosterTools.Tests.Rest;

/// <summary>
/// Both ways OneRoster providers authenticate: OAuth 2 client credentials (scopes per endpoint, tokens cached and
/// renewed, a token that expires or is revoked mid-read) and OAuth 1.0a (HMAC-SHA256 and HMAC-SHA1, checked by the
/// provider's own verifier); refusals say what to check, and the secret is never shown.
/// </summary>
[Collection(SampleDistrictCollection.Name)]
public sealed class RestAuthTests
{
    private const string Core12 = "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly";
    private const string Demographics12 = "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly";
    private readonly SampleDistrictFixture _districts;

    public RestAuthTests(SampleDistrictFixture districts) => _districts = districts;

    private Roster District12 => _districts["1.2"].Roster;

    [Fact]
    public void OAuth2_asks_each_endpoint_for_its_own_scope_once_and_sends_bearer_tokens()
    {
        using var provider = RestProvider.Serve(null, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        var rest = OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = true });

        Assert.Equal(District12.Demographics.Count, rest.Demographics.Count);
        var tokens = provider.Requests.Where(request => request.Path == LoopbackProvider.TokenPath).ToList();
        Assert.Equal(new[] { Core12, Demographics12 }, tokens.Select(request => request.Scope).OrderBy(scope => scope, StringComparer.Ordinal));
        Assert.All(tokens, request => Assert.Equal("Basic", request.AuthScheme));
        Assert.All(provider.Requests.Where(request => request.Method == "GET"), request => Assert.Equal("Bearer", request.AuthScheme));
    }

    [Fact]
    public void OAuth2_for_1_1_asks_for_the_1_1_scope()
    {
        var district = _districts["1.1"].Roster;
        using var provider = RestProvider.Serve(null, district);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_1);

        OneRosterApiReader.Read(connection);

        Assert.Equal("https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly", Assert.Single(provider.Requests, request => request.Path == LoopbackProvider.TokenPath).Scope);
    }

    [Fact]
    public void Configured_scopes_are_asked_for_instead()
    {
        using var provider = RestProvider.Serve(null, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2, settings => settings.Scopes = new List<string> { "https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly", Demographics12 });

        OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = true });

        var token = Assert.Single(provider.Requests, request => request.Path == LoopbackProvider.TokenPath);
        Assert.Equal("https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly " + Demographics12, token.Scope);
    }

    [Fact]
    public void A_token_that_expires_during_the_read_is_renewed_before_it_runs_out()
    {
        using var provider = RestProvider.Serve(options =>
        {
            options.TokenLifetime = TimeSpan.FromSeconds(1);
            options.Latency = TimeSpan.FromMilliseconds(25);
        }, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2, settings =>
        {
            settings.PageSize = 25;
            settings.MaxConcurrentRequests = 4;
        });

        var rest = OneRosterApiReader.Read(connection);

        Assert.Equal(District12.Enrollments.Count, rest.Enrollments.Count);
        Assert.True(provider.TokensIssued >= 2, $"{provider.TokensIssued} token(s) for a read of {provider.Statistics.Requests} requests over more than a second");
    }

    [Fact]
    public void A_token_revoked_during_the_read_is_replaced_and_the_request_made_again()
    {
        using var provider = RestProvider.Serve(options => options.RevokeTokensAfterRequests = 25, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2, settings => settings.MaxConcurrentRequests = 4);
        var statistics = new ApiStatistics();

        var rest = OneRosterApiReader.Read(connection, new RestImportOptions { Statistics = statistics });

        Assert.Empty(RestProvider.WithoutDemographics(RosterComparison.Differences(District12, rest, provider.Options.Stamp)));
        Assert.True(provider.TokensIssued >= 3, $"{provider.TokensIssued} tokens for {provider.Statistics.Requests} requests");
        Assert.Contains(provider.Requests, request => request.Status == 401);
    }

    [Fact]
    public void A_wrong_secret_is_refused_by_the_token_endpoint_and_the_message_names_neither_secret()
    {
        using var provider = RestProvider.Serve(null, District12);
        var settings = RestProvider.Settings(provider, OneRosterVersion.V1_2, secret: "not-the-secret-42");
        using var connection = OneRosterConnection.Open(settings);

        var error = Assert.Throws<OneRosterAuthenticationException>(() => connection.Test());

        Assert.Contains("refused to issue a token (HTTP 401, invalid_client", error.Message);
        Assert.Contains("Check the client id and secret", error.Message);
        Assert.DoesNotContain("not-the-secret-42", error.ToString());
        Assert.DoesNotContain(provider.Options.ClientSecret, error.ToString());
    }

    [Fact]
    public void A_scope_the_client_may_not_have_is_named()
    {
        using var provider = RestProvider.Serve(options => options.GrantableScopes.Remove(Demographics12), District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        var error = Assert.Throws<OneRosterAuthenticationException>(() => { OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = true }); });

        Assert.Equal("invalid_scope", error.CodeMinor);
        Assert.Contains($"may not have the scope '{Demographics12}'", error.Message);
    }

    [Fact]
    public void A_token_without_the_endpoint_scope_is_forbidden_with_advice()
    {
        using var provider = RestProvider.Serve(null, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2, settings => settings.Scopes = new List<string> { Core12 });

        var error = Assert.Throws<OneRosterAuthenticationException>(() => { OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = true }); });

        Assert.Equal(403, error.StatusCode);
        Assert.Contains("Reading demographics", error.Message);
        Assert.Contains("roster-demographics.readonly", error.Message);
    }

    [Theory]
    [InlineData(OAuth1SignatureMethod.HmacSha256, "1.1")]
    [InlineData(OAuth1SignatureMethod.HmacSha1, "1.1")]
    [InlineData(OAuth1SignatureMethod.HmacSha256, "1.2")]
    public void OAuth1_signed_reads_equal_the_CSV_import(OAuth1SignatureMethod method, string version)
    {
        var district = _districts[version].Roster;
        using var provider = RestProvider.Serve(options => options.Authentication = ProviderAuthentication.OAuth1, district);
        using var connection = RestProvider.Connect(provider, district.Version, settings =>
        {
            settings.Authentication = OneRosterAuthentication.OAuth1;
            settings.SignatureMethod = method;
            settings.TokenUrl = null;
        });

        var rest = OneRosterApiReader.Read(connection, new RestImportOptions { Since = null, IncludeDemographics = true });

        Assert.Empty(RosterComparison.Differences(district, rest, provider.Options.Stamp));
        Assert.All(provider.Requests, request => Assert.Equal(("OAuth", 200), (request.AuthScheme, request.Status)));
        Assert.Equal(0, provider.TokensIssued);
    }

    [Fact]
    public void OAuth1_with_a_filter_in_the_query_is_signed_right()
    {
        using var provider = RestProvider.Serve(options => options.Authentication = ProviderAuthentication.OAuth1, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2, settings => settings.Authentication = OneRosterAuthentication.OAuth1);

        var delta = OneRosterApiReader.Read(connection, new RestImportOptions { Since = new DateTime(2026, 1, 1) });

        Assert.Equal(District12.Users.Count, delta.Users.Count);
        Assert.All(provider.Requests, request => Assert.Equal(200, request.Status));
    }

    [Theory]
    [InlineData("wrong secret", OAuth1SignatureMethod.HmacSha256)]
    [InlineData(null, OAuth1SignatureMethod.HmacSha1)]
    public void A_refused_signature_says_what_to_check(string? secret, OAuth1SignatureMethod method)
    {
        using var provider = RestProvider.Serve(options =>
        {
            options.Authentication = ProviderAuthentication.OAuth1;
            options.SignatureMethods.Remove("HMAC-SHA1");
        }, District12);
        var settings = RestProvider.Settings(provider, OneRosterVersion.V1_2, secret);
        settings.Authentication = OneRosterAuthentication.OAuth1;
        settings.SignatureMethod = method;
        using var connection = OneRosterConnection.Open(settings);

        var error = Assert.Throws<OneRosterAuthenticationException>(() => connection.Test());

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("the signature method, and that this computer's clock is right", error.Message);
        Assert.DoesNotContain("wrong secret", error.ToString());
    }

    [Fact]
    public void The_connection_shows_the_client_and_never_the_secret()
    {
        using var provider = RestProvider.Serve(null, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        var shown = string.Join("|", typeof(OneRosterConnection).GetProperties().Select(property => property.GetValue(connection)?.ToString()).Append(connection.ToString()));

        Assert.Contains(provider.Options.ClientId, shown);
        Assert.Contains("OAuth 2 client credentials", shown);
        Assert.DoesNotContain(provider.Options.ClientSecret, shown);
        Assert.DoesNotContain(typeof(OneRosterConnection).GetProperties(), property => property.Name.Contains("Secret", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("http://sis.example.org", "https://sis.example.org/token", "plain http")]
    [InlineData("https://sis.example.org", null, "token URL is required")]
    [InlineData("ftp://sis.example.org", "https://sis.example.org/token", "not an http(s) URL")]
    public void Settings_that_cannot_work_are_refused_before_anything_is_sent(string url, string? tokenUrl, string message)
    {
        var settings = new OneRosterConnectionSettings
        {
            BaseUrl = new Uri(url),
            TokenUrl = tokenUrl is null ? null : new Uri(tokenUrl),
            ClientId = "id",
            ClientSecret = RestProvider.Secure("secret"),
        };

        var error = Assert.Throws<ArgumentException>(() => OneRosterConnection.Open(settings));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_missing_secret_is_refused()
    {
        var settings = new OneRosterConnectionSettings { BaseUrl = new Uri("https://sis.example.org"), TokenUrl = new Uri("https://sis.example.org/token"), ClientId = "id" };

        Assert.Contains("client secret", Assert.Throws<ArgumentException>(() => OneRosterConnection.Open(settings)).Message);
    }
}
