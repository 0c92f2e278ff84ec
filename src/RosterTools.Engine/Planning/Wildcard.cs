using System;

namespace RosterTools.Planning;

/// <summary>Patterns with * (any run of characters) and ? (any one character), ignoring case.</summary>
internal static class Wildcard
{
    public static bool IsMatch(string pattern, string? text)
    {
        if (text is null)
        {
            return false;
        }

        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>Whether any pattern matches.</summary>
    public static bool Any(System.Collections.Generic.IEnumerable<string> patterns, string? text)
    {
        foreach (var pattern in patterns)
        {
            if (IsMatch(pattern, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a distinguished name is <paramref name="container"/> or below it.</summary>
    public static bool IsWithin(string? distinguishedName, string container) =>
        distinguishedName is not null
        && (distinguishedName.Equals(container, StringComparison.OrdinalIgnoreCase)
            || distinguishedName.EndsWith("," + container, StringComparison.OrdinalIgnoreCase));
}
