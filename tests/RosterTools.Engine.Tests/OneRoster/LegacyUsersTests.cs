using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.OneRoster;

public class LegacyUsersTests
{
    private static TestBundle Valid11()
    {
        var bundle = new TestBundle();
        bundle.Manifest("1.1", ("orgs", "bulk"), ("users", "bulk"))
            .File("orgs.csv", MinimalBundles.OrgsHeader, "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,,d1", "s2,,,Hill Middle,school,,d1")
            .File(
                "users.csv",
                MinimalBundles.Users11Header,
                "t1,,,true,\"s1,s2\",teacher,ada,,Ada,Lovelace,,,,,,,,",
                "u1,,,true,s1,student,jose,,José,Núñez,,,,,,,09,",
                "a1,,,true,d1,administrator,boss,,Grace,Hopper,,,,,,,,");
        return bundle;
    }

    [Fact]
    public void Users_orgSourcedIds_and_role_become_role_records_with_the_first_org_primary()
    {
        using var bundle = Valid11();

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Clean(roster.Findings);
        Assert.Equal(OneRosterVersion.V1_1, roster.Version);
        var roles = roster.RolesOf("t1");
        Assert.Equal(2, roles.Count);
        Assert.True(roles[0].IsPrimary);
        Assert.Equal("s1", roles[0].OrgSourcedId);
        Assert.True(roles[1].RoleType.Is(RoleType.Secondary));
        Assert.All(roles, role => Assert.True(role.Role.Is(UserRole.Teacher)));
        Assert.All(roles, role => Assert.True(role.IsDerived));
        Assert.Equal(2, roles[0].Line);
        Assert.True(roster.RolesOf("a1")[0].Role.Is(UserRole.Administrator));
        Assert.Equal(ProcessingMode.Bulk, roster.ModeOf(OneRosterEntity.Roles));
        Assert.Equal(new[] { "s1", "s2" }, roster.OrgsOf("t1").Select(o => o.SourcedId));
    }

    [Fact]
    public void Findings_about_a_derived_role_point_at_users_csv_and_its_orgSourcedIds_column()
    {
        using var bundle = Valid11();
        bundle.File("users.csv", MinimalBundles.Users11Header, "u1,,,true,\"s1,s9\",student,jose,,José,Núñez,,,,,,,09,");

        var roster = OneRosterReader.Read(bundle.Folder);

        var finding = FindingAssert.Has(roster.Findings, FindingCodes.UnresolvedReference, "users.csv", 2, "orgSourcedIds", Severity.Error);
        Assert.Contains("'s9'", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_1_2_role_in_a_1_1_users_file_is_an_error()
    {
        using var bundle = Valid11();
        bundle.File("users.csv", MinimalBundles.Users11Header, "u1,,,true,s1,principal,jose,,José,Núñez,,,,,,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.EnumNotInVersion, "users.csv", 2, "role", Severity.Error);
    }
}
