using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RosterTools.OneRoster;

namespace RosterTools.Profiles;

/// <summary>
/// Which schools, roles and grades a profile keeps. Schools are matched by sourcedId, name or identifier (wildcards,
/// any case); roles by their spec names (student, teacher...); grades by code (KG, 01...). Applied to a roster it
/// gives a view of the records in scope (the records are shared, not copied):
/// the schools in scope and the orgs above them; the roles held in those schools in the roles in scope; the users
/// with such a role (when grades are given: students only in those grades, staff only when they teach a class in
/// scope or teach no class at all, parents, guardians and relatives only of students in scope); the classes of
/// those schools in the grades in scope (a class without grades when a student in scope is in it); their courses;
/// every academic session; and the enrollments, demographics and user profiles of users in scope.
/// </summary>
public sealed class ProfileScope
{
    private static readonly string[] FamilyRoles = { "parent", "guardian", "relative" };
    private readonly Regex[] _schools;

    internal ProfileScope(IEnumerable<string> schools, IEnumerable<string> roles, IEnumerable<string> grades)
    {
        Schools = schools.ToArray();
        Roles = roles.ToArray();
        Grades = grades.ToArray();
        _schools = Schools.Select(pattern => new Regex("^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToArray();
    }

    /// <summary>The school patterns; empty for every school.</summary>
    public IReadOnlyList<string> Schools { get; }

    /// <summary>The roles; empty for every role.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The grades; empty for every grade.</summary>
    public IReadOnlyList<string> Grades { get; }

    /// <summary>Whether the scope keeps everything.</summary>
    public bool IsEverything => Schools.Count == 0 && Roles.Count == 0 && Grades.Count == 0;

    /// <summary>The records of <paramref name="roster"/> in scope, as a roster of its own (the same version and manifest; no findings).</summary>
    public Roster Apply(Roster roster)
    {
        if (IsEverything)
        {
            return roster;
        }

        var view = new Roster(roster.Version, roster.Manifest, roster.Source);
        var schools = new HashSet<string>(StringComparer.Ordinal);
        foreach (var org in roster.Orgs)
        {
            if (Schools.Count == 0 || (org.IsSchool && MatchesSchool(org)))
            {
                schools.Add(org.SourcedId);
            }
        }

        var orgs = new HashSet<string>(schools, StringComparer.Ordinal);
        if (Schools.Count > 0)
        {
            foreach (var school in schools)
            {
                for (var parent = roster.Orgs.Find(school)?.ParentSourcedId; parent is { Length: > 0 } && orgs.Add(parent); parent = roster.Orgs.Find(parent)?.ParentSourcedId)
                {
                }
            }
        }

        var roleNames = new HashSet<string>(Roles, StringComparer.Ordinal);
        var grades = new HashSet<string>(Grades, StringComparer.Ordinal);

        // Roles in scope, by user.
        var rolesByUser = new Dictionary<string, List<RoleAssignment>>(StringComparer.Ordinal);
        foreach (var role in roster.Roles)
        {
            if (role.UserSourcedId is not { Length: > 0 } user || (Schools.Count > 0 && !schools.Contains(role.OrgSourcedId ?? string.Empty))
                || (roleNames.Count > 0 && !roleNames.Contains(role.Role.SpecText ?? string.Empty)))
            {
                continue;
            }

            if (!rolesByUser.TryGetValue(user, out var list))
            {
                rolesByUser[user] = list = new List<RoleAssignment>();
            }

            list.Add(role);
        }

        // Students (in the grades in scope), then the classes, then staff (those who teach a class in scope, or
        // teach none), then family members (of students in scope).
        var users = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in roster.Users)
        {
            if (rolesByUser.TryGetValue(user.SourcedId, out var roles) && roles.Any(r => r.Role.Is(UserRole.Student))
                && (grades.Count == 0 || user.Grades.Any(grades.Contains)))
            {
                users.Add(user.SourcedId);
            }
        }

        var enrolled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var enrollment in roster.Enrollments)
        {
            if (enrollment.UserSourcedId is { } user && users.Contains(user) && enrollment.ClassSourcedId is { } @class)
            {
                enrolled.Add(@class);
            }
        }

        var classes = new HashSet<string>(StringComparer.Ordinal);
        var courses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @class in roster.Classes)
        {
            var inSchool = Schools.Count == 0 || schools.Contains(@class.SchoolSourcedId ?? string.Empty);
            var inGrades = grades.Count == 0 || (@class.Grades.Count > 0 ? @class.Grades.Any(grades.Contains) : enrolled.Contains(@class.SourcedId));
            if (inSchool && inGrades)
            {
                classes.Add(@class.SourcedId);
                if (@class.CourseSourcedId is { Length: > 0 } course)
                {
                    courses.Add(course);
                }
            }
        }

        var teaching = new HashSet<string>(StringComparer.Ordinal);
        var teachingInScope = new HashSet<string>(StringComparer.Ordinal);
        if (grades.Count > 0)
        {
            foreach (var enrollment in roster.Enrollments)
            {
                if (enrollment.UserSourcedId is { } user && !users.Contains(user))
                {
                    teaching.Add(user);
                    if (classes.Contains(enrollment.ClassSourcedId ?? string.Empty))
                    {
                        teachingInScope.Add(user);
                    }
                }
            }
        }

        var family = new List<User>();
        foreach (var user in roster.Users)
        {
            if (users.Contains(user.SourcedId) || !rolesByUser.TryGetValue(user.SourcedId, out var roles) || roles.All(r => r.Role.Is(UserRole.Student)))
            {
                continue; // out of scope, or a student outside the grades in scope
            }

            if (roles.All(r => FamilyRoles.Contains(r.Role.SpecText)))
            {
                family.Add(user);
            }
            else if (grades.Count == 0 || teachingInScope.Contains(user.SourcedId) || !teaching.Contains(user.SourcedId))
            {
                users.Add(user.SourcedId);
            }
        }

        foreach (var user in family)
        {
            if (grades.Count == 0 || user.AgentSourcedIds.Any(users.Contains))
            {
                users.Add(user.SourcedId);
            }
        }

        Copy(roster.Orgs, view.Orgs, org => orgs.Contains(org.SourcedId));
        Copy(roster.AcademicSessions, view.AcademicSessions, _ => true);
        Copy(roster.Courses, view.Courses, course => courses.Contains(course.SourcedId) || (Schools.Count == 0 && grades.Count == 0));
        Copy(roster.Classes, view.Classes, @class => classes.Contains(@class.SourcedId));
        Copy(roster.Users, view.Users, user => users.Contains(user.SourcedId));
        Copy(roster.UserProfiles, view.UserProfiles, profile => users.Contains(profile.UserSourcedId ?? string.Empty));
        Copy(roster.Roles, view.Roles, role => users.Contains(role.UserSourcedId ?? string.Empty) && rolesByUser[role.UserSourcedId!].Contains(role));
        Copy(roster.Enrollments, view.Enrollments, e => users.Contains(e.UserSourcedId ?? string.Empty) && classes.Contains(e.ClassSourcedId ?? string.Empty));
        Copy(roster.Demographics, view.Demographics, d => users.Contains(d.SourcedId));
        return view;
    }

    private bool MatchesSchool(Org org) =>
        _schools.Any(pattern => pattern.IsMatch(org.SourcedId) || (org.Name is { } name && pattern.IsMatch(name)) || (org.Identifier is { } id && pattern.IsMatch(id)));

    private static void Copy<T>(EntityTable<T> from, EntityTable<T> to, Func<T, bool> keep)
        where T : OneRosterRecord
    {
        foreach (var record in from)
        {
            if (keep(record))
            {
                to.TryAdd(record, out _);
            }
        }
    }
}
