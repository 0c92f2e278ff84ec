using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using RosterTools.Naming;
using RosterTools.OneRoster;
using RosterTools.Policy;
using RosterTools.State;

namespace RosterTools.Planning;

/// <summary>
/// The policy's group rules applied to people: the groups each person should be in (as member or, for a class's
/// teachers, owner), and which groups RosterTools manages, so that it removes members only from those: from an
/// owned group anyone the roster does not put there, from any other only the members it added itself.
/// </summary>
internal sealed class GroupPlanner
{
    private readonly Roster _roster;
    private readonly LifecycleState _state;
    private readonly DateTime _today;
    private readonly int _schoolYear;
    private readonly List<Rule> _rules;
    private readonly Dictionary<string, bool> _managed = new(StringComparer.OrdinalIgnoreCase);

    public GroupPlanner(Roster roster, RosterPolicy policy, LifecycleState state, DateTime today, int schoolYear)
    {
        _roster = roster;
        _state = state;
        _today = today.Date;
        _schoolYear = schoolYear;
        _rules = policy.Groups.Select((rule, index) => new Rule(index, rule)).ToList();
    }

    /// <summary>The groups a person should be in. Every group named is noted as managed.</summary>
    public IReadOnlyList<DesiredGroup> For(Person person)
    {
        var groups = new List<DesiredGroup>(_rules.Count + 8);
        foreach (var rule in _rules)
        {
            if (!rule.Selects(person))
            {
                continue;
            }

            switch (rule.Policy.Per)
            {
                case GroupScope.Class:
                    foreach (var enrollment in _roster.EnrollmentsOf(person.User.SourcedId))
                    {
                        if (!IsActive(enrollment) || _roster.Classes.Find(enrollment.ClassSourcedId) is not { } @class)
                        {
                            continue;
                        }

                        var role = enrollment.Role.Is(EnrollmentRole.Teacher) && rule.Policy.TeachersAsOwners ? MemberRole.Owner : MemberRole.Member;
                        if (!rule.ByKey.TryGetValue(@class.SourcedId, out var name))
                        {
                            rule.ByKey[@class.SourcedId] = name = ClassGroupName(rule, person, @class);
                        }

                        Add(groups, name, role);
                    }

                    break;
                case GroupScope.School:
                    foreach (var school in SchoolsOf(person))
                    {
                        if (rule.When.Schools.Count > 0 && !PersonResolver.Matches(rule.When.Schools, school))
                        {
                            continue;
                        }

                        if (!rule.ByKey.TryGetValue(school.SourcedId, out var name))
                        {
                            rule.ByKey[school.SourcedId] = name = SchoolGroupName(rule, person, school);
                        }

                        Add(groups, name, MemberRole.Member);
                    }

                    break;
                default:
                    // One group for the rule, or one per grade or role, made per school when the name uses the school.
                    var key = (person.School, person.Grade, person.Role, person.GradYear);
                    if (!rule.ByPerson.TryGetValue(key, out var named))
                    {
                        rule.ByPerson[key] = named = Name(rule, new TemplateValues(person, _schoolYear));
                    }

                    Add(groups, named, MemberRole.Member);
                    break;
            }
        }

        return groups;
    }

    /// <summary>Whether RosterTools manages a group: one it put someone in this run, or a class's group whose class is gone.</summary>
    public bool IsManaged(string group) => _managed.ContainsKey(group) || IsClassGroupName(group);

    /// <summary>Whether RosterTools owns a group's whole membership.</summary>
    public bool IsOwned(string group) =>
        _managed.TryGetValue(group, out var owned) ? owned : _rules.Any(rule => rule.ClassPattern is { } pattern && rule.Policy.Membership == MembershipMode.Owned && pattern.IsMatch(group));

    /// <summary>Whether RosterTools may remove <paramref name="anchor"/> from a group: from an owned group always, from another only when it added them.</summary>
    public bool IsManagedFor(string group, string anchor) => IsManaged(group) && (IsOwned(group) || _state.Added(group, anchor));

    /// <summary>Whether a group name is a class group's whose class is not in the roster any more.</summary>
    public bool IsOrphanedClassGroup(string group) => !_managed.ContainsKey(group) && IsClassGroupName(group);

    private bool IsClassGroupName(string group) => _rules.Any(rule => rule.ClassPattern?.IsMatch(group) == true);

    /// <summary>
    /// Without a roster (an account offboarded by hand) the group names cannot be rendered: a group whose name has
    /// the shape of a rule's name is noted as managed, and as owned only when every rule of that shape owns its groups.
    /// </summary>
    public void RecogniseByShape(string group)
    {
        var rules = _rules.Where(rule => rule.NamePattern.IsMatch(group)).ToList();
        if (rules.Count > 0 && !_managed.ContainsKey(group))
        {
            _managed[group] = rules.All(rule => rule.Policy.Membership == MembershipMode.Owned);
        }
    }

    // Group names are the same for everyone of a class, school, or school, grade and role: rendered once, then
    // looked up (a rule's caches are keyed without building strings, as this runs for every person every night).
    private static void Add(List<DesiredGroup> groups, string? name, MemberRole role)
    {
        if (name is not null && !groups.Any(group => string.Equals(group.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            groups.Add(new DesiredGroup(name, role));
        }
    }

    private string? ClassGroupName(Rule rule, Person person, Class @class)
    {
        var values = new TemplateValues(person, _schoolYear);
        ForClass(values, @class);
        return Name(rule, values);
    }

    private string? SchoolGroupName(Rule rule, Person person, Org school) =>
        Name(rule, new TemplateValues(person, _schoolYear) { School = school });

    /// <summary>The rule's group name for these values (null when it renders blank), noted as managed.</summary>
    private string? Name(Rule rule, TemplateValues values)
    {
        var name = rule.Template.Render(values.Get);
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (name is not null)
        {
            _managed[name] = rule.Policy.Membership == MembershipMode.Owned;
        }

        return name;
    }

    private void ForClass(TemplateValues values, Class @class)
    {
        values.Class = @class;
        values.Course = _roster.Courses.Find(@class.CourseSourcedId);
        values.Term = @class.TermSourcedIds.Count > 0 ? _roster.AcademicSessions.Find(@class.TermSourcedIds[0]) : null;
        values.School = _roster.Orgs.Find(@class.SchoolSourcedId) ?? values.School;
    }

    private IEnumerable<Org> SchoolsOf(Person person) =>
        person.Schools.Count > 0 ? person.Schools : person.School is null ? Enumerable.Empty<Org>() : new[] { person.School };

    private bool IsActive(Enrollment enrollment) =>
        !enrollment.IsToBeDeleted && (enrollment.BeginDate is not DateTime begin || begin <= _today) && (enrollment.EndDate is not DateTime end || end > _today);

    /// <summary>A group rule, parsed once.</summary>
    private sealed class Rule
    {
        private readonly HashSet<string> _roles;
        private readonly GradeSet _grades;

        public Rule(int index, GroupRule policy)
        {
            Index = index;
            Policy = policy;
            Template = NameTemplate.Parse(policy.Name);
            _roles = new HashSet<string>(policy.When.Roles, StringComparer.OrdinalIgnoreCase);
            _grades = new GradeSet(policy.When.Grades);
            NamePattern = PatternOf(policy.Name);
            ClassPattern = policy.Per == GroupScope.Class ? NamePattern : null;
        }

        public int Index { get; }

        public GroupRule Policy { get; }

        /// <summary>Group names by class or school sourcedId (class and school rules).</summary>
        public Dictionary<string, string?> ByKey { get; } = new(StringComparer.Ordinal);

        /// <summary>Group names by school, grade, role and graduation year (the other rules).</summary>
        public Dictionary<(Org? School, string? Grade, string Role, int? GradYear), string?> ByPerson { get; } = new();

        public GroupCondition When => Policy.When;

        public NameTemplate Template { get; }

        /// <summary>What any group of the rule looks like: its literal text, each placeholder standing for any text.</summary>
        public Regex NamePattern { get; }

        /// <summary>For class rules: what any group of the rule looks like, to recognise groups of classes that are gone.</summary>
        public Regex? ClassPattern { get; }

        public bool Selects(Person person) =>
            (_roles.Count == 0 || _roles.Contains(person.Role))
            && (_grades.IsAll || _grades.Contains(person.Grade))
            && (Policy.Per == GroupScope.School || When.Schools.Count == 0 || person.Schools.Any(school => PersonResolver.Matches(When.Schools, school)));

        /// <summary>The template's literal text kept, each placeholder standing for any text.</summary>
        private static Regex PatternOf(string template)
        {
            var pattern = new StringBuilder("^");
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '{')
                {
                    pattern.Append(Regex.Escape("{"));
                    i++;
                }
                else if (template[i] == '}' && i + 1 < template.Length && template[i + 1] == '}')
                {
                    pattern.Append(Regex.Escape("}"));
                    i++;
                }
                else if (template[i] == '{')
                {
                    var close = template.IndexOf('}', i);
                    pattern.Append(".+");
                    i = close < 0 ? template.Length : close;
                }
                else
                {
                    pattern.Append(Regex.Escape(template[i].ToString()));
                }
            }

            return new Regex(pattern.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }
}
