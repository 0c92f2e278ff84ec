using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RosterTools.Naming;
using RosterTools.OneRoster;
using RosterTools.Policy;

namespace RosterTools.Planning;

/// <summary>
/// Turns the roster's users into <see cref="Person"/>s: their anchor, primary role, schools and grade, whether the
/// policy's scope manages them, and whether (and why) they are leaving.
/// </summary>
internal sealed class PersonResolver
{
    private static readonly string[] DefaultRoles = { "student", "teacher" };
    private readonly Roster _roster;
    private readonly RosterPolicy _policy;
    private readonly DateTime _today;
    private readonly HashSet<string> _roles;
    private readonly GradeSet _grades;
    private readonly int _schoolYear;

    public PersonResolver(Roster roster, RosterPolicy policy, DateTime today)
    {
        _roster = roster;
        _policy = policy;
        _today = today.Date;
        _roles = new HashSet<string>(policy.Scope.Roles.Count == 0 ? DefaultRoles : policy.Scope.Roles, StringComparer.OrdinalIgnoreCase);
        _grades = new GradeSet(policy.Scope.Grades);
        _schoolYear = SchoolYearOf(roster, today);
    }

    /// <summary>The school year of the roster, as the year it ends (the latest schoolYear session, else today's).</summary>
    public int SchoolYear => _schoolYear;

    /// <summary>The person a user is, or null when the user has no anchor value.</summary>
    public Person? Resolve(User user)
    {
        var anchor = AnchorOf(user);
        if (string.IsNullOrEmpty(anchor))
        {
            return null;
        }

        // One pass over the roles (this runs for every user of the roster): the primary role (active and primary at
        // the user's primary org, else active and primary, else the first active, else the first) and the schools.
        var roles = _roster.RolesOf(user.SourcedId);
        RoleAssignment? primaryHere = null, primaryAnywhere = null, firstActive = null;
        var schools = new List<Org>(1);
        foreach (var role in roles)
        {
            if (!IsActive(role))
            {
                continue;
            }

            firstActive ??= role;
            if (role.IsPrimary)
            {
                primaryAnywhere ??= role;
                if (primaryHere is null && role.OrgSourcedId == user.PrimaryOrgSourcedId)
                {
                    primaryHere = role;
                }
            }

            if (_roster.Orgs.Find(role.OrgSourcedId) is { IsSchool: true } org && !schools.Contains(org))
            {
                schools.Add(org);
            }
        }

        var primary = primaryHere ?? primaryAnywhere ?? firstActive ?? (roles.Count > 0 ? roles[0] : null);
        var primaryOrg = _roster.Orgs.Find(primary?.OrgSourcedId ?? user.PrimaryOrgSourcedId);
        var school = primaryOrg is { IsSchool: true } ? primaryOrg : schools.FirstOrDefault() ?? primaryOrg;
        var grade = user.Grades.Count > 0 ? user.Grades[0] : null;
        var person = new Person(user, anchor!, primary?.Role.SpecText ?? string.Empty, primary, school, schools, grade, GraduationYear.For(grade, _schoolYear));
        (person.Leaving, person.LeavingText) = LeavingOf(user, roles);
        return person;
    }

    /// <summary>Whether the policy's scope (roles, schools, grades) takes in the person.</summary>
    public bool InScope(Person person) =>
        _roles.Contains(person.Role)
        && (_policy.Scope.Schools.Count == 0 || person.Schools.Concat(person.School is null ? Array.Empty<Org>() : new[] { person.School }).Any(school => Matches(_policy.Scope.Schools, school)))
        && (person.Grade is null || _grades.Contains(person.Grade));

    /// <summary>Whether an org is one of the schools a list names (by sourcedId, identifier or name, with wildcards).</summary>
    public static bool Matches(IEnumerable<string> selectors, Org school) =>
        selectors.Any(selector => Wildcard.IsMatch(selector, school.SourcedId) || Wildcard.IsMatch(selector, school.Identifier) || Wildcard.IsMatch(selector, school.Name));

    /// <summary>The anchor value of a user, as the identity policy says.</summary>
    public string? AnchorOf(User user) => _policy.Identity.Anchor switch
    {
        AnchorSource.SourcedId => user.SourcedId,
        AnchorSource.Identifier => user.Identifier,
        AnchorSource.UserMasterIdentifier => user.UserMasterIdentifier,
        AnchorSource.UserId => user.UserIds.FirstOrDefault(id => string.Equals(id.Type, _policy.Identity.UserIdType, StringComparison.OrdinalIgnoreCase))?.Identifier,
        _ => null,
    };

    private bool IsActive(RoleAssignment role) =>
        !role.IsToBeDeleted && (role.BeginDate is not DateTime begin || begin <= _today) && (role.EndDate is not DateTime end || end > _today);

    private (LeavingReason?, string?) LeavingOf(User user, IReadOnlyList<RoleAssignment> roles)
    {
        var when = _policy.Deprovision.LeavingWhen;
        if (when.Contains(LeavingReason.ToBeDeleted) && user.IsToBeDeleted)
        {
            return (LeavingReason.ToBeDeleted, "marked tobedeleted in the SIS" + On(user.DateLastModified));
        }

        if (when.Contains(LeavingReason.Disabled) && user.EnabledUser == false)
        {
            return (LeavingReason.Disabled, "enabledUser is false in the SIS");
        }

        if (when.Contains(LeavingReason.RolesEnded) && roles.Count > 0 && !roles.Any(IsActive))
        {
            var last = roles.Select(role => role.EndDate).Where(date => date is not null).DefaultIfEmpty().Max();
            return (LeavingReason.RolesEnded, "every role in the SIS has ended" + (last is DateTime end ? $" (the last on {end:yyyy-MM-dd})" : string.Empty));
        }

        return (null, null);
    }

    private static int SchoolYearOf(Roster roster, DateTime today)
    {
        var years = roster.AcademicSessions.Where(session => session.Type.Is(SessionType.SchoolYear) && session.SchoolYear is not null).Select(session => session.SchoolYear!.Value).ToList();
        return years.Count > 0 ? years.Max() : today.Month >= 7 ? today.Year + 1 : today.Year;
    }

    private static string On(DateTime? date) => date is DateTime day ? " on " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
}
