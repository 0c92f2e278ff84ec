using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

using RosterTools.Naming;

namespace RosterTools.Targets;

/// <summary>
/// Turns an object's properties (what Get-ADUser, Get-MgUser or a CSV row give, by name, in any case) into a
/// <see cref="DirectoryAccount"/>. Each account field is taken from the first of its names the object has.
/// </summary>
public static class AccountProperties
{
    private static readonly string[] IdNames = { "ObjectGUID", "Id", "ObjectId" };
    private static readonly string[] UsernameNames = { "SamAccountName", "MailNickname", "UserName", "Username" };
    private static readonly string[] UpnNames = { "UserPrincipalName" };
    private static readonly string[] EmailNames = { "Mail", "EmailAddress", "Email" };
    private static readonly string[] GivenNameNames = { "GivenName" };
    private static readonly string[] SurnameNames = { "Surname", "Sn", "FamilyName" };
    private static readonly string[] DisplayNameNames = { "DisplayName" };
    private static readonly string[] EnabledNames = { "Enabled", "AccountEnabled", "Active" };
    private static readonly string[] DistinguishedNameNames = { "DistinguishedName" };
    private static readonly string[] ContainerNames = { "Container", "Path", "ParentContainer" };
    private static readonly string[] GroupNames = { "MemberOf", "Groups" };
    private static readonly string[] LicenseNames = { "Licenses", "AssignedLicenseSkus" };

    /// <summary>The account an object's properties describe. <paramref name="anchorAttribute"/> names the property that holds the anchor.</summary>
    /// <exception cref="FormatException">A property has a value that cannot mean what its name says (Enabled = "maybe").</exception>
    public static DirectoryAccount ToAccount(IReadOnlyDictionary<string, object?> properties, string anchorAttribute)
    {
        var byName = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in properties)
        {
            byName[property.Key] = property.Value;
        }

        var distinguishedName = Text(byName, DistinguishedNameNames);
        var account = new DirectoryAccount
        {
            Id = Text(byName, IdNames),
            Anchor = Text(byName, new[] { anchorAttribute, "Anchor" }),
            Username = Text(byName, UsernameNames),
            UserPrincipalName = Text(byName, UpnNames),
            Email = Text(byName, EmailNames),
            GivenName = Text(byName, GivenNameNames),
            Surname = Text(byName, SurnameNames),
            DisplayName = Text(byName, DisplayNameNames),
            Enabled = Boolean(byName, EnabledNames) ?? true,
            DistinguishedName = distinguishedName,
            Container = Text(byName, ContainerNames) ?? DistinguishedNames.Parent(distinguishedName),
            Groups = List(byName, GroupNames, DistinguishedNames.LeafName),
            Licenses = List(byName, LicenseNames, value => value),
        };
        return account;
    }

    private static object? Value(Dictionary<string, object?> byName, string[] names)
    {
        foreach (var name in names)
        {
            if (byName.TryGetValue(name, out var value) && value is not null && !(value is string text && text.Length == 0))
            {
                return value;
            }
        }

        return null;
    }

    private static string? Text(Dictionary<string, object?> byName, string[] names) => Value(byName, names) switch
    {
        null => null,
        string text => text,
        byte[] bytes when bytes.Length == 16 => new Guid(bytes).ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    private static bool? Boolean(Dictionary<string, object?> byName, string[] names)
    {
        switch (Value(byName, names))
        {
            case null:
                return null;
            case bool flag:
                return flag;
            case var other:
                var text = Convert.ToString(other, CultureInfo.InvariantCulture)!.Trim();
                if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1")
                {
                    return true;
                }

                if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text == "0")
                {
                    return false;
                }

                throw new FormatException($"'{text}' is not true or false ({string.Join("/", names)}).");
        }
    }

    /// <summary>A list from an array or collection, or from text with the items separated by semicolons.</summary>
    private static IList<string> List(Dictionary<string, object?> byName, string[] names, Func<string, string> item)
    {
        var items = new List<string>();
        switch (Value(byName, names))
        {
            case null:
                break;
            case string text:
                foreach (var part in text.Split(';'))
                {
                    if (part.Trim().Length > 0)
                    {
                        items.Add(item(part.Trim()));
                    }
                }

                break;
            case IEnumerable values:
                foreach (var value in values)
                {
                    var text = Convert.ToString(value, CultureInfo.InvariantCulture);
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        items.Add(item(text!.Trim()));
                    }
                }

                break;
            case var other:
                items.Add(item(Convert.ToString(other, CultureInfo.InvariantCulture)!));
                break;
        }

        return items;
    }
}
