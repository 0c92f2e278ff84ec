using System.Net;
using System.Net.Http;
using System.Text;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Rest;
using RosterTools.OneRoster.Rest.Http;

namespace RosterTools.Tests.Rest;

/// <summary>The small pieces of the HTTP side: Link headers, Retry-After, back-off, imsx_StatusInfo, service URLs.</summary>
public sealed class HttpPiecesTests
{
    [Fact]
    public void Link_headers_give_each_target_its_relations()
    {
        var links = LinkHeader.Parse("<https://x/users?limit=2&offset=2>; rel=\"next\", <https://x/users?limit=2&offset=8>; rel=\"last\",<https://x/a;b>; rel=\"first prev\"").ToList();

        Assert.Equal(3, links.Count);
        Assert.Equal("https://x/users?limit=2&offset=2", links[0].Target);
        Assert.Equal(new[] { "next" }, links[0].Relations);
        Assert.Equal(new[] { "last" }, links[1].Relations);
        Assert.Equal("https://x/a;b", links[2].Target);
        Assert.Equal(new[] { "first", "prev" }, links[2].Relations);
    }

    [Fact]
    public void A_relative_next_link_is_resolved_against_the_request()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://sis.example.org/ims/oneroster/v1p1/users?limit=10&offset=0") };
        response.Headers.TryAddWithoutValidation("Link", "</ims/oneroster/v1p1/users?limit=10&offset=10>; rel=\"next\"");

        Assert.Equal(new Uri("https://sis.example.org/ims/oneroster/v1p1/users?limit=10&offset=10"), LinkHeader.Find(response, "next"));
        Assert.Null(LinkHeader.Find(response, "prev"));
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date()
    {
        var now = new DateTimeOffset(2026, 8, 24, 12, 0, 0, TimeSpan.Zero);
        using var seconds = new HttpResponseMessage((HttpStatusCode)429);
        seconds.Headers.TryAddWithoutValidation("Retry-After", "7");
        using var date = new HttpResponseMessage((HttpStatusCode)429);
        date.Headers.TryAddWithoutValidation("Retry-After", now.AddSeconds(30).ToString("R"));
        using var none = new HttpResponseMessage((HttpStatusCode)429);

        Assert.Equal(TimeSpan.FromSeconds(7), RetryPolicy.RetryAfter(seconds, now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.RetryAfter(date, now));
        Assert.Null(RetryPolicy.RetryAfter(none, now));
    }

    [Fact]
    public void Back_off_doubles_with_jitter_and_stops_at_the_longest_wait()
    {
        var policy = new RetryPolicy(6, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500));

        for (var run = 0; run < 50; run++)
        {
            Assert.InRange(policy.Backoff(1).TotalMilliseconds, 50, 100);
            Assert.InRange(policy.Backoff(2).TotalMilliseconds, 100, 200);
            Assert.InRange(policy.Backoff(5).TotalMilliseconds, 250, 500);
        }

        Assert.True(RetryPolicy.IsTransient(429) && RetryPolicy.IsTransient(503) && RetryPolicy.IsTransient(500));
        Assert.False(RetryPolicy.IsTransient(400) || RetryPolicy.IsTransient(401) || RetryPolicy.IsTransient(403) || RetryPolicy.IsTransient(404));
    }

    [Theory]
    [InlineData("{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"No such filter\",\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"invalid_filter_field\"}]}}")]
    [InlineData("{\"imsx_statusInfo\":{\"imsx_codeMajor\":\"failure\",\"imsx_description\":\"No such filter\",\"imsx_CodeMinor\":{\"imsx_codeMinorField\":{\"imsx_codeMinorFieldValue\":\"invalid_filter_field\"}}}}")]
    public void Status_info_is_read_bare_or_wrapped(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var info = StatusInfo.TryRead(bytes, bytes.Length);

        Assert.NotNull(info);
        Assert.Equal("No such filter", info!.Description);
        Assert.Equal("invalid_filter_field", info.CodeMinor);
        Assert.Equal("the provider does not support this filter", StatusInfo.Explain(info.CodeMinor));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("{\"error\":\"x\"}")]
    public void A_body_that_is_not_status_info_is_none(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.Null(StatusInfo.TryRead(bytes, bytes.Length));
    }

    [Theory]
    [InlineData("https://sis.example.org", "1.2", "https://sis.example.org/ims/oneroster/rostering/v1p2")]
    [InlineData("https://sis.example.org/district/", "1.1", "https://sis.example.org/district/ims/oneroster/v1p1")]
    [InlineData("https://sis.example.org/ims/oneroster/v1p1/", "1.1", "https://sis.example.org/ims/oneroster/v1p1")]
    [InlineData("https://sis.example.org/ims/oneroster/rostering/v1p2?x=1", "1.2", "https://sis.example.org/ims/oneroster/rostering/v1p2")]
    public void The_service_URL_adds_the_base_path_unless_it_is_there(string baseUrl, string version, string service)
    {
        OneRosterVersions.TryParse(version, out var parsed);
        Assert.Equal(new Uri(service), ApiEndpoints.ServiceUrl(new Uri(baseUrl), parsed));
    }

    [Fact]
    public void A_URL_of_the_other_version_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ApiEndpoints.ServiceUrl(new Uri("https://sis.example.org/ims/oneroster/rostering/v1p2"), OneRosterVersion.V1_1));
        Assert.Contains("1.2", error.Message);
    }

    [Fact]
    public void A_page_URL_has_limit_offset_and_the_encoded_filter_and_fields()
    {
        var url = ApiEndpoints.PageUrl(new Uri("https://sis.example.org/ims/oneroster/v1p1"), OneRosterEntity.AcademicSessions, 500, 1000, ApiEndpoints.ChangedSince(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)), "sourcedId,title");

        Assert.Equal("https://sis.example.org/ims/oneroster/v1p1/academicSessions?limit=500&offset=1000&filter=dateLastModified%3E%272026-01-02T03%3A04%3A05.000Z%27&fields=sourcedId%2Ctitle", url.AbsoluteUri);
    }
}
