using System.Collections.Generic;
using System.Text;

namespace RosterTools.Naming;

/// <summary>
/// Writes names in ASCII: é → e, ß → ss, ø → o, æ → ae, þ → th, Nguyễn → Nguyen, Łukasz → Lukasz, Дмитрий →
/// Dmitriy, typographic apostrophes and dashes (’ –) as ' and -. Case is kept (Æ → Ae, Ж → Zh); ASCII is left as it
/// is. The table is explicit (see the table's source), so the result is the same on every platform and in
/// invariant-globalization mode. Combining accents are dropped. A character the table does not know (Chinese,
/// Arabic, an emoji) is dropped too, never an exception: pass a collection to learn which were dropped, for a
/// finding.
/// </summary>
public static class Transliteration
{
    private static readonly Dictionary<char, string> Table = TransliterationTable.Build();

    /// <summary>The ASCII form of <paramref name="text"/>; unknown characters are dropped.</summary>
    public static string ToAscii(string text) => ToAscii(text, null);

    /// <summary>
    /// The ASCII form of <paramref name="text"/>. Each character that has no ASCII form is dropped and added to
    /// <paramref name="dropped"/> (a character, or a surrogate pair, as a string; once per occurrence).
    /// </summary>
    public static string ToAscii(string text, ICollection<string>? dropped)
    {
        if (IsAscii(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                builder.Append(c);
            }
            else if (Table.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                dropped?.Add(text.Substring(i, 2));
                i++;
            }
            else
            {
                dropped?.Add(c.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether every character of <paramref name="text"/> has an ASCII form (nothing would be dropped).</summary>
    public static bool IsKnown(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && !Table.ContainsKey(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> is ASCII already.</summary>
    public static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
