using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest;
using RosterTools.Testing.Loopback;
using RosterTools.Tests.Samples;
using RosterTools.Validation;

namespace RosterTools.Tests.Rest;

/// <summary>
/// The same generated district read from CSV and over REST gives the same roster, field by field, and the same
/// findings, however the provider pages (its own page size, offset links, a cursor, no total), with or without
/// field selection; a delta read gives only what changed; one collection can be streamed.
/// </summary>
[Collection(SampleDistrictCollection.Name)]
public sealed class RestRoundTripTests
{
    private readonly SampleDistrictFixture _districts;

    public RestRoundTripTests(SampleDistrictFixture districts) => _districts = districts;

    private Roster District12 => _districts["1.2"].Roster;

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void A_district_read_over_REST_equals_the_CSV_import(string version)
    {
        var csv = _districts[version].Roster;
        using var provider = RestProvider.Serve(null, csv);
        using var connection = RestProvider.Connect(provider, csv.Version);

        var rest = OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = true });

        Assert.Empty(RosterComparison.Differences(csv, rest, provider.Options.Stamp));
        Assert.True(rest.Users.Count > 1000 && rest.Enrollments.Count > 4000 && rest.Roles.Count >= rest.Users.Count, "the district is large enough to take many pages");
        Assert.Equal(Codes(csv.Findings), Codes(rest.Findings));
        Assert.True(rest.IsCompleteSnapshot);
        Assert.Equal(ProcessingMode.Bulk, rest.ModeOf(OneRosterEntity.Enrollments));
        Assert.Equal(connection.ServiceUrl.ToString(), rest.Source);
        Assert.All(rest.Users, user => Assert.InRange(user.Line, 1, rest.Users.Count));
    }

    [Fact]
    public void The_comparison_sees_a_value_that_differs()
    {
        var user = District12.Users[5];
        using var provider = RestProvider.Serve(null, District12);
        provider.Change(OneRosterVersion.V1_2, "users", user.SourcedId, provider.Options.Stamp, json => json["givenName"] = "Someone Else");
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        var rest = OneRosterApiReader.Read(connection);

        var difference = Assert.Single(RestProvider.WithoutDemographics(RosterComparison.Differences(District12, rest, provider.Options.Stamp)));
        Assert.Contains($"'{user.SourcedId}' givenName", difference);
    }

    [Fact]
    public void Without_demographics_asked_for_none_are_read_and_the_collection_is_absent()
    {
        using var provider = RestProvider.Serve(null, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        var rest = OneRosterApiReader.Read(connection);

        Assert.Empty(rest.Demographics);
        Assert.Equal(ProcessingMode.Absent, rest.ModeOf(OneRosterEntity.Demographics));
        Assert.DoesNotContain(provider.Requests, request => request.Path.EndsWith("/demographics", StringComparison.Ordinal));
        Assert.Equal(District12.Users.Count, rest.Users.Count);
    }

    [Fact]
    public void The_read_follows_a_provider_that_gives_fewer_records_per_page_than_asked()
    {
        using var provider = RestProvider.Serve(options => options.MaxPageSize = 37, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2, settings => settings.PageSize = 1000);

        var rest = OneRosterApiReader.Read(connection);

        Assert.Empty(RestProvider.WithoutDemographics(RosterComparison.Differences(District12, rest, provider.Options.Stamp)));
        var users = provider.Requests.Where(request => request.Path.EndsWith("/users", StringComparison.Ordinal)).ToList();
        Assert.Equal((District12.Users.Count + 36) / 37, users.Count);
        Assert.Equal("1000", Query(users.First(request => Query(request, "offset") == "0"), "limit"));
        Assert.All(users.Where(request => Query(request, "offset") != "0"), request => Assert.Equal("37", Query(request, "limit")));
    }

    [Fact]
    public void Fields_are_selected_and_a_provider_that_refuses_the_selection_is_asked_for_whole_records()
    {
        using (var provider = RestProvider.Serve(null, District12))
        using (var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2))
        {
            OneRosterApiReader.Read(connection);
            var users = provider.Requests.First(request => request.Path.EndsWith("/users", StringComparison.Ordinal));
            var fields = Query(users, "fields")!.Split(',');
            Assert.Contains("roles", fields);
            Assert.Contains("preferredFirstName", fields);
            Assert.DoesNotContain("resources", fields);
            Assert.All(provider.Requests, request => Assert.Equal(200, request.Status));
        }

        using (var provider = RestProvider.Serve(options => options.SupportsFields = false, District12))
        using (var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2))
        {
            var rest = OneRosterApiReader.Read(connection);

            Assert.Equal(District12.Users.Count, rest.Users.Count);
            Assert.Contains(provider.Requests, request => request.Status == 400 && Query(request, "fields") is not null);
            Assert.All(provider.Requests.Where(request => request.Status == 200 && request.Method == "GET"), request => Assert.Null(Query(request, "fields")));
        }
    }

    [Fact]
    public void A_delta_read_asks_for_what_changed_since_and_marks_the_collections_delta()
    {
        using var provider = RestProvider.Serve(null, District12);
        var since = provider.Options.Stamp.AddDays(1);
        var changed = District12.Users.Skip(10).Take(3).Select(user => user.SourcedId).ToList();
        provider.Change(OneRosterVersion.V1_2, "users", changed[0], since.AddHours(1), json => json["givenName"] = "Renamed");
        provider.Change(OneRosterVersion.V1_2, "users", changed[1], since.AddHours(2));
        provider.Change(OneRosterVersion.V1_2, "users", changed[2], since.AddHours(3), json => json["status"] = "tobedeleted");
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        var delta = OneRosterApiReader.Read(connection, new RestImportOptions { Since = since });

        Assert.Equal(changed, delta.Users.Select(user => user.SourcedId).ToList());
        Assert.Equal("Renamed", delta.Users[0].GivenName);
        Assert.True(delta.Users[2].IsToBeDeleted);
        Assert.True(delta.Roles.Count >= 3 && delta.Roles.Where(role => role.UserSourcedId == changed[2]).All(role => role.IsToBeDeleted));
        Assert.Empty(delta.Enrollments);
        Assert.Equal(ProcessingMode.Delta, delta.ModeOf(OneRosterEntity.Users));
        Assert.Equal(ProcessingMode.Delta, delta.ModeOf(OneRosterEntity.Roles));
        Assert.False(delta.IsCompleteSnapshot);
        Assert.Equal(0, delta.ErrorCount);
        Assert.All(provider.Requests.Where(request => request.Method == "GET"), request => Assert.Equal("dateLastModified>'2026-08-02T00:00:00.000Z'", Query(request, "filter")));
    }

    [Theory]
    [InlineData(LinkStyle.Cursor, true)]
    [InlineData(LinkStyle.Offset, false)]
    [InlineData(LinkStyle.None, false)]
    public void A_provider_without_offsets_or_totals_is_read_to_its_end(LinkStyle links, bool sendTotal)
    {
        using var provider = RestProvider.Serve(options =>
        {
            options.Links = links;
            options.SendTotalCount = sendTotal;
        }, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        var rest = OneRosterApiReader.Read(connection);

        Assert.Empty(RestProvider.WithoutDemographics(RosterComparison.Differences(District12, rest, provider.Options.Stamp)));
        var unchecked_ = rest.Findings.Where(finding => finding.Code == FindingCodes.TotalCountMissing).Select(finding => finding.File).ToList();
        Assert.Equal(sendTotal ? Array.Empty<string>() : new[] { "orgs", "academicSessions", "courses", "classes", "users", "enrollments" }, unchecked_);
        Assert.All(rest.Findings.Where(finding => finding.Code == FindingCodes.TotalCountMissing), finding => Assert.Equal(Severity.Warning, finding.Severity));

        // Without a count, a read cut short would look like people leaving: such a roster is not a complete snapshot.
        Assert.Equal(sendTotal, rest.IsCompleteSnapshot);
        Assert.Equal(sendTotal ? Array.Empty<OneRosterEntity>() : new[] { OneRosterEntity.AcademicSessions, OneRosterEntity.Classes, OneRosterEntity.Courses, OneRosterEntity.Enrollments, OneRosterEntity.Orgs, OneRosterEntity.Roles, OneRosterEntity.Users }, rest.UncountedCollections.OrderBy(entity => entity.ToString()));
    }

    [Theory]
    [InlineData("courses", true)]
    [InlineData("academicSessions", true)]
    [InlineData("users", false)]
    [InlineData("enrollments", false)]
    [InlineData("orgs", false)]
    public void Only_a_collection_of_people_without_a_count_keeps_the_roster_from_being_a_complete_snapshot(string uncounted, bool complete)
    {
        using var provider = RestProvider.Serve(options => options.Uncounted.Add(uncounted), District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        var rest = OneRosterApiReader.Read(connection);

        Assert.Equal(complete, rest.IsCompleteSnapshot);
        var finding = Assert.Single(rest.Findings, finding => finding.Code == FindingCodes.TotalCountMissing);
        Assert.Equal(uncounted, finding.File);
        Assert.Equal(!complete, finding.Message.Contains("not taken as a complete snapshot", StringComparison.Ordinal));
        Assert.Contains(uncounted, rest.UncountedCollections.Select(entity => entity.SpecName()));
    }

    [Fact]
    public void One_collection_streams_page_by_page_with_1_2_roles_and_profiles_from_users()
    {
        using var provider = RestProvider.Serve(null, District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);
        var findings = new FindingCollection();

        using (var users = OneRosterApiReader.OpenEntity(connection, OneRosterEntity.Users, findings))
        {
            Assert.Equal("users", users.FileName);
            Assert.Equal(District12.Users.Select(user => user.SourcedId), users.Select(user => user.SourcedId));
        }

        using (var roles = OneRosterApiReader.OpenEntity(connection, OneRosterEntity.Roles, findings))
        {
            Assert.Equal(District12.Roles.Count, roles.Count());
        }

        using (var profiles = OneRosterApiReader.OpenEntity(connection, OneRosterEntity.UserProfiles, findings))
        {
            Assert.Equal(District12.UserProfiles.Select(profile => profile.SourcedId).OrderBy(id => id), profiles.Select(profile => profile.SourcedId).OrderBy(id => id));
        }

        Assert.Empty(findings);
    }

    [Fact]
    public void Streaming_1_1_roles_makes_them_from_users_and_1_1_has_no_user_profiles()
    {
        var district = _districts["1.1"].Roster;
        using var provider = RestProvider.Serve(null, district);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_1);
        var findings = new FindingCollection();

        using (var roles = OneRosterApiReader.OpenEntity(connection, OneRosterEntity.Roles, findings))
        {
            var read = roles.Cast<RoleAssignment>().ToList();
            Assert.Equal(district.Roles.Select(role => role.SourcedId), read.Select(role => role.SourcedId));
            Assert.All(read, role => Assert.True(role.IsDerived));
        }

        using var profiles = OneRosterApiReader.OpenEntity(connection, OneRosterEntity.UserProfiles, findings);
        Assert.Equal(ProcessingMode.Absent, profiles.Mode);
        Assert.Empty(profiles);
    }

    [Fact]
    public void Progress_and_statistics_follow_the_read_and_requests_run_in_parallel()
    {
        using var provider = RestProvider.Serve(options => options.Latency = TimeSpan.FromMilliseconds(20), District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2, settings => settings.MaxConcurrentRequests = 4);
        var reports = new List<ImportProgress>();
        var statistics = new ApiStatistics();

        var rest = OneRosterApiReader.Read(connection, new RestImportOptions { Progress = new SynchronousProgress<ImportProgress>(reports.Add), Statistics = statistics });

        var last = reports[^1];
        Assert.Equal(100, last.PercentComplete);
        Assert.Equal("enrollments", last.File);
        Assert.Equal(rest.Enrollments.Count, last.RecordsRead);
        Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.Second.BytesRead >= pair.First.BytesRead), "progress never goes back");
        Assert.Equal(provider.Statistics.Requests, statistics.Requests);
        Assert.Equal(rest.Users.Count + rest.Enrollments.Count + rest.Orgs.Count + rest.Classes.Count + rest.Courses.Count + rest.AcademicSessions.Count, statistics.Records);
        Assert.InRange(statistics.PeakInFlight, 3, 4);
        Assert.InRange(provider.Statistics.PeakInFlight, 3, 4);
        Assert.Equal(0, statistics.Retries);
    }

    [Fact]
    public void Strict_refuses_a_roster_with_errors()
    {
        using var provider = RestProvider.Serve(null, District12);
        provider.Change(OneRosterVersion.V1_2, "users", District12.Users[0].SourcedId, provider.Options.Stamp, json => json["enabledUser"] = "TRUE");
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        var refused = Assert.Throws<RosterValidationException>(() => OneRosterApiReader.Read(connection, new RestImportOptions { Strict = true }));

        var finding = Assert.Single(refused.Findings, finding => finding.Severity == Severity.Error);
        Assert.Equal((FindingCodes.BooleanCase, "users", 1, "enabledUser", District12.Users[0].SourcedId), (finding.Code, finding.File, finding.Line, finding.Column, finding.SourcedId));
    }

    [Fact]
    public void Cancelling_stops_the_read()
    {
        using var provider = RestProvider.Serve(options => options.Latency = TimeSpan.FromMilliseconds(50), District12);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2, settings => settings.MaxConcurrentRequests = 1);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => { OneRosterApiReader.Read(connection, cancellationToken: cancel.Token); });

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"cancelled after {watch.Elapsed}");
        var requests = provider.Requests.Count;
        Thread.Sleep(200);
        Assert.InRange(provider.Requests.Count, requests, requests + 1);
    }

    private static List<string> Codes(IEnumerable<Finding> findings) =>
        findings.Select(finding => $"{finding.Severity} {finding.Code} {finding.SourcedId}").OrderBy(text => text, StringComparer.Ordinal).ToList();

    private static string? Query(LoggedRequest request, string name) =>
        request.Query.Where(parameter => parameter.Key == name).Select(parameter => parameter.Value).FirstOrDefault();
}
