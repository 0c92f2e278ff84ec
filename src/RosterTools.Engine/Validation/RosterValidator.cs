using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;

namespace RosterTools.Validation;

/// <summary>
/// The checks that look across records and files: every reference resolves (in bulk files), references point at
/// the right kind of record, each user has at most one primary role per org, dates are in order, parents do not
/// loop, and no person seems to be in the roster twice. Checks of single fields happen as files are read.
/// </summary>
public static class RosterValidator
{
    /// <summary>Validates a roster, adding what is found to <paramref name="findings"/>.</summary>
    public static void Validate(Roster roster, FindingCollection findings, CancellationToken cancellationToken = default)
    {
        var context = new Context(roster, findings);
        CheckReferences(context, roster.Orgs, Schemas.Orgs);
        CheckReferences(context, roster.AcademicSessions, Schemas.AcademicSessions);
        CheckReferences(context, roster.Courses, Schemas.Courses);
        CheckReferences(context, roster.Classes, Schemas.Classes);
        CheckReferences(context, roster.Users, Schemas.Users);
        CheckReferences(context, roster.UserProfiles, Schemas.UserProfiles);
        CheckReferences(context, roster.Roles, Schemas.Roles);
        cancellationToken.ThrowIfCancellationRequested();
        CheckReferences(context, roster.Enrollments, Schemas.Enrollments);
        CheckReferences(context, roster.Demographics, Schemas.Demographics);
        CheckLoggedMisses(context);
        context.ReportUncheckable();
        cancellationToken.ThrowIfCancellationRequested();

        CheckKinds(context);
        CheckRoles(context);
        cancellationToken.ThrowIfCancellationRequested();
        CheckPossibleDuplicates(context);
        CheckDates(context);
        CheckParentCycles(context, roster.Orgs, org => org.ParentSourcedId);
        CheckParentCycles(context, roster.AcademicSessions, session => session.ParentSourcedId);
    }

    private static void CheckReferences<T>(Context context, EntityTable<T> table, EntitySchema<T> schema)
        where T : OneRosterRecord
    {
        if (table.Count == 0 || context.Roster.ModeOf(schema.Entity) == ProcessingMode.Delta)
        {
            return; // A delta refers to records of the roster it will be applied to.
        }

        foreach (var field in schema.Fields)
        {
            if (field.Target is not OneRosterEntity target)
            {
                continue;
            }

            if (context.Roster.ModeOf(target) == ProcessingMode.Delta || context.Roster.ReferenceLog?.IsChecked(field) == true)
            {
                continue; // Checked as the file was read: only its misses are reported (CheckLoggedMisses).
            }

            foreach (var record in table)
            {
                switch (field.GetValue(record))
                {
                    case string reference:
                        context.CheckReference(record, field, target, reference);
                        break;
                    case IReadOnlyList<string> references:
                        foreach (var reference in references)
                        {
                            context.CheckReference(record, field, target, reference);
                        }

                        break;
                }
            }
        }
    }

    /// <summary>The references the CSV reader could not resolve, in the columns it checked as it read them.</summary>
    private static void CheckLoggedMisses(Context context)
    {
        if (context.Roster.ReferenceLog is not { } log)
        {
            return;
        }

        foreach (var miss in log.Misses)
        {
            // A row that was not imported (a duplicate sourcedId) is reported as that, not for its references.
            var imported = miss.Record.SourcedId.Length == 0 || ReferenceEquals(context.Roster.Table(miss.Record.Entity).FindRecord(miss.Record.SourcedId), miss.Record);
            if (imported && log.IsChecked(miss.Field))
            {
                context.CheckReference(miss.Record, miss.Field, miss.Target, miss.Value);
            }
        }
    }

    /// <summary>Schools are orgs of type school; a course's school year is a session of type schoolYear; an enrollment is in its class's school.</summary>
    private static void CheckKinds(Context context)
    {
        var roster = context.Roster;
        foreach (var @class in roster.Classes)
        {
            var school = roster.Orgs.Find(@class.SchoolSourcedId);
            if (school is { IsSchool: false, Type.IsKnown: true })
            {
                context.Report(Severity.Warning, FindingCodes.ReferenceWrongType, @class, "schoolSourcedId", $"The class's school '{school.SourcedId}' is an org of type '{school.Type}', not 'school'.");
            }
        }

        foreach (var course in roster.Courses)
        {
            var year = roster.AcademicSessions.Find(course.SchoolYearSourcedId);
            if (year is not null && year.Type.IsKnown && !year.Type.Is(SessionType.SchoolYear))
            {
                context.Report(Severity.Warning, FindingCodes.ReferenceWrongType, course, "schoolYearSourcedId", $"The course's school year '{year.SourcedId}' is an academic session of type '{year.Type}', not 'schoolYear'.");
            }
        }

        foreach (var enrollment in roster.Enrollments)
        {
            var @class = roster.Classes.Find(enrollment.ClassSourcedId);
            if (@class?.SchoolSourcedId is { Length: > 0 } classSchool && enrollment.SchoolSourcedId is { Length: > 0 } school && !string.Equals(classSchool, school, StringComparison.Ordinal))
            {
                context.Report(Severity.Warning, FindingCodes.ReferenceWrongType, enrollment, "schoolSourcedId", $"The enrollment's school '{school}' is not the school of its class '{@class.SourcedId}' ('{classSchool}').");
            }
        }
    }

    /// <summary>At most one primary role per user and org; in 1.2, every user has a role somewhere.</summary>
    private static void CheckRoles(Context context)
    {
        var roster = context.Roster;
        var primaries = new SourcedIdIndex(roster.Roles.Count / 2);
        for (var i = 0; i < roster.Roles.Count; i++)
        {
            var role = roster.Roles[i];
            if (!role.IsPrimary || role.UserSourcedId is not { Length: > 0 } user || role.OrgSourcedId is not { Length: > 0 } org)
            {
                continue;
            }

            var hash = SourcedIdIndex.Hash(user) ^ (SourcedIdIndex.Hash(org) * 31);
            var first = primaries.Find(hash, new SameUserAndOrg(roster.Roles, user, org));
            if (first >= 0)
            {
                var earlier = roster.Roles[first];
                context.Report(Severity.Error, FindingCodes.MultiplePrimaryRoles, role, "roleType", $"User '{user}' already has a primary role in org '{org}' ('{earlier.SourcedId}', line {earlier.Line}); a user has one primary role per org. Make one of them secondary.");
            }
            else
            {
                primaries.Add(hash, i);
            }
        }

        if (roster.Version != OneRosterVersion.V1_2 || roster.ModeOf(OneRosterEntity.Roles) != ProcessingMode.Bulk || roster.ModeOf(OneRosterEntity.Users) != ProcessingMode.Bulk)
        {
            return;
        }

        var hasRole = new bool[roster.Users.Count];
        foreach (var role in roster.Roles)
        {
            var position = roster.Users.IndexOf(role.UserSourcedId);
            if (position >= 0)
            {
                hasRole[position] = true;
            }
        }

        for (var i = 0; i < hasRole.Length; i++)
        {
            if (!hasRole[i] && roster.Users[i].SourcedId.Length > 0)
            {
                context.Report(Severity.Warning, FindingCodes.UserWithoutRole, roster.Users[i], null, "The user has no role in any org (roles.csv), so nothing says which school or what kind of person this is.");
            }
        }
    }

    /// <summary>Two users with the same identifier, or the same username, are probably one person entered twice.</summary>
    private static void CheckPossibleDuplicates(Context context)
    {
        CheckSameValue(context, "identifier", user => user.Identifier);
        CheckSameValue(context, "username", user => user.Username);
    }

    private static void CheckSameValue(Context context, string column, Func<User, string?> valueOf)
    {
        var users = context.Roster.Users;
        var index = new SourcedIdIndex(users.Count);
        Func<int, string> keyAt = position => valueOf(users[position]) ?? string.Empty;
        for (var i = 0; i < users.Count; i++)
        {
            var value = valueOf(users[i]);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var first = index.Find(value!, keyAt);
            if (first < 0)
            {
                index.Add(value!, i);
                continue;
            }

            var other = users[first];
            context.Report(Severity.Warning, FindingCodes.PossibleDuplicatePerson, users[i], column, $"User '{other.SourcedId}' (line {other.Line}) has the same {column} '{value}'. If they are one person, merge them in the SIS; if not, give them different {column}s.");
        }
    }

    private static void CheckDates(Context context)
    {
        var roster = context.Roster;
        foreach (var session in roster.AcademicSessions)
        {
            CheckOrder(context, session, "endDate", session.StartDate, session.EndDate);
        }

        foreach (var role in roster.Roles)
        {
            CheckOrder(context, role, "endDate", role.BeginDate, role.EndDate);
        }

        foreach (var enrollment in roster.Enrollments)
        {
            CheckOrder(context, enrollment, "endDate", enrollment.BeginDate, enrollment.EndDate);
        }
    }

    private static void CheckOrder(Context context, OneRosterRecord record, string column, DateTime? start, DateTime? end)
    {
        if (start is DateTime first && end is DateTime last && last < first)
        {
            context.Report(Severity.Warning, FindingCodes.DatesOutOfOrder, record, column, $"The end date {last:yyyy-MM-dd} is before the start date {first:yyyy-MM-dd}.");
        }
    }

    private static void CheckParentCycles<T>(Context context, EntityTable<T> table, Func<T, string?> parentOf)
        where T : OneRosterRecord
    {
        var state = new byte[table.Count]; // 0 unvisited, 1 on the current path, 2 done
        for (var start = 0; start < table.Count; start++)
        {
            var path = new List<int>();
            var position = start;
            while (position >= 0 && state[position] == 0)
            {
                state[position] = 1;
                path.Add(position);
                position = table.IndexOf(parentOf(table[position]));
            }

            if (position >= 0 && state[position] == 1)
            {
                var loop = path.Skip(path.IndexOf(position)).Select(p => table[p].SourcedId);
                context.Report(Severity.Error, FindingCodes.ParentCycle, table[position], "parentSourcedId", $"The parents form a loop: {string.Join(" → ", loop)} → {table[position].SourcedId}.");
            }

            foreach (var visited in path)
            {
                state[visited] = 2;
            }
        }
    }

    /// <summary>Matches the roles of one user in one org.</summary>
    private readonly struct SameUserAndOrg : SourcedIdIndex.IKeyMatch
    {
        private readonly EntityTable<RoleAssignment> _roles;
        private readonly string _user;
        private readonly string _org;

        public SameUserAndOrg(EntityTable<RoleAssignment> roles, string user, string org)
        {
            _roles = roles;
            _user = user;
            _org = org;
        }

        public bool Matches(int position) =>
            string.Equals(_roles[position].UserSourcedId, _user, StringComparison.Ordinal) && string.Equals(_roles[position].OrgSourcedId, _org, StringComparison.Ordinal);
    }

    /// <summary>Where findings go; the roster's <see cref="FindingPlaces"/> name their files and columns.</summary>
    private sealed class Context
    {
        private readonly Dictionary<(OneRosterEntity Entity, string Column), (OneRosterRecord First, int Count, OneRosterEntity Target)> _uncheckable = new();

        public Context(Roster roster, FindingCollection findings)
        {
            Roster = roster;
            Findings = findings;
        }

        public Roster Roster { get; }

        public FindingCollection Findings { get; }

        public void CheckReference(OneRosterRecord record, FieldSpec field, OneRosterEntity target, string reference)
        {
            if (Contains(target, reference))
            {
                return;
            }

            if (Roster.ModeOf(target) == ProcessingMode.Absent && Roster.Records(target).Count == 0)
            {
                var key = (record.Entity, field.Name);
                _uncheckable[key] = _uncheckable.TryGetValue(key, out var seen) ? (seen.First, seen.Count + 1, target) : (record, 1, target);
                return;
            }

            Report(Severity.Error, FindingCodes.UnresolvedReference, record, field.Name, $"'{reference}' is not the sourcedId of any record in {Roster.Places.Collection(target)}.");
        }

        public void ReportUncheckable()
        {
            foreach (var entry in _uncheckable)
            {
                var (first, count, target) = entry.Value;
                Report(
                    Severity.Warning,
                    FindingCodes.ReferenceNotCheckable,
                    first,
                    entry.Key.Column,
                    string.Format(CultureInfo.InvariantCulture, "{0:N0} reference(s) in this column point into {1}, which the bundle does not have (absent in manifest.csv), so they cannot be checked. A bulk bundle should hold every file it refers to.", count, target.FileName()));
            }
        }

        public void Report(Severity severity, string code, OneRosterRecord record, string? column, string message)
        {
            var places = Roster.Places;
            Findings.Add(new Finding(severity, code, message, places.File(record), record.Line == 0 ? null : record.Line, places.Column(record, column), record.SourcedId.Length == 0 ? null : record.SourcedId));
        }

        private bool Contains(OneRosterEntity target, string sourcedId) => Roster.Table(target).Contains(sourcedId);
    }
}
