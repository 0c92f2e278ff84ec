using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RosterTools.OneRoster;

namespace RosterTools.Compare;

/// <summary>
/// The person-level changes admins act on, for the users whose user, role or enrollment records changed: the
/// orgs they belong to (primary first), their roles, grades, names (given, family, preferred), enabled flag, and
/// the classes they joined or left. Only those users' roles and enrollments are gathered, in one pass over each
/// roster's roles and enrollments, so the cost follows the number of changes, not the size of the district.
/// </summary>
internal static class PersonDiff
{
    public const string Orgs = "orgs";
    public const string Roles = "roles";
    public const string Grades = "grades";
    public const string EnabledUser = "enabledUser";
    public const string ClassesJoined = "classesJoined";
    public const string ClassesLeft = "classesLeft";

    private static readonly (string Name, Func<User, string?> Get)[] Names =
    {
        ("givenName", user => user.GivenName),
        ("familyName", user => user.FamilyName),
        ("preferredGivenName", user => user.PreferredGivenName),
        ("preferredMiddleName", user => user.PreferredMiddleName),
        ("preferredFamilyName", user => user.PreferredFamilyName),
    };

    /// <summary>The person-level properties, as -Property and -ExcludeProperty name them.</summary>
    public static IReadOnlyList<string> PropertyNames { get; } = new[] { Orgs, Roles, Grades }.Concat(Names.Select(n => n.Name)).Concat(new[] { EnabledUser, ClassesJoined, ClassesLeft }).ToArray();

    public static IEnumerable<RosterChange> Changes(Roster reference, Roster difference, IReadOnlyList<string> touched, PropertyFilter filter, CancellationToken cancellationToken)
    {
        if (touched.Count == 0)
        {
            yield break;
        }

        var ids = new HashSet<string>(touched, StringComparer.Ordinal);
        var before = Collect(reference, ids, cancellationToken);
        var after = Collect(difference, ids, cancellationToken);
        foreach (var id in Order(reference, difference, ids))
        {
            var old = before[id];
            var @new = after[id];
            if (old.User is null && @new.User is null)
            {
                continue; // roles or enrollments of someone who is in neither users.csv: validation reports them
            }

            var label = Label((@new.User ?? old.User)!);
            if (old.User is null)
            {
                yield return new RosterChange(ChangeEntities.Persons, id, ChangeType.Added, Describe(@new, filter, isNew: true), label);
            }
            else if (@new.User is null)
            {
                yield return new RosterChange(ChangeEntities.Persons, id, ChangeType.Removed, Describe(old, filter, isNew: false), label);
            }
            else if (Compare(old, @new, filter) is { Count: > 0 } properties)
            {
                yield return new RosterChange(ChangeEntities.Persons, id, ChangeType.Modified, properties, label);
            }
        }
    }

    /// <summary><c>Given Family (username)</c>.</summary>
    public static string Label(User user)
    {
        var name = string.Join(" ", new[] { user.PreferredGivenName ?? user.GivenName, user.FamilyName }.Where(part => !string.IsNullOrEmpty(part)));
        return string.IsNullOrEmpty(user.Username) ? name : $"{name} ({user.Username})";
    }

    private static List<PropertyChange> Compare(State old, State @new, PropertyFilter filter)
    {
        var changes = new List<PropertyChange>();
        void Add(string name, object? before, object? after)
        {
            if (filter.Passes(name))
            {
                changes.Add(new PropertyChange(name, before, after));
            }
        }

        var oldOrgs = old.Orgs();
        var newOrgs = @new.Orgs();
        if (!SameSet(oldOrgs, newOrgs) || oldOrgs.FirstOrDefault() != newOrgs.FirstOrDefault())
        {
            Add(Orgs, NullIfEmpty(oldOrgs), NullIfEmpty(newOrgs));
        }

        var oldRoles = old.RoleNames();
        var newRoles = @new.RoleNames();
        if (!SameSet(oldRoles, newRoles))
        {
            Add(Roles, NullIfEmpty(oldRoles), NullIfEmpty(newRoles));
        }

        if (!SameSet(old.User!.Grades, @new.User!.Grades))
        {
            Add(Grades, NullIfEmpty(old.User.Grades), NullIfEmpty(@new.User.Grades));
        }

        foreach (var (name, get) in Names)
        {
            var before = Blank(get(old.User));
            var after = Blank(get(@new.User));
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                Add(name, before, after);
            }
        }

        if (old.User.EnabledUser != @new.User.EnabledUser)
        {
            Add(EnabledUser, old.User.EnabledUser, @new.User.EnabledUser);
        }

        var joined = @new.Classes.Where(c => !old.Classes.Contains(c)).ToArray();
        var left = old.Classes.Where(c => !@new.Classes.Contains(c)).ToArray();
        if (joined.Length > 0)
        {
            Add(ClassesJoined, null, joined);
        }

        if (left.Length > 0)
        {
            Add(ClassesLeft, left, null);
        }

        return changes;
    }

    /// <summary>A person who joined (<paramref name="isNew"/>) or left: what they are in the roster they are in.</summary>
    private static List<PropertyChange> Describe(State state, PropertyFilter filter, bool isNew)
    {
        var changes = new List<PropertyChange>();
        void Add(string name, object? value)
        {
            if (value is not null && filter.Passes(name))
            {
                changes.Add(isNew ? new PropertyChange(name, null, value) : new PropertyChange(name, value, null));
            }
        }

        var user = state.User!;
        Add(Orgs, NullIfEmpty(state.Orgs()));
        Add(Roles, NullIfEmpty(state.RoleNames()));
        Add(Grades, NullIfEmpty(user.Grades));
        foreach (var (name, get) in Names)
        {
            Add(name, Blank(get(user)));
        }

        Add(EnabledUser, user.EnabledUser);
        Add(isNew ? ClassesJoined : ClassesLeft, NullIfEmpty(state.Classes.ToArray()));
        return changes;
    }

    /// <summary>The people of <paramref name="ids"/>: the reference's users in order, then the difference's new ones.</summary>
    private static IEnumerable<string> Order(Roster reference, Roster difference, HashSet<string> ids)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in reference.Users.Concat(difference.Users))
        {
            if (ids.Contains(user.SourcedId) && done.Add(user.SourcedId))
            {
                yield return user.SourcedId;
            }
        }

        // Roles or enrollments of people in neither users.csv come last (and are skipped by the caller).
        foreach (var id in ids.Where(id => !done.Contains(id)).OrderBy(id => id, StringComparer.Ordinal))
        {
            yield return id;
        }
    }

    private static Dictionary<string, State> Collect(Roster roster, HashSet<string> ids, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, State>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            states[id] = new State(roster.Users.Find(id));
        }

        var count = 0;
        foreach (var role in roster.Roles)
        {
            if ((++count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (role.UserSourcedId is { } user && states.TryGetValue(user, out var state))
            {
                state.RoleRecords.Add(role);
            }
        }

        foreach (var enrollment in roster.Enrollments)
        {
            if ((++count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (enrollment.UserSourcedId is { } user && states.TryGetValue(user, out var state) && !string.IsNullOrEmpty(enrollment.ClassSourcedId) && !state.Classes.Contains(enrollment.ClassSourcedId!))
            {
                state.Classes.Add(enrollment.ClassSourcedId!);
            }
        }

        return states;
    }

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string[]? NullIfEmpty(IReadOnlyList<string> items) => items.Count == 0 ? null : items.ToArray();

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.All(item => b.Contains(item)) && b.All(item => a.Contains(item));

    /// <summary>What one roster says of one person.</summary>
    private sealed class State
    {
        public State(User? user) => User = user;

        public User? User { get; }

        public List<RoleAssignment> RoleRecords { get; } = new();

        /// <summary>The classes the person is enrolled in, in file order.</summary>
        public List<string> Classes { get; } = new();

        /// <summary>The orgs the person has a role in: the primary org first (primaryOrgSourcedId, else the org of the primary role), then the rest in file order.</summary>
        public IReadOnlyList<string> Orgs()
        {
            var primary = User?.PrimaryOrgSourcedId
                ?? RoleRecords.FirstOrDefault(role => role.IsPrimary)?.OrgSourcedId
                ?? RoleRecords.FirstOrDefault()?.OrgSourcedId;
            var orgs = new List<string>();
            if (!string.IsNullOrEmpty(primary))
            {
                orgs.Add(primary!);
            }

            foreach (var role in RoleRecords)
            {
                if (!string.IsNullOrEmpty(role.OrgSourcedId) && !orgs.Contains(role.OrgSourcedId!))
                {
                    orgs.Add(role.OrgSourcedId!);
                }
            }

            return orgs;
        }

        /// <summary>The roles the person holds (student, teacher...), the primary role's first.</summary>
        public IReadOnlyList<string> RoleNames()
        {
            var names = new List<string>();
            foreach (var role in RoleRecords.OrderBy(role => role.IsPrimary ? 0 : 1))
            {
                if (role.Role.SpecText is { Length: > 0 } name && !names.Contains(name))
                {
                    names.Add(name);
                }
            }

            return names;
        }
    }
}
