using System.Text;
using System.Text.Json;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Rest;
using RosterTools.OneRoster.Rest.Json;
using RosterTools.OneRoster.Schema;
using RosterTools.Testing.Loopback;
using RosterTools.Tests.Samples;

namespace RosterTools.Tests.Rest;

/// <summary>
/// The client against the 1EdTech OneRoster 1.2 rostering OpenAPI document (../shared/openapi, read in place): the
/// JSON it parses matches the document's schemas, the requests it sends use only the document's paths, parameters
/// and scopes, and it knows every property the document gives the records it reads (and reads no other).
/// </summary>
[Collection(SampleDistrictCollection.Name)]
public sealed class OpenApiTests
{
    private static readonly Dictionary<string, string> SetSchemas = new(StringComparer.Ordinal)
    {
        ["orgs"] = "OrgSetDType",
        ["academicSessions"] = "AcademicSessionSetDType",
        ["courses"] = "CourseSetDType",
        ["classes"] = "ClassSetDType",
        ["users"] = "UserSetDType",
        ["enrollments"] = "EnrollmentSetDType",
        ["demographics"] = "DemographicsSetDType",
    };

    private static readonly OpenApiDocument Document = OpenApiDocument.Rostering;
    private readonly Roster _district;

    public OpenApiTests(SampleDistrictFixture districts) => _district = districts["1.2"].Roster;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_page_the_client_parses_matches_the_schema_of_its_collection(bool selectFields)
    {
        using var provider = RestProvider.Serve(options => options.KeepBodies = true, _district);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = true, SelectFields = selectFields });

        var pages = provider.Requests.Where(request => request.Method == "GET" && request.Status == 200).ToList();
        Assert.Equal(SetSchemas.Keys.OrderBy(k => k), pages.Select(Collection).Distinct().OrderBy(k => k));
        foreach (var page in pages)
        {
            using var json = JsonDocument.Parse(page.Body!);
            var errors = Document.Validate(json.RootElement, SetSchemas[Collection(page)]);
            Assert.True(errors.Count == 0, $"{page.Path}{page.RawQuery}:\n  " + string.Join("\n  ", errors.Take(20)));
        }
    }

    [Fact]
    public void Error_answers_the_client_parses_match_imsx_StatusInfo()
    {
        using var provider = RestProvider.Serve(options =>
        {
            options.KeepBodies = true;
            options.Faults.Add(ProviderFault.Fail("orgs", 0, 429));
            options.Faults.Add(ProviderFault.Fail("users", 0, 500));
            options.Faults.Add(ProviderFault.Fail("courses", 0, 503));
            options.SupportsFields = false;
        }, _district);
        using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);

        OneRosterApiReader.Read(connection);

        var errors = provider.Requests.Where(request => request.Method == "GET" && request.Status != 200).ToList();
        Assert.Contains(errors, request => request.Status == 400);
        Assert.Equal(new[] { 400, 429, 500, 503 }, errors.Select(request => request.Status).Distinct().OrderBy(status => status));
        foreach (var error in errors)
        {
            using var json = JsonDocument.Parse(error.Body!);
            Assert.Empty(Document.Validate(json.RootElement, "imsx_StatusInfoDType"));
        }
    }

    [Fact]
    public void The_client_sends_only_documented_paths_parameters_and_scopes()
    {
        var basePath = Document.Root.GetProperty("servers")[0].GetProperty("variables").GetProperty("basePath").GetProperty("enum")[0].GetString()!;
        var documentedScopes = Document.Root.GetProperty("components").GetProperty("securitySchemes").GetProperty("OAuth2CC").GetProperty("flows").GetProperty("clientCredentials").GetProperty("scopes")
            .EnumerateObject().Select(scope => scope.Name).ToHashSet(StringComparer.Ordinal);
        var requests = new List<LoggedRequest>();
        void Run(Action<ProviderOptions>? configure, Action<OneRosterConnection> read)
        {
            using var provider = RestProvider.Serve(configure, _district);
            using var connection = RestProvider.Connect(provider, OneRosterVersion.V1_2);
            read(connection);
            requests.AddRange(provider.Requests);
        }

        Run(null, connection => OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = true }));
        Run(null, connection => OneRosterApiReader.Read(connection, new RestImportOptions { Since = new DateTime(2026, 1, 1) }));
        Run(options => options.MaxPageSize = 250, connection => OneRosterApiReader.Read(connection, new RestImportOptions { SelectFields = false }));
        Run(null, connection => connection.Test());
        Run(null, connection => OneRosterApiReader.OpenEntity(connection, OneRosterEntity.Roles, new RosterTools.Validation.FindingCollection()).Count());

        var gets = requests.Where(request => request.Method == "GET").ToList();
        Assert.True(gets.Count > 100);
        foreach (var request in gets)
        {
            Assert.StartsWith(basePath + "/", request.Path);
            var operation = Document.Root.GetProperty("paths").GetProperty(request.Path.Substring(basePath.Length)).GetProperty("get");
            var parameters = operation.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
            foreach (var parameter in request.Query)
            {
                Assert.True(parameters.ContainsKey(parameter.Key), $"{request.Path}: '{parameter.Key}' is not a documented parameter");
                var schema = parameters[parameter.Key];
                if (schema.GetProperty("type").GetString() == "integer")
                {
                    Assert.True(long.TryParse(parameter.Value, out var number) && number >= schema.GetProperty("minimum").GetInt64(), $"{parameter.Key}={parameter.Value}");
                }
            }

            if (request.Query.FirstOrDefault(p => p.Key == "fields").Value is { } fields)
            {
                var schema = SetSchemas[Collection(request)].Replace("SetDType", "DType", StringComparison.Ordinal);
                Assert.All(fields.Split(','), field => Assert.Contains(field, Document.PropertiesOf(schema)));
            }

            var scopes = operation.GetProperty("security")[0].GetProperty("OAuth2CC").EnumerateArray().Select(scope => scope.GetString()).ToList();
            Assert.Contains(Collection(request) == "demographics" ? "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly" : "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly", scopes);
        }

        var asked = requests.Where(request => request.Path == LoopbackProvider.TokenPath).SelectMany(request => request.Scope!.Split(' ')).Distinct().ToList();
        Assert.Equal(2, asked.Count);
        Assert.All(asked, scope => Assert.Contains(scope, documentedScopes));
    }

    [Fact]
    public void The_client_knows_every_documented_property_of_what_it_reads_and_no_other()
    {
        Covers("OrgDType", JsonMaps.For(Schemas.Orgs, OneRosterVersion.V1_2));
        Covers("AcademicSessionDType", JsonMaps.For(Schemas.AcademicSessions, OneRosterVersion.V1_2));
        Covers("CourseDType", JsonMaps.For(Schemas.Courses, OneRosterVersion.V1_2));
        Covers("ClassDType", JsonMaps.For(Schemas.Classes, OneRosterVersion.V1_2));
        Covers("UserDType", JsonMaps.For(Schemas.Users, OneRosterVersion.V1_2));
        Covers("EnrollmentDType", JsonMaps.For(Schemas.Enrollments, OneRosterVersion.V1_2));
        Covers("DemographicsDType", JsonMaps.For(Schemas.Demographics, OneRosterVersion.V1_2));
        Covers("RoleDType", JsonMaps.Roles);
        Covers("UserProfileDType", JsonMaps.UserProfiles);
        var credentials = Document.PropertiesOf("CredentialDType");
        Assert.All(credentials, property => Assert.NotNull(JsonMaps.UserProfiles.FindIn("credentials", Encoding.UTF8.GetBytes(property))));
        Assert.Equal(credentials.OrderBy(p => p), JsonMaps.UserProfiles.Fields.Where(field => field.Container == "credentials").Select(field => field.Name).OrderBy(p => p));
    }

    private static void Covers<T>(string schema, JsonRecordMap<T> map)
        where T : OneRosterRecord
    {
        var documented = Document.PropertiesOf(schema);
        var unknown = documented.Where(property => map.Find(property) is null).ToList();
        Assert.True(unknown.Count == 0, $"{schema}: the client does not know {string.Join(", ", unknown)}");
        var invented = map.Fields.Where(field => field.Container is null && !documented.Contains(field.Name)).Select(field => field.Name).ToList();
        Assert.True(invented.Count == 0, $"{schema}: the client reads {string.Join(", ", invented)}, which the document does not have");
    }

    private static string Collection(LoggedRequest request) => request.Path.Substring(request.Path.LastIndexOf('/') + 1);
}
