using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.Validation;

public class RosterValidatorTests
{
    [Fact]
    public void A_reference_to_a_missing_record_is_an_error_on_the_referring_row()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("enrollments.csv", MinimalBundles.EnrollmentsHeader, "e1,,,k1,s1,u1,teacher,true,,", "e2,,,k9,s1,u2,student,,,", "e3,,,k1,s1,u404,student,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        var finding = FindingAssert.Has(roster.Findings, FindingCodes.UnresolvedReference, "enrollments.csv", 3, "classSourcedId", Severity.Error);
        Assert.Equal("e2", finding.SourcedId);
        Assert.Contains("classes.csv", finding.Message, StringComparison.Ordinal);
        FindingAssert.Has(roster.Findings, FindingCodes.UnresolvedReference, "enrollments.csv", 4, "userSourcedId");
    }

    [Fact]
    public void Demographics_of_no_user_are_unresolved()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("demographics.csv", MinimalBundles.DemographicsHeader, "u99,,,2011-03-04,male,,,,,,,,,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.UnresolvedReference, "demographics.csv", 2, "sourcedId");
    }

    [Fact]
    public void Schools_must_be_orgs_of_type_school_and_enrollments_in_their_class_school()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("classes.csv", MinimalBundles.ClassesHeader, "k1,,,Algebra I - P1,09,c1,,scheduled,,d1,t1,,,")
            .File("enrollments.csv", MinimalBundles.EnrollmentsHeader, "e1,,,k1,s1,u1,teacher,true,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.ReferenceWrongType, "classes.csv", 2, "schoolSourcedId", Severity.Warning);
        FindingAssert.Has(roster.Findings, FindingCodes.ReferenceWrongType, "enrollments.csv", 2, "schoolSourcedId", Severity.Warning);
    }

    [Fact]
    public void Two_primary_roles_in_one_org_are_an_error_and_a_user_without_roles_a_warning()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("roles.csv", MinimalBundles.RolesHeader, "r1,,,u1,primary,teacher,,,s1,", "r1b,,,u1,primary,aide,,,s1,", "r2,,,u2,primary,student,,,s1,", "r3,,,u3,primary,student,,,d1,");

        var roster = OneRosterReader.Read(bundle.Folder);

        var finding = FindingAssert.Has(roster.Findings, FindingCodes.MultiplePrimaryRoles, "roles.csv", 3, "roleType", Severity.Error);
        Assert.Contains("'r1'", finding.Message, StringComparison.Ordinal);
        FindingAssert.Has(roster.Findings, FindingCodes.UserWithoutRole, "users.csv", 5, severity: Severity.Warning);
    }

    [Fact]
    public void Same_identifier_or_username_on_different_users_is_a_possible_duplicate_person()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File(
            "users.csv",
            MinimalBundles.Users12Header,
            "u1,,,true,ada,,Ada,Lovelace,,T1001,,,,,,,,,,,s1,",
            "u2,,,true,jose,,José,Núñez,,2000001,,,,,,,,,,,s1,",
            "u3,,,true,jose,,José,Núñez,,2000001,,,,,,,,,,,s1,",
            "g1,,,true,maria,,Maria,Garcia,,,,,,,,,,,,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        var byIdentifier = FindingAssert.Has(roster.Findings, FindingCodes.PossibleDuplicatePerson, "users.csv", 4, "identifier", Severity.Warning);
        Assert.Contains("'u2'", byIdentifier.Message, StringComparison.Ordinal);
        FindingAssert.Has(roster.Findings, FindingCodes.PossibleDuplicatePerson, "users.csv", 4, "username");
    }

    [Fact]
    public void Dates_out_of_order_and_parent_loops_are_reported()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader, "d1,,,Riverside District,district,,s1", "s1,,,Riverside High,school,RHS,d1")
            .File("academicSessions.csv", MinimalBundles.SessionsHeader, "y27,,,2026-27,schoolYear,2027-06-12,2026-08-24,,2027", "t1,,,Fall 2026,term,2026-08-24,2027-01-15,y27,2027");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.DatesOutOfOrder, "academicSessions.csv", 2, "endDate", Severity.Warning);
        var loop = FindingAssert.Has(roster.Findings, FindingCodes.ParentCycle, "orgs.csv", column: "parentSourcedId", severity: Severity.Error);
        Assert.Contains("d1", loop.Message, StringComparison.Ordinal);
        Assert.Single(roster.Findings, f => f.Code == FindingCodes.ParentCycle);
    }
}
