using System.Linq;
using System.Text.Json;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>import: the summary (JSON and table), --entity (JSON and table), passwords, and --strict.</summary>
public sealed class ImportTests
{
    private static readonly string[] Users11Fields =
    {
        "sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role", "username", "userIds", "givenName", "familyName",
        "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "extensions",
    };

    private static readonly string[] Users12Fields =
    {
        "sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName", "middleName", "identifier",
        "email", "sms", "phone", "agentSourcedIds", "grades", "userMasterIdentifier", "preferredGivenName", "preferredMiddleName",
        "preferredFamilyName", "primaryOrgSourcedId", "pronouns", "extensions",
    };

    private static string Minimal11 => Paths.Conformance("moodle-enrol_oneroster/Test_minimal_data_set");

    private static string Full11 => Paths.Conformance("moodle-enrol_oneroster/Test_full_data_set");

    private static string Delta12 => Paths.Conformance("moodle-enrol_oneroster/oneroster_test_data");

    [Fact]
    public void Json_summary_of_a_1_1_bundle_has_the_version_modes_and_counts()
    {
        var result = CliProcess.Run("import", Minimal11, "--format", "json");
        var summary = SummaryAssert.WellFormed(result);

        Assert.Equal("1.1", summary.GetProperty("version").GetString());
        Assert.Equal(Minimal11, summary.GetProperty("source").GetString());
        var files = summary.GetProperty("files");
        Assert.Equal("bulk", files.GetProperty("users").GetString());
        Assert.Equal("bulk", files.GetProperty("orgs").GetString());
        Assert.Equal("absent", files.GetProperty("courses").GetString());
        var counts = summary.GetProperty("counts");
        Assert.Equal(1, counts.GetProperty("orgs").GetInt32());
        Assert.Equal(6, counts.GetProperty("users").GetInt32());
        Assert.Equal(6, counts.GetProperty("roles").GetInt32()); // derived from users.csv orgSourcedIds and role
        Assert.Equal(6, counts.GetProperty("enrollments").GetInt32());
        Assert.Equal(0, counts.GetProperty("courses").GetInt32());
    }

    [Fact]
    public void Json_summary_of_the_1_2_delta_bundle_says_delta()
    {
        var summary = SummaryAssert.WellFormed(CliProcess.Run("import", Delta12, "--format", "json"));

        Assert.Equal("1.2", summary.GetProperty("version").GetString());
        foreach (var file in new[] { "orgs", "academicSessions", "courses", "classes", "users", "roles", "userProfiles", "enrollments", "demographics" })
        {
            Assert.Equal("delta", summary.GetProperty("files").GetProperty(file).GetString());
        }

        Assert.Equal(1, summary.GetProperty("counts").GetProperty("roles").GetInt32());
        Assert.Equal(1, summary.GetProperty("counts").GetProperty("userProfiles").GetInt32());
    }

    [Fact]
    public void Table_summary_goes_to_stdout_and_the_findings_summary_to_stderr()
    {
        var json = SummaryAssert.WellFormed(CliProcess.Run("import", Full11, "--format", "json"));
        var errors = json.GetProperty("errors").GetInt32();
        var warnings = json.GetProperty("warnings").GetInt32();

        var result = CliProcess.Run("import", Full11);
        Assert.Equal(1, result.ExitCode);
        var output = result.OutLines;
        Assert.Equal($"OneRoster 1.1 bundle: {Full11}", output[0]);
        Assert.Matches(@"^file\s+mode\s+records$", output.Single(line => line.StartsWith("file ")));
        Assert.Matches(@"^users\s+bulk\s+6$", output.Single(line => line.StartsWith("users ")));
        Assert.Matches(@"^courses\s+absent\s+0$", output.Single(line => line.StartsWith("courses ")));
        Assert.Matches(@"^roles \(from users\)\s+bulk\s+6$", output.Single(line => line.StartsWith("roles")));
        Assert.Equal($"errors:    {errors}", output[^2]);
        Assert.Equal($"warnings:  {warnings}", output[^1]);
        Assert.DoesNotContain(output, line => line.Contains(" Error ") || line.Contains(" Warning "));

        var error = result.ErrLines;
        Assert.StartsWith($"rostertools: {errors} errors and {warnings} warnings in '{Full11}'; the first 10:", error[0]);
        Assert.Equal(10, error.Count(line => line.StartsWith("  ") && (line.Contains(" Error ") || line.Contains(" Warning "))));
        Assert.All(error.Skip(1).Take(System.Math.Min(errors, 10)), line => Assert.Contains(" Error ", line)); // errors come first
        Assert.Contains("rostertools validate", error[^1]);
    }

    [Fact]
    public void Table_summary_of_a_valid_bundle_is_quiet_on_stderr()
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "valid", TestBundles.Valid12());

        var result = CliProcess.Run("import", bundle);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StdErr);
        Assert.Equal($"OneRoster 1.2 bundle: {bundle}", result.OutLines[0]);
        Assert.Contains("Source:    RosterTools tests (tests)", result.OutLines);
        Assert.Matches(@"^roles\s+bulk\s+2$", result.OutLines.Single(line => line.StartsWith("roles ")));
        Assert.Matches(@"^userProfiles\s+absent\s+0$", result.OutLines.Single(line => line.StartsWith("userProfiles ")));
    }

    [Fact]
    public void Entity_users_of_a_1_1_bundle_have_the_1_1_fields_with_orgSourcedIds_and_role_and_no_password()
    {
        var result = CliProcess.Run("import", Minimal11, "--entity", "users", "--format", "json");
        Assert.Equal(1, result.ExitCode); // 'TRUE' is an error (BooleanCase) in users.csv
        Assert.Equal(string.Empty, result.StdErr);
        var users = result.Json.EnumerateArray().ToList();

        Assert.Equal(6, users.Count);
        Assert.All(users, user => Assert.Equal(Users11Fields, user.EnumerateObject().Select(property => property.Name).ToArray()));
        var john = users.Single(user => user.GetProperty("sourcedId").GetString() == "usr-222-123456");
        Assert.Equal("teacher", john.GetProperty("role").GetString());
        Assert.Equal(new[] { "org-sch-222-456" }, john.GetProperty("orgSourcedIds").EnumerateArray().Select(org => org.GetString()).ToArray());
        Assert.True(john.GetProperty("enabledUser").GetBoolean());
        Assert.Equal("john.doe", john.GetProperty("username").GetString());
        Assert.Equal(JsonValueKind.Null, john.GetProperty("email").ValueKind);
        Assert.Equal(new[] { "teacher", "student", "parent" }.OrderBy(r => r), users.Select(user => user.GetProperty("role").GetString()).Distinct().OrderBy(r => r));
        Assert.DoesNotContain("Password1-", result.StdOut);
    }

    [Fact]
    public void Entity_users_of_a_1_2_bundle_have_the_1_2_fields_and_no_password()
    {
        var result = CliProcess.Run("import", Delta12, "--entity", "users", "--format", "json");
        var user = Assert.Single(result.Json.EnumerateArray());

        Assert.Equal(Users12Fields, user.EnumerateObject().Select(property => property.Name).ToArray());
        Assert.Equal("USER_0", user.GetProperty("sourcedId").GetString());
        Assert.Equal("active", user.GetProperty("status").GetString());
        Assert.Equal("2023-10-02T00:00:00.000Z", user.GetProperty("dateLastModified").GetString());
        Assert.Equal("brucewayne", user.GetProperty("username").GetString());
        Assert.DoesNotContain("Batman.Ru1ez", result.StdOut);
    }

    [Fact]
    public void Entity_users_json_keeps_lists_user_ids_and_diacritics()
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "valid", TestBundles.Valid12());

        var result = CliProcess.Run("import", bundle, "--entity", "users", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var jose = result.Json.EnumerateArray().Single(user => user.GetProperty("sourcedId").GetString() == "u2");
        Assert.Equal("José", jose.GetProperty("givenName").GetString());
        Assert.Equal("Núñez", jose.GetProperty("familyName").GetString());
        Assert.Equal("Pepe", jose.GetProperty("preferredGivenName").GetString());
        Assert.Equal("s1", jose.GetProperty("primaryOrgSourcedId").GetString());
        Assert.Equal(new[] { "09" }, jose.GetProperty("grades").EnumerateArray().Select(grade => grade.GetString()).ToArray());
        var id = Assert.Single(jose.GetProperty("userIds").EnumerateArray());
        Assert.Equal(("SIS", "2000001"), (id.GetProperty("type").GetString(), id.GetProperty("identifier").GetString()));
        Assert.Contains("Núñez", result.StdOut); // written as UTF-8, not \u escapes
    }

    [Fact]
    public void Passwords_appear_only_with_include_secrets()
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "valid", TestBundles.Valid12());

        var without = CliProcess.Run("import", bundle, "--entity", "users", "--format", "json");
        Assert.Equal(0, without.ExitCode);
        Assert.DoesNotContain(TestBundles.AdaPassword, without.StdOut);
        Assert.All(without.Json.EnumerateArray(), user => Assert.False(user.TryGetProperty("password", out _)));

        var table = CliProcess.Run("import", bundle, "--entity", "users");
        Assert.Equal(0, table.ExitCode);
        Assert.DoesNotContain(TestBundles.AdaPassword, table.StdOut);

        var with = CliProcess.Run("import", bundle, "--entity", "users", "--format", "json", "--include-secrets");
        Assert.Equal(0, with.ExitCode);
        var passwords = with.Json.EnumerateArray().ToDictionary(user => user.GetProperty("sourcedId").GetString()!, user => user.GetProperty("password").GetString());
        Assert.Equal(TestBundles.AdaPassword, passwords["u1"]);
        Assert.Equal(TestBundles.JosePassword, passwords["u2"]);
    }

    [Theory]
    [InlineData("users", "users")]
    [InlineData("USERS", "users")]
    [InlineData("Orgs", "orgs")]
    [InlineData("academicsessions", "academicSessions")]
    [InlineData("AcademicSessions", "academicSessions")]
    [InlineData("courses", "courses")]
    [InlineData("classes", "classes")]
    [InlineData("enrollments", "enrollments")]
    [InlineData("roles", "roles")]
    [InlineData("userprofiles", "userProfiles")]
    [InlineData("demographics", "demographics")]
    public void Each_entity_streams_as_many_records_as_the_summary_counts(string entity, string collection)
    {
        var summary = SummaryAssert.WellFormed(CliProcess.Run("import", Delta12, "--format", "json"));

        var result = CliProcess.Run("import", Delta12, "--entity", entity, "--format", "json");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        var records = result.Json.EnumerateArray().ToList();
        Assert.Equal(summary.GetProperty("counts").GetProperty(collection).GetInt32(), records.Count);
        Assert.All(records, record => Assert.Equal("sourcedId", record.EnumerateObject().First().Name));
        Assert.All(records, record => Assert.Equal("extensions", record.EnumerateObject().Last().Name));
    }

    [Fact]
    public void Entity_roles_of_a_1_1_bundle_are_derived_from_users()
    {
        var result = CliProcess.Run("import", Minimal11, "--entity", "roles", "--format", "json");
        var roles = result.Json.EnumerateArray().ToList();

        Assert.Equal(6, roles.Count);
        var john = roles.Single(role => role.GetProperty("userSourcedId").GetString() == "usr-222-123456");
        Assert.Equal("primary", john.GetProperty("roleType").GetString());
        Assert.Equal("teacher", john.GetProperty("role").GetString());
        Assert.Equal("org-sch-222-456", john.GetProperty("orgSourcedId").GetString());
    }

    [Fact]
    public void Entity_table_lists_one_row_per_record_with_1_1_roles_and_findings_on_stderr()
    {
        var result = CliProcess.Run("import", Minimal11, "--entity", "users");
        Assert.Equal(1, result.ExitCode);

        var lines = result.OutLines;
        Assert.Matches(@"^sourcedId\s+status\s+enabledUser\s+username\s+givenName\s+familyName\s+identifier\s+email\s+grades\s+role\s+orgSourcedIds$", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Matches(@"^usr-222-123456\s+true\s+john\.doe\s+John\s+Doe\s+jogn\.doe\s+teacher\s+org-sch-222-456$", lines.Single(line => line.StartsWith("usr-222-123456 ")));
        Assert.All(lines, line => Assert.Equal(line.TrimEnd(), line));
        Assert.StartsWith("rostertools: 6 errors and 0 warnings in the users of ", result.ErrLines[0]);
    }

    [Fact]
    public void Entity_table_of_a_1_2_bundle_shows_the_primary_org()
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "valid", TestBundles.Valid12());

        var result = CliProcess.Run("import", bundle, "--entity", "users");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StdErr);
        Assert.EndsWith("primaryOrgSourcedId", result.OutLines[0]);
        Assert.Matches(@"^u2\s+true\s+jose\.nunez\s+José\s+Núñez\s+2000001\s+jose@riverside\.example\s+09\s+s1$", result.OutLines[2]);
    }

    [Fact]
    public void Strict_import_of_a_bundle_with_errors_prints_nothing_and_exits_1()
    {
        var table = CliProcess.Run("import", Full11, "--strict");
        Assert.Equal(1, table.ExitCode);
        Assert.Equal(string.Empty, table.StdOut);
        Assert.StartsWith($"rostertools: --strict refused '{Full11}': ", table.ErrLines[0]);
        Assert.Contains(table.ErrLines, line => line.StartsWith("  ") && line.Contains(" Error "));

        var json = CliProcess.Run("import", Full11, "--strict", "--format", "json");
        Assert.Equal(1, json.ExitCode);
        Assert.Equal(string.Empty, json.StdOut);
        Assert.StartsWith("rostertools: --strict refused", Assert.Single(json.ErrLines));
    }

    [Fact]
    public void Strict_import_of_a_valid_bundle_prints_the_summary()
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "valid", TestBundles.Valid12());

        var summary = SummaryAssert.WellFormed(CliProcess.Run("import", bundle, "--strict", "--format", "json"));
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Equal(2, summary.GetProperty("counts").GetProperty("users").GetInt32());
    }

    [Fact]
    public void Strict_entity_import_checks_the_whole_bundle_before_printing_a_record()
    {
        // users.csv is sound; an enrollment points at a user who does not exist.
        using var temp = new TempFolder();
        var files = TestBundles.Valid12();
        files["enrollments.csv"] = files["enrollments.csv"].Append("e3,,,k1,s1,u9,student,false,,").ToArray();
        var bundle = TestBundles.WriteFolder(temp, "dangling", files);

        var lenient = CliProcess.Run("import", bundle, "--entity", "users", "--format", "json");
        Assert.Equal(0, lenient.ExitCode); // --entity checks the users file's rows, not references elsewhere
        Assert.Equal(2, lenient.Json.GetArrayLength());

        var strict = CliProcess.Run("import", bundle, "--entity", "users", "--format", "json", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(string.Empty, strict.StdOut);
        Assert.StartsWith("rostertools: --strict refused", Assert.Single(strict.ErrLines));
    }
}
