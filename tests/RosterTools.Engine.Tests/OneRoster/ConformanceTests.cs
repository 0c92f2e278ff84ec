using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.OneRoster;

/// <summary>
/// The public samples in ../shared/conformance, read in place: each imports without an exception and gives the
/// findings its README describes, with file, line and column.
/// </summary>
public class ConformanceTests
{
    public static TheoryData<string> AllBundles => new()
    {
        "moodle-enrol_oneroster/Test_minimal_data_set",
        "moodle-enrol_oneroster/Test_minimal_data_set.zip",
        "moodle-enrol_oneroster/Test_full_data_set",
        "moodle-enrol_oneroster/Test_full_data_set.zip",
        "moodle-enrol_oneroster/oneroster_test_data",
        "moodle-enrol_oneroster/oneroster_test_data.zip",
        "moodle-enrol_oneroster/v1p2_full_dataset",
        "moodle-enrol_oneroster/v1p2_full_dataset.zip",
        "oat-sa-oneroster-import/OneRosterv1p1BaseCSV",
        "sds-samples/CSV Samples/SDS v2.1",
        "sds-samples/CSV Samples/SDS v2",
        "sds-samples/CSV Samples/SDS Format/100 Users",
        "sds-samples/CSV Samples/UK Format/Min Required Attributes",
    };

    [Theory]
    [MemberData(nameof(AllBundles))]
    public void Every_bundle_imports_in_lenient_mode_and_strict_mode_refuses_the_ones_with_errors(string bundle)
    {
        var path = Paths.Conformance(bundle.Split('/'));

        var roster = OneRosterReader.Read(path);

        Assert.All(roster.Findings.Where(f => f.Line is not null), f => Assert.NotNull(f.File));
        if (roster.ErrorCount > 0)
        {
            var ex = Assert.Throws<RosterValidationException>(() => OneRosterReader.Read(path, new ImportOptions { Strict = true }));
            Assert.Equal(roster.ErrorCount, ex.Findings.ErrorCount);
        }
    }

    [Fact]
    public void The_zip_files_give_the_same_roster_and_findings_as_their_folders()
    {
        foreach (var name in new[] { "Test_minimal_data_set", "Test_full_data_set", "oneroster_test_data", "v1p2_full_dataset" })
        {
            var folder = OneRosterReader.Read(Paths.Conformance("moodle-enrol_oneroster", name));
            var zip = OneRosterReader.Read(Paths.Conformance("moodle-enrol_oneroster", name + ".zip"));

            Assert.Equal(folder.Counts.ByCollection, zip.Counts.ByCollection);
            Assert.Equal(folder.Findings.Select(f => f.ToString()), zip.Findings.Select(f => f.ToString()));
        }
    }

    [Fact]
    public void Minimal_data_set_is_the_happy_path_apart_from_capitalised_values()
    {
        var roster = OneRosterReader.Read(Paths.Conformance("moodle-enrol_oneroster", "Test_minimal_data_set"));

        Assert.Equal(OneRosterVersion.V1_1, roster.Version);
        Assert.Equal(6, roster.Users.Count);
        Assert.Equal(6, roster.Roles.Count);
        Assert.Equal(6, roster.Enrollments.Count);
        FindingAssert.Has(roster.Findings, FindingCodes.EnumCase, "classes.csv", 2, "classType");
        FindingAssert.Has(roster.Findings, FindingCodes.BooleanCase, "users.csv", 2, "enabledUser");
        FindingAssert.Has(roster.Findings, FindingCodes.ReferenceNotCheckable, "classes.csv", column: "courseSourcedId");
        FindingAssert.None(roster.Findings, FindingCodes.UnresolvedReference);
        FindingAssert.None(roster.Findings, FindingCodes.BulkStatus);
    }

    [Fact]
    public void Full_data_set_reports_every_problem_its_README_lists()
    {
        var roster = OneRosterReader.Read(Paths.Conformance("moodle-enrol_oneroster", "Test_full_data_set"));

        FindingAssert.Has(roster.Findings, FindingCodes.InactiveStatus, "academicSessions.csv", 4, "status");
        FindingAssert.Has(roster.Findings, FindingCodes.DateTimeFormat, "users.csv", 2, "dateLastModified");
        FindingAssert.Has(roster.Findings, FindingCodes.BooleanCase, "users.csv", 2, "enabledUser", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.EnumCase, "classes.csv", 2, "classType", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.ListSpacing, "classes.csv", 2, "subjects");
        FindingAssert.Has(roster.Findings, FindingCodes.UnresolvedReference, "orgs.csv", 2, "parentSourcedId", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.UnresolvedReference, "academicSessions.csv", 3, "parentSourcedId", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.ReferenceNotCheckable, "classes.csv", 2, "courseSourcedId");
        FindingAssert.Has(roster.Findings, FindingCodes.BulkStatus, "users.csv", 2, "status");

        // CRLF without a final newline: the last row is read all the same.
        Assert.Equal("Brown", roster.Users.Find("usr-222-567891")!.FamilyName);
        Assert.Equal(new[] { "Science", "Physics", "Biology" }, roster.Classes.Find("cls-222-123456")!.Subjects);
        Assert.True(roster.Classes.Find("cls-222-123478")!.IsToBeDeleted);
    }

    [Fact]
    public void The_1_2_delta_bundle_reads_roles_and_user_profiles_in_delta_mode()
    {
        var roster = OneRosterReader.Read(Paths.Conformance("moodle-enrol_oneroster", "oneroster_test_data"));

        Assert.Equal(OneRosterVersion.V1_2, roster.Version);
        Assert.Equal(ProcessingMode.Delta, roster.ModeOf(OneRosterEntity.Users));
        Assert.Equal("brucewayne", roster.UserProfiles.Find("USER_PROFILE_1")!.Username);
        Assert.True(roster.Roles.Find("ROLE_8")!.IsPrimary);
        Assert.Equal("Batman.Ru1ez", roster.Users.Find("USER_0")!.Password);
        FindingAssert.Has(roster.Findings, FindingCodes.BooleanCase, "users.csv", 2, "enabledUser");
        Assert.Equal(1, roster.ErrorCount);
    }

    [Fact]
    public void The_1_2_full_data_set_reports_misspelled_and_empty_headers_and_the_stray_user_profiles_file()
    {
        var roster = OneRosterReader.Read(Paths.Conformance("moodle-enrol_oneroster", "v1p2_full_dataset"));

        FindingAssert.Has(roster.Findings, FindingCodes.HeaderMisspelled, "users.csv", 1, "prefferedGivenName", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.HeaderMisspelled, "roles.csv", 1, "dataLastModified", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.HeaderEmptyName, "roles.csv", 1, severity: Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.RaggedRow, "roles.csv", 2, severity: Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.FileNameCase, "userprofiles.csv");
        FindingAssert.Has(roster.Findings, FindingCodes.ManifestFileUndeclared, "userprofiles.csv", severity: Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.ManifestValueEmpty, "manifest.csv", 22, "value");
        FindingAssert.Has(roster.Findings, FindingCodes.InvalidDateTime, "users.csv", 2, "dateLastModified", Severity.Error);
        Assert.Equal("Mick", roster.Users.Find("usr-222-123456")!.Extensions["prefferedMiddleName"]);
        Assert.Equal(7, roster.Roles.Count);
        Assert.True(roster.Roles.Find("rol-333-9898")!.Role.Is(UserRole.Guardian));
    }

    [Fact]
    public void The_OAT_sample_reports_legacy_headers_and_keeps_metadata_and_vendor_columns()
    {
        var roster = OneRosterReader.Read(Paths.Conformance("oat-sa-oneroster-import", "OneRosterv1p1BaseCSV"));

        FindingAssert.Has(roster.Findings, FindingCodes.HeaderLegacyName, "classes.csv", 1, "grade");
        FindingAssert.Has(roster.Findings, FindingCodes.HeaderLegacyName, "users.csv", 1, "userId");
        FindingAssert.Has(roster.Findings, FindingCodes.HeaderOrder, "users.csv", 1);
        FindingAssert.Has(roster.Findings, FindingCodes.FileEmpty, "academicSessions.csv", 1, severity: Severity.Warning);
        FindingAssert.Has(roster.Findings, FindingCodes.DateTimeFormat, "orgs.csv", 2, "dateLastModified");
        FindingAssert.Has(roster.Findings, FindingCodes.UnresolvedReference, "classes.csv", 2, "termSourcedIds");
        Assert.Equal("Classification 1", roster.Orgs.Find("12345")!.Extensions["metadata.classification"]);
        Assert.Equal("metadata.value1", roster.Users.Find("user1")!.Extensions["ext_tao_userMotherName"]);
        Assert.Equal(new DateTime(2017, 5, 6, 8, 1, 5, DateTimeKind.Utc), roster.Orgs.Find("12345")!.DateLastModified);
    }

    [Fact]
    public void School_Data_Sync_folders_are_recognised_as_not_OneRoster()
    {
        var classic = OneRosterReader.Read(Paths.Conformance("sds-samples", "CSV Samples", "SDS Format", "100 Users"));
        FindingAssert.Has(classic.Findings, FindingCodes.ManifestMissing, "manifest.csv");
        FindingAssert.Has(classic.Findings, FindingCodes.NoRosterFiles);

        var v21 = OneRosterReader.Read(Paths.Conformance("sds-samples", "CSV Samples", "SDS v2.1"));
        FindingAssert.Has(v21.Findings, FindingCodes.HeaderMissingColumn, "users.csv", 1, "enabledUser", Severity.Error);
        Assert.Contains(v21.OtherFiles, table => table.FileName == "relationships.csv");
    }
}
