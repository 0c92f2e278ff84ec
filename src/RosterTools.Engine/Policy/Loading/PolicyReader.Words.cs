using System;
using System.Linq;
using RosterTools.Naming;
using RosterTools.OneRoster;

namespace RosterTools.Policy.Loading;

/// <summary>Roles and grades.</summary>
internal sealed partial class PolicyReader
{
    /// <summary>A OneRoster role name; null (reported) otherwise.</summary>
    public string? ReadRole(PolicyNode node)
    {
        var text = ReadText(node);
        return text is not null && CheckRole(node, text, allowDefault: false) ? text : null;
    }

    /// <summary>Whether the key of a by-role section is a role or <c>default</c> (reported when not).</summary>
    public bool CheckRoleKey(PolicyScalar key) => CheckRole(key, key.Value, allowDefault: true);

    /// <summary>A CEDS grade code or a range of them (KG-05); null (reported) otherwise.</summary>
    public string? ReadGrade(PolicyNode node)
    {
        var text = ReadText(node);
        if (text is null || Grades.IsCeds(text))
        {
            return text;
        }

        var dash = text.IndexOf('-', 1);
        if (dash < 0)
        {
            Problem(node, NotAGrade(text));
            return null;
        }

        var from = text.Substring(0, dash).Trim();
        var to = text.Substring(dash + 1).Trim();
        foreach (var end in new[] { from, to })
        {
            if (!Grades.IsCeds(end))
            {
                Problem(node, "in the range '" + text + "', " + NotAGrade(end));
                return null;
            }

            if (!PolicyVocabulary.IsRangeEnd(end))
            {
                Problem(node, "in the range '" + text + "', " + end + " has no place in the order of grades; a range runs from IT to 13 (IT, PR, PK, TK, KG, 01 ... 13)");
                return null;
            }
        }

        if (Grades.Ordinal(from) > Grades.Ordinal(to))
        {
            Problem(node, "the range '" + text + "' runs backwards; write the younger grade first: " + to + "-" + from);
            return null;
        }

        return from + "-" + to;
    }

    private bool CheckRole(PolicyNode node, string text, bool allowDefault)
    {
        if ((allowDefault && text == RosterPolicy.DefaultRole) || PolicyVocabulary.Roles.Contains(text))
        {
            return true;
        }

        var known = allowDefault ? PolicyVocabulary.RoleKeys : PolicyVocabulary.Roles;
        Problem(node, "'" + text + "' is not a OneRoster role" + Spelling.DidYouMean(text, known) + "; use one of " + string.Join(", ", known));
        return false;
    }

    private static string NotAGrade(string text)
    {
        var suggestion = Grades.Normalize(text);
        return "'" + text + "' is not a CEDS grade code" + (suggestion is null || suggestion == text ? string.Empty : " (did you mean '" + suggestion + "'?)")
            + "; use IT, PR, PK, TK, KG, 01 ... 13, PS, UG or Other, or a range such as KG-02";
    }
}
