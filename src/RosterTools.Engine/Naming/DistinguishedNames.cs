using System.Globalization;
using System.Text;

namespace RosterTools.Naming;

/// <summary>Escaping for values placed in an LDAP distinguished name (RFC 4514), for OU templates.</summary>
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
}
