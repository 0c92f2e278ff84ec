using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.Naming;
using RosterTools.Policy;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// The naming and placement policy applied to people: the names of new accounts (unique among existing accounts
/// and those planned, within the length limit, with the fallbacks and the collision rule), the new names of
/// renamed accounts, the attributes every account keeps up to date, and the container an account belongs in.
/// </summary>
internal sealed class AccountNamer
{
    private readonly RosterPolicy _policy;
    private readonly AccountIndex _accounts;
    private readonly int _schoolYear;
    private readonly NameAllocator _usernames = new();
    private readonly Dictionary<NamingRule, Templates> _templates = new();
    private readonly Dictionary<string, NameTemplate?> _placements = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Role, RosterTools.OneRoster.Org? School, string? Grade, int? GradYear), string> _containers = new();

    /// <summary>The placeholders whose values depend only on the person's role, school, grade and graduation year.</summary>
    private static readonly HashSet<string> PlacementKeyPlaceholders = new(StringComparer.Ordinal) { "role", "grade", "gradYear", "schoolYear", "school.identifier", "school.name", "school.sourcedId" };

    public AccountNamer(RosterPolicy policy, AccountIndex accounts, int schoolYear)
    {
        _policy = policy;
        _accounts = accounts;
        _schoolYear = schoolYear;
        foreach (var account in accounts.Accounts)
        {
            if (account.Username is { Length: > 0 } username)
            {
                _usernames.Reserve(username);
            }

            // A new username must not be the local part of an existing user principal name either.
            if (account.UserPrincipalName is { } upn && upn.IndexOf('@') is var at and > 0)
            {
                _usernames.Reserve(upn.Substring(0, at));
            }
        }
    }

    /// <summary>The names of a new account for a person; null (and a finding) when no unique name fits.</summary>
    public AccountNames? ForNew(Person person, IList<Finding> findings)
    {
        var rule = RuleFor(person);
        var templates = TemplatesOf(rule);
        var values = new TemplateValues(person, _schoolYear);
        var candidates = UsernameCandidates(person, null);
        var username = candidates.Count == 0 ? null : _usernames.Allocate(candidates, rule.MaxLength, rule.Collision);
        if (username is null)
        {
            findings.Add(PlanFinding(FindingCodes.PlanNameUnavailable, person, candidates.Count == 0
                ? $"No username template gives a name for {Describe(person)} (their names are empty); no account is created."
                : $"No unique username of at most {rule.MaxLength} characters can be made for {Describe(person)} from '{string.Join("', '", candidates)}'; no account is created. Add a fallback template or raise maxLength."));
            return null;
        }

        var names = Names(person, rule, templates, values, username);
        if (_accounts.IsUpnTaken(names.UserPrincipalName))
        {
            findings.Add(PlanFinding(FindingCodes.PlanNameUnavailable, person, $"The user principal name '{names.UserPrincipalName}' for {Describe(person)} is taken by an existing account; no account is created."));
            return null;
        }

        _accounts.TakeUpn(names.UserPrincipalName);
        return names;
    }

    /// <summary>
    /// The usernames a person's templates give, in order, rendered and cleaned but not yet cut to the length limit
    /// or made unique (templates that give nothing are left out).
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="reports">When given, receives one report per candidate returned, in the same order.</param>
    public IReadOnlyList<string> UsernameCandidates(Person person, IList<TemplateRenderReport>? reports)
    {
        var values = new TemplateValues(person, _schoolYear);
        var candidates = new List<string>();
        foreach (var template in TemplatesOf(RuleFor(person)).Username)
        {
            var report = reports is null ? null : new TemplateRenderReport();
            var name = template.RenderField(TemplateField.Username, values.Get, null, report);
            if (name.Length > 0)
            {
                candidates.Add(name);
                reports?.Add(report!);
            }
        }

        return candidates;
    }

    /// <summary>
    /// The names an existing account should have now: its own username and UPN kept (never regenerated), unless
    /// the policy renames (rename: auto) and the templates no longer give its username.
    /// </summary>
    public AccountNames Current(Person person, DirectoryAccount account)
    {
        var rule = RuleFor(person);
        var templates = TemplatesOf(rule);
        var values = new TemplateValues(person, _schoolYear);
        var username = account.Username ?? account.UserPrincipalName?.Split('@')[0] ?? string.Empty;
        if (rule.Rename == RenameMode.Auto && Candidates(rule, templates, values) is var candidates && !Fits(candidates, username)
            && _usernames.Allocate(candidates, rule.MaxLength, rule.Collision) is { } renamed)
        {
            username = renamed;
        }

        var sameUser = string.Equals(username, account.Username, StringComparison.OrdinalIgnoreCase);
        if (sameUser && account.UserPrincipalName is not null && (account.Email is not null || templates.Email is null))
        {
            // The account keeps its addresses: only the display name is rendered (this runs for every account every night).
            values.Username = username;
            var user = person.User;
            return new AccountNames(username, account.UserPrincipalName, account.Email, templates.DisplayName.RenderField(TemplateField.DisplayName, values.Get), user.PreferredGivenName ?? user.GivenName ?? string.Empty, user.PreferredFamilyName ?? user.FamilyName ?? string.Empty);
        }

        var names = Names(person, rule, templates, values, username);
        return sameUser
            ? new AccountNames(username, account.UserPrincipalName ?? names.UserPrincipalName, account.Email ?? names.Email, names.DisplayName, names.GivenName, names.Surname)
            : names;
    }

    /// <summary>
    /// The username the templates give a person now, when it is no longer <paramref name="username"/> (their name
    /// changed); null while the templates still give it, with or without a collision number.
    /// </summary>
    public string? NewUsername(Person person, string username)
    {
        var rule = RuleFor(person);
        var candidates = Candidates(rule, TemplatesOf(rule), new TemplateValues(person, _schoolYear));
        return candidates.Count == 0 || Fits(candidates, username) ? null : candidates[0];
    }

    /// <summary>The container a person's account belongs in, or null when the policy places nobody of that role.</summary>
    public string? ContainerFor(Person person)
    {
        if (!_placements.TryGetValue(person.Role, out var template))
        {
            var text = RosterPolicy.ForRole(_policy.Placement, person.Role);
            _placements[person.Role] = template = text is null ? null : NameTemplate.Parse(text);
        }

        if (template is null)
        {
            return null;
        }

        // A placement that uses only the school, grade and role is the same for everyone who shares them: rendered once.
        var shared = template.Placeholders.All(PlacementKeyPlaceholders.Contains);
        var key = (person.Role, person.School, person.Grade, person.GradYear);
        if (shared && _containers.TryGetValue(key, out var container))
        {
            return container;
        }

        container = template.RenderField(TemplateField.Placement, new TemplateValues(person, _schoolYear).Get, RosterTools.Naming.DistinguishedNames.EscapeValue);
        if (shared)
        {
            _containers[key] = container;
        }

        return container;
    }

    /// <summary>The naming rule of a person's role (or the default one).</summary>
    public NamingRule RuleFor(Person person) => RosterPolicy.ForRole(_policy.Naming, person.Role) ?? new NamingRule();

    private static List<string> Candidates(NamingRule rule, Templates templates, TemplateValues values) =>
        templates.Username.Select(template => NameSanitizer.Truncate(template.RenderField(TemplateField.Username, values.Get), rule.MaxLength)).Where(name => name.Length > 0).ToList();

    private static bool Fits(List<string> candidates, string username) => candidates.Any(candidate =>
        string.Equals(candidate, username, StringComparison.OrdinalIgnoreCase)
        || (username.StartsWith(candidate, StringComparison.OrdinalIgnoreCase) && username.Substring(candidate.Length).All(char.IsDigit)));

    private AccountNames Names(Person person, NamingRule rule, Templates templates, TemplateValues values, string username)
    {
        values.Username = username;
        var user = person.User;
        return new AccountNames(
            username,
            templates.UserPrincipalName.RenderField(TemplateField.UserPrincipalName, values.Get),
            templates.Email?.RenderField(TemplateField.Email, values.Get),
            templates.DisplayName.RenderField(TemplateField.DisplayName, values.Get),
            user.PreferredGivenName ?? user.GivenName ?? string.Empty,
            user.PreferredFamilyName ?? user.FamilyName ?? string.Empty);
    }

    private Templates TemplatesOf(NamingRule rule)
    {
        if (!_templates.TryGetValue(rule, out var templates))
        {
            _templates[rule] = templates = new Templates(rule);
        }

        return templates;
    }

    private static string Describe(Person person) => $"{person.User.GivenName} {person.User.FamilyName} ({person.User.SourcedId})";

    private static Finding PlanFinding(string code, Person person, string message) =>
        new(Severity.Error, code, message, RosterTools.OneRoster.OneRosterEntities.FileName(RosterTools.OneRoster.OneRosterEntity.Users), person.User.Line == 0 ? null : person.User.Line, null, person.User.SourcedId);

    /// <summary>A naming rule's templates, parsed once.</summary>
    private sealed class Templates
    {
        public Templates(NamingRule rule)
        {
            Username = rule.Username.Select(NameTemplate.Parse).ToList();
            UserPrincipalName = NameTemplate.Parse(rule.UserPrincipalName);
            Email = rule.Email is null ? null : NameTemplate.Parse(rule.Email);
            DisplayName = NameTemplate.Parse(rule.DisplayName);
        }

        public IReadOnlyList<NameTemplate> Username { get; }

        public NameTemplate UserPrincipalName { get; }

        public NameTemplate? Email { get; }

        public NameTemplate DisplayName { get; }
    }
}
