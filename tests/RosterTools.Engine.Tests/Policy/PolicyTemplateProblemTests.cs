using RosterTools.Policy;

namespace RosterTools.Tests.Policy;

/// <summary>
/// Template problems are placed on the character inside the YAML scalar: plain, quoted (with escapes counted), and
/// block scalars; placeholders a field does not have are named with what the field can use.
/// </summary>
public sealed class PolicyTemplateProblemTests
{
    [Theory]
    // Plain one-line scalars: the scalar's column plus the position in the template.
    [InlineData("placement:\n  default: OU={grade", 2, 15, "'{' is never closed")]
    [InlineData("placement:\n  default: OU={grade|lowr},DC=x", 2, 22, "unknown transform 'lowr' (did you mean 'lower'?)")]
    // Double quotes: the opening quote, and each escape, counted.
    [InlineData("naming:\n  default:\n    displayName: \"{givenName} {familyName|first}\"", 3, 43, "'first' needs a number, as in first:3")]
    [InlineData("naming:\n  default:\n    displayName: \"\\\"{givenName}\\\" {familyName|first}\"", 3, 47, "'first' needs a number, as in first:3")]
    [InlineData("naming:\n  default:\n    displayName: \"\\u00e9{givenName}} x\"", 3, 36, "'}' closes no placeholder")]
    // Single quotes: '' is one character of the value.
    [InlineData("naming:\n  default:\n    displayName: '{givenName}''s {familyName|upper:1}'", 3, 51, "'upper' takes no number")]
    // In a flow sequence.
    [InlineData("naming:\n  default:\n    username: [\"{givenName}.{familyName}\", \"{givenName|first:0}{familyName}\"]", 3, 62, "'first:0': the number must be from 1 to 1000")]
    // Block scalars holding one line: the content line, at its indentation.
    [InlineData("naming:\n  default:\n    displayName: |-\n      {givenName} {familyName|}", 4, 31, "expected a transform name after '|', found '}'")]
    [InlineData("naming:\n  default:\n    displayName: >-\n        {givenName} {familyName|pad:x}", 4, 37, "'pad:' needs a whole number, found 'x'")]
    // A plain scalar folded over two lines: the start of the scalar.
    [InlineData("naming:\n  default:\n    displayName: x{{x}}\n      {y|bad}", 3, 18, "unknown transform 'bad'")]
    public void A_malformed_template_is_placed_on_its_character(string yaml, int line, int column, string message)
    {
        var problem = SingleProblem(yaml);

        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("naming:\n  default:\n    username: \"{givnName}.{familyName}\"", 3, 17, "naming.default.username", "unknown placeholder {givnName} (did you mean {givenName}?); a username template can use {familyName}, {givenName}, {gradYear}")]
    [InlineData("naming:\n  default:\n    username: [\"{givenName}\", \"{givenName}{surname}\"]", 3, 44, "naming.default.username[1]", "unknown placeholder {surname}; a username template can use")]
    [InlineData("naming:\n  default:\n    username: \"{username}2\"", 3, 17, "naming.default.username", "{username} cannot be used in a username template; it belongs to a user principal name template, an email template, a display name template")]
    [InlineData("naming:\n  default:\n    userPrincipalName: \"{username}@{school.domain}\"", 3, 37, "naming.default.userPrincipalName", "unknown placeholder {school.domain}")]
    [InlineData("naming:\n  default:\n    email: \"{class.title}@x.org\"", 3, 14, "naming.default.email", "{class.title} cannot be used in an email template; it belongs to the name of a group per class")]
    [InlineData("placement:\n  default: \"OU={grade},OU={username}\"", 2, 28, "placement.default", "{username} cannot be used in a placement template")]
    [InlineData("deprovision:\n  holdingContainer: \"OU={schoolYear}\"", 2, 26, "deprovision.holdingContainer", "{schoolYear} cannot be used in a placement template; it belongs to the name of a group per none or school or grade or role or class")]
    [InlineData("groups:\n  - name: \"{school.identifier}-{grade}\"\n    per: school", 2, 33, "groups[0].name", "{grade} cannot be used in the name of a group per school; it belongs to a person's templates and the name of a group per grade; the name of a group per school can use {school.identifier}, {school.name}, {school.sourcedId}, {schoolYear}")]
    [InlineData("groups:\n  - name: \"{givenName}-club\"", 2, 13, "groups[0].name", "{givenName} cannot be used in the name of a single group; it belongs to a person's templates")]
    [InlineData("groups:\n  - per: class\n    name: \"{class.titel}\"", 3, 13, "groups[0].name", "unknown placeholder {class.titel} (did you mean {class.title}?)")]
    public void A_placeholder_the_field_does_not_have_is_placed_on_its_name(string yaml, int line, int column, string key, string message)
    {
        var problem = SingleProblem(yaml);

        Assert.Equal((line, column, key), (problem.Line, problem.Column, problem.Key));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("naming:\n  default:\n    username: all-students", 3, 15, "a username template needs a placeholder, or every person gets the same name")]
    [InlineData("naming:\n  default:\n    userPrincipalName: \"{username}\"", 3, 24, "an address needs '@' and a domain, as in {username}@district.org")]
    [InlineData("naming:\n  default:\n    email: \"{username}@\"", 3, 12, "an address needs a domain after '@'")]
    [InlineData("naming:\n  default:\n    displayName: |\n      {givenName}\n      {familyName}", 3, 18, "a template is one line")]
    [InlineData("groups:\n  - name: students\n    per: school", 2, 11, "the name of a group per school needs {school.identifier} (or another placeholder that differs between them), or every school gets the same group")]
    [InlineData("groups:\n  - name: \"{school.name} students\"\n    per: grade", 2, 11, "the name of a group per grade needs {grade}")]
    [InlineData("groups:\n  - name: \"{school.name} staff\"\n    per: role", 2, 11, "the name of a group per role needs {role}")]
    [InlineData("groups:\n  - name: \"{course.title}\"\n    per: class", 2, 11, "the name of a group per class needs {class.classCode}")]
    public void A_template_that_cannot_do_its_job_is_a_problem(string yaml, int line, int column, string message)
    {
        var problem = SingleProblem(yaml);

        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("naming:\n  default:\n    userPrincipalName: \"{sis.email}\"")]
    [InlineData("naming:\n  default:\n    email: ~")]
    [InlineData("groups:\n  - name: \"Class of {gradYear}\"\n    per: grade")]
    [InlineData("groups:\n  - name: \"{{literal}} {schoolYear}\"")]
    [InlineData("groups:\n  - name: \"{school.name} {role}s\"\n    per: role")]
    [InlineData("placement:\n  default: \"OU={school.name},DC=x\"")]
    public void Templates_that_do_their_job_load(string yaml) => PolicyLoader.Parse(yaml, "p.yaml");

    private static PolicyProblem SingleProblem(string yaml) =>
        Assert.Single(Assert.Throws<PolicyException>(() => PolicyLoader.Parse(yaml, "p.yaml")).Problems);
}
