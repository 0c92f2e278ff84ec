using System.Collections.Generic;
using System.Linq;
using RosterTools.Naming;
using RosterTools.Policy;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// Finds the accounts made before RosterTools (without an anchor) that belong to SIS people who have no account
/// yet, by the identity policy's match rules. A match is adopted only when it is one person to one account;
/// anything else is a finding, and those people get no action at all (creating one would make a duplicate).
/// </summary>
internal static class Adoption
{
    public static (Dictionary<Person, DirectoryAccount> Adopted, HashSet<Person> Ambiguous) Find(IEnumerable<Person> people, AccountIndex accounts, RosterPolicy policy, PlanningContext context, int schoolYear)
    {
        var claims = new Dictionary<DirectoryAccount, List<Person>>();
        var ambiguous = new HashSet<Person>();
        foreach (var person in people)
        {
            if (person.Leaving is not null || accounts.ByAnchor(person.Anchor) is not null)
            {
                continue;
            }

            foreach (var rule in policy.Identity.Match)
            {
                var value = rule switch
                {
                    MatchRule.Email => person.User.Email,
                    MatchRule.Username => person.User.Username,
                    _ => PreviewUpn(person, context, schoolYear),
                };
                var matches = accounts.Unanchored(rule, value);
                if (matches.Count == 0)
                {
                    continue;
                }

                if (matches.Count > 1)
                {
                    ambiguous.Add(person);
                    context.Plan.Findings.Add(Conflict(person, $"{Describe(person)} matches {matches.Count} accounts without an anchor by {rule} ('{string.Join("', '", matches.Select(account => account.Label))}'); none is adopted and no account is created. Set the anchor ({policy.Identity.Attribute}) on the right account by hand."));
                }
                else
                {
                    if (!claims.TryGetValue(matches[0], out var claimants))
                    {
                        claims[matches[0]] = claimants = new List<Person>();
                    }

                    claimants.Add(person);
                    context.Adopted(person, rule);
                }

                break;
            }
        }

        var adopted = new Dictionary<Person, DirectoryAccount>();
        foreach (var claim in claims)
        {
            if (claim.Value.Count == 1)
            {
                adopted[claim.Value[0]] = claim.Key;
                continue;
            }

            foreach (var person in claim.Value)
            {
                ambiguous.Add(person);
            }

            context.Plan.Findings.Add(Conflict(claim.Value[0], $"The account '{claim.Key.Label}', which has no anchor, matches {claim.Value.Count} SIS people ({string.Join(", ", claim.Value.Select(Describe))}); it is not adopted and none of them gets an account. Set the anchor on the account by hand."));
        }

        return (adopted, ambiguous);
    }

    /// <summary>The user principal name the person's first username template would give, without taking it.</summary>
    private static string? PreviewUpn(Person person, PlanningContext context, int schoolYear)
    {
        var rule = context.Namer.RuleFor(person);
        var values = new TemplateValues(person, schoolYear);
        values.Username = rule.Username.Count == 0 ? null : NameSanitizer.Truncate(NameTemplate.Parse(rule.Username[0]).RenderField(TemplateField.Username, values.Get), rule.MaxLength);
        return NameTemplate.Parse(rule.UserPrincipalName).RenderField(TemplateField.UserPrincipalName, values.Get);
    }

    private static Finding Conflict(Person person, string message) =>
        new(Severity.Error, FindingCodes.PlanAdoptionAmbiguous, message, RosterTools.OneRoster.OneRosterEntities.FileName(RosterTools.OneRoster.OneRosterEntity.Users), person.User.Line == 0 ? null : person.User.Line, null, person.User.SourcedId);

    private static string Describe(Person person) => $"{person.User.GivenName} {person.User.FamilyName} ({person.User.SourcedId})";
}
