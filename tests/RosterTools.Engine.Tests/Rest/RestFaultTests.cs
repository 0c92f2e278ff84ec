using System.Diagnostics;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Rest;
using RosterTools.Testing.Loopback;
using RosterTools.Tests.Samples;

namespace RosterTools.Tests.Rest;

/// <summary>
/// Every fault a provider can have ends in a clear error or a retried success, never in a smaller roster: a page that
/// fails, 429 with and without Retry-After, 5xx, a short page, a cut connection, a collection that changes during the
/// read, a wrong URL, a provider that is not there.
/// </summary>
[Collection(SampleDistrictCollection.Name)]
public sealed class RestFaultTests
{
    private readonly Roster _district;

    public RestFaultTests(SampleDistrictFixture districts) => _district = districts["1.2"].Roster;

    [Theory]
    [InlineData("HTTP 500", 1, 0)]
    [InlineData("HTTP 502", 1, 0)]
    [InlineData("HTTP 503", 1, 0)]
    [InlineData("HTTP 504", 1, 0)]
    [InlineData("HTTP 408", 1, 0)]
    [InlineData("429 on two pages, twice each", 4, 4)]
    [InlineData("a short page", 1, 0)]
    [InlineData("a connection cut twice", 2, 0)]
    public void A_fault_that_passes_is_retried_and_the_roster_is_complete(string fault, int retries, int throttled)
    {
        var (rest, provider, statistics) = Read(options =>
        {
            switch (fault)
            {
                case "a short page":
                    options.Faults.Add(ProviderFault.Short("enrollments", 2000, drop: 7));
                    break;
                case "a connection cut twice":
                    options.Faults.Add(ProviderFault.Cut("users", 100, times: 2));
                    break;
                case "429 on two pages, twice each":
                    options.Faults.Add(ProviderFault.Fail("users", 200, 429, times: 2));
                    options.Faults.Add(ProviderFault.Fail("users", 600, 429, times: 2));
                    break;
                default:
                    options.Faults.Add(ProviderFault.Fail("users", 300, int.Parse(fault.Substring(5), System.Globalization.CultureInfo.InvariantCulture)));
                    break;
            }
        });
        using (provider)
        {
            AssertComplete(rest, provider);
            Assert.Equal((retries, throttled), (statistics.Retries, statistics.Throttled));
            Assert.True(provider.Options.Faults.All(f => f.Struck > 0));
        }
    }

    [Fact]
    public void A_page_that_keeps_failing_ends_the_read_with_what_the_provider_said()
    {
        var error = Assert.Throws<OneRosterApiException>(() => Read(options => options.Faults.Add(ProviderFault.Fail("enrollments", 1200, 503, int.MaxValue))));

        Assert.IsNotType<OneRosterIncompleteReadException>(error);
        Assert.Contains("Reading enrollments", error.Message);
        Assert.Contains("offset=1200", error.Message);
        Assert.Contains("failed 3 times", error.Message);
        Assert.Contains("HTTP 503 (server_busy: the provider is busy)", error.Message);
    }

    [Fact]
    public void Throttling_with_Retry_After_waits_as_long_as_the_provider_asks()
    {
        var watch = Stopwatch.StartNew();
        var (rest, provider, statistics) = Read(options => options.Faults.Add(ProviderFault.Fail("classes", 0, 429, retryAfter: TimeSpan.FromSeconds(1))));
        using (provider)
        {
            AssertComplete(rest, provider);
            Assert.Equal(1, statistics.Throttled);
            Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1), $"the read took {watch.Elapsed}, less than the second the provider asked for");
        }
    }

    [Fact]
    public void A_provider_that_asks_to_wait_longer_than_allowed_ends_the_read_at_once()
    {
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<OneRosterApiException>(() => Read(options => options.Faults.Add(ProviderFault.Fail("orgs", 0, 429, retryAfter: TimeSpan.FromMinutes(10)))));

        Assert.Contains("asks to wait 600 s, longer than the 5 s allowed", error.Message);
        Assert.Equal(429, error.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_page_that_stays_short_is_an_incomplete_read_never_a_smaller_roster()
    {
        var error = Assert.Throws<OneRosterIncompleteReadException>(() => Read(options => options.Faults.Add(ProviderFault.Short("users", 500, int.MaxValue))));

        Assert.Equal("users", error.Collection);
        Assert.Contains("the page at offset 500 held 99 records where 100 were expected", error.Message);
    }

    [Fact]
    public void The_last_page_short_is_caught_too()
    {
        var last = (_district.Enrollments.Count - 1) / 100 * 100;
        var error = Assert.Throws<OneRosterIncompleteReadException>(() => Read(options => options.Faults.Add(ProviderFault.Short("enrollments", last, int.MaxValue))));

        Assert.Contains($"offset {last:N0}", error.Message);
    }

    [Fact]
    public void A_collection_that_grows_during_the_read_is_refused()
    {
        var error = Assert.Throws<OneRosterIncompleteReadException>(() => Read(options => options.Faults.Add(ProviderFault.Grow("enrollments", 1000))));

        Assert.Equal("enrollments", error.Collection);
        Assert.Contains("changed while it was read", error.Message);
    }

    [Fact]
    public void A_provider_that_refuses_the_filter_says_so()
    {
        var error = Assert.Throws<OneRosterApiException>(() => Read(
            options => options.Faults.Add(ProviderFault.Fail("orgs", null, 400, int.MaxValue, codeMinor: "invalid_filter_field")),
            new RestImportOptions { Since = new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc) }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("invalid_filter_field", error.CodeMinor);
        Assert.Contains("the provider does not support this filter", error.Message);
    }

    [Fact]
    public void A_wrong_version_or_URL_is_not_found()
    {
        using var provider = RestProvider.Serve(null, _district);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_1);

        var error = Assert.Throws<OneRosterApiException>(() => { OneRosterApiReader.Read(connection); });

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("/ims/oneroster/v1p1/", error.Message);
        Assert.Contains("Check the URL and the OneRoster version", error.Message);
    }

    [Fact]
    public void A_provider_that_is_not_there_is_unreachable_after_the_retries()
    {
        Uri url;
        using (var gone = RestProvider.Serve(null, _district))
        {
            url = gone.BaseUrl;
        }

        var settings = new OneRosterConnectionSettings
        {
            BaseUrl = url,
            TokenUrl = new Uri(url, "oauth/token"),
            ClientId = "x",
            ClientSecret = RestProvider.Secure("y"),
            MaxAttempts = 2,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        };
        using var connection = OneRosterConnection.Open(settings);

        var error = Assert.ThrowsAny<OneRosterApiException>(() => connection.Test());

        Assert.Contains("Cannot get a token from", error.Message);
        Assert.Contains("after 2 attempts", error.Message);
    }

    private (Roster Roster, LoopbackProvider Provider, ApiStatistics Statistics) Read(Action<ProviderOptions> faults, RestImportOptions? options = null)
    {
        var provider = RestProvider.Serve(faults, _district);
        try
        {
            using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2, settings =>
            {
                settings.MaxAttempts = 3;
                settings.MaxRetryDelay = TimeSpan.FromSeconds(5);
            });
            options ??= new RestImportOptions();
            options.Statistics = new ApiStatistics();
            return (OneRosterApiReader.Read(connection, options), provider, options.Statistics);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    private void AssertComplete(Roster rest, LoopbackProvider provider)
    {
        Assert.Empty(RestProvider.WithoutDemographics(RosterComparison.Differences(_district, rest, provider.Options.Stamp)));
        Assert.Equal(0, rest.ErrorCount);
    }

    [Theory]
    [InlineData(LinkStyle.Cursor)]
    [InlineData(LinkStyle.Offset)]
    public void A_next_link_to_another_server_is_not_followed_with_the_credentials(LinkStyle links)
    {
        using var provider = RestProvider.Serve(options => options.Links = links, _district);
        provider.Options.LinkHost = "localhost:" + provider.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        if (links == LinkStyle.Offset)
        {
            // Offset links are not followed: the pages are asked for by offset at the provider's own URL.
            Assert.Empty(RestProvider.WithoutDemographics(RosterComparison.Differences(_district, OneRosterApiReader.Read(connection), provider.Options.Stamp)));
            return;
        }

        var error = Assert.Throws<OneRosterApiException>(() => OneRosterApiReader.Read(connection));

        Assert.Contains("next link points to http://localhost:", error.Message);
        Assert.Contains("the credentials are not sent to another server", error.Message);
        Assert.DoesNotContain(provider.Requests, request => request.RawQuery.Contains("cursor", StringComparison.Ordinal));
    }
}
