using System.IO;
using RosterTools.Naming;
using RosterTools.Policy;

namespace RosterTools.Tests.Policy;

/// <summary>The example district's policy loads, fits the example district, and names people as its comments say.</summary>
public sealed class PolicyExampleTests
{
    private static readonly RosterPolicy Example = PolicyLoader.Load(Paths.Examples("policies", "district.policy.yaml"));

    [Fact]
    public void The_example_policy_loads_with_every_section()
    {
        Assert.Equal("San Lorenzo Valley accounts", Example.Name);
        Assert.Equal(new[] { "student", "teacher", "aide", "counselor", "principal" }, Example.Scope.Roles);
        Assert.Equal(new[] { "KG-12" }, Example.Scope.Grades);
        Assert.Equal(new[] { MatchRule.Email, MatchRule.Username }, Example.Identity.Match);
        Assert.Equal(new[] { "default", "student" }, Example.Naming.Keys.OrderBy(key => key, StringComparer.Ordinal));
        Assert.Equal(new[] { "default", "student" }, Example.Placement.Keys.OrderBy(key => key, StringComparer.Ordinal));
        Assert.Equal(6, Example.Groups.Count);
        Assert.Equal(PasswordKind.Passphrase, Example.Passwords["student"].Kind);
        Assert.Equal(new[] { "STANDARDWOFFPACK_STUDENT" }, Example.Licenses["student"]);
        Assert.Equal(0, Example.Deprovision.DisableAfterDays);
        Assert.Equal(30, Example.Deprovision.DeleteAfterDays);
        Assert.StartsWith("OU=Disabled,OU=Holding,", Example.Deprovision.HoldingContainer, StringComparison.Ordinal);
        Assert.Equal(40, Example.Safety.MaxDisableCount);
        Assert.Contains("OU=Admins,DC=sanlorenzovalley,DC=k12,DC=example,DC=org", Example.Protected.Containers);
        Assert.Matches("^[0-9a-f]{64}$", Example.Hash);
    }

    [Fact]
    public void Its_schools_are_the_example_districts_schools()
    {
        var orgs = File.ReadAllLines(Paths.Examples("data", "oneroster-1.2", "orgs.csv")).Skip(1).Select(line => line.Split(','));
        var schools = orgs.Where(fields => fields[4] == "school").Select(fields => fields[5]);

        Assert.Equal(schools.OrderBy(id => id, StringComparer.Ordinal), Example.Scope.Schools.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Students_get_initial_family_name_and_graduation_year_staff_get_first_dot_last()
    {
        var student = Example.Naming["student"];
        var staff = Example.Naming["default"];
        var thao = Person("Thảo", "Nguyễn", grade: "03", gradYear: "2036");
        var jose = Person("José", "Núñez-O'Brien");

        var studentName = new NameAllocator().Allocate(student.Username.Select(template => NameTemplate.Parse(template).RenderField(TemplateField.Username, thao)).ToList(), student.MaxLength, student.Collision);
        var staffName = new NameAllocator().Allocate(staff.Username.Select(template => NameTemplate.Parse(template).RenderField(TemplateField.Username, jose)).ToList(), staff.MaxLength, staff.Collision);

        Assert.Equal("tnguyen2036", studentName);
        Assert.Equal("jose.nunezobrien", staffName);
        Assert.Equal("tnguyen2036@students.sanlorenzovalley.k12.example.org", NameTemplate.Parse(student.UserPrincipalName).RenderField(TemplateField.UserPrincipalName, With(thao, "username", studentName)));
        Assert.Equal("Thảo Nguyễn", NameTemplate.Parse(student.DisplayName).RenderField(TemplateField.DisplayName, thao));
    }

    [Fact]
    public void Two_students_with_one_name_get_the_second_template_then_three_digits()
    {
        var student = Example.Naming["student"];
        var names = new NameAllocator();
        var maria = Person("Maria", "Garcia", grade: "08", gradYear: "2031");
        var candidates = student.Username.Select(template => NameTemplate.Parse(template).RenderField(TemplateField.Username, maria)).ToList();

        Assert.Equal("mgarcia2031", names.Allocate(candidates, student.MaxLength, student.Collision));
        Assert.Equal("magarcia2031", names.Allocate(candidates, student.MaxLength, student.Collision));
        Assert.Equal("mgarcia2031001", names.Allocate(candidates, student.MaxLength, student.Collision));
    }

    [Fact]
    public void A_long_family_name_keeps_the_graduation_year_within_20_characters()
    {
        var student = Example.Naming["student"];
        var person = Person("Łukasz", "Wiśniewski-Kowalczyk", grade: "KG", gradYear: "2039");

        var username = NameTemplate.Parse(student.Username[0]).RenderField(TemplateField.Username, person);

        Assert.Equal("lwisniewskikowa2039", username);
        Assert.True(username.Length <= student.MaxLength);
    }

    [Fact]
    public void Placement_puts_students_in_an_ou_per_school_and_grade()
    {
        var thao = Person("Thảo", "Nguyễn", grade: "03", gradYear: "2036", school: "Brookside Elementary School");

        var ou = NameTemplate.Parse(Example.Placement["student"]).RenderField(TemplateField.Placement, thao, DistinguishedNames.EscapeValue);

        Assert.Equal("OU=Grade 03,OU=Students,OU=Brookside Elementary School,OU=Schools,DC=sanlorenzovalley,DC=k12,DC=example,DC=org", ou);
    }

    [Fact]
    public void The_early_learning_group_is_for_students_from_KG_to_02()
    {
        var group = Assert.Single(Example.Groups, rule => rule.Name == "early-learning-apps");

        Assert.Equal(GroupScope.None, group.Per);
        Assert.Equal(new[] { "KG-02" }, group.When.Grades);
        Assert.Equal(new[] { "student" }, group.When.Roles);
        Assert.Equal(MembershipMode.Owned, group.Membership);
    }

    private static Func<string, string?> Person(string given, string family, string? grade = null, string? gradYear = null, string? school = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["givenName"] = given,
            ["familyName"] = family,
            ["grade"] = grade,
            ["gradYear"] = gradYear,
            ["school.name"] = school,
        };
        return name => values.TryGetValue(name, out var value) ? value : null;
    }

    private static Func<string, string?> With(Func<string, string?> values, string name, string? value) => key => key == name ? value : values(key);
}
