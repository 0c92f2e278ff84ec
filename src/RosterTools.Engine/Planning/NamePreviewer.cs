using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RosterTools.Naming;
using RosterTools.OneRoster;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// What the naming and placement policy gives the people of a roster (Resolve-RosterUserName, <c>rostertools names</c>).
/// It walks the roster as the planner does, with the planner's own namer, so that a preview gives the names a plan
/// made from the same inputs would give: names already taken in the directory are honoured, people earlier in the
/// roster take their names first, existing and adopted accounts keep theirs.
/// </summary>
public static class NamePreviewer
{
    private static readonly DirectorySnapshot EmptyDirectory = new(Array.Empty<DirectoryAccount>());

    /// <summary>
    /// The previews of the people the policy manages, in roster order; with <paramref name="sourcedIds"/>, of those
    /// people only (also when they are outside the policy's scope or cannot be named, with the reason). The whole
    /// roster is walked either way, so that a person's names are the ones a plan would give them.
    /// </summary>
    /// <param name="roster">The roster.</param>
    /// <param name="policy">The policy whose naming, placement, scope and identity sections apply.</param>
    /// <param name="directory">The directory's accounts (their names are taken); none when null.</param>
    /// <param name="sourcedIds">Only these SIS users; everyone in scope when null. SourcedIds that are not in the roster give nothing.</param>
    /// <param name="options">The day (for grades and graduation years) and progress.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static IReadOnlyList<NamePreview> Preview(Roster roster, RosterPolicy policy, DirectorySnapshot? directory = null, IEnumerable<string>? sourcedIds = null, PlanOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (roster is null)
        {
            throw new ArgumentNullException(nameof(roster));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        options ??= new PlanOptions();
        var today = options.Today.Date;
        var wanted = sourcedIds is null ? null : new HashSet<string>(sourcedIds, StringComparer.Ordinal);

        // The planner's parts, on a scratch plan that collects the findings; no action of it is kept.
        var plan = new Plan { Today = today };
        var state = new LifecycleState();
        var accounts = new AccountIndex(directory ?? EmptyDirectory, plan.Findings);
        var resolver = new PersonResolver(roster, policy, today);
        var actions = new ActionBuilder(plan, policy.Protected);
        var groups = new GroupPlanner(roster, policy, state, today, resolver.SchoolYear);
        var licenses = new LicensePlanner(policy);
        var namer = new AccountNamer(policy, accounts, resolver.SchoolYear);
        var context = new PlanningContext(plan, policy, state, actions, namer, groups, licenses, new Deprovisioner(policy.Deprovision, state, today, actions, groups, licenses, plan.Summary), new HashSet<string>(StringComparer.OrdinalIgnoreCase));

        var (people, _) = Planner.People(roster, resolver, plan.Findings, cancellationToken);
        var (adopted, ambiguous) = Adoption.Find(people, accounts, policy, context, resolver.SchoolYear);
        var previews = new Dictionary<string, NamePreview>(StringComparer.Ordinal);
        var namedBy = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < people.Count; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                options.Progress?.Report(new PlanProgress("names", i, people.Count));
            }

            var person = people[i];
            var preview = Start(person.User, person);
            if (ambiguous.Contains(person) || accounts.IsDuplicate(person.Anchor))
            {
                preview.Status = NamePreviewStatus.Unavailable;
            }
            else if (accounts.ByAnchor(person.Anchor) is { } account)
            {
                // The planner renames nobody who is leaving: their account's names stand.
                Existing(preview, person.Leaving is null ? NamePreviewStatus.Existing : NamePreviewStatus.Leaving, person.Leaving is null ? namer.Current(person, account) : null, account);
                preview.Path = namer.ContainerFor(person);
            }
            else if (person.Leaving is not null)
            {
                preview.Status = NamePreviewStatus.Leaving;
            }
            else if (adopted.TryGetValue(person, out var match))
            {
                Existing(preview, NamePreviewStatus.Adopted, namer.Current(person, match), match);
                preview.Path = namer.ContainerFor(person);
            }
            else
            {
                New(preview, person, namer, namedBy);
            }

            if (wanted is null || wanted.Contains(person.User.SourcedId))
            {
                previews[person.User.SourcedId] = preview;
            }
        }

        options.Progress?.Report(new PlanProgress("done", people.Count, people.Count));
        return Collect(roster, resolver, plan.Findings, previews, wanted);
    }

    /// <summary>The previews in roster order, with the findings about each person, and the people the walk did not name but who were asked for (or have a finding).</summary>
    private static List<NamePreview> Collect(Roster roster, PersonResolver resolver, IList<Finding> findings, Dictionary<string, NamePreview> previews, HashSet<string>? wanted)
    {
        var bySourcedId = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (var finding in findings.Where(finding => finding.SourcedId is not null))
        {
            if (!bySourcedId.TryGetValue(finding.SourcedId!, out var list))
            {
                bySourcedId[finding.SourcedId!] = list = new List<Finding>();
            }

            list.Add(finding);
        }

        var result = new List<NamePreview>(previews.Count);
        foreach (var user in roster.Users)
        {
            bySourcedId.TryGetValue(user.SourcedId, out var about);
            if (!previews.TryGetValue(user.SourcedId, out var preview))
            {
                var asked = wanted?.Contains(user.SourcedId) ?? about is not null;
                if (!asked)
                {
                    continue;
                }

                // Not among the people the planner names: no anchor, an anchor someone else has, or outside the scope.
                var person = resolver.Resolve(user);
                preview = Start(user, person);
                preview.Status = person is not null && about is null && !resolver.InScope(person) ? NamePreviewStatus.OutOfScope : NamePreviewStatus.Unavailable;
            }

            if (about is not null)
            {
                for (var i = 0; i < about.Count; i++)
                {
                    preview.Findings.Insert(i, about[i]);
                }
            }

            result.Add(preview);
        }

        return result;
    }

    private static NamePreview Start(User user, Person? person) => new()
    {
        SourcedId = user.SourcedId,
        Anchor = person?.Anchor,
        GivenName = user.GivenName,
        FamilyName = user.FamilyName,
        Role = person?.Role,
        School = person?.SchoolLabel,
        Grade = person?.Grade,
    };

    private static void Existing(NamePreview preview, NamePreviewStatus status, AccountNames? names, DirectoryAccount account)
    {
        preview.Status = status;
        preview.Username = names?.Username ?? account.Username;
        preview.UserPrincipalName = names?.UserPrincipalName ?? account.UserPrincipalName;
        preview.EmailAddress = names?.Email ?? account.Email;
        preview.DisplayName = names?.DisplayName ?? account.DisplayName;
    }

    private static void New(NamePreview preview, Person person, AccountNamer namer, Dictionary<string, Person> namedBy)
    {
        var reports = new List<TemplateRenderReport>();
        var candidates = namer.UsernameCandidates(person, reports);
        preview.Candidates = candidates.ToList();
        var names = namer.ForNew(person, preview.Findings);
        if (names is null)
        {
            preview.Status = NamePreviewStatus.Unavailable;
            return;
        }

        preview.Status = NamePreviewStatus.New;
        preview.Username = names.Username;
        preview.UserPrincipalName = names.UserPrincipalName;
        preview.EmailAddress = names.Email;
        preview.DisplayName = names.DisplayName;
        preview.Path = namer.ContainerFor(person);
        Explain(preview, person, namer.RuleFor(person), candidates, reports, namedBy);
        namedBy[names.Username] = person;
    }

    /// <summary>Notes how the username came about: characters dropped, a placeholder without a value, a cut, a fallback or a number because names were taken.</summary>
    private static void Explain(NamePreview preview, Person person, NamingRule rule, IReadOnlyList<string> candidates, IReadOnlyList<TemplateRenderReport> reports, Dictionary<string, Person> namedBy)
    {
        var username = preview.Username!;
        var used = 0;
        while (used < candidates.Count && !string.Equals(NameSanitizer.Truncate(candidates[used], rule.MaxLength), username, StringComparison.OrdinalIgnoreCase))
        {
            used++;
        }

        var numbered = used == candidates.Count;
        var from = numbered ? 0 : used;
        var who = $"{person.User.GivenName} {person.User.FamilyName}".Trim();
        if (reports[from].Dropped.Count > 0)
        {
            Note(preview, person, FindingCodes.NameCharactersDropped, $"The characters '{string.Join("', '", reports[from].Dropped)}' in the names of {who} have no ASCII form and are left out of the username '{username}'.");
        }

        if (reports[from].Missing.Count > 0)
        {
            Note(preview, person, FindingCodes.PlanTemplateEmpty, $"{who} has no value for {string.Join(", ", reports[from].Missing.Select(name => "{" + name + "}"))}; the username '{username}' is made without it.");
        }

        if (candidates[from].Length > rule.MaxLength)
        {
            Note(preview, person, FindingCodes.NameTruncated, $"'{candidates[from]}' is longer than {rule.MaxLength} characters; it is cut to '{NameSanitizer.Truncate(candidates[from], rule.MaxLength)}'" + (numbered ? " before the number." : "."));
        }

        if (used > 0)
        {
            var taken = candidates.Take(numbered ? candidates.Count : used).Select(candidate => NameSanitizer.Truncate(candidate, rule.MaxLength)).Distinct(StringComparer.OrdinalIgnoreCase);
            var by = string.Join("; ", taken.Select(name => $"'{name}' is taken by " + (namedBy.TryGetValue(name, out var other) ? $"{other.User.GivenName} {other.User.FamilyName} ({other.User.SourcedId}), earlier in the roster" : "an existing account")));
            Note(preview, person, FindingCodes.NameCollision, by + (numbered ? $"; numbered: '{username}'." : $"; fallback template {used + 1} gives '{username}'."));
        }
    }

    private static void Note(NamePreview preview, Person person, string code, string message) =>
        preview.Findings.Add(new Finding(Severity.Warning, code, message, OneRosterEntity.Users.FileName(), person.User.Line == 0 ? null : person.User.Line, null, person.User.SourcedId));
}
