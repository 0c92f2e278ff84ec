using System;

namespace RosterTools.OneRoster;

/// <summary>
/// roles.csv (1.2): a role a user holds in an org, primary or secondary. In a 1.1 bundle these are derived from
/// users.csv orgSourcedIds and role (<see cref="IsDerived"/>), so the rest of RosterTools sees one model.
/// </summary>
public sealed class RoleAssignment : OneRosterRecord
{
    private const int RoleTypeField = 1;
    private const int RoleField = 2;
    private byte _roleType;
    private byte _role;
    private int _beginDate;
    private int _endDate;

    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.Roles;

    /// <summary>The user.</summary>
    public string? UserSourcedId { get; set; }

    /// <summary>primary or secondary.</summary>
    public SpecEnum<RoleType> RoleType
    {
        get => Packed.GetEnum<RoleType>(_roleType, _extras, RoleTypeField);
        set => _roleType = Packed.SetEnum(value, ref _extras, RoleTypeField);
    }

    /// <summary>student, teacher, guardian, siteAdministrator...</summary>
    public SpecEnum<UserRole> Role
    {
        get => Packed.GetEnum<UserRole>(_role, _extras, RoleField);
        set => _role = Packed.SetEnum(value, ref _extras, RoleField);
    }

    /// <summary>The first day of the role (inclusive).</summary>
    public DateTime? BeginDate
    {
        get => Packed.GetDate(_beginDate);
        set => _beginDate = Packed.SetDate(value);
    }

    /// <summary>The end of the role (exclusive).</summary>
    public DateTime? EndDate
    {
        get => Packed.GetDate(_endDate);
        set => _endDate = Packed.SetDate(value);
    }

    /// <summary>The org in which the user holds the role.</summary>
    public string? OrgSourcedId { get; set; }

    /// <summary>The user profile that goes with the role.</summary>
    public string? UserProfileSourcedId { get; set; }

    /// <summary>Whether the role was derived from a 1.1 users.csv row rather than read from roles.csv.</summary>
    public bool IsDerived { get; internal set; }

    /// <summary>Whether this is the primary role.</summary>
    public bool IsPrimary => RoleType.Is(OneRoster.RoleType.Primary);
}
