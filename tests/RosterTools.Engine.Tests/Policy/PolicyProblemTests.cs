using RosterTools.Policy;

namespace RosterTools.Tests.Policy;

/// <summary>Every kind of problem, with the line, column and key it is reported at.</summary>
public sealed class PolicyProblemTests
{
    [Theory]
    // Unknown keys, with a did-you-mean.
    [InlineData("nmae: x", 1, 1, "nmae", "unknown key 'nmae' (did you mean 'name'?); a policy has name, scope, identity, naming, placement, groups, passwords, licenses, deprovision, safety, protected")]
    [InlineData("licences:\n  student: [SKU]", 1, 1, "licences", "unknown key 'licences' (did you mean 'licenses'?)")]
    [InlineData("scope:\n  grade: [KG]", 2, 3, "scope.grade", "unknown key 'grade' (did you mean 'grades'?)")]
    [InlineData("naming:\n  default:\n    max_length: 20", 3, 5, "naming.default.max_length", "unknown key 'max_length' (did you mean 'maxLength'?)")]
    [InlineData("naming:\n  default:\n    collision: { kinds: digits }", 3, 18, "naming.default.collision.kinds", "unknown key 'kinds' (did you mean 'kind'?)")]
    [InlineData("groups:\n  - name: x\n    members: owned", 3, 5, "groups[0].members", "unknown key 'members' (did you mean 'membership'?)")]
    [InlineData("safety:\n  maxDisable: 3", 2, 3, "safety.maxDisable", "unknown key 'maxDisable' (did you mean 'maxDisableCount'?)")]
    [InlineData("deprovision:\n  graceDays: 30", 2, 3, "deprovision.graceDays", "unknown key 'graceDays'; deprovision has leavingWhen, disableAfterDays")]
    [InlineData("safety:\n  <<: {}", 2, 3, "safety.<<", "merge keys (<<) are not supported")]
    // Wrong types.
    [InlineData("name: [a, b]", 1, 7, "name", "expected text, found a list")]
    [InlineData("name: {a: b}", 1, 7, "name", "expected text, found a mapping")]
    [InlineData("scope: [a]", 1, 8, "scope", "expected scope (keys on the lines below, indented), found a list")]
    [InlineData("scope:\n  roles: student", 2, 10, "scope.roles", "expected a list (- item on each line, or [a, b]), found 'student'")]
    [InlineData("naming:\n  default:\n    maxLength: twenty", 3, 16, "naming.default.maxLength", "expected a whole number, found 'twenty'")]
    [InlineData("naming:\n  default:\n    maxLength: \"20\"", 3, 16, "naming.default.maxLength", "expected a whole number, found the text '20' (write it without quotes)")]
    [InlineData("naming:\n  default:\n    maxLength: 20.5", 3, 16, "naming.default.maxLength", "expected a whole number, found '20.5'")]
    [InlineData("naming:\n  default:\n    maxLength:", 3, 15, "naming.default.maxLength", "needs a value: a whole number")]
    [InlineData("naming:\n  default:\n    maxLength: [20]", 3, 16, "naming.default.maxLength", "expected a whole number, found a list")]
    [InlineData("safety:\n  maxDisablePercent: ten", 2, 22, "safety.maxDisablePercent", "expected a number, found 'ten'")]
    [InlineData("safety:\n  refuseOnSourceErrors: yes", 2, 25, "safety.refuseOnSourceErrors", "expected true or false, found 'yes'")]
    [InlineData("safety:\n  refuseOnSourceErrors: 'true'", 2, 25, "safety.refuseOnSourceErrors", "expected true or false, found the text 'true' (write it without quotes)")]
    [InlineData("licenses:\n  student: SKU", 2, 12, "licenses.student", "expected a list of licence SKUs")]
    [InlineData("groups:\n  name: x", 2, 3, "groups", "expected a list (- item on each line, or [a, b]), found a mapping")]
    [InlineData("groups:\n  - everyone", 2, 5, "groups[0]", "expected a group rule (name, per, when, membership), found 'everyone'")]
    [InlineData("protected:\n  accounts: [a, [b]]", 2, 17, "protected.accounts[1]", "expected text, found a list")]
    // Bad enum values.
    [InlineData("identity:\n  anchor: employeeId", 2, 11, "identity.anchor", "'employeeId' is not an anchor; use one of sourcedId, identifier, userMasterIdentifier, userId")]
    [InlineData("identity:\n  anchor: SourcedId", 2, 11, "identity.anchor", "'SourcedId' is not an anchor (did you mean 'sourcedId'?)")]
    [InlineData("identity:\n  match: [email, upn]", 2, 18, "identity.match[1]", "'upn' is not a match rule; use one of email, username, userPrincipalName")]
    [InlineData("naming:\n  default:\n    collision: { kind: suffix }", 3, 24, "naming.default.collision.kind", "'suffix' is not a collision kind; use one of counter, digits")]
    [InlineData("naming:\n  default:\n    rename: always", 3, 13, "naming.default.rename", "'always' is not a rename mode; use one of never, auto")]
    [InlineData("groups:\n  - name: x\n    membership: full", 3, 17, "groups[0].membership", "'full' is not a membership mode; use one of additive, owned")]
    [InlineData("groups:\n  - name: x\n    per: classes", 3, 10, "groups[0].per", "'classes' is not a group scope (did you mean 'class'?); use one of none, school, grade, role, class")]
    [InlineData("deprovision:\n  leavingWhen: [absent, tobedeleted]", 2, 25, "deprovision.leavingWhen[1]", "'tobedeleted' is not a leaving reason (did you mean 'toBeDeleted'?)")]
    [InlineData("passwords:\n  default: { kind: words }", 2, 20, "passwords.default.kind", "'words' is not a password kind; use one of random, passphrase")]
    [InlineData("passwords:\n  default: { classes: [upper, digits] }", 2, 31, "passwords.default.classes[1]", "'digits' is not a character class (did you mean 'digit'?)")]
    // Roles and grades.
    [InlineData("naming:\n  default: {}\n  students: {}", 3, 3, "naming.students", "'students' is not a OneRoster role (did you mean 'student'?); use one of default, administrator, aide,")]
    [InlineData("placement:\n  default: x\n  Teacher: x", 3, 3, "placement.Teacher", "'Teacher' is not a OneRoster role (did you mean 'teacher'?)")]
    [InlineData("scope:\n  roles: [student, staff]", 2, 20, "scope.roles[1]", "'staff' is not a OneRoster role; use one of administrator, aide,")]
    [InlineData("scope:\n  roles: [default]", 2, 11, "scope.roles[0]", "'default' is not a OneRoster role")]
    [InlineData("scope:\n  grades: [K]", 2, 12, "scope.grades[0]", "'K' is not a CEDS grade code (did you mean 'KG'?)")]
    [InlineData("scope:\n  grades: [3]", 2, 12, "scope.grades[0]", "'3' is not a CEDS grade code (did you mean '03'?)")]
    [InlineData("scope:\n  grades: [Grade 3]", 2, 12, "scope.grades[0]", "'Grade 3' is not a CEDS grade code; use IT, PR, PK, TK, KG, 01 ... 13, PS, UG or Other, or a range such as KG-02")]
    [InlineData("scope:\n  grades: [K-02]", 2, 12, "scope.grades[0]", "in the range 'K-02', 'K' is not a CEDS grade code (did you mean 'KG'?)")]
    [InlineData("scope:\n  grades: [05-KG]", 2, 12, "scope.grades[0]", "the range '05-KG' runs backwards; write the younger grade first: KG-05")]
    [InlineData("groups:\n  - name: x\n    when: { grades: [KG-UG] }", 3, 22, "groups[0].when.grades[0]", "in the range 'KG-UG', UG has no place in the order of grades")]
    // Numbers out of range.
    [InlineData("naming:\n  default:\n    maxLength: 0", 3, 16, "naming.default.maxLength", "must be from 1 to 256, found 0")]
    [InlineData("naming:\n  default:\n    collision: { digits: 12 }", 3, 26, "naming.default.collision.digits", "must be from 1 to 9, found 12")]
    [InlineData("naming:\n  default:\n    collision: { start: -1 }", 3, 25, "naming.default.collision.start", "must be from 0 to 1000000, found -1")]
    [InlineData("naming:\n  default:\n    collision: { kind: digits, digits: 2, start: 100 }", 3, 50, "naming.default.collision", "start 100 does not fit in 2 digits")]
    [InlineData("deprovision:\n  disableAfterDays: -5", 2, 21, "deprovision.disableAfterDays", "must be from 0 to 3650, found -5")]
    [InlineData("deprovision:\n  deleteAfterDays: -30", 2, 20, "deprovision.deleteAfterDays", "must be from 0 to 3650, found -30")]
    [InlineData("safety:\n  maxDisableCount: -1", 2, 20, "safety.maxDisableCount", "must be 0 or more, found -1")]
    [InlineData("safety:\n  minSourceUsers: -10", 2, 19, "safety.minSourceUsers", "must be 0 or more, found -10")]
    [InlineData("safety:\n  maxDisablePercent: 150", 2, 22, "safety.maxDisablePercent", "must be from 0 to 100, found 150")]
    [InlineData("safety:\n  maxDeletePercent: -0.5", 2, 21, "safety.maxDeletePercent", "must be from 0 to 100, found -0.5")]
    [InlineData("passwords:\n  default: { length: 6 }", 2, 22, "passwords.default.length", "must be from 8 to 256, found 6")]
    [InlineData("passwords:\n  default: { kind: passphrase, words: 1 }", 2, 39, "passwords.default.words", "must be from 2 to 20, found 1")]
    // Rules across keys.
    [InlineData("identity:\n  anchor: userId", 2, 3, "identity", "anchor: userId needs userIdType")]
    [InlineData("identity:\n  userIdType: LDAP", 2, 3, "identity", "userIdType is read only with anchor: userId")]
    [InlineData("passwords:\n  default: { classes: [] }", 2, 23, "passwords.default", "a random password needs at least one character class")]
    [InlineData("groups:\n  - per: school", 2, 5, "groups[0]", "a group rule needs a name (a template, such as \"{school.identifier}-students\")")]
    [InlineData("groups:\n  - name: a\n  - name: A", 3, 11, "groups[1].name", "groups[0] has the same name; two rules would manage one group")]
    [InlineData("naming:\n  student: {}", 1, 1, "naming", "no naming rule for teacher: add naming.teacher or naming.default")]
    [InlineData("scope:\n  roles: [aide]\nnaming:\n  student: {}", 3, 1, "naming", "no naming rule for aide")]
    [InlineData("placement:\n  student: x", 1, 1, "placement", "no placement for teacher: add placement.teacher or placement.default")]
    [InlineData("scope:\n  roles: [teacher]\nplacement:\n  student: x", 3, 1, "placement", "no placement for teacher")]
    [InlineData("naming:\n  default:\n    username: []", 3, 15, "naming.default.username", "needs at least one username template")]
    [InlineData("name: ''", 1, 7, "name", "needs a value")]
    // The file as a whole.
    [InlineData("", 1, 1, "", "the policy file is empty")]
    [InlineData("# nothing but a comment\n", 1, 1, "", "the policy file is empty")]
    [InlineData("---\n", 1, 1, "", "the policy file is empty")]
    [InlineData("- name: x", 1, 1, "", "a policy is a mapping of sections (name, scope, identity, naming, placement, groups...), found a list")]
    [InlineData("just text", 1, 1, "", "a policy is a mapping of sections (name, scope, identity, naming, placement, groups...), found 'just text'")]
    [InlineData("name: a\nname: b", 2, 1, "", "'name' is given twice in this mapping (first on line 1); only the first is read")]
    [InlineData("identity: *missing", 1, 11, "", "the alias *missing names no anchor (&missing) above it")]
    [InlineData("name: a\n---\nname: b", 3, 1, "", "a policy file holds one YAML document; this second one (after ---) is not read")]
    [InlineData("name: a\n  scope: b", 2, 8, "", "the YAML is not well formed: ")]
    [InlineData("name: 'a", 1, 7, "", "the YAML is not well formed: While scanning a quoted scalar, found unexpected end of stream")]
    [InlineData("scope:\n\troles: []", 1, 1, "", "the YAML is not well formed: ")]
    [InlineData("scope: { roles: [student }", 1, 26, "", "the YAML is not well formed: ")]
    [InlineData("a: [b\nc: d", 1, 4, "", "the YAML is not well formed here (an unclosed [ or {?)")]
    public void A_problem_names_its_line_column_and_key(string yaml, int line, int column, string key, string message)
    {
        var exception = Assert.Throws<PolicyException>(() => PolicyLoader.Parse(yaml, "district.yaml"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("district.yaml", problem.File);
        Assert.Equal((line, column, key), (problem.Line, problem.Column, problem.Key));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unquoted_template_gets_a_hint_to_quote_it()
    {
        var single = Assert.Throws<PolicyException>(() => PolicyLoader.Parse("naming:\n  default:\n    username: {givenName}\n", "p.yaml")).Problems.Single();
        var joined = Assert.Throws<PolicyException>(() => PolicyLoader.Parse("naming:\n  default:\n    username: {givenName}.{familyName}\n", "p.yaml")).Problems.Single();

        Assert.Equal((3, 15), (single.Line, single.Column));
        Assert.Equal("expected a template, found a mapping (a template that starts with '{' must be quoted: \"{givenName}.{familyName}\")", single.Message);
        Assert.Equal(3, joined.Line);
        Assert.EndsWith("(a value that starts with '{', such as a template, must be quoted: \"{givenName}.{familyName}\")", joined.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_problems_are_collected_in_file_order_and_listed_in_the_message()
    {
        const string yaml = """
            name: Broken
            safety:
              maxDisableCount: -1
            naming:
              default:
                usernme: "{givenName}"
                maxLength: 300
            scope:
              roles: [students]
            """;

        var exception = Assert.Throws<PolicyException>(() => PolicyLoader.Parse(yaml, "broken.yaml"));

        Assert.Equal(new[] { (3, 20), (6, 5), (7, 16), (9, 11) }, exception.Problems.Select(problem => (problem.Line, problem.Column)));
        Assert.Equal("broken.yaml", exception.File);
        Assert.StartsWith("The policy broken.yaml has 4 problems:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("  broken.yaml:3:20: safety.maxDisableCount: must be 0 or more, found -1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("  broken.yaml:9:11: scope.roles[0]: 'students' is not a OneRoster role (did you mean 'student'?)", exception.Message, StringComparison.Ordinal);
        Assert.Equal("broken.yaml:6:5: naming.default.usernme: unknown key 'usernme' (did you mean 'username'?); a naming rule has username, userPrincipalName, email, displayName, maxLength, collision, rename", exception.Problems[1].ToString());
    }

    [Fact]
    public void Problems_in_the_default_entry_are_reported_once()
    {
        const string yaml = """
            naming:
              default:
                maxLength: -1
              student: {}
              teacher: {}
            """;

        var exception = Assert.Throws<PolicyException>(() => PolicyLoader.Parse(yaml, "p.yaml"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("naming.default.maxLength", problem.Key);
    }
}
