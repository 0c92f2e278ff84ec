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
    private readonly Dictionary<(int Rule, string Key), string?> _names = new();

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
                        Add(groups, rule, "class:" + @class.SourcedId, person, values => ForClass(values, @class), role);
                    }

                    break;
                case GroupScope.School:
                    foreach (var school in SchoolsOf(person).Where(school => rule.When.Schools.Count == 0 || PersonResolver.Matches(rule.When.Schools, school)))
                    {
                        Add(groups, rule, "school:" + school.SourcedId, person, values => values.School = school, MemberRole.Member);
                    }

                    break;
                default:
                    // One group for the rule, or one per grade or role, made per school when the name uses the school.
                    Add(groups, rule, $"{person.School?.SourcedId}|{person.Grade}|{person.Role}|{person.GradYear}", person, _ => { }, MemberRole.Member);
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

    private void Add(List<DesiredGroup> groups, Rule rule, string key, Person person, Action<TemplateValues> scope, MemberRole role)
    {
        if (!_names.TryGetValue((rule.Index, key), out var name))
        {
            var values = new TemplateValues(person, _schoolYear);
            scope(values);
            name = rule.Template.Render(values.Get);
            name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
            _names[(rule.Index, key)] = name;
            if (name is not null)
            {
                _managed[name] = rule.Policy.Membership == MembershipMode.Owned;
            }
        }

        if (name is not null && !groups.Any(group => string.Equals(group.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            groups.Add(new DesiredGroup(name, role));
        }
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
            ClassPattern = policy.Per == GroupScope.Class ? PatternOf(policy.Name) : null;
        }

        public int Index { get; }

        public GroupRule Policy { get; }

        public GroupCondition When => Policy.When;

        public NameTemplate Template { get; }

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
