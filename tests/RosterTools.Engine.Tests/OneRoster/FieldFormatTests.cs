using System;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.OneRoster;

public class FieldFormatTests
{
    private static Roster ReadSessions(params string[] rows)
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("academicSessions.csv", new[] { MinimalBundles.SessionsHeader, "y27,,,2026-27,schoolYear,2026-08-24,2027-06-12,,2027", "t1,,,Fall,term,2026-08-24,2027-01-15,y27,2027" }.Concat(rows).ToArray());
        return OneRosterReader.Read(bundle.Folder);
    }

    [Theory]
    [InlineData("1/05/2023")]
    [InlineData("2023-02-30")]
    [InlineData("2023-5-1")]
    [InlineData("tomorrow")]
    public void A_date_that_is_not_yyyy_mm_dd_is_an_error_and_left_empty(string date)
    {
        var roster = ReadSessions($"t2,,,Spring,term,{date},2027-06-12,y27,2027");

        FindingAssert.Has(roster.Findings, FindingCodes.InvalidDate, "academicSessions.csv", 4, "startDate", Severity.Error);
        Assert.Null(roster.AcademicSessions.Find("t2")!.StartDate);
    }

    [Theory]
    [InlineData("27")]
    [InlineData("2026-27")]
    public void A_year_that_is_not_yyyy_is_an_error(string year)
    {
        var roster = ReadSessions($"t2,,,Spring,term,2027-01-16,2027-06-12,y27,{year}");

        FindingAssert.Has(roster.Findings, FindingCodes.InvalidYear, "academicSessions.csv", 4, "schoolYear", Severity.Error);
    }

    [Fact]
    public void Vocabulary_values_in_the_wrong_case_are_errors_but_read_and_off_vocabulary_values_are_kept_as_text()
    {
        var roster = ReadSessions("t2,,,Spring,Term,2027-01-16,2027-06-12,y27,2027", "t3,,,Summer,quarter,2027-06-13,2027-08-01,y27,2027", "t4,,,Intersession,ext:intersession,2027-06-13,2027-08-01,y27,2027");

        FindingAssert.Has(roster.Findings, FindingCodes.EnumCase, "academicSessions.csv", 4, "type", Severity.Error);
        var t2 = roster.AcademicSessions.Find("t2")!.Type;
        Assert.True(t2.Is(SessionType.Term));
        Assert.Equal("Term", t2.Text);
        Assert.Equal("term", t2.ToString());

        FindingAssert.Has(roster.Findings, FindingCodes.EnumValue, "academicSessions.csv", 5, "type", Severity.Error);
        var t3 = roster.AcademicSessions.Find("t3")!.Type;
        Assert.False(t3.IsKnown);
        Assert.Equal("quarter", t3.Text);

        var t4 = roster.AcademicSessions.Find("t4")!.Type;
        Assert.Equal("ext:intersession", t4.Text);
        Assert.DoesNotContain(roster.Findings, f => f.Line == 6);
    }

    [Fact]
    public void An_ext_value_in_a_1_1_bundle_or_in_a_closed_vocabulary_is_an_error()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("roles.csv", MinimalBundles.RolesHeader, "r1,,,u1,primary,teacher,,,s1,", "r2,,,u2,ext:main,student,,,s1,", "r3,,,u3,primary,ext:mentor,,,s1,", "r4,,,g1,primary,guardian,,,s1,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.EnumExtension, "roles.csv", 3, "roleType", Severity.Error);
        Assert.DoesNotContain(roster.Findings, f => f.File == "roles.csv" && f.Line == 4);
    }

    [Fact]
    public void A_role_of_the_other_version_is_an_error()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("roles.csv", MinimalBundles.RolesHeader, "r1,,,u1,primary,administrator,,,s1,", "r2,,,u2,primary,student,,,s1,", "r3,,,u3,primary,student,,,s1,", "r4,,,g1,primary,guardian,,,s1,");

        var roster = OneRosterReader.Read(bundle.Folder);

        var finding = FindingAssert.Has(roster.Findings, FindingCodes.EnumNotInVersion, "roles.csv", 2, "role", Severity.Error);
        Assert.Contains("siteAdministrator", finding.Message, StringComparison.Ordinal);
        Assert.True(roster.Roles.Find("r1")!.Role.Is(UserRole.Administrator));
    }

    [Theory]
    [InlineData("TRUE", FindingCodes.BooleanCase, true)]
    [InlineData("False", FindingCodes.BooleanCase, false)]
    [InlineData("yes", FindingCodes.InvalidBoolean, true)]
    [InlineData("0", FindingCodes.InvalidBoolean, false)]
    public void Booleans_other_than_true_and_false_are_errors_read_as_what_they_say(string text, string code, bool expected)
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("enrollments.csv", MinimalBundles.EnrollmentsHeader, $"e1,,,k1,s1,u1,teacher,{text},,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, code, "enrollments.csv", 2, "primary", Severity.Error);
        Assert.Equal(expected, roster.Enrollments.Find("e1")!.Primary);
    }

    [Fact]
    public void A_boolean_that_means_nothing_is_an_error_and_left_empty()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("enrollments.csv", MinimalBundles.EnrollmentsHeader, "e1,,,k1,s1,u1,teacher,maybe,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.InvalidBoolean, "enrollments.csv", 2, "primary", Severity.Error);
        Assert.Null(roster.Enrollments.Find("e1")!.Primary);
    }

    [Fact]
    public void UserIds_are_type_and_identifier_pairs_and_malformed_entries_are_kept_as_they_are()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File(
            "users.csv",
            MinimalBundles.Users12Header,
            "u1,,,true,ada,\"{LDAP:alovelace},{LTI:15}, {Fed:ada@x}\",Ada,Lovelace,,,,,,,,,,,,,s1,",
            "u2,,,true,jose,abc,José,Núñez,,,,,,,,,,,,,s1,",
            "u3,,,true,zoe,,Zoë,O'Brien,,,,,,,,,,,,,s1,",
            "g1,,,true,maria,,María,Núñez,,,,,,,,,,,,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.Equal(new[] { new UserId("LDAP", "alovelace"), new UserId("LTI", "15"), new UserId("Fed", "ada@x") }, roster.Users.Find("u1")!.UserIds);
        FindingAssert.Has(roster.Findings, FindingCodes.InvalidUserId, "users.csv", 3, "userIds", Severity.Error);
        Assert.Equal("abc", Assert.Single(roster.Users.Find("u2")!.UserIds).ToString());
    }

    [Fact]
    public void Grades_that_are_not_CEDS_codes_are_warnings_with_a_suggestion()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("courses.csv", MinimalBundles.CoursesHeader, "c1,,,y27,Algebra I,ALG1,\"9,K\",s1,Mathematics,MATH");

        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.Contains("'09'", FindingAssert.Has(roster.Findings, FindingCodes.GradeNotCeds, "courses.csv", 2, "grades", Severity.Warning).Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "9", "K" }, roster.Courses.Find("c1")!.Grades);
    }

    [Fact]
    public void A_sourcedId_with_characters_the_spec_does_not_allow_is_a_warning()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader, "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,,d1", "school #3,,,Hill School,school,,d1");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.SourcedIdCharacters, "orgs.csv", 4, "sourcedId", Severity.Warning);
        Assert.NotNull(roster.Orgs.Find("school #3"));
    }

    [Fact]
    public void A_required_field_left_empty_is_an_error_naming_the_column_and_the_record()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("courses.csv", MinimalBundles.CoursesHeader, "c1,,,y27,,ALG1,09,s1,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        var finding = FindingAssert.Has(roster.Findings, FindingCodes.RequiredFieldMissing, "courses.csv", 2, "title", Severity.Error);
        Assert.Equal("c1", finding.SourcedId);
    }

    [Theory]
    [InlineData("2026-08-24T13:05:00.000Z", false, "2026-08-24T13:05:00.0000000Z")]
    [InlineData("2026-08-24T13:05:00Z", true, "2026-08-24T13:05:00.0000000Z")]
    [InlineData("2026-08-24T15:05:00.000+02:00", true, "2026-08-24T13:05:00.0000000Z")]
    [InlineData("2026-08-24 13:05:00", true, "2026-08-24T13:05:00.0000000Z")]
    [InlineData("2026-08-24", true, "2026-08-24T00:00:00.0000000Z")]
    public void Date_times_in_other_ISO_8601_forms_are_read_in_UTC_and_reported(string text, bool reported, string expectedUtc)
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.Manifest("1.2", ("orgs", "delta"));
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader, $"s9,active,{text},New School,school,,d1");

        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.Equal(expectedUtc, roster.Orgs.Find("s9")!.DateLastModified!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(reported, roster.Findings.Any(f => f.Code == FindingCodes.DateTimeFormat));
    }
}
