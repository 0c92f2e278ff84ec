using System;
using System.Linq;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.OneRoster;

public class ReaderTests
{
    [Fact]
    public void A_valid_bundle_imports_every_record_with_typed_values_and_no_findings()
    {
        using var bundle = MinimalBundles.Valid12();

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Clean(roster.Findings);
        Assert.Equal(OneRosterVersion.V1_2, roster.Version);
        Assert.Equal(2, roster.Orgs.Count);
        Assert.Equal(4, roster.Users.Count);
        Assert.Equal(4, roster.Roles.Count);
        Assert.Equal(3, roster.Enrollments.Count);

        var school = roster.Orgs.Find("s1")!;
        Assert.Equal("Riverside High", school.Name);
        Assert.True(school.Type.Is(OrgType.School));
        Assert.Equal("d1", school.ParentSourcedId);

        var year = roster.AcademicSessions.Find("y27")!;
        Assert.Equal(new DateTime(2026, 8, 24), year.StartDate);
        Assert.Equal(2027, year.SchoolYear);

        var student = roster.Users.Find("u2")!;
        Assert.Equal("José", student.GivenName);
        Assert.Equal("Núñez", student.FamilyName);
        Assert.Equal("Pepe", student.PreferredGivenName);
        Assert.Equal(new[] { "09" }, student.Grades);
        Assert.Equal(new[] { "g1" }, student.AgentSourcedIds);
        Assert.Equal(new UserId("SIS", "2000001"), Assert.Single(student.UserIds));
        Assert.True(student.EnabledUser);
        Assert.Equal("O'Brien", roster.Users.Find("u3")!.FamilyName);

        var teacher = roster.Enrollments.Find("e1")!;
        Assert.True(teacher.Role.Is(EnrollmentRole.Teacher));
        Assert.True(teacher.Primary);
        Assert.Equal(2, teacher.Line);
        Assert.Equal(new DateTime(2011, 3, 4), roster.Demographics.Find("u2")!.BirthDate);
        Assert.True(roster.Demographics.Find("u2")!.HispanicOrLatinoEthnicity);
    }

    [Fact]
    public void References_share_the_sourcedId_string_of_the_record_they_point_to()
    {
        using var bundle = MinimalBundles.Valid12();

        var roster = OneRosterReader.Read(bundle.Folder);

        var enrollment = roster.Enrollments.Find("e2")!;
        Assert.Same(roster.Classes.Find("k1")!.SourcedId, enrollment.ClassSourcedId);
        Assert.Same(roster.Users.Find("u2")!.SourcedId, enrollment.UserSourcedId);
        Assert.Same(roster.Orgs.Find("s1")!.SourcedId, enrollment.SchoolSourcedId);
    }

    [Theory]
    [InlineData("\n", false, true)]
    [InlineData("\r\n", false, true)]
    [InlineData("\r\n", true, false)]
    [InlineData("\n", true, false)]
    public void Line_endings_a_byte_order_mark_and_a_missing_final_newline_read_the_same(string newLine, bool bom, bool finalNewLine)
    {
        using var bundle = MinimalBundles.Valid12();
        var users = string.Join(newLine, MinimalBundles.Users12Header, "u1,,,true,ada,,Ada,Lovelace,,,,,,,,,,,,,s1,", "u2,,,true,bob,,Bob,Brown,,,,,,,,,,,,,s1,");
        bundle.Text("users.csv", users + (finalNewLine ? newLine : string.Empty), bom);
        bundle.File("roles.csv", MinimalBundles.RolesHeader, "r1,,,u1,primary,teacher,,,s1,", "r2,,,u2,primary,student,,,s1,");
        bundle.File("enrollments.csv", MinimalBundles.EnrollmentsHeader, "e1,,,k1,s1,u1,teacher,true,,");
        bundle.File("demographics.csv", MinimalBundles.DemographicsHeader, "u2,,,,,,,,,,,,,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Clean(roster.Findings);
        Assert.Equal(new[] { "u1", "u2" }, roster.Users.Select(u => u.SourcedId));
        Assert.Equal("Brown", roster.Users.Find("u2")!.FamilyName);
        Assert.Equal(3, roster.Users.Find("u2")!.Line);
    }

    [Fact]
    public void Multi_valued_fields_read_with_or_without_spaces_after_commas()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File(
            "classes.csv",
            MinimalBundles.ClassesHeader,
            "k1,,,Algebra,\"09,10\",c1,,scheduled,,s1,t1,\"Math,Algebra\",\"M1,M2\",\"1,3,5\"",
            "k2,,,Geometry,\"09, 10\",c1,,scheduled,,s1,t1,\"Math, Geometry\",M3,2");

        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.Equal(new[] { "09", "10" }, roster.Classes.Find("k1")!.Grades);
        Assert.Equal(new[] { "1", "3", "5" }, roster.Classes.Find("k1")!.Periods);
        Assert.Equal(new[] { "09", "10" }, roster.Classes.Find("k2")!.Grades);
        Assert.Equal(new[] { "Math", "Geometry" }, roster.Classes.Find("k2")!.Subjects);
        FindingAssert.Has(roster.Findings, FindingCodes.ListSpacing, "classes.csv", 3, "grades", Severity.Warning);
        FindingAssert.Has(roster.Findings, FindingCodes.ListSpacing, "classes.csv", 3, "subjects", Severity.Warning);
        Assert.DoesNotContain(roster.Findings, f => f.Line == 2);
    }

    [Fact]
    public void Columns_are_mapped_by_name_never_by_position()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", "type,name,sourcedId,parentSourcedId,identifier,dateLastModified,status", "district,Riverside District,d1,,,,", "school,Riverside High,s1,d1,RHS,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.Equal("Riverside High", roster.Orgs.Find("s1")!.Name);
        Assert.Equal("RHS", roster.Orgs.Find("s1")!.Identifier);
        FindingAssert.Has(roster.Findings, FindingCodes.HeaderOrder, "orgs.csv", 1, severity: Severity.Warning);
        Assert.Equal(0, roster.ErrorCount);
    }

    [Fact]
    public void Unknown_and_metadata_columns_are_kept_per_record()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader + ",metadata.nces,ext_vendor", "d1,,,Riverside District,district,,,0601234,", "s1,,,Riverside High,school,RHS,d1,,v-9");

        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.Equal("0601234", roster.Orgs.Find("d1")!.Extensions["metadata.nces"]);
        Assert.False(roster.Orgs.Find("d1")!.Extensions.ContainsKey("ext_vendor"));
        Assert.Equal("v-9", roster.Orgs.Find("s1")!.Extensions["ext_vendor"]);
        FindingAssert.Has(roster.Findings, FindingCodes.HeaderUnknownColumn, "orgs.csv", 1, "ext_vendor", Severity.Warning);
        FindingAssert.None(roster.Findings, FindingCodes.HeaderMetadataPosition);
    }

    [Fact]
    public void A_duplicate_sourcedId_is_an_error_naming_both_lines_and_the_first_record_wins()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader, "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,RHS,d1", "s1,,,Other High,school,OHS,d1");

        var roster = OneRosterReader.Read(bundle.Folder);

        var finding = FindingAssert.Has(roster.Findings, FindingCodes.DuplicateSourcedId, "orgs.csv", 4, "sourcedId", Severity.Error);
        Assert.Equal("s1", finding.SourcedId);
        Assert.Contains("line 3", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Riverside High", roster.Orgs.Find("s1")!.Name);
        Assert.Equal(2, roster.Orgs.Count);
    }

    [Fact]
    public void A_ragged_row_is_reported_and_its_extra_fields_are_kept()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader, "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,RHS,d1,surplus", "s2,,,Short School,school");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.RaggedRow, "orgs.csv", 3, severity: Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.RaggedRow, "orgs.csv", 4, severity: Severity.Error);
        Assert.Equal("surplus", roster.Orgs.Find("s1")!.Extensions["column 8"]);
        Assert.Equal("Short School", roster.Orgs.Find("s2")!.Name);
    }

    [Fact]
    public void Broken_quoting_is_reported_on_its_line_and_does_not_swallow_the_following_rows()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader, "d1,,,\"Riverside District,district,,", "s1,,,Riverside High,school,RHS,d1");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.MalformedQuotes, "orgs.csv", 2, severity: Severity.Error);
        Assert.Equal("Riverside High", roster.Orgs.Find("s1")!.Name);
    }

    [Fact]
    public void Findings_name_the_physical_line_a_record_starts_on_even_after_blank_lines()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.Text("orgs.csv", MinimalBundles.OrgsHeader + "\n\nd1,,,Riverside District,district,,\n\n\ns1,,,,school,RHS,d1\n");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.RequiredFieldMissing, "orgs.csv", 6, "name");
        Assert.Equal(3, roster.Orgs.Find("d1")!.Line);
    }

    [Fact]
    public void Invalid_utf8_is_reported_and_the_row_kept()
    {
        using var bundle = MinimalBundles.Valid12();
        var header = System.Text.Encoding.UTF8.GetBytes(MinimalBundles.OrgsHeader + "\nd1,,,Riverside District,district,,\ns1,,,Caf");
        var rest = System.Text.Encoding.UTF8.GetBytes(" High,school,RHS,d1\n");
        bundle.Bytes("orgs.csv", header.Concat(new byte[] { 0xE9 }).Concat(rest).ToArray());

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.InvalidUtf8, "orgs.csv", 3, "name", Severity.Error);
        Assert.NotNull(roster.Orgs.Find("s1"));
    }

    [Fact]
    public void A_missing_bundle_is_a_read_exception_that_names_the_path()
    {
        var missing = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "no-such-bundle-" + Guid.NewGuid().ToString("N"));

        var ex = Assert.Throws<BundleReadException>(() => OneRosterReader.Read(missing));

        Assert.Equal(missing, ex.Path);
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_refuses_a_bundle_with_errors_and_keeps_the_findings()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader, "d1,,,Riverside District,district,,", "s1,,,Riverside High,School,RHS,d1");

        var ex = Assert.Throws<RosterValidationException>(() => OneRosterReader.Read(bundle.Folder, new ImportOptions { Strict = true }));

        Assert.Equal(bundle.Folder, ex.BundlePath);
        FindingAssert.Has(ex.Findings, FindingCodes.EnumCase, "orgs.csv", 3, "type");
        Assert.Contains("orgs.csv:3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_accepts_a_bundle_with_only_warnings()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader + ",ext_vendor", "d1,,,Riverside District,district,,,", "s1,,,Riverside High,school,RHS,d1,");

        var roster = OneRosterReader.Read(bundle.Folder, new ImportOptions { Strict = true });

        Assert.Equal(0, roster.ErrorCount);
        Assert.Equal(1, roster.WarningCount);
    }

    [Fact]
    public void Import_reports_progress_through_the_whole_bundle_and_can_be_cancelled()
    {
        using var bundle = MinimalBundles.Valid12();
        var reports = new System.Collections.Generic.List<ImportProgress>();

        OneRosterReader.Read(bundle.Folder, new ImportOptions { Progress = new SynchronousProgress<ImportProgress>(reports.Add) });

        Assert.NotEmpty(reports);
        Assert.Equal(100, reports[^1].PercentComplete);
        Assert.Contains(reports, r => r.File == "users.csv");

        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => OneRosterReader.Read(bundle.Folder, cancellationToken: cancelled.Token));
    }
}
