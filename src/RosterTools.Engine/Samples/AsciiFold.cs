using System;
using System.Collections.Generic;
using System.Text;

namespace RosterTools.Samples;

/// <summary>
/// Turns a name into the letters of a username: lowercase ASCII, accents removed (José → jose, Nguyễn → nguyen,
/// Søren → soren, Łukasz → lukasz, Müller → muller), apostrophes, hyphens, periods and spaces dropped (O'Brien →
/// obrien, De La Cruz → delacruz). The table is explicit rather than Unicode decomposition, so the result does not
/// depend on the platform's globalization mode.
/// </summary>
internal static class AsciiFold
{
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
    private const string Plain = "AAAAAACEEEEIIIIDNOOOOOOUUUUYaaaaaaceeeeiiiidnoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzsOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";
    private static readonly Dictionary<char, string> Table = Build();

    /// <summary>The folded form of <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name has a letter the table does not know (a mistake in the name lists).</exception>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append((char)(c + ('a' - 'A')));
            }
            else if (c is '\'' or '-' or ' ' or '.')
            {
                continue;
            }
            else if (Table.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
            }
            else
            {
                throw new ArgumentException($"'{name}' has the character U+{(int)c:X4}, which has no ASCII form in the sample name table.", nameof(name));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>
        {
            ['ß'] = "ss",
            ['æ'] = "ae",
            ['Æ'] = "ae",
            ['œ'] = "oe",
            ['Œ'] = "oe",
            ['þ'] = "th",
            ['Þ'] = "th",
        };
        for (var i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = char.ToLowerInvariant(Plain[i]).ToString();
        }

        return table;
    }
}
