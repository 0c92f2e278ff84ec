using System;
using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>
/// The grade levels OneRoster uses: the CEDS "Entry Grade Level" codes (1.1 requires them; 1.2 leaves the
/// vocabulary to agreement, and CEDS is what US districts agree on).
/// </summary>
public static class Grades
{
    private static readonly string[] Codes =
    {
        "IT", "PR", "PK", "TK", "KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "PS", "UG", "Other",
    };

    private static readonly Dictionary<string, int> Order = BuildOrder();

    /// <summary>Every CEDS grade code, youngest first (then PS, UG, Other).</summary>
    public static IReadOnlyList<string> All => Codes;

    /// <summary>Whether <paramref name="grade"/> is a CEDS code, spelled exactly.</summary>
    public static bool IsCeds(string grade) => Order.ContainsKey(grade);

    /// <summary>The position of a grade in <see cref="All"/> (KG is 4, 01 is 5, 12 is 16), or -1 when it is not a CEDS code.</summary>
    public static int Ordinal(string grade) => Order.TryGetValue(grade, out var ordinal) ? ordinal : -1;

    /// <summary>The CEDS code for a grade written another way (<c>1</c>, <c>k</c>, <c>kg</c>), or null.</summary>
    public static string? Normalize(string grade)
    {
        var text = grade.Trim();
        if (Order.ContainsKey(text))
        {
            return text;
        }

        foreach (var code in Codes)
        {
            if (string.Equals(code, text, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        if (string.Equals(text, "K", StringComparison.OrdinalIgnoreCase))
        {
            return "KG";
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 13
            ? number.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static Dictionary<string, int> BuildOrder()
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Codes.Length; i++)
        {
            order[Codes[i]] = i;
        }

        return order;
    }
}
