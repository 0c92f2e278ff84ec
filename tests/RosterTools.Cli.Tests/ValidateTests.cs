using System.Linq;
using System.Text.Json;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>validate: the findings that the conformance README describes, with their file, line and column; --strict.</summary>
public sealed class ValidateTests
{
    private static System.Collections.Generic.IReadOnlyList<JsonElement> Findings(string bundle, params string[] options)
    {
        var result = CliProcess.Run(new[] { "validate", Paths.Conformance(bundle), "--format", "json" }.Concat(options).ToArray());
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        return FindingAssert.WellFormed(result);
    }

    [Fact]
    public void Test_full_data_set_users_line_2_has_its_date_and_boolean_problems()
    {
        var findings = Findings("moodle-enrol_oneroster/Test_full_data_set");

        var date = FindingAssert.At(findings, "users.csv", 2, "dateLastModified");
        Assert.Contains(date, finding => FindingAssert.Code(finding) == "DateTimeFormat");
        Assert.Contains(date, finding => FindingAssert.Code(finding) == "BulkDateLastModified");
        Assert.All(date, finding => Assert.Equal("usr-222-123456", finding.GetProperty("sourcedId").GetString()));

        var enabled = Assert.Single(FindingAssert.At(findings, "users.csv", 2, "enabledUser"));
        Assert.Equal(("error", "BooleanCase"), (FindingAssert.Severity(enabled), FindingAssert.Code(enabled)));
    }

    [Fact]
    public void Test_full_data_set_reports_inactive_status_dangling_parents_and_the_absent_courses_file()
    {
        var findings = Findings("moodle-enrol_oneroster/Test_full_data_set");

        Assert.Contains(FindingAssert.At(findings, "academicSessions.csv", 4, "status"), finding => FindingAssert.Code(finding) == "InactiveStatus");
        var parent = Assert.Single(FindingAssert.At(findings, "orgs.csv", 2, "parentSourcedId"));
        Assert.Equal(("error", "UnresolvedReference"), (FindingAssert.Severity(parent), FindingAssert.Code(parent)));
        Assert.Contains(FindingAssert.At(findings, "classes.csv", 2, "classType"), finding => FindingAssert.Code(finding) == "EnumCase");
        Assert.Contains(FindingAssert.At(findings, "classes.csv", 2, "subjects"), finding => FindingAssert.Code(finding) == "ListSpacing");
        Assert.Contains(findings, finding => finding.GetProperty("file").GetString() == "classes.csv" && finding.GetProperty("column").GetString() == "courseSourcedId" && FindingAssert.Code(finding) == "ReferenceNotCheckable");
    }

    [Fact]
    public void V1p2_full_dataset_reports_the_misspelled_users_header_on_line_1()
    {
        var findings = Findings("moodle-enrol_oneroster/v1p2_full_dataset");

        foreach (var column in new[] { "prefferedGivenName", "prefferedMiddleName", "prefferedFamilyName" })
        {
            var finding = Assert.Single(FindingAssert.At(findings, "users.csv", 1, column));
            Assert.Equal(("error", "HeaderMisspelled"), (FindingAssert.Severity(finding), FindingAssert.Code(finding)));
            Assert.Contains("preferred", finding.GetProperty("message").GetString());
        }

        var date = Assert.Single(FindingAssert.At(findings, "users.csv", 2, "dateLastModified"), finding => FindingAssert.Code(finding) == "InvalidDateTime");
        Assert.Equal("error", FindingAssert.Severity(date));
        Assert.Contains("1/05/2023", date.GetProperty("message").GetString());
    }

    [Fact]
    public void V1p2_full_dataset_reports_the_empty_roles_header_names_and_the_ragged_rows()
    {
        var findings = Findings("moodle-enrol_oneroster/v1p2_full_dataset");

        var header = FindingAssert.At(findings, "roles.csv", 1);
        Assert.Equal(2, header.Count(finding => FindingAssert.Code(finding) == "HeaderEmptyName" && FindingAssert.Severity(finding) == "error"));
        Assert.Contains(header, finding => FindingAssert.Code(finding) == "HeaderMisspelled" && finding.GetProperty("column").GetString() == "dataLastModified");
        Assert.Contains(FindingAssert.At(findings, "roles.csv", 2), finding => FindingAssert.Code(finding) == "RaggedRow");

        // The lower-case userprofiles.csv, undeclared in the manifest, and the manifest rows without values.
        Assert.Contains(findings, finding => finding.GetProperty("file").GetString() == "userprofiles.csv" && FindingAssert.Code(finding) == "FileNameCase");
        Assert.Contains(findings, finding => finding.GetProperty("file").GetString() == "userprofiles.csv" && FindingAssert.Code(finding) == "ManifestFileUndeclared");
        Assert.Equal(3, findings.Count(finding => finding.GetProperty("file").GetString() == "manifest.csv" && FindingAssert.Code(finding) == "ManifestValueEmpty"));
    }

    [Fact]
    public void Oat_base_csv_reports_legacy_headers_and_the_dangling_term()
    {
        var findings = Findings("oat-sa-oneroster-import/OneRosterv1p1BaseCSV");

        Assert.Contains(FindingAssert.At(findings, "courses.csv", 1, "grade"), finding => FindingAssert.Code(finding) == "HeaderLegacyName");
        Assert.Contains(FindingAssert.At(findings, "users.csv", 1, "userId"), finding => FindingAssert.Code(finding) == "HeaderLegacyName");
        Assert.Contains(FindingAssert.At(findings, "classes.csv", 2, "termSourcedIds"), finding => FindingAssert.Code(finding) == "UnresolvedReference");
        Assert.Contains(FindingAssert.At(findings, "orgs.csv", 2, "dateLastModified"), finding => FindingAssert.Code(finding) == "DateTimeFormat");
    }

    [Fact]
    public void Test_minimal_data_set_has_no_unresolved_references()
    {
        var findings = Findings("moodle-enrol_oneroster/Test_minimal_data_set");

        Assert.DoesNotContain(findings, finding => FindingAssert.Code(finding) == "UnresolvedReference");
        Assert.DoesNotContain(findings, finding => FindingAssert.Code(finding).StartsWith("Bulk"));
    }

    [Fact]
    public void An_sds_folder_without_manifest_gets_a_bundle_level_finding_without_a_line()
    {
        var findings = Findings("sds-samples/CSV Samples/SDS v2.1");

        var missing = Assert.Single(findings, finding => FindingAssert.Code(finding) == "ManifestMissing");
        Assert.Equal("error", FindingAssert.Severity(missing));
        Assert.Equal("manifest.csv", missing.GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("line").ValueKind);
    }

    [Fact]
    public void A_valid_bundle_exits_0_with_an_empty_array_and_a_valid_verdict()
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "valid", TestBundles.Valid12());

        var json = CliProcess.Run("validate", bundle, "--format", "json");
        Assert.Equal(0, json.ExitCode);
        Assert.Empty(FindingAssert.WellFormed(json));

        var table = CliProcess.Run("validate", bundle);
        Assert.Equal(0, table.ExitCode);
        Assert.Equal($"0 errors, 0 warnings in OneRoster 1.2 bundle '{bundle}': valid.", Assert.Single(table.OutLines));
    }

    [Fact]
    public void Warnings_alone_do_not_fail_validate_or_a_strict_import()
    {
        using var temp = new TempFolder();
        var files = TestBundles.Valid12();
        files["orgs.csv"] = files["orgs.csv"].Select((line, i) => line + (i == 0 ? ",ext_note" : ",x")).ToArray();
        var bundle = TestBundles.WriteFolder(temp, "warnings", files);

        var validate = CliProcess.Run("validate", bundle, "--format", "json");
        Assert.Equal(0, validate.ExitCode);
        var findings = FindingAssert.WellFormed(validate);
        Assert.NotEmpty(findings);
        Assert.All(findings, finding => Assert.Equal("warning", FindingAssert.Severity(finding)));
        Assert.Contains(FindingAssert.At(findings, "orgs.csv", 1, "ext_note"), finding => FindingAssert.Code(finding) == "HeaderUnknownColumn");

        Assert.Equal(0, CliProcess.Run("validate", bundle, "--strict").ExitCode);
        var strict = CliProcess.Run("import", bundle, "--strict", "--format", "json");
        Assert.Equal(0, strict.ExitCode);
        Assert.Equal(findings.Count, strict.Json.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Strict_validate_lists_the_same_findings_and_says_what_a_strict_import_would_do()
    {
        var path = Paths.Conformance("moodle-enrol_oneroster/Test_full_data_set");
        var lenient = CliProcess.Run("validate", path, "--format", "json");
        var strict = CliProcess.Run("validate", path, "--format", "json", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(lenient.StdOut, strict.StdOut);

        var table = CliProcess.Run("validate", path, "--strict");
        Assert.Equal(1, table.ExitCode);
        Assert.EndsWith(": import --strict would refuse it.", table.OutLines[^1]);

        using var temp = new TempFolder();
        var valid = CliProcess.Run("validate", TestBundles.WriteFolder(temp, "valid", TestBundles.Valid12()), "--strict");
        Assert.Equal(0, valid.ExitCode);
        Assert.EndsWith(": import --strict would accept it.", valid.OutLines[^1]);
    }
}
