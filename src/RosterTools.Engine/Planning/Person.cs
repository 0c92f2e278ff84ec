using System.Collections.Generic;
using RosterTools.OneRoster;
using RosterTools.Policy;

namespace RosterTools.Planning;

/// <summary>A SIS user as the planner sees them: anchor, role, schools, grade, and whether and why they are leaving.</summary>
internal sealed class Person
{
    public Person(User user, string anchor, string role, RoleAssignment? primaryRole, Org? school, IReadOnlyList<Org> schools, string? grade, int? gradYear)
    {
        User = user;
        Anchor = anchor;
        Role = role;
        PrimaryRole = primaryRole;
        School = school;
        Schools = schools;
        Grade = grade;
        GradYear = gradYear;
    }

    public User User { get; }

    /// <summary>The value that ties the person to an account.</summary>
    public string Anchor { get; }

    /// <summary>The OneRoster role name of the primary role (student, teacher...), the key of by-role policy sections.</summary>
    public string Role { get; }

    public RoleAssignment? PrimaryRole { get; }

    /// <summary>The school of the primary role (or the first school the person has a role in).</summary>
    public Org? School { get; }

    /// <summary>Every school the person has an active role in.</summary>
    public IReadOnlyList<Org> Schools { get; }

    public string? Grade { get; }

    public int? GradYear { get; }

    /// <summary>Why the person counts as leaving, when they do.</summary>
    public LeavingReason? Leaving { get; set; }

    /// <summary>The leaving reason in words.</summary>
    public string? LeavingText { get; set; }

    /// <summary>The school's label for summaries: its identifier, else its name.</summary>
    public string? SchoolLabel => School is null ? null : School.Identifier ?? School.Name ?? School.SourcedId;
}
