using System;
using System.Collections.Generic;

namespace RosterTools.Naming;

/// <summary>Did-you-mean suggestions for misspelt keys, values and names.</summary>
internal static class Spelling
{
    /// <summary>
    /// The known word <paramref name="word"/> most likely stands for: the same word in another case or with
    /// underscores and hyphens (user_name → username), a word it begins (maxLen → maxLength), or the nearest by
    /// edit distance (adjacent letters swapped count as one edit) within about a third of its length. Null when
    /// nothing is close.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> known)
    {
        var plain = Plain(word);
        if (plain.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, Math.Min(3, plain.Length / 3));
        foreach (var candidate in known)
        {
            var other = Plain(candidate);
            if (other == plain)
            {
                return candidate;
            }

            var distance = plain.Length >= 3 && other.StartsWith(plain, StringComparison.Ordinal) ? 1 : Distance(plain, other);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)" or empty.</summary>
    public static string DidYouMean(string word, IEnumerable<string> known) =>
        Closest(word, known) is string suggestion ? " (did you mean '" + suggestion + "'?)" : string.Empty;

    private static string Plain(string word)
    {
        var chars = new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (c is not ('_' or '-' or ' '))
            {
                chars[length++] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            }
        }

        return new string(chars, 0, length);
    }

    /// <summary>Optimal string alignment distance.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
