using System;
using System.Collections.Generic;
using System.Text;
using RosterTools.Naming;

namespace RosterTools.Samples;

/// <summary>
/// Turns a name into the letters of a username: lowercase ASCII, accents removed (José → jose, Nguyễn → nguyen,
/// Søren → soren, Łukasz → lukasz, Müller → muller), apostrophes, hyphens, periods and spaces dropped (O'Brien →
/// obrien, De La Cruz → delacruz). The letters come from <see cref="Transliteration"/>, whose table is explicit
/// rather than Unicode decomposition, so the result does not depend on the platform's globalization mode.
/// </summary>
internal static class AsciiFold
{
    /// <summary>The folded form of <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name has a character with no ASCII form (a mistake in the name lists).</exception>
    public static string Fold(string name)
    {
        var dropped = new List<string>();
        var ascii = Transliteration.ToAscii(name, dropped);
        if (dropped.Count > 0)
        {
            throw Unfoldable(name, dropped[0][0]);
        }

        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append((char)(c + ('a' - 'A')));
            }
            else if (c is not ('\'' or '-' or ' ' or '.'))
            {
                throw Unfoldable(name, c);
            }
        }

        return builder.ToString();
    }

    private static ArgumentException Unfoldable(string name, char c) =>
        new($"'{name}' has the character U+{(int)c:X4}, which has no ASCII form in the sample name table.", nameof(name));
}
