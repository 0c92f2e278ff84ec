using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RosterTools.Naming;

/// <summary>What each transform does to a value (see <see cref="NameTemplate"/> for the list).</summary>
internal static class TemplateTransforms
{
    /// <summary>Applies <paramref name="transform"/>; characters transliteration drops go to <paramref name="dropped"/>.</summary>
    public static string Apply(TemplateTransform transform, string value, ICollection<string>? dropped) => transform.Kind switch
    {
        TransformKind.First => TextElements.First(value, transform.Number),
        TransformKind.Last => TextElements.Last(value, transform.Number),
        TransformKind.Lower => value.ToLowerInvariant(),
        TransformKind.Upper => value.ToUpperInvariant(),
        TransformKind.Ascii => Transliteration.ToAscii(value, dropped),
        TransformKind.Alnum => Keep(value, IsLetterOrDigit),
        TransformKind.Clean => Keep(Transliteration.ToAscii(value, dropped), IsDirectoryCharacter),
        TransformKind.NoSpace => Keep(value, c => !char.IsWhiteSpace(c)),
        TransformKind.Collapse => Collapse(value),
        TransformKind.Initials => Initials(value),
        TransformKind.Trim => Trim(value),
        TransformKind.Pad => value.Length >= transform.Number ? value : value.PadLeft(transform.Number, '0'),
        _ => value,
    };

    /// <summary>A-Z, a-z, 0-9, period, hyphen and underscore: what AD and Entra take in an account name.</summary>
    public static bool IsDirectoryCharacter(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '-' or '_';

    /// <summary>Spaces trimmed at both ends, runs of white space inside reduced to one space.</summary>
    public static string Trim(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsLetterOrDigit(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string Keep(string value, System.Func<char, bool> keep)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (keep(c))
            {
                builder.Append(c);
            }
        }

        return builder.Length == value.Length ? value : builder.ToString();
    }

    /// <summary>Apostrophes and periods dropped; each run of spaces, hyphens, dashes and underscores one hyphen; none at the ends.</summary>
    private static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        var separator = false;
        foreach (var c in value)
        {
            if (IsApostrophe(c) || c == '.')
            {
                continue;
            }

            if (IsSeparator(c))
            {
                separator = builder.Length > 0;
                continue;
            }

            if (separator)
            {
                builder.Append('-');
                separator = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The first letter or digit of each word; words are separated by spaces, hyphens, dashes, underscores and periods.</summary>
    private static string Initials(string value)
    {
        var builder = new StringBuilder();
        var start = true;
        foreach (var c in value)
        {
            if (IsSeparator(c) || c == '.')
            {
                start = true;
            }
            else if (start && char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                start = false;
            }
        }

        return builder.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '`' or '\u00B4' or '\u02BB' or '\u02BC' or '\u2018' or '\u2019' or '\u2032';

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or '_' or (>= '\u2010' and <= '\u2015') or '\u2212';
}
