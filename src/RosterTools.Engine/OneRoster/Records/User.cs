using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>
/// users.csv: a student, teacher, staff member or guardian. The orgs a user belongs to and the roles held there
/// are <see cref="RoleAssignment"/> records (roles.csv in 1.2; derived from orgSourcedIds and role in 1.1).
/// </summary>
public sealed class User : OneRosterRecord
{
    private static readonly UserId[] NoUserIds = System.Array.Empty<UserId>();
    private byte _enabledUser;
    private UserId[] _userIds = NoUserIds;
    private IReadOnlyList<string> _agentSourcedIds = System.Array.Empty<string>();
    private IReadOnlyList<string> _grades = System.Array.Empty<string>();
    private string? _username;
    private object? _email;
    private UserDetails? _details;

    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.Users;

    /// <summary>false when the person exists but system access is curtailed by the district's rules.</summary>
    public bool? EnabledUser
    {
        get => Packed.GetBool(_enabledUser);
        set => _enabledUser = Packed.SetBool(value);
    }

    /// <summary>The username the SIS holds.</summary>
    public string? Username
    {
        get => _username;
        set
        {
            // An address kept as "the username at a domain" must not change with the username.
            if (_email is UsernameEmail)
            {
                _email = Email;
            }

            _username = value;
        }
    }

    /// <summary>Identifiers of the user in other systems (<c>{LDAP:jdoe}</c>).</summary>
    public IReadOnlyList<UserId> UserIds
    {
        get => _userIds;
        set => _userIds = value is null || value.Count == 0 ? NoUserIds : value as UserId[] ?? System.Linq.Enumerable.ToArray(value);
    }

    /// <summary>The legal given name.</summary>
    public string? GivenName { get; set; }

    /// <summary>The legal family name.</summary>
    public string? FamilyName { get; set; }

    /// <summary>The middle name(s), space separated.</summary>
    public string? MiddleName { get; set; }

    /// <summary>A human-readable identifier, such as the student number.</summary>
    public string? Identifier { get; set; }

    /// <summary>The email address.</summary>
    public string? Email
    {
        get => _email is UsernameEmail address ? _username + "@" + address.Domain : (string?)_email;
        set => _email = UsernameEmail.Compact(value, _username);
    }

    /// <summary>The SMS number.</summary>
    public string? Sms { get; set; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Related users: a student's guardians, a guardian's children.</summary>
    public IReadOnlyList<string> AgentSourcedIds
    {
        get => _agentSourcedIds;
        set => _agentSourcedIds = Packed.SetList(value);
    }

    /// <summary>The grade(s) a student is in (CEDS codes).</summary>
    public IReadOnlyList<string> Grades
    {
        get => _grades;
        set => _grades = Packed.SetList(value);
    }

    /// <summary>A password the SIS supplies (often an initial password). Never displayed or logged by RosterTools.</summary>
    public string? Password
    {
        get => _details?.Password;
        set => UserDetails.Set(ref _details, value, (details, text) => details.Password = text);
    }

    /// <summary>The master identifier across systems (1.2).</summary>
    public string? UserMasterIdentifier
    {
        get => _details?.UserMasterIdentifier;
        set => UserDetails.Set(ref _details, value, (details, text) => details.UserMasterIdentifier = text);
    }

    /// <summary>The given name the person prefers (1.2).</summary>
    public string? PreferredGivenName
    {
        get => _details?.PreferredGivenName;
        set => UserDetails.Set(ref _details, value, (details, text) => details.PreferredGivenName = text);
    }

    /// <summary>The middle name the person prefers (1.2).</summary>
    public string? PreferredMiddleName
    {
        get => _details?.PreferredMiddleName;
        set => UserDetails.Set(ref _details, value, (details, text) => details.PreferredMiddleName = text);
    }

    /// <summary>The family name the person prefers (1.2).</summary>
    public string? PreferredFamilyName
    {
        get => _details?.PreferredFamilyName;
        set => UserDetails.Set(ref _details, value, (details, text) => details.PreferredFamilyName = text);
    }

    /// <summary>The user's primary org (1.2).</summary>
    public string? PrimaryOrgSourcedId { get; set; }

    /// <summary>The person's pronouns (1.2).</summary>
    public string? Pronouns
    {
        get => _details?.Pronouns;
        set => UserDetails.Set(ref _details, value, (details, text) => details.Pronouns = text);
    }

    /// <summary>
    /// Makes equal values share one string where SIS exports repeat them (a userIds entry that is the identifier,
    /// an SMS number that is the phone number): two million users, a few dozen bytes each.
    /// </summary>
    internal void ShareRepeatedStrings()
    {
        if (Sms is not null && !ReferenceEquals(Sms, Phone) && Sms == Phone)
        {
            Sms = Phone;
        }

        if (Identifier is null)
        {
            return;
        }

        for (var i = 0; i < _userIds.Length; i++)
        {
            var id = _userIds[i];
            if (!ReferenceEquals(id.Identifier, Identifier) && id.Identifier == Identifier)
            {
                _userIds[i] = new UserId(id.Type, Identifier);
            }
        }
    }

    /// <summary>"Given Family (sourcedId)".</summary>
    public override string ToString() => $"{GivenName} {FamilyName} ({SourcedId})";
}
