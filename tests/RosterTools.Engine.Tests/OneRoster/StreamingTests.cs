using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.OneRoster;

public class StreamingTests
{
    [Fact]
    public void Opening_one_entity_streams_its_records_and_reports_findings_as_they_are_found()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("users.csv", MinimalBundles.Users12Header, "u1,,,TRUE,ada,,Ada,Lovelace,,,,,,,,,,,,,s1,", "u2,,,true,jose,,José,Núñez,,,,,,,,,,,,,s1,");
        var findings = new FindingCollection();

        using var stream = OneRosterReader.OpenEntity(bundle.Folder, OneRosterEntity.Users, findings);
        Assert.Equal(OneRosterVersion.V1_2, stream.Version);
        Assert.Equal(ProcessingMode.Bulk, stream.Mode);
        using var records = stream.GetEnumerator();
        Assert.True(records.MoveNext());
        Assert.Equal("u1", records.Current.SourcedId);
        Assert.Contains(findings, f => f.Code == FindingCodes.BooleanCase && f.Line == 2);
        Assert.True(records.MoveNext());
        Assert.False(records.MoveNext());
        FindingAssert.None(findings, FindingCodes.UnresolvedReference);
        Assert.Throws<InvalidOperationException>(() => stream.GetEnumerator());
    }

    [Fact]
    public void Opening_the_roles_of_a_1_1_bundle_derives_them_from_users_csv()
    {
        using var bundle = new TestBundle();
        bundle.Manifest("1.1", ("users", "bulk"))
            .File("users.csv", MinimalBundles.Users11Header, "u1,,,true,\"s1,s2\",teacher,ada,,Ada,Lovelace,,,,,,,,");

        using var rolesStream = OneRosterReader.OpenEntity(bundle.Folder, OneRosterEntity.Roles, new FindingCollection());
        var roles = rolesStream.Cast<RoleAssignment>().ToList();
        using var usersStream = OneRosterReader.OpenEntity(bundle.Folder, OneRosterEntity.Users, new FindingCollection(), includeDerivedRoles: true);
        var usersWithRoles = usersStream.ToList();

        Assert.Equal(new[] { "s1", "s2" }, roles.Select(r => r.OrgSourcedId));
        Assert.IsType<User>(usersWithRoles[0]);
        Assert.Equal(3, usersWithRoles.Count);
    }

    [Fact]
    public void Opening_an_entity_the_bundle_does_not_have_yields_nothing()
    {
        using var bundle = MinimalBundles.Valid12();

        using var stream = OneRosterReader.OpenEntity(bundle.Folder, OneRosterEntity.UserProfiles, new FindingCollection());

        Assert.Null(stream.FileName);
        Assert.Equal(ProcessingMode.Absent, stream.Mode);
        Assert.Empty(stream);
    }
}
