using System.Collections.Generic;
using System.Text;

namespace RosterTools.Naming;

/// <summary>
/// Makes rendered names valid for the directories RosterTools writes to. A username (sAMAccountName,
/// mailNickname, the local part of a user principal name) is ASCII lower-case letters, digits, period, hyphen and
/// underscore, with no period at either end and no two periods in a row: AD and Entra refuse anything else.
/// </summary>
public static class NameSanitizer
{
    /// <summary>Cleans a rendered value as <paramref name="field"/> needs (see <see cref="TemplateField"/>).</summary>
    public static string ForField(TemplateField field, string text, ICollection<string>? dropped = null) => field switch
    {
        TemplateField.Username => Username(text, dropped),
        TemplateField.UserPrincipalName or TemplateField.Email => Address(text, dropped),
        TemplateField.DisplayName or TemplateField.GroupName => TemplateTransforms.Trim(text),
        _ => text,
    };

    /// <summary>
    /// A valid username from <paramref name="text"/>: transliterated (characters with no ASCII form dropped and
    /// added to <paramref name="dropped"/>), lower-cased, everything but a-z 0-9 . - _ removed (spaces and
    /// apostrophes too: O'Brien → obrien), runs of periods one period, no period or hyphen at either end. May be
    /// empty.
    /// </summary>
    public static string Username(string text, ICollection<string>? dropped = null)
    {
        var ascii = Transliteration.ToAscii(text, dropped);
        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            if (!TemplateTransforms.IsDirectoryCharacter(lower) || (lower == '.' && (builder.Length == 0 || builder[builder.Length - 1] == '.')))
            {
                continue;
            }

            builder.Append(lower);
        }

        return builder.ToString().Trim('.', '-');
    }

    /// <summary>
    /// A valid user principal name or email address: the part before the last @ cleaned as a
    /// <see cref="Username"/>, the domain lower-cased ASCII letters, digits, hyphens and single periods. Text
    /// without @ is cleaned as a username.
    /// </summary>
    public static string Address(string text, ICollection<string>? dropped = null)
    {
        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            return Username(text, dropped);
        }

        var domain = Username(text.Substring(at + 1), dropped).Replace("_", string.Empty);
        return Username(text.Substring(0, at), dropped) + "@" + domain.Trim('-');
    }

    /// <summary>
    /// <paramref name="name"/> cut to at most <paramref name="maxLength"/> characters, without a period (or
    /// hyphen) left dangling at the end: <c>john.smithson</c> cut to 5 is <c>john</c>.
    /// </summary>
    public static string Truncate(string name, int maxLength)
    {
        if (maxLength <= 0)
        {
            return string.Empty;
        }

        return TrimEnd(name.Length <= maxLength ? name : name.Substring(0, maxLength));
    }

    private static string TrimEnd(string name)
    {
        var end = name.Length;
        while (end > 0 && name[end - 1] is '.' or '-')
        {
            end--;
        }

        return end == name.Length ? name : name.Substring(0, end);
    }
}
