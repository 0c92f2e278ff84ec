using System.IO;
using System.Security.Cryptography;
using System.Text;
using RosterTools.Policy;

namespace RosterTools.Tests.Policy;

/// <summary>What a policy file becomes: every key read into the model, defaults where keys are left out, role entries that inherit.</summary>
public sealed class PolicyLoaderTests
{
    [Fact]
    public void A_policy_may_leave_every_section_out()
    {
        var policy = PolicyLoader.Parse("name: Minimal\n", "minimal.yaml");

        Assert.Equal("Minimal", policy.Name);
        Assert.Empty(policy.Scope.Schools);
        Assert.Equal(AnchorSource.SourcedId, policy.Identity.Anchor);
        Assert.Equal("employeeId", policy.Identity.Attribute);
        Assert.Equal(new[] { "{givenName|first:1}{familyName}" }, policy.Naming["default"].Username);
        Assert.Equal(PasswordKind.Random, policy.Passwords["default"].Kind);
        Assert.Empty(policy.Placement);
        Assert.Empty(policy.Groups);
        Assert.Equal(4, policy.Deprovision.LeavingWhen.Count);
        Assert.Null(policy.Deprovision.DeleteAfterDays);
        Assert.Equal(50, policy.Safety.MaxDisableCount);
        Assert.Empty(policy.Protected.Accounts);
    }

    [Fact]
    public void Empty_sections_keep_their_defaults()
    {
        var policy = PolicyLoader.Parse("scope:\nprotected:\nsafety: ~\ngroups:\n", "empty-sections.yaml");

        Assert.Equal("policy", policy.Name);
        Assert.Empty(policy.Scope.Roles);
        Assert.Empty(policy.Groups);
        Assert.True(policy.Safety.RefuseOnPartialSource);
    }

    [Fact]
    public void Every_key_is_read_into_the_model()
    {
        const string yaml = """
            name: Every key
            scope:
              schools: ["351201500100", 351201500103, "Lincoln*"]
              roles: [student, teacher, aide]
              grades: [KG-05, "06", 12]
            identity:
              anchor: userId
              userIdType: LDAP
              attribute: extensionAttribute1
              match: [userPrincipalName, email, username]
            naming:
              default:
                username: ["{givenName}.{familyName}", "{givenName}.{middleName|first:1}.{familyName}"]
                userPrincipalName: "{username}@district.org"
                email: "{username}@mail.district.org"
                displayName: "{familyName}, {givenName}"
                maxLength: 64
                collision: { kind: digits, start: 5, digits: 4 }
                rename: auto
            placement:
              student: "OU={grade},OU=Students,DC=district,DC=org"
              default: "OU=Staff,DC=district,DC=org"
            groups:
              - name: "{school.identifier}-{class.classCode}"
                per: class
                when: { roles: [student, teacher], grades: [KG-02], schools: [Brookside*] }
                membership: owned
                teachersAsOwners: false
            passwords:
              default: { kind: random, length: 20, classes: [upper, digit] }
              student: { kind: passphrase, words: 5, separator: "" }
            licenses:
              student: [STANDARDWOFFPACK_STUDENT]
              default: [STANDARDWOFFPACK_FACULTY, POWER_BI_STANDARD]
            deprovision:
              leavingWhen: [absent, toBeDeleted]
              disableAfterDays: 7
              revokeSessions: false
              removeGroups: false
              removeLicenses: false
              holdingContainer: "OU=Disabled {role},DC=district,DC=org"
              deleteAfterDays: 30
              reactivate: false
            safety:
              maxDisableCount: 10
              maxDisablePercent: 2.5
              maxDeleteCount: 0
              maxDeletePercent: 0
              minSourceUsers: 1000
              refuseOnSourceErrors: false
              refuseOnPartialSource: false
            protected:
              accounts: [administrator, "svc-*"]
              containers: ["OU=Admins,DC=district,DC=org"]
              groups: ["Domain Admins"]
            """;

        var policy = PolicyLoader.Parse(yaml, "every-key.yaml");

        Assert.Equal("Every key", policy.Name);
        Assert.Equal(new[] { "351201500100", "351201500103", "Lincoln*" }, policy.Scope.Schools);
        Assert.Equal(new[] { "student", "teacher", "aide" }, policy.Scope.Roles);
        Assert.Equal(new[] { "KG-05", "06", "12" }, policy.Scope.Grades);
        Assert.Equal(AnchorSource.UserId, policy.Identity.Anchor);
        Assert.Equal("LDAP", policy.Identity.UserIdType);
        Assert.Equal("extensionAttribute1", policy.Identity.Attribute);
        Assert.Equal(new[] { MatchRule.UserPrincipalName, MatchRule.Email, MatchRule.Username }, policy.Identity.Match);

        var naming = policy.Naming["default"];
        Assert.Equal(new[] { "{givenName}.{familyName}", "{givenName}.{middleName|first:1}.{familyName}" }, naming.Username);
        Assert.Equal("{username}@district.org", naming.UserPrincipalName);
        Assert.Equal("{username}@mail.district.org", naming.Email);
        Assert.Equal("{familyName}, {givenName}", naming.DisplayName);
        Assert.Equal(64, naming.MaxLength);
        Assert.Equal(CollisionKind.Digits, naming.Collision.Kind);
        Assert.Equal(5, naming.Collision.Start);
        Assert.Equal(4, naming.Collision.Digits);
        Assert.Equal(RenameMode.Auto, naming.Rename);

        Assert.Equal("OU={grade},OU=Students,DC=district,DC=org", policy.Placement["student"]);
        Assert.Equal("OU=Staff,DC=district,DC=org", policy.Placement["default"]);

        var group = Assert.Single(policy.Groups);
        Assert.Equal("{school.identifier}-{class.classCode}", group.Name);
        Assert.Equal(GroupScope.Class, group.Per);
        Assert.Equal(new[] { "student", "teacher" }, group.When.Roles);
        Assert.Equal(new[] { "KG-02" }, group.When.Grades);
        Assert.Equal(new[] { "Brookside*" }, group.When.Schools);
        Assert.Equal(MembershipMode.Owned, group.Membership);
        Assert.False(group.TeachersAsOwners);

        Assert.Equal(20, policy.Passwords["default"].Length);
        Assert.Equal(new[] { "upper", "digit" }, policy.Passwords["default"].Classes);
        Assert.Equal(PasswordKind.Passphrase, policy.Passwords["student"].Kind);
        Assert.Equal(5, policy.Passwords["student"].Words);
        Assert.Equal(string.Empty, policy.Passwords["student"].Separator);

        Assert.Equal(new[] { "STANDARDWOFFPACK_STUDENT" }, policy.Licenses["student"]);
        Assert.Equal(new[] { "STANDARDWOFFPACK_FACULTY", "POWER_BI_STANDARD" }, policy.Licenses["default"]);

        var deprovision = policy.Deprovision;
        Assert.Equal(new[] { LeavingReason.Absent, LeavingReason.ToBeDeleted }, deprovision.LeavingWhen);
        Assert.Equal(7, deprovision.DisableAfterDays);
        Assert.False(deprovision.RevokeSessions);
        Assert.False(deprovision.RemoveGroups);
        Assert.False(deprovision.RemoveLicenses);
        Assert.Equal("OU=Disabled {role},DC=district,DC=org", deprovision.HoldingContainer);
        Assert.Equal(30, deprovision.DeleteAfterDays);
        Assert.False(deprovision.Reactivate);

        Assert.Equal(10, policy.Safety.MaxDisableCount);
        Assert.Equal(2.5, policy.Safety.MaxDisablePercent);
        Assert.Equal(0, policy.Safety.MaxDeleteCount);
        Assert.Equal(0, policy.Safety.MaxDeletePercent);
        Assert.Equal(1000, policy.Safety.MinSourceUsers);
        Assert.False(policy.Safety.RefuseOnSourceErrors);
        Assert.False(policy.Safety.RefuseOnPartialSource);

        Assert.Equal(new[] { "administrator", "svc-*" }, policy.Protected.Accounts);
        Assert.Equal(new[] { "OU=Admins,DC=district,DC=org" }, policy.Protected.Containers);
        Assert.Equal(new[] { "Domain Admins" }, policy.Protected.Groups);
    }

    [Fact]
    public void A_role_entry_takes_what_it_leaves_out_from_default()
    {
        const string yaml = """
            naming:
              student:
                username: "{givenName|first:1}{familyName}{gradYear}"
                collision: { digits: 4 }
                email: ~
              default:
                username: "{givenName}.{familyName}"
                userPrincipalName: "{username}@district.org"
                email: "{username}@district.org"
                maxLength: 18
                collision: { kind: digits }
              teacher:
            passwords:
              default: { length: 24 }
              student: { kind: passphrase }
            """;

        var policy = PolicyLoader.Parse(yaml, "inherit.yaml");

        var student = policy.Naming["student"];
        Assert.Equal(new[] { "{givenName|first:1}{familyName}{gradYear}" }, student.Username);
        Assert.Equal("{username}@district.org", student.UserPrincipalName);
        Assert.Null(student.Email);
        Assert.Equal(18, student.MaxLength);
        Assert.Equal(CollisionKind.Digits, student.Collision.Kind);
        Assert.Equal(1, student.Collision.Start);
        Assert.Equal(4, student.Collision.Digits);

        var teacher = policy.Naming["teacher"];
        Assert.Equal(new[] { "{givenName}.{familyName}" }, teacher.Username);
        Assert.Equal("{username}@district.org", teacher.Email);
        Assert.Equal(3, teacher.Collision.Digits);
        Assert.NotSame(policy.Naming["default"].Collision, teacher.Collision);

        Assert.Equal(24, policy.Passwords["student"].Length);
        Assert.Equal(PasswordKind.Passphrase, policy.Passwords["student"].Kind);
        Assert.Equal(PasswordKind.Random, policy.Passwords["default"].Kind);
    }

    [Theory]
    [InlineData("{ kind: digits }", CollisionKind.Digits, 1)]
    [InlineData("{ kind: counter }", CollisionKind.Counter, 2)]
    [InlineData("{ kind: digits, start: 0 }", CollisionKind.Digits, 0)]
    [InlineData("{ start: 7 }", CollisionKind.Counter, 7)]
    [InlineData("{ digits: 2 }", CollisionKind.Counter, 2)]
    public void The_first_collision_number_follows_the_kind_unless_given(string collision, CollisionKind kind, int start)
    {
        var policy = PolicyLoader.Parse("naming:\n  default:\n    collision: " + collision + "\n", "collision.yaml");

        Assert.Equal(kind, policy.Naming["default"].Collision.Kind);
        Assert.Equal(start, policy.Naming["default"].Collision.Start);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\" \"", " ")]
    [InlineData("'.'", ".")]
    [InlineData("_", "_")]
    public void A_passphrase_separator_may_be_empty_or_a_space_when_quoted(string yaml, string separator) =>
        Assert.Equal(separator, PolicyLoader.Parse("passwords:\n  default:\n    kind: passphrase\n    separator: " + yaml + "\n", "s.yaml").Passwords["default"].Separator);

    [Fact]
    public void A_single_username_template_is_a_list_of_one()
    {
        var policy = PolicyLoader.Parse("naming:\n  default:\n    username: \"{givenName}.{familyName}\"\n", "one.yaml");

        Assert.Equal(new[] { "{givenName}.{familyName}" }, policy.Naming["default"].Username);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    public void Booleans_are_true_or_false_in_three_spellings(string text, bool value) =>
        Assert.Equal(value, PolicyLoader.Parse("safety:\n  refuseOnSourceErrors: " + text + "\n", "b.yaml").Safety.RefuseOnSourceErrors);

    [Fact]
    public void Anchors_and_aliases_are_followed()
    {
        const string yaml = """
            scope:
              grades: &elementary [KG-05]
            groups:
              - name: elementary
                when: { grades: *elementary }
            """;

        var policy = PolicyLoader.Parse(yaml, "alias.yaml");

        Assert.Equal(new[] { "KG-05" }, policy.Groups[0].When.Grades);
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_text()
    {
        const string yaml = "name: Hashed\n";
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(yaml))).ToLowerInvariant();

        Assert.Equal(expected, PolicyLoader.Parse(yaml, "a.yaml").Hash);
        Assert.Equal(expected, PolicyLoader.Parse("\uFEFF" + yaml, "b.yaml").Hash);
        Assert.NotEqual(expected, PolicyLoader.Parse("name: Hashed  \n", "c.yaml").Hash);
    }

    [Fact]
    public void Load_reads_a_file_and_names_it_in_problems()
    {
        var path = Path.Combine(Path.GetTempPath(), "rostertools-policy-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, "\uFEFFname: From a file\r\nsafety:\r\n  maxDisableCount: -1\r\n", new UTF8Encoding(false));
        try
        {
            var exception = Assert.Throws<PolicyException>(() => PolicyLoader.Load(path));

            var problem = Assert.Single(exception.Problems);
            Assert.Equal(path, problem.File);
            Assert.Equal((3, 20), (problem.Line, problem.Column));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_an_io_error()
    {
        Assert.Throws<FileNotFoundException>(() => PolicyLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-policy-" + Guid.NewGuid().ToString("N") + ".yaml")));
    }
}
