using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.OneRoster;

public class ManifestTests
{
    [Fact]
    public void The_manifest_gives_version_modes_and_source()
    {
        using var bundle = MinimalBundles.Valid12();
        System.IO.File.AppendAllText(System.IO.Path.Combine(bundle.Folder, "manifest.csv"), "source.systemName,PowerSchool\nsource.systemCode,PS\n");

        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.True(roster.Manifest.IsPresent);
        Assert.Equal("1.0", roster.Manifest.ManifestVersion);
        Assert.Equal("1.2", roster.Manifest.OneRosterVersion);
        Assert.Equal("PowerSchool", roster.Manifest.SourceSystemName);
        Assert.Equal(ProcessingMode.Bulk, roster.Manifest.ModeOf("users"));
        Assert.Equal(ProcessingMode.Absent, roster.Manifest.ModeOf("lineItems"));
        FindingAssert.Clean(roster.Findings);
    }

    [Fact]
    public void A_present_file_the_manifest_declares_absent_is_not_read_and_is_an_error()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.Manifest("1.2", ("orgs", "bulk"), ("academicSessions", "bulk"), ("courses", "bulk"), ("classes", "bulk"), ("users", "bulk"), ("roles", "bulk"), ("enrollments", "bulk"));

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.ManifestFileUndeclared, "demographics.csv", severity: Severity.Error);
        Assert.Empty(roster.Demographics);
    }

    [Fact]
    public void Unknown_modes_empty_values_unknown_properties_and_missing_rows_are_reported_with_their_lines()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File(
            "manifest.csv",
            "propertyName,value",
            "manifest.version,1.0",
            "oneroster.version,1.2",
            "file.orgs,bulk",
            "file.academicSessions,Bulk",
            "file.courses,full",
            "file.classes,bulk",
            "file.users,bulk",
            "file.roles,bulk",
            "file.enrollments,",
            "file.demographics,bulk",
            "district.name,Riverside");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.ManifestMode, "manifest.csv", 5, "value", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.ManifestMode, "manifest.csv", 6, "value", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.ManifestValueEmpty, "manifest.csv", 10, "value", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.ManifestUnknownProperty, "manifest.csv", 12, "propertyName", Severity.Warning);
        FindingAssert.Has(roster.Findings, FindingCodes.ManifestRowMissing, "manifest.csv", severity: Severity.Warning);
        Assert.Equal(ProcessingMode.Bulk, roster.ModeOf(OneRosterEntity.AcademicSessions));
        Assert.Equal(ProcessingMode.Absent, roster.ModeOf(OneRosterEntity.Courses));
        Assert.Empty(roster.Courses);
        Assert.Empty(roster.Enrollments);
    }

    [Fact]
    public void An_unknown_version_is_an_error_and_the_version_is_inferred_from_the_files()
    {
        using var bundle = MinimalBundles.Valid12();
        System.IO.File.WriteAllText(
            System.IO.Path.Combine(bundle.Folder, "manifest.csv"),
            System.IO.File.ReadAllText(System.IO.Path.Combine(bundle.Folder, "manifest.csv")).Replace("oneroster.version,1.2", "oneroster.version,2.0", System.StringComparison.Ordinal));

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.ManifestVersion, "manifest.csv", 3, "value", Severity.Error);
        Assert.Equal(OneRosterVersion.V1_2, roster.Version);
        Assert.Equal(4, roster.Users.Count);
    }

    [Fact]
    public void Without_a_manifest_every_file_is_read_as_bulk_and_the_version_is_inferred()
    {
        using var bundle = new TestBundle();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader, "s1,,,Riverside High,school,,")
            .File("users.csv", MinimalBundles.Users11Header, "u1,,,true,s1,student,ada,,Ada,Lovelace,,,,,,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.ManifestMissing, "manifest.csv", severity: Severity.Error);
        Assert.False(roster.Manifest.IsPresent);
        Assert.Equal(OneRosterVersion.V1_1, roster.Version);
        Assert.Equal(ProcessingMode.Bulk, roster.ModeOf(OneRosterEntity.Users));
        Assert.Single(roster.Roles);
    }

    [Fact]
    public void A_folder_without_OneRoster_files_says_so()
    {
        using var bundle = new TestBundle();
        bundle.File("Student.csv", "SIS ID,School SIS ID,First Name", "1,2,Ada");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.NoRosterFiles, severity: Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.UnknownFile, "Student.csv");
    }

    [Fact]
    public void A_file_name_in_another_case_is_read_with_a_warning_and_a_file_of_the_other_version_is_not_read()
    {
        using var bundle = MinimalBundles.Valid12();
        System.IO.File.Move(System.IO.Path.Combine(bundle.Folder, "demographics.csv"), System.IO.Path.Combine(bundle.Folder, "Demographics.csv"));

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.FileNameCase, "Demographics.csv", severity: Severity.Warning);
        Assert.Single(roster.Demographics);

        using var legacy = new TestBundle();
        legacy.Manifest("1.1", ("orgs", "bulk"), ("users", "bulk"))
            .File("orgs.csv", MinimalBundles.OrgsHeader, "s1,,,Riverside High,school,,")
            .File("users.csv", MinimalBundles.Users11Header, "u1,,,true,s1,student,ada,,Ada,Lovelace,,,,,,,,")
            .File("roles.csv", MinimalBundles.RolesHeader, "r1,,,u1,primary,student,,,s1,");
        var old = OneRosterReader.Read(legacy.Folder);
        FindingAssert.Has(old.Findings, FindingCodes.FileVersion, "roles.csv", severity: Severity.Warning);
        Assert.Equal("u1@s1", Assert.Single(old.Roles).SourcedId);
    }

    [Fact]
    public void Gradebook_and_resources_files_are_carried_as_raw_tables()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.Manifest("1.2", ("orgs", "bulk"), ("academicSessions", "bulk"), ("courses", "bulk"), ("classes", "bulk"), ("users", "bulk"), ("roles", "bulk"), ("enrollments", "bulk"), ("demographics", "bulk"), ("categories", "bulk"), ("lineItems", "bulk"))
            .File("categories.csv", "sourcedId,status,dateLastModified,title,weight", "cat1,,,Homework,40")
            .File("lineItems.csv", "sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,academicSessionSourcedId,resultValueMin,resultValueMax,schoolSourcedId", "li1,,,\"Quiz 1, part A\",,2026-09-01,2026-09-08,k1,cat1,t1,0,100,s1");

        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.Equal(2, roster.OtherFiles.Count);
        var lineItems = roster.OtherFiles.Single(table => table.FileName == "lineItems.csv");
        Assert.Equal(ProcessingMode.Bulk, lineItems.Mode);
        Assert.Equal("academicSessionSourcedId", lineItems.Header[9]);
        Assert.Equal("Quiz 1, part A", lineItems.Rows[0].Values[3]);
        Assert.Equal(2, lineItems.Rows[0].Line);
    }
}
