using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.OneRoster;

public class HeaderMappingTests
{
    private static RosterTools.OneRoster.Roster ReadWithOrgsHeader(string header, params string[] rows)
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", new[] { header }.Concat(rows).ToArray());
        return OneRosterReader.Read(bundle.Folder);
    }

    [Fact]
    public void A_column_in_the_wrong_case_is_read_as_its_spec_column_and_reported()
    {
        var roster = ReadWithOrgsHeader("sourcedId,status,dateLastModified,Name,type,identifier,parentSourcedId", "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,,d1");

        FindingAssert.Has(roster.Findings, FindingCodes.HeaderCase, "orgs.csv", 1, "Name", Severity.Error);
        Assert.Equal("Riverside High", roster.Orgs.Find("s1")!.Name);
    }

    [Fact]
    public void A_misspelled_column_is_an_error_that_suggests_the_spec_name_and_its_values_are_kept()
    {
        var roster = ReadWithOrgsHeader("sourcedId,status,dateLastModified,name,type,identifer,parentSourcedId", "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,RHS,d1");

        var finding = FindingAssert.Has(roster.Findings, FindingCodes.HeaderMisspelled, "orgs.csv", 1, "identifer", Severity.Error);
        Assert.Contains("'identifier'", finding.Message, System.StringComparison.Ordinal);
        Assert.Null(roster.Orgs.Find("s1")!.Identifier);
        Assert.Equal("RHS", roster.Orgs.Find("s1")!.Extensions["identifer"]);
        FindingAssert.Has(roster.Findings, FindingCodes.HeaderMissingColumn, "orgs.csv", 1, "identifier", Severity.Warning);
    }

    [Fact]
    public void Empty_and_duplicate_header_names_are_errors_and_their_values_are_kept_under_new_keys()
    {
        var roster = ReadWithOrgsHeader(MinimalBundles.OrgsHeader + ",,name", "d1,,,Riverside District,district,,,x,Dup", "s1,,,Riverside High,school,,d1,,");

        FindingAssert.Has(roster.Findings, FindingCodes.HeaderEmptyName, "orgs.csv", 1, severity: Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.HeaderDuplicate, "orgs.csv", 1, "name", Severity.Error);
        var district = roster.Orgs.Find("d1")!;
        Assert.Equal("Riverside District", district.Name);
        Assert.Equal("x", district.Extensions["column 8"]);
        Assert.Equal("Dup", district.Extensions["name (column 9)"]);
    }

    [Fact]
    public void A_missing_required_column_is_one_error_on_the_header_not_one_per_row()
    {
        var roster = ReadWithOrgsHeader("sourcedId,status,dateLastModified,type,identifier,parentSourcedId", "d1,,,district,,", "s1,,,school,,d1");

        FindingAssert.Has(roster.Findings, FindingCodes.HeaderMissingColumn, "orgs.csv", 1, "name", Severity.Error);
        FindingAssert.None(roster.Findings, FindingCodes.RequiredFieldMissing);
    }

    [Fact]
    public void Legacy_1_0_column_names_are_read_as_the_current_columns()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("classes.csv", "sourcedId,status,dateLastModified,title,grade,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods", "k1,,,Algebra,09,c1,,scheduled,,s1,t1,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.HeaderLegacyName, "classes.csv", 1, "grade", Severity.Error);
        Assert.Equal(new[] { "09" }, roster.Classes.Find("k1")!.Grades);
    }

    [Fact]
    public void Metadata_columns_before_spec_columns_are_reported()
    {
        var roster = ReadWithOrgsHeader("sourcedId,metadata.code,status,dateLastModified,name,type,identifier,parentSourcedId", "d1,A,,,Riverside District,district,,", "s1,B,,,Riverside High,school,,d1");

        FindingAssert.Has(roster.Findings, FindingCodes.HeaderMetadataPosition, "orgs.csv", 1, "metadata.code", Severity.Warning);
        Assert.Equal("B", roster.Orgs.Find("s1")!.Extensions["metadata.code"]);
    }

    [Fact]
    public void A_1_1_users_column_in_a_1_2_bundle_is_kept_as_an_extension_with_a_warning()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("users.csv", MinimalBundles.Users12Header + ",role", "u1,,,true,ada,,Ada,Lovelace,,,,,,,,,,,,,s1,,teacher", "u2,,,true,jose,,José,Núñez,,,,,,,,,,,,,s1,,student", "u3,,,true,zoe,,Zoë,O'Brien,,,,,,,,,,,,,s1,,student", "g1,,,true,maria,,María,Núñez,,,,,,,,,,,,,,,guardian");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.HeaderVersion, "users.csv", 1, "role", Severity.Warning);
        Assert.Equal("teacher", roster.Users.Find("u1")!.Extensions["role"]);
    }

    [Fact]
    public void A_file_with_only_a_header_is_reported_and_an_empty_file_has_no_header()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("demographics.csv", MinimalBundles.DemographicsHeader);
        bundle.Text("courses.csv", string.Empty);

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.FileEmpty, "demographics.csv", 1, severity: Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.HeaderMissing, "courses.csv", 1, severity: Severity.Error);
    }
}
