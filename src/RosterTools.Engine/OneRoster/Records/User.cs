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
    private string[] _agentSourcedIds = System.Array.Empty<string>();
    private string[] _grades = System.Array.Empty<string>();

    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.Users;

    /// <summary>false when the person exists but system access is curtailed by the district's rules.</summary>
    public bool? EnabledUser
    {
        get => Packed.GetBool(_enabledUser);
        set => _enabledUser = Packed.SetBool(value);
    }

    /// <summary>The username the SIS holds.</summary>
    public string? Username { get; set; }

    /// <summary>Identifiers of the user in other systems (<c>{LDAP:jdoe}</c>).</summary>
    public IReadOnlyList<UserId> UserIds
    {
        get => _userIds;
        set => _userIds = value is null || value.Count == 0 ? NoUserIds : System.Linq.Enumerable.ToArray(value);
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
    public string? Email { get; set; }

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
    public string? Password { get; set; }

    /// <summary>The master identifier across systems (1.2).</summary>
    public string? UserMasterIdentifier { get; set; }

    /// <summary>The given name the person prefers (1.2).</summary>
    public string? PreferredGivenName { get; set; }

    /// <summary>The middle name the person prefers (1.2).</summary>
    public string? PreferredMiddleName { get; set; }

    /// <summary>The family name the person prefers (1.2).</summary>
    public string? PreferredFamilyName { get; set; }

    /// <summary>The user's primary org (1.2).</summary>
    public string? PrimaryOrgSourcedId { get; set; }

    /// <summary>The person's pronouns (1.2).</summary>
    public string? Pronouns { get; set; }

    /// <summary>"Given Family (sourcedId)".</summary>
    public override string ToString() => $"{GivenName} {FamilyName} ({SourcedId})";
}
