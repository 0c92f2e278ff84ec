using System;
using System.Collections.Generic;

namespace RosterTools.Targets;

/// <summary>
/// An account as a directory holds it (Active Directory, Entra ID, a SCIM app, the local store): what the planner
/// compares a SIS person with. Property names follow what Get-ADUser and Get-MgUser return, so their objects map
/// onto it by name.
/// </summary>
public sealed class DirectoryAccount
{
    /// <summary>The directory's own id (objectGUID, Entra object id, SCIM id); null when the source has none.</summary>
    public string? Id { get; set; }

    /// <summary>The anchor: the value of the attribute that ties the account to a SIS person (employeeId by default).</summary>
    public string? Anchor { get; set; }

    /// <summary>The account name: sAMAccountName in AD, mailNickname in Entra, userName in SCIM.</summary>
    public string? Username { get; set; }

    /// <summary>The user principal name.</summary>
    public string? UserPrincipalName { get; set; }

    /// <summary>The email address.</summary>
    public string? Email { get; set; }

    /// <summary>The given name.</summary>
    public string? GivenName { get; set; }

    /// <summary>The surname.</summary>
    public string? Surname { get; set; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Whether the account can sign in.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The container: the OU's distinguished name in AD, the administrative unit in Entra.</summary>
    public string? Container { get; set; }

    /// <summary>The distinguished name (AD).</summary>
    public string? DistinguishedName { get; set; }

    /// <summary>The groups the account is a member (or owner) of, by name.</summary>
    public IList<string> Groups { get; set; } = new List<string>();

    /// <summary>The licences assigned (SKU part numbers).</summary>
    public IList<string> Licenses { get; set; } = new List<string>();

    /// <summary>The best name to show for the account in messages.</summary>
    public string Label => Username ?? UserPrincipalName ?? DisplayName ?? Id ?? Anchor ?? "(unnamed account)";

    /// <summary>The label and anchor.</summary>
    public override string ToString() => Anchor is null ? Label : $"{Label} ({Anchor})";

    /// <summary>Whether the account is a member of <paramref name="group"/> (names compare without case).</summary>
    public bool IsMemberOf(string group)
    {
        foreach (var name in Groups)
        {
            if (string.Equals(name, group, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
