using System.IO;
using RosterTools.Export;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;
using static RosterTools.Tests.MinimalBundles;

namespace RosterTools.Tests.Export;

/// <summary>1.2 ↔ 1.1: roles.csv ↔ users.csv orgSourcedIds and role, roles only one version has, columns only 1.2 has.</summary>
public class VersionConversionTests
{
    [Fact]
    public void A_1_2_roster_written_as_1_1_carries_its_roles_in_users_csv_primary_org_first_and_says_what_it_changed()
    {
        using var bundle = Valid12()
            .File("orgs.csv", OrgsHeader, "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,RHS,d1", "s2,,,Lakeside Middle,school,LMS,d1")
            .File(
                "roles.csv",
                RolesHeader,
                "r1,,,u1,secondary,teacher,,,s2,",
                "r1b,,,u1,primary,principal,2026-08-01,,s1,",
                "r2,,,u2,primary,student,,,s1,",
                "r3,,,u3,primary,student,,,s1,",
                "r4,,,g1,primary,guardian,,,s1,");
        var roster = OneRosterReader.Read(bundle.Folder);

        var result = OneRosterWriter.Write(roster, bundle.Scratch("v11"), new ExportOptions { Version = OneRosterVersion.V1_1 });

        var users = File.ReadAllLines(Path.Combine(bundle.Scratch("v11"), "users.csv"));
        Assert.Equal(Users11Header, users[0]);
        Assert.StartsWith("u1,,,true,\"s1,s2\",administrator,ada.lovelace,", users[1], StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(bundle.Scratch("v11"), "roles.csv")));
        FindingAssert.Has(result.Findings, FindingCodes.ExportValueConverted, "users.csv");
        Assert.Contains(result.Findings, f => f.Message.Contains("'principal' was written as 'administrator'", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.ExportValueDropped && f.Message.Contains("preferredGivenName", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.ExportValueDropped && f.Message.Contains("different roles", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.ExportValueDropped && f.Message.Contains("beginDate", StringComparison.Ordinal));

        var again = OneRosterReader.Read(bundle.Scratch("v11"));
        Assert.Equal(OneRosterVersion.V1_1, again.Version);
        Assert.Equal(0, again.ErrorCount);
        Assert.Equal(new[] { "s1", "s2" }, again.OrgsOf("u1").Select(o => o.SourcedId));
        Assert.True(again.RolesOf("u1").All(r => r.Role.Is(UserRole.Administrator)));
        Assert.Null(again.Users.Find("u2")!.PreferredGivenName);
    }

    [Fact]
    public void A_1_1_roster_written_as_1_2_gets_roles_csv_primary_orgs_and_administrators_by_the_type_of_their_org()
    {
        using var bundle = new TestBundle()
            .Manifest("1.1", ("orgs", "bulk"), ("users", "bulk"))
            .File("orgs.csv", OrgsHeader, "d1,,,District,district,,", "s1,,,One,school,,d1", "s2,,,Two,school,,d1")
            .File(
                "users.csv",
                Users11Header,
                "a1,,,true,d1,administrator,sue.boss,,Sue,Boss,,,,,,,,",
                "a2,,,true,\"s2,s1\",administrator,vice.head,,Vic,Head,,,,,,,,",
                "t1,,,true,\"s1,s2\",teacher,ann.lee,,Ann,Lee,,,,,,,,");
        var roster = OneRosterReader.Read(bundle.Folder);

        var result = OneRosterWriter.Write(roster, bundle.Scratch("v12"), new ExportOptions { Version = OneRosterVersion.V1_2 });
        var again = OneRosterReader.Read(bundle.Scratch("v12"));

        Assert.Equal(0, again.ErrorCount);
        Assert.True(again.RolesOf("a1").Single().Role.Is(UserRole.DistrictAdministrator));
        Assert.Equal(new[] { UserRole.SiteAdministrator, UserRole.SiteAdministrator }, again.RolesOf("a2").Select(r => r.Role.Value!.Value));
        Assert.Equal("s2", again.Users.Find("a2")!.PrimaryOrgSourcedId);
        Assert.Equal(new[] { "t1@s1", "t1@s2" }, again.RolesOf("t1").Select(r => r.SourcedId));
        Assert.True(again.Roles.Find("t1@s1")!.IsPrimary);
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.ExportValueConverted && f.File == "roles.csv" && f.Message.StartsWith("1 row(s)", StringComparison.Ordinal) && f.Message.Contains("'districtAdministrator'", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.ExportValueConverted && f.File == "roles.csv" && f.Message.StartsWith("2 row(s)", StringComparison.Ordinal) && f.Message.Contains("'siteAdministrator'", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_1_1_does_not_have_are_converted_or_written_with_a_warning()
    {
        using var bundle = Valid12()
            .File("demographics.csv", DemographicsHeader, "u2,,,2011-03-04,unspecified,,,,,,,,,,,", "u3,,,2011-05-06,other,,,,,,,,,,,")
            .File("classes.csv", ClassesHeader, "k1,,,Algebra I - P1,09,c1,ALG1-1,ext:lab,Room 12,s1,t1,Mathematics,MATH,1");
        var roster = OneRosterReader.Read(bundle.Folder);

        var result = OneRosterWriter.Write(roster, bundle.Scratch("v11"), new ExportOptions { Version = OneRosterVersion.V1_1 });

        var demographics = File.ReadAllLines(Path.Combine(bundle.Scratch("v11"), "demographics.csv"));
        Assert.StartsWith("u2,,,2011-03-04,,", demographics[1], StringComparison.Ordinal);
        Assert.StartsWith("u3,,,2011-05-06,other,", demographics[2], StringComparison.Ordinal);
        FindingAssert.Has(result.Findings, FindingCodes.ExportValueConverted, "demographics.csv");
        FindingAssert.Has(result.Findings, FindingCodes.ExportValueNotInVersion, "demographics.csv");
        FindingAssert.Has(result.Findings, FindingCodes.ExportValueNotInVersion, "classes.csv");
    }

    [Fact]
    public void Generated_districts_keep_their_people_orgs_and_roles_through_1_2_to_1_1_and_back()
    {
        using var temp = new TestBundle();
        RosterTools.Samples.SampleDistrict.Write(temp.Scratch("d"), new RosterTools.Samples.SampleDistrictOptions { Students = 400 });
        var original = OneRosterReader.Read(temp.Scratch("d"));

        OneRosterWriter.Write(original, temp.Scratch("v11"), new ExportOptions { Version = OneRosterVersion.V1_1 });
        var v11 = OneRosterReader.Read(temp.Scratch("v11"));
        OneRosterWriter.Write(v11, temp.Scratch("v12"), new ExportOptions { Version = OneRosterVersion.V1_2 });
        var back = OneRosterReader.Read(temp.Scratch("v12"));

        Assert.Equal(0, v11.ErrorCount);
        Assert.Equal(0, back.ErrorCount);
        Assert.Equal(original.Users.Count, back.Users.Count);
        Assert.Equal(original.Enrollments.Count, back.Enrollments.Count);
        foreach (var user in original.Users)
        {
            Assert.Equal(original.OrgsOf(user.SourcedId).Select(o => o.SourcedId), back.OrgsOf(user.SourcedId).Select(o => o.SourcedId));
            Assert.Equal(user.GivenName, back.Users.Find(user.SourcedId)!.GivenName);
        }
    }
}
