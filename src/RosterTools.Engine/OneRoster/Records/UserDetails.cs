using System;

namespace RosterTools.OneRoster;

/// <summary>
/// The users.csv fields that most users leave empty (passwords, master identifiers, preferred names, pronouns),
/// kept in a side object that only the users who have one of them carry: 40 bytes less for every other user.
/// </summary>
internal sealed class UserDetails
{
    public string? Password { get; set; }

    public string? UserMasterIdentifier { get; set; }

    public string? PreferredGivenName { get; set; }

    public string? PreferredMiddleName { get; set; }

    public string? PreferredFamilyName { get; set; }

    public string? Pronouns { get; set; }

    /// <summary>Sets a field, creating the side object only when there is a value to hold.</summary>
    public static void Set(ref UserDetails? details, string? value, Action<UserDetails, string?> assign)
    {
        if (value is null && details is null)
        {
            return;
        }

        assign(details ??= new UserDetails(), value);
    }
}
