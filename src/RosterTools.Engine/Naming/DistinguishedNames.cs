using System;
using System.Globalization;
using System.Text;

namespace RosterTools.Naming;

/// <summary>LDAP distinguished names (RFC 4514): escaping values for OU templates, and reading a DN's leaf and parent.</summary>
public static class DistinguishedNames
{
    /// <summary>
    /// <paramref name="value"/> escaped for an attribute value of a distinguished name: <c>, + " \ &lt; &gt; ; =</c>
    /// get a backslash, as do a leading <c>#</c> or space and a trailing space; control characters become
    /// <c>\XX</c>. "Smith, Jr." → <c>Smith\, Jr.</c>. Use as the escape function of
    /// <see cref="NameTemplate.Render(System.Func{string, string}, System.Func{string, string})"/>.
    /// </summary>
    public static string EscapeValue(string value)
    {
        var builder = new StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x20 || c == 0x7F)
            {
                builder.Append('\\').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else if (c is ',' or '+' or '"' or '\\' or '<' or '>' or ';' or '=' || (i == 0 && c is '#' or ' ') || (i == value.Length - 1 && c == ' '))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The name of the leaf (the CN of a group's DN); a text that is not a DN is returned as it is.</summary>
    public static string LeafName(string text)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0 || !LooksLikeDn(text))
        {
            return text;
        }

        var end = FirstSeparator(text);
        return Unescape(text.Substring(equals + 1, (end < 0 ? text.Length : end) - equals - 1));
    }

    /// <summary>The parent of a DN (the OU an account is in), or null.</summary>
    public static string? Parent(string? distinguishedName)
    {
        if (distinguishedName is null)
        {
            return null;
        }

        var separator = FirstSeparator(distinguishedName);
        return separator < 0 ? null : distinguishedName.Substring(separator + 1).TrimStart();
    }

    private static bool LooksLikeDn(string text) => text.IndexOf(',') > 0 || text.StartsWith("CN=", StringComparison.OrdinalIgnoreCase);

    private static int FirstSeparator(string dn)
    {
        for (var i = 0; i < dn.Length; i++)
        {
            if (dn[i] == '\\')
            {
                i++;
            }
            else if (dn[i] == ',')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
            }

            text.Append(value[i]);
        }

        return text.ToString();
    }
}
