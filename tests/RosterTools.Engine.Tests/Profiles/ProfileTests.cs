using System.IO;
using RosterTools.Export;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Profiles;
using RosterTools.Samples;
using static RosterTools.Tests.MinimalBundles;

namespace RosterTools.Tests.Profiles;

/// <summary>Data-minimisation profiles: reading them (every mistake with its line), and what they let through.</summary>
public class ProfileTests
{
    public static TheoryData<string> ExampleProfiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Paths.Examples("profiles"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleProfiles))]
    public void Every_example_profile_loads_without_warnings_and_gives_a_valid_bundle(string name)
    {
        var profile = ExportProfile.Load(Paths.Examples("profiles", name));
        Assert.Empty(profile.Warnings);
        Assert.False(string.IsNullOrEmpty(profile.Name));

        using var temp = new TestBundle();
        SampleDistrict.Write(temp.Scratch("district"), new SampleDistrictOptions { Students = 2500 });
        var roster = OneRosterReader.Read(temp.Scratch("district"));
        var result = OneRosterWriter.Write(roster, temp.Scratch("vendor.zip"), new ExportOptions { Profile = profile });
        var sent = OneRosterReader.Read(temp.Scratch("vendor.zip"));

        Assert.Equal(0, sent.ErrorCount);
        Assert.True(sent.Users.Count > 0);
        Assert.All(sent.Users, user => Assert.Null(user.Password));
        Assert.Equal(profile.Includes(OneRosterEntity.Demographics), sent.Demographics.Count > 0);
        Assert.Equal(profile.Name, result.Profile);
    }

    [Fact]
    public void The_reading_app_gets_elementary_students_and_teachers_and_nothing_else()
    {
        using var temp = new TestBundle();
        SampleDistrict.Write(temp.Scratch("district"), new SampleDistrictOptions { Students = 2500 });
        var roster = OneRosterReader.Read(temp.Scratch("district"));
        var profile = ExportProfile.Load(Paths.Examples("profiles", "reading-app-elementary.yaml"));

        OneRosterWriter.Write(roster, temp.Scratch("reading"), new ExportOptions { Profile = profile });
        var sent = OneRosterReader.Read(temp.Scratch("reading"));

        var schools = sent.Orgs.Where(o => o.IsSchool).ToList();
        Assert.NotEmpty(schools);
        Assert.All(schools, school => Assert.EndsWith("Elementary School", school.Name, StringComparison.Ordinal));
        Assert.Contains(sent.Orgs, o => o.Type.Is(OrgType.District));
        Assert.Equal(new[] { "student", "teacher" }, sent.Roles.Select(r => r.Role.SpecText).Distinct().OrderBy(r => r));
        var grades = new HashSet<string> { "KG", "01", "02", "03", "04", "05" };
        Assert.All(sent.Users.Where(u => sent.RolesOf(u.SourcedId).Any(r => r.Role.Is(UserRole.Student))), u => Assert.Subset(grades, u.Grades.ToHashSet()));
        Assert.All(sent.Users, u => Assert.True(u.Phone is null && u.MiddleName is null && u.Sms is null && u.AgentSourcedIds.Count == 0 && u.Pronouns is null));
        Assert.All(sent.Users, u => Assert.NotNull(u.Email));
        Assert.Empty(sent.Demographics);
        Assert.False(File.Exists(Path.Combine(temp.Scratch("reading"), "demographics.csv")));
        Assert.All(sent.Classes, c => Assert.Null(c.Location));
        Assert.All(sent.Enrollments, e => Assert.NotNull(sent.Users.Find(e.UserSourcedId)));
        var elementaryStudents = roster.Users.Count(u => u.Grades.Count > 0 && grades.Contains(u.Grades[0]));
        Assert.Equal(elementaryStudents, sent.Users.Count(u => u.Grades.Count > 0));
    }

    [Fact]
    public void Passwords_and_demographics_pass_only_when_named_and_metadata_only_as_listed()
    {
        using var bundle = Valid12()
            .File("users.csv", Users12Header + ",metadata.reading.level,metadata.house", "u1,,,true,ada.lovelace,,Ada,Lovelace,,T1001,,,,,,Secret1,,,,,s1,,R4,Blue", "u2,,,true,jose.nunez,,José,Núñez,,2000001,,,,g1,09,Secret2,,,,,s1,,R2,Red");
        var roster = OneRosterReader.Read(bundle.Folder);
        var all = ExportProfile.Parse("files:\n  users: all\n  demographics: all\n");
        var named = ExportProfile.Parse("files:\n  users: [sourcedId, enabledUser, username, givenName, familyName, password, metadata.reading.*]\n");

        OneRosterWriter.Write(roster, bundle.Scratch("all"), new ExportOptions { Profile = all });
        OneRosterWriter.Write(roster, bundle.Scratch("named"), new ExportOptions { Profile = named });
        var withAll = OneRosterReader.Read(bundle.Scratch("all"));
        var withNamed = OneRosterReader.Read(bundle.Scratch("named"));

        Assert.All(withAll.Users, u => Assert.Null(u.Password));
        Assert.All(withAll.Users, u => Assert.Empty(u.Extensions));
        Assert.Single(withAll.Demographics);
        Assert.Equal("Secret1", withNamed.Users.Find("u1")!.Password);
        Assert.Equal("R4", withNamed.Users.Find("u1")!.Extensions["metadata.reading.level"]);
        Assert.False(withNamed.Users.Find("u1")!.Extensions.ContainsKey("metadata.house"));
        Assert.Null(withNamed.Users.Find("u1")!.Identifier);
        Assert.Empty(withNamed.Demographics);
    }

    [Fact]
    public void A_delta_for_a_vendor_removes_who_left_the_profile_s_scope()
    {
        using var temp = new TestBundle();
        SampleDistrict.Write(temp.Scratch("night1"), new SampleDistrictOptions { Students = 4000, Seed = 2 });
        var result = SampleDistrict.Write(temp.Scratch("night2"), new SampleDistrictOptions { Students = 4000, Seed = 2, NextNightSeed = 3, ChangeRate = 0.1 });
        var first = OneRosterReader.Read(temp.Scratch("night1"));
        var second = OneRosterReader.Read(temp.Scratch("night2"));
        var profile = ExportProfile.Load(Paths.Examples("profiles", "reading-app-elementary.yaml"));

        OneRosterWriter.Write(first, temp.Scratch("vendor1"), new ExportOptions { Profile = profile });
        OneRosterWriter.Write(second, temp.Scratch("delta"), new ExportOptions { Profile = profile, Since = first });
        var merged = RosterTools.Merge.RosterMerger.Merge(OneRosterReader.Read(temp.Scratch("vendor1")), OneRosterReader.Read(temp.Scratch("delta")));
        OneRosterWriter.Write(second, temp.Scratch("vendor2"), new ExportOptions { Profile = profile });

        // What the vendor has after applying the delta is what a full export would have given it.
        RosterAssert.Equivalent(OneRosterReader.Read(temp.Scratch("vendor2")), merged.Roster);
        Assert.True(result.ChangeCounts!.Students > 0);
    }

    [Theory]
    [InlineData("files:\n  orgs: all\n  people: all\n", 3, 3, "'people' is not a OneRoster file")]
    [InlineData("files:\n  orgs: all\n  users: [sourcedId, usrname]\n", 3, 22, "did you mean 'username'")]
    [InlineData("files:\n  users: [sourcedId, Username]\n", 2, 22, "should be spelled 'username'")]
    [InlineData("files:\n  Users: all\n", 2, 3, "should be spelled 'users'")]
    [InlineData("files:\n  lineItems: all\n", 2, 3, "gradebook")]
    [InlineData("name: x\nfile:\n  orgs: all\n", 2, 1, "did you mean 'files'")]
    [InlineData("files:\n  orgs: all\nscope:\n  roles: [student, techer]\n", 4, 20, "did you mean 'teacher'")]
    [InlineData("files:\n  orgs: all\nscope:\n  school: [x]\n", 4, 3, "'school' is not a key of 'scope'")]
    [InlineData("files:\n  orgs: [sourcedId\n", 3, 1, "not well formed")]
    [InlineData("files:\n  users:\n    column: all\n", 3, 5, "'column' is not a key")]
    [InlineData("version: \"2.0\"\nfiles:\n  orgs: all\n", 1, 10, "not a OneRoster version")]
    [InlineData("- orgs\n", 1, 1, "a profile is a YAML mapping")]
    [InlineData("name: x\n", 1, 1, "needs 'files:'")]
    public void A_profile_with_a_mistake_is_refused_with_its_line_and_column(string yaml, int line, int column, string says)
    {
        var ex = Assert.Throws<ProfileException>(() => ExportProfile.Parse(yaml, "vendor.yaml"));

        Assert.Contains(says, ex.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.StartsWith($"vendor.yaml, line {line}, column {column}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_column_left_out_is_a_warning()
    {
        var profile = ExportProfile.Parse("files:\n  users: [sourcedId, username, enabledUser]\n");

        Assert.Contains(profile.Warnings, w => w.Contains("'givenName'", StringComparison.Ordinal));
        Assert.DoesNotContain(profile.Warnings, w => w.Contains("orgSourcedIds", StringComparison.Ordinal));
    }
}
