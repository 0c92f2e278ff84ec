namespace RosterTools.OneRoster;

/// <summary>userProfiles.csv (1.2): a user's account in a vendor's system.</summary>
public sealed class UserProfile : OneRosterRecord
{
    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.UserProfiles;

    /// <summary>The user.</summary>
    public string? UserSourcedId { get; set; }

    /// <summary>A label for the kind of profile.</summary>
    public string? ProfileType { get; set; }

    /// <summary>The vendor whose system the profile is for.</summary>
    public string? VendorId { get; set; }

    /// <summary>The vendor's application.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>A description.</summary>
    public string? Description { get; set; }

    /// <summary>The kind of credential.</summary>
    public string? CredentialType { get; set; }

    /// <summary>The username in the vendor's system.</summary>
    public string? Username { get; set; }

    /// <summary>The password in the vendor's system. Never displayed or logged by RosterTools.</summary>
    public string? Password { get; set; }
}
