using RosterTools.Policy;

namespace RosterTools.Tests.Planning;

/// <summary>The policy the planning scenarios run under, built in code (the YAML loader has its own tests).</summary>
internal static class TestPolicies
{
    public static RosterPolicy District() => new()
    {
        Name = "scenario",
        Hash = "test",
        Scope = new ScopePolicy { Roles = { "student", "teacher" } },
        Identity = new IdentityPolicy { Match = { MatchRule.Email } },
        Naming =
        {
            ["student"] = new NamingRule { Username = new List<string> { "{givenName|first:1}{familyName}" }, UserPrincipalName = "{username}@students.example.org", Email = "{username}@students.example.org", DisplayName = "{preferredGivenName,givenName} {familyName}", MaxLength = 20 },
            ["teacher"] = new NamingRule { Username = new List<string> { "{givenName}.{familyName}" }, UserPrincipalName = "{username}@example.org", DisplayName = "{givenName} {familyName}", MaxLength = 20 },
        },
        Placement =
        {
            ["student"] = "OU=Grade {grade},OU={school.identifier},OU=Students,DC=example,DC=org",
            ["teacher"] = "OU={school.identifier},OU=Staff,DC=example,DC=org",
        },
        Groups =
        {
            new GroupRule { Name = "{school.identifier}-students", Per = GroupScope.School, When = new GroupCondition { Roles = { "student" } }, Membership = MembershipMode.Owned },
            new GroupRule { Name = "{school.identifier}-staff", Per = GroupScope.School, When = new GroupCondition { Roles = { "teacher" } }, Membership = MembershipMode.Owned },
            new GroupRule { Name = "class-{class.classCode}", Per = GroupScope.Class, Membership = MembershipMode.Owned },
            new GroupRule { Name = "early-learning", Per = GroupScope.None, When = new GroupCondition { Grades = { "KG-02" } }, Membership = MembershipMode.Additive },
        },
        Licenses = { ["student"] = new List<string> { "STUDENT_A1" }, ["teacher"] = new List<string> { "FACULTY_A1" } },
        Deprovision = new DeprovisionPolicy { DisableAfterDays = 0, DeleteAfterDays = 30, HoldingContainer = "OU=Disabled,DC=example,DC=org" },
        Safety = new SafetyPolicy { MaxDisableCount = 5, MaxDisablePercent = 30, MaxDeleteCount = 5, MaxDeletePercent = 30, MinSourceUsers = 1 },
        Protected = new ProtectedPolicy { Accounts = { "admin*" }, Containers = { "OU=Admins,DC=example,DC=org" }, Groups = { "Domain Admins" } },
    };
}
