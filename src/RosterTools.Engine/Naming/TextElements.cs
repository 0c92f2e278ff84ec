using System.Globalization;

namespace RosterTools.Naming;

/// <summary>
/// Counting characters as a reader does: a surrogate pair is one character, and so is a letter with the combining
/// accents that follow it (e + U+0301). Uses the character tables of .NET, not the platform's ICU.
/// </summary>
internal static class TextElements
{
    /// <summary>The first <paramref name="count"/> characters.</summary>
    public static string First(string text, int count)
    {
        var end = 0;
        for (var taken = 0; taken < count && end < text.Length; taken++)
        {
            end = Next(text, end);
        }

        return end >= text.Length ? text : text.Substring(0, end);
    }

    /// <summary>The last <paramref name="count"/> characters.</summary>
    public static string Last(string text, int count)
    {
        var total = Count(text);
        if (total <= count)
        {
            return text;
        }

        var start = 0;
        for (var skipped = 0; skipped < total - count; skipped++)
        {
            start = Next(text, start);
        }

        return text.Substring(start);
    }

    /// <summary>How many characters <paramref name="text"/> has.</summary>
    public static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i = Next(text, i))
        {
            count++;
        }

        return count;
    }

    /// <summary>Where the character after the one at <paramref name="index"/> starts.</summary>
    private static int Next(string text, int index)
    {
        var next = index + (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1);
        while (next < text.Length && IsCombining(text[next]))
        {
            next++;
        }

        return next;
    }

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
