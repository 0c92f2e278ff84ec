using System.Text;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest.Json;
using RosterTools.Validation;

namespace RosterTools.Tests.Rest;

/// <summary>
/// The REST binding's JSON read into records: the same problem gives the same finding code as in a CSV row (the
/// values go through the same field readers), and what is particular to JSON (GUIDRefs, arrays, metadata, nested
/// roles and profiles, wrong JSON types, unknown properties) is read and reported as the binding means it.
/// </summary>
public sealed class JsonRecordTests
{
    private const string Stamp = "2026-08-24T10:00:00.000Z";

    public static TheoryData<string, string, string, string, string> SameProblems() => new()
    {
        // collection, CSV header, CSV row, JSON record, expected code
        { "users", MinimalBundles.Users12Header, $"u1,active,{Stamp},TRUE,ada,,Ada,Lovelace", $"{{\"sourcedId\":\"u1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"enabledUser\":\"TRUE\",\"username\":\"ada\",\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"}}", FindingCodes.BooleanCase },
        { "users", MinimalBundles.Users12Header, $"u1,active,{Stamp},yes,ada,,Ada,Lovelace", $"{{\"sourcedId\":\"u1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"enabledUser\":\"yes\",\"username\":\"ada\",\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"}}", FindingCodes.InvalidBoolean },
        { "users", MinimalBundles.Users12Header, $"u1,active,{Stamp},true,ada,,,Lovelace", $"{{\"sourcedId\":\"u1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"enabledUser\":\"true\",\"username\":\"ada\",\"familyName\":\"Lovelace\"}}", FindingCodes.RequiredFieldMissing },
        { "users", MinimalBundles.Users12Header, $"u 1,active,{Stamp},true,ada,,Ada,Lovelace", $"{{\"sourcedId\":\"u 1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"enabledUser\":\"true\",\"username\":\"ada\",\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"}}", FindingCodes.SourcedIdCharacters },
        { "users", MinimalBundles.Users12Header, $"u1,active,2026-08-24 10:00:00,true,ada,,Ada,Lovelace", "{\"sourcedId\":\"u1\",\"status\":\"active\",\"dateLastModified\":\"2026-08-24 10:00:00\",\"enabledUser\":\"true\",\"username\":\"ada\",\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"}", FindingCodes.DateTimeFormat },
        { "users", MinimalBundles.Users12Header, $"u1,,{Stamp},true,ada,,Ada,Lovelace", $"{{\"sourcedId\":\"u1\",\"dateLastModified\":\"{Stamp}\",\"enabledUser\":\"true\",\"username\":\"ada\",\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"}}", FindingCodes.DeltaStatusMissing },
        { "users", MinimalBundles.Users12Header, $"u1,active,{Stamp},true,ada,{{SIS}},Ada,Lovelace", $"{{\"sourcedId\":\"u1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"enabledUser\":\"true\",\"username\":\"ada\",\"userIds\":[{{\"type\":\"SIS\"}}],\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"}}", FindingCodes.InvalidUserId },
        { "orgs", MinimalBundles.OrgsHeader, $"o1,inactive,{Stamp},Riverside,district", $"{{\"sourcedId\":\"o1\",\"status\":\"inactive\",\"dateLastModified\":\"{Stamp}\",\"name\":\"Riverside\",\"type\":\"district\"}}", FindingCodes.InactiveStatus },
        { "orgs", MinimalBundles.OrgsHeader, $"o1,active,{Stamp},Riverside,District", $"{{\"sourcedId\":\"o1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"name\":\"Riverside\",\"type\":\"District\"}}", FindingCodes.EnumCase },
        { "orgs", MinimalBundles.OrgsHeader, $"o1,active,{Stamp},Riverside,county", $"{{\"sourcedId\":\"o1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"name\":\"Riverside\",\"type\":\"county\"}}", FindingCodes.EnumValue },
        { "academicSessions", MinimalBundles.SessionsHeader, $"y1,active,{Stamp},2026-27,schoolYear,2026/08/24,2027-06-12,,2027", $"{{\"sourcedId\":\"y1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"title\":\"2026-27\",\"type\":\"schoolYear\",\"startDate\":\"2026/08/24\",\"endDate\":\"2027-06-12\",\"schoolYear\":\"2027\"}}", FindingCodes.InvalidDate },
        { "academicSessions", MinimalBundles.SessionsHeader, $"y1,active,{Stamp},2026-27,schoolYear,2026-08-24,2027-06-12,,27", $"{{\"sourcedId\":\"y1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"title\":\"2026-27\",\"type\":\"schoolYear\",\"startDate\":\"2026-08-24\",\"endDate\":\"2027-06-12\",\"schoolYear\":\"27\"}}", FindingCodes.InvalidYear },
        { "courses", MinimalBundles.CoursesHeader, $"c1,active,{Stamp},y1,Algebra,ALG,9,s1", $"{{\"sourcedId\":\"c1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"schoolYear\":{{\"sourcedId\":\"y1\"}},\"title\":\"Algebra\",\"courseCode\":\"ALG\",\"grades\":[\"9\"],\"org\":{{\"sourcedId\":\"s1\"}}}}", FindingCodes.GradeNotCeds },
        { "enrollments", MinimalBundles.EnrollmentsHeader, $"e1,active,{Stamp},k1,s1,u1,Student", $"{{\"sourcedId\":\"e1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"class\":{{\"sourcedId\":\"k1\"}},\"school\":{{\"sourcedId\":\"s1\"}},\"user\":{{\"sourcedId\":\"u1\"}},\"role\":\"Student\"}}", FindingCodes.EnumCase },
        { "enrollments", MinimalBundles.EnrollmentsHeader, $"e1,active,{Stamp},k1,s1,,student", $"{{\"sourcedId\":\"e1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"class\":{{\"sourcedId\":\"k1\"}},\"school\":{{\"sourcedId\":\"s1\"}},\"role\":\"student\"}}", FindingCodes.RequiredFieldMissing },
        { "demographics", MinimalBundles.DemographicsHeader, $"u1,active,{Stamp},2011-03-04,Male", $"{{\"sourcedId\":\"u1\",\"status\":\"active\",\"dateLastModified\":\"{Stamp}\",\"birthDate\":\"2011-03-04\",\"sex\":\"Male\"}}", FindingCodes.EnumCase },
    };

    [Theory]
    [MemberData(nameof(SameProblems))]
    public void A_problem_gives_the_same_code_from_JSON_as_from_CSV(string collection, string header, string row, string json, string code)
    {
        OneRosterEntities.TryParse(collection, out var entity);
        using var bundle = new TestBundle();
        var padded = row + new string(',', header.Count(c => c == ',') - row.Count(c => c == ','));
        bundle.Manifest("1.2", (collection, "delta")).File(collection + ".csv", header, padded);
        var csvFindings = new FindingCollection();
        using (var stream = OneRosterReader.OpenEntity(bundle.Folder, entity, csvFindings))
        {
            Assert.Single(stream);
        }

        var (records, jsonFindings) = Read(entity, OneRosterVersion.V1_2, ProcessingMode.Delta, "{\"" + collection + "\":[" + json + "]}");

        Assert.Single(records, record => record.Entity == entity);
        var fromCsv = RowCodes(csvFindings.Where(finding => finding.Line > 1));
        Assert.Contains(code, fromCsv);
        Assert.Equal(fromCsv, RowCodes(jsonFindings));
        var finding = FindingAssert.Has(jsonFindings, code, file: collection, line: 1);
        Assert.Equal(finding.SourcedId, csvFindings.First(f => f.Code == code).SourcedId);
    }

    [Fact]
    public void GUIDRefs_arrays_and_escapes_become_the_columns_they_stand_for()
    {
        var (records, findings) = Read(OneRosterEntity.Classes, OneRosterVersion.V1_2, ProcessingMode.Bulk, """
            {"classes":[{"sourcedId":"k1","status":"active","dateLastModified":"2026-08-24T10:00:00.000Z","title":"Algebra \u00e9 \"1\"","classType":"scheduled",
              "course":{"href":"https://x/courses/c1","sourcedId":"c1","type":"course"},"school":{"href":"h","sourcedId":"s\u00311","type":"org"},
              "terms":[{"href":"h","sourcedId":"t1","type":"academicSession"},{"href":"h","sourcedId":"t2","type":"academicSession"}],
              "grades":["09","10"],"periods":["1","2"],"resources":[{"href":"h","sourcedId":"r1","type":"resource"}]}]}
            """);

        var @class = Assert.IsType<Class>(Assert.Single(records));
        Assert.Equal("Algebra é \"1\"", @class.Title);
        Assert.Equal("c1", @class.CourseSourcedId);
        Assert.Equal("s11", @class.SchoolSourcedId);
        Assert.Equal(new[] { "t1", "t2" }, @class.TermSourcedIds);
        Assert.Equal(new[] { "09", "10" }, @class.Grades);
        Assert.Equal(new[] { "1", "2" }, @class.Periods);
        Assert.True(@class.Status.Is(RecordStatus.Active));
        Assert.Equal(new DateTime(2026, 8, 24, 10, 0, 0, DateTimeKind.Utc), @class.DateLastModified);
        FindingAssert.Clean(findings);
    }

    [Fact]
    public void Metadata_and_unknown_properties_are_kept_and_unknown_ones_reported_once_per_collection()
    {
        var (records, findings) = Read(OneRosterEntity.Orgs, OneRosterVersion.V1_2, ProcessingMode.Bulk, """
            {"orgs":[
              {"sourcedId":"o1","status":"active","dateLastModified":"2026-08-24T10:00:00.000Z","name":"A","type":"school","identifier":"1","metadata":{"nces":"0601","open":true,"tags":["x","y"]},"vendorCode":"V1"},
              {"sourcedId":"o2","status":"active","dateLastModified":"2026-08-24T10:00:00.000Z","name":"B","type":"school","identifier":"2","vendorCode":{"a":1},"children":[{"sourcedId":"o3"}]}]}
            """);

        Assert.Equal("0601", records[0].Extensions["metadata.nces"]);
        Assert.Equal("true", records[0].Extensions["metadata.open"]);
        Assert.Equal("[\"x\",\"y\"]", records[0].Extensions["metadata.tags"]);
        Assert.Equal("V1", records[0].Extensions["vendorCode"]);
        Assert.Equal("{\"a\":1}", records[1].Extensions["vendorCode"]);
        var unknown = Assert.Single(findings);
        Assert.Equal((FindingCodes.HeaderUnknownColumn, Severity.Warning, "orgs", "vendorCode", (int?)null), (unknown.Code, unknown.Severity, unknown.File, unknown.Column, unknown.Line));
    }

    [Fact]
    public void JSON_types_the_binding_does_not_have_are_read_as_far_as_they_can_be_and_reported()
    {
        var (records, findings) = Read(OneRosterEntity.Users, OneRosterVersion.V1_1, ProcessingMode.Bulk, """
            {"users":[{"sourcedId":"u1","status":"active","dateLastModified":"2026-08-24T10:00:00.000Z","enabledUser":true,"username":"ada",
              "givenName":{"first":"Ada"},"familyName":"Lovelace","identifier":12345,"role":"teacher","orgs":"s1,s2","agents":["u2"],
              "grades":[9,"10"],"userIds":"{LDAP:ada}"}]}
            """);

        var user = Assert.IsType<User>(records[0]);
        Assert.True(user.EnabledUser);
        Assert.Null(user.GivenName);
        Assert.Equal("12345", user.Identifier);
        Assert.Equal(new[] { "u2" }, user.AgentSourcedIds);
        Assert.Equal(new[] { "10" }, user.Grades);
        Assert.Equal("ada", Assert.Single(user.UserIds).Identifier);
        Assert.Equal(new[] { "s1", "s2" }, records.OfType<RoleAssignment>().Select(role => role.OrgSourcedId));
        FindingAssert.Has(findings, FindingCodes.JsonValueType, "users", 1, "givenName", Severity.Error);
        FindingAssert.Has(findings, FindingCodes.RequiredFieldMissing, "users", 1, "givenName");
        FindingAssert.Has(findings, FindingCodes.JsonValueType, "users", 1, "identifier", Severity.Warning);
        FindingAssert.Has(findings, FindingCodes.JsonValueType, "users", 1, "orgs", Severity.Warning);
        FindingAssert.Has(findings, FindingCodes.JsonValueType, "users", 1, "agents", Severity.Warning);
        FindingAssert.Has(findings, FindingCodes.JsonValueType, "users", 1, "grades", Severity.Warning);
        FindingAssert.Has(findings, FindingCodes.JsonValueType, "users", 1, "userIds", Severity.Warning);
        Assert.DoesNotContain(findings, finding => finding.Column == "enabledUser");
    }

    [Fact]
    public void A_property_in_the_wrong_case_is_read_and_one_of_the_other_version_is_kept_apart()
    {
        var (records, findings) = Read(OneRosterEntity.Users, OneRosterVersion.V1_2, ProcessingMode.Bulk, """
            {"users":[{"sourcedId":"u1","status":"active","dateLastModified":"2026-08-24T10:00:00.000Z","enabledUser":"true","username":"ada","GivenName":"Ada","familyName":"Lovelace","role":"teacher"}]}
            """);

        var user = Assert.IsType<User>(Assert.Single(records));
        Assert.Equal("Ada", user.GivenName);
        Assert.Equal("teacher", user.Extensions["role"]);
        FindingAssert.Has(findings, FindingCodes.HeaderCase, "users", null, "GivenName", Severity.Error);
        FindingAssert.Has(findings, FindingCodes.HeaderVersion, "users", null, "role", Severity.Warning);
    }

    [Fact]
    public void Roles_and_profiles_inside_1_2_users_become_records_of_their_own()
    {
        var (records, findings) = Read(OneRosterEntity.Users, OneRosterVersion.V1_2, ProcessingMode.Bulk, """
            {"users":[
              {"roles":[{"roleType":"primary","role":"teacher","org":{"sourcedId":"s1"},"userProfile":"p1"},
                        {"roleType":"secondary","role":"administrator","org":{"sourcedId":"s1"},"beginDate":"2026-08-24"},
                        {"roleType":"secondary","role":"teacher","org":{"sourcedId":"s2"}}],
               "sourcedId":"t1","status":"active","dateLastModified":"2026-08-24T10:00:00.000Z","enabledUser":"true","username":"ada","givenName":"Ada","familyName":"Lovelace",
               "userProfiles":[{"profileId":"p1","profileType":"lms","vendorId":"v","credentials":[{"type":"username","username":"ada1","password":"pw1"},{"type":"token","username":"ada2"}]}]},
              {"sourcedId":"t2","status":"tobedeleted","dateLastModified":"2026-08-24T10:00:00.000Z","enabledUser":"false","username":"bo","givenName":"Bo","familyName":"Li",
               "roles":[{"roleType":"primary","role":"Teacher","org":{"sourcedId":"s1"},"userProfile":"p1"}],
               "userProfiles":[{"profileId":"p1","profileType":"lms","vendorId":"v","credentials":[{"type":"username","username":"bo1"}]}]}]}
            """);

        var roles = records.OfType<RoleAssignment>().ToList();
        Assert.Equal(new[] { "t1@s1", "t1@s1@administrator", "t1@s2", "t2@s1" }, roles.Select(role => role.SourcedId));
        Assert.All(roles, role => Assert.False(role.IsDerived));
        Assert.Equal(new[] { "t1", "t1", "t1", "t2" }, roles.Select(role => role.UserSourcedId));
        Assert.Equal(new DateTime(2026, 8, 24), roles[1].BeginDate);
        Assert.True(roles[3].IsToBeDeleted);
        var profiles = records.OfType<UserProfile>().ToList();
        Assert.Equal(new[] { "p1", "t2/p1" }, profiles.Select(profile => profile.SourcedId));
        Assert.Equal(("username", "ada1", "pw1"), (profiles[0].CredentialType, profiles[0].Username, profiles[0].Password));
        Assert.Equal("t2/p1", roles[3].UserProfileSourcedId);
        Assert.Equal("p1", roles[0].UserProfileSourcedId);
        FindingAssert.Has(findings, FindingCodes.ExtraCredentials, "users", 1, "userProfiles.credentials", Severity.Warning);
        var enumCase = FindingAssert.Has(findings, FindingCodes.EnumCase, "users", 2, "roles.role");
        Assert.Equal("t2", enumCase.SourcedId);
    }

    [Fact]
    public void Pages_read_apart_number_their_records_on_and_profiles_stay_unique_across_them()
    {
        static string Page(string user, string org) => $$"""
            {"users":[{"sourcedId":"{{user}}","status":"active","dateLastModified":"2026-08-24T10:00:00.000Z","enabledUser":"true","username":"{{user}}","givenName":"A","familyName":"B",
              "roles":[{"roleType":"primary","role":"student","org":{"sourcedId":"{{org}}"},"userProfile":"p1"}],
              "userProfiles":[{"profileId":"p1","profileType":"lms","vendorId":"v","credentials":[{"type":"username","username":"{{user}}"}]}]}]}
            """;
        var findings = new FindingCollection();
        List<OneRosterRecord> ReadPage(string json, long recordsBefore)
        {
            var reader = new JsonCollectionReader(OneRosterEntity.Users, OneRosterVersion.V1_2, () => new RowContext("https://x", "users", OneRosterVersion.V1_2, ProcessingMode.Bulk, findings, NoReferenceResolver.Instance, new StringInterner()), recordsBefore);
            var records = new List<OneRosterRecord>();
            reader.Read(Encoding.UTF8.GetBytes(json), records);
            return records;
        }

        // The second page is read first, by a reader of its own, as pages are on the thread pool.
        var second = ReadPage(Page("u1001", "s2"), 1000);
        var first = ReadPage(Page("u1", "s1"), 0);
        var profiles = new UniqueProfiles();
        first.Concat(second).ToList().ForEach(profiles.Accept);

        Assert.Equal(new[] { 1, 1, 1 }, first.Select(record => record.Line));
        Assert.Equal(new[] { 1001, 1001, 1001 }, second.Select(record => record.Line));
        Assert.Equal(new[] { "p1", "u1001/p1" }, first.Concat(second).OfType<UserProfile>().Select(profile => profile.SourcedId));
        Assert.Equal(new[] { "p1", "u1001/p1" }, first.Concat(second).OfType<RoleAssignment>().Select(role => role.UserProfileSourcedId));
        Assert.DoesNotContain(findings, finding => finding.Severity == Severity.Error);
    }

    [Fact]
    public void A_page_without_the_collection_array_is_not_a_page()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => JsonCollectionReader.Count(Encoding.UTF8.GetBytes("{\"orgs\":[]}"), OneRosterEntity.Users));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => JsonCollectionReader.Count(Encoding.UTF8.GetBytes("{\"users\":[{}"), OneRosterEntity.Users));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => JsonCollectionReader.Count(Encoding.UTF8.GetBytes("[]"), OneRosterEntity.Users));
        Assert.Equal(2, JsonCollectionReader.Count(Encoding.UTF8.GetBytes("{\"imsx\":{\"a\":[1]},\"users\":[{},{\"x\":[]}]}"), OneRosterEntity.Users));
    }

    [Fact]
    public void An_element_that_is_not_an_object_is_reported_not_dropped_silently()
    {
        var (records, findings) = Read(OneRosterEntity.Orgs, OneRosterVersion.V1_2, ProcessingMode.Bulk, "{\"orgs\":[\"o1\",{\"sourcedId\":\"o2\",\"name\":\"B\",\"type\":\"school\"}]}");

        Assert.Equal(2, Assert.Single(records).Line);
        FindingAssert.Has(findings, FindingCodes.JsonValueType, "orgs", 1, severity: Severity.Error);
    }

    private static (List<OneRosterRecord> Records, FindingCollection Findings) Read(OneRosterEntity entity, OneRosterVersion version, ProcessingMode mode, string json)
    {
        var findings = new FindingCollection();
        var interner = new StringInterner();
        var reader = new JsonCollectionReader(entity, version, () => new RowContext("https://x", entity.SpecName(), version, mode, findings, NoReferenceResolver.Instance, interner));
        var records = new List<OneRosterRecord>();
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.Equal(JsonCollectionReader.Count(bytes, entity), reader.Read(bytes, records));
        var profiles = new UniqueProfiles();
        records.ForEach(profiles.Accept);
        return (records, findings);
    }

    private static List<string> RowCodes(IEnumerable<Finding> findings) => findings.Select(finding => finding.Code).OrderBy(code => code, StringComparer.Ordinal).ToList();
}
