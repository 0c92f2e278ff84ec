using RosterTools.Naming;
using RosterTools.Policy;

namespace RosterTools.Tests.Naming;

/// <summary>Which placeholders each field, and each kind of group, may use.</summary>
public sealed class TemplatePlaceholdersTests
{
    private static readonly string[] Person =
    {
        "givenName", "familyName", "middleName", "preferredGivenName", "preferredMiddleName", "preferredFamilyName", "identifier", "sourcedId",
        "userMasterIdentifier", "sis.username", "sis.email", "role", "grade", "gradYear", "school.identifier", "school.name", "school.sourcedId",
    };

    [Fact]
    public void Usernames_and_placements_use_the_person()
    {
        Assert.Equal(Person.OrderBy(name => name), TemplatePlaceholders.For(TemplateField.Username).OrderBy(name => name));
        Assert.Equal(Person.OrderBy(name => name), TemplatePlaceholders.For(TemplateField.Placement).OrderBy(name => name));
        Assert.DoesNotContain("username", TemplatePlaceholders.For(TemplateField.Username));
    }

    [Theory]
    [InlineData(TemplateField.UserPrincipalName)]
    [InlineData(TemplateField.Email)]
    [InlineData(TemplateField.DisplayName)]
    public void Addresses_and_display_names_also_use_the_username(TemplateField field) =>
        Assert.Equal(Person.Append("username").OrderBy(name => name), TemplatePlaceholders.For(field).OrderBy(name => name));

    [Theory]
    [InlineData(null, "schoolYear")]
    [InlineData(GroupScope.None, "schoolYear")]
    [InlineData(GroupScope.School, "school.identifier school.name school.sourcedId schoolYear")]
    [InlineData(GroupScope.Grade, "gradYear grade school.identifier school.name school.sourcedId schoolYear")]
    [InlineData(GroupScope.Role, "role school.identifier school.name school.sourcedId schoolYear")]
    [InlineData(GroupScope.Class, "class.classCode class.sourcedId class.title course.courseCode course.title school.identifier school.name school.sourcedId schoolYear term.title")]
    public void Group_names_use_what_the_group_stands_for(GroupScope? scope, string names) =>
        Assert.Equal(names, string.Join(" ", TemplatePlaceholders.For(TemplateField.GroupName, scope).OrderBy(name => name, StringComparer.Ordinal)));
}
