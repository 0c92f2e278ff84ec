using System.Collections.Generic;
using System.Linq;
using RosterTools.Naming;

namespace RosterTools.Policy.Loading;

/// <summary>Templates: parsed, their placeholders checked against the field, problems placed on the character.</summary>
internal sealed partial class PolicyReader
{
    private static readonly TemplateField[] PersonFields =
        { TemplateField.Username, TemplateField.UserPrincipalName, TemplateField.Email, TemplateField.DisplayName, TemplateField.Placement };

    private static readonly GroupScope[] Scopes = { GroupScope.None, GroupScope.School, GroupScope.Grade, GroupScope.Role, GroupScope.Class };

    /// <summary>A template for <paramref name="field"/>; null (reported) when it is missing, malformed or uses placeholders the field does not have.</summary>
    public string? ReadTemplate(PolicyNode node, TemplateField field, GroupScope? scope = null, bool required = true)
    {
        if (node is PolicyMap or PolicyList)
        {
            Problem(node, "expected a template, found " + node.Kind + (node is PolicyMap ? " (a template that starts with '{' must be quoted: \"{givenName}.{familyName}\")" : string.Empty));
            return null;
        }

        var scalar = (PolicyScalar)node;
        var text = ReadText(node, required);
        if (text is null)
        {
            return null;
        }

        if (text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0)
        {
            Problem(node, "a template is one line (use |- or >- for a block scalar without the final line break)");
            return null;
        }

        NameTemplate template;
        try
        {
            template = NameTemplate.Parse(text);
        }
        catch (TemplateException exception)
        {
            ProblemAt(scalar, exception.Position, exception.Reason);
            return null;
        }

        var allowed = TemplatePlaceholders.For(field, scope);
        var good = true;
        foreach (var use in template.Uses.Where(use => !allowed.Contains(use.Name)))
        {
            ProblemAt(scalar, use.Position, Unavailable(use.Name, field, scope, allowed));
            good = false;
        }

        return good && CheckShape(scalar, template, field, scope) ? text : null;
    }

    private void ProblemAt(PolicyScalar scalar, int offset, string message)
    {
        var (line, column) = ScalarPositions.Locate(scalar, offset, Text);
        Problem(line, column, message);
    }

    /// <summary>What a field's template must have: a placeholder in a username, an @ in an address, what tells groups apart.</summary>
    private bool CheckShape(PolicyScalar scalar, NameTemplate template, TemplateField field, GroupScope? scope)
    {
        string? problem = field switch
        {
            TemplateField.Username when template.Placeholders.Count == 0 =>
                "a username template needs a placeholder, or every person gets the same name",
            TemplateField.UserPrincipalName or TemplateField.Email when template.LiteralText.IndexOf('@') < 0 && !template.Placeholders.Contains(TemplatePlaceholders.SisEmail) =>
                "an address needs '@' and a domain, as in {username}@district.org",
            TemplateField.UserPrincipalName or TemplateField.Email when template.Text.TrimEnd().EndsWith("@", System.StringComparison.Ordinal) =>
                "an address needs a domain after '@'",
            TemplateField.GroupName => Distinguishing(template, scope ?? GroupScope.None),
            _ => null,
        };
        if (problem is null)
        {
            return true;
        }

        Problem(scalar, problem);
        return false;
    }

    /// <summary>A group per school, grade, role or class needs a placeholder that differs between those groups.</summary>
    private static string? Distinguishing(NameTemplate template, GroupScope scope)
    {
        var (needed, example) = scope switch
        {
            GroupScope.School => (new[] { TemplatePlaceholders.SchoolIdentifier, TemplatePlaceholders.SchoolName, TemplatePlaceholders.SchoolSourcedId }, "{school.identifier}"),
            GroupScope.Grade => (new[] { TemplatePlaceholders.Grade, TemplatePlaceholders.GradYear }, "{grade}"),
            GroupScope.Role => (new[] { TemplatePlaceholders.Role }, "{role}"),
            GroupScope.Class => (new[] { TemplatePlaceholders.ClassSourcedId, TemplatePlaceholders.ClassTitle, TemplatePlaceholders.ClassCode }, "{class.classCode}"),
            _ => (System.Array.Empty<string>(), string.Empty),
        };
        return needed.Length == 0 || needed.Any(template.Placeholders.Contains)
            ? null
            : "the name of a group per " + Spell(scope) + " needs " + example + " (or another placeholder that differs between them), or every " + Spell(scope) + " gets the same group";
    }

    private static string Unavailable(string name, TemplateField field, GroupScope? scope, IReadOnlyCollection<string> allowed)
    {
        var where = Describe(field, scope);
        var list = "; " + where + " can use " + string.Join(", ", allowed.OrderBy(item => item, System.StringComparer.Ordinal).Select(item => "{" + item + "}"));
        var people = PersonFields.Where(other => TemplatePlaceholders.For(other).Contains(name)).ToList();
        var groups = Scopes.Where(other => TemplatePlaceholders.For(TemplateField.GroupName, other).Contains(name)).ToList();
        var elsewhere = new List<string>();
        if (people.Count == PersonFields.Length)
        {
            elsewhere.Add("a person's templates");
        }
        else if (people.Count > 0)
        {
            elsewhere.Add(string.Join(", ", people.Select(other => Describe(other, null))));
        }

        if (groups.Count > 0)
        {
            elsewhere.Add("the name of a group per " + string.Join(" or ", groups.Select(Spell)));
        }

        if (elsewhere.Count > 0)
        {
            return "{" + name + "} cannot be used in " + where + "; it belongs to " + string.Join(" and ", elsewhere) + list;
        }

        var suggestion = Spelling.Closest(name, allowed);
        return "unknown placeholder {" + name + "}" + (suggestion is null ? string.Empty : " (did you mean {" + suggestion + "}?)") + list;
    }

    private static string Describe(TemplateField field, GroupScope? scope) => field switch
    {
        TemplateField.Username => "a username template",
        TemplateField.UserPrincipalName => "a user principal name template",
        TemplateField.Email => "an email template",
        TemplateField.DisplayName => "a display name template",
        TemplateField.Placement => "a placement template",
        _ => (scope ?? GroupScope.None) == GroupScope.None ? "the name of a single group" : "the name of a group per " + Spell(scope!.Value),
    };

    private static string Spell(GroupScope scope) => PolicyEnum<GroupScope>.Spell(scope);
}
