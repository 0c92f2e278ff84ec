using System.Collections.Generic;
using RosterTools.OneRoster.Csv;

namespace RosterTools.OneRoster.Schema;

/// <summary>
/// 1.1 users.csv orgSourcedIds. The orgs are not kept on the user: with the role they become role records, as
/// 1.2 has them in roles.csv. Writing a 1.1 users.csv takes them from those role records.
/// </summary>
internal sealed class LegacyOrgSourcedIdsField : ListField<User>
{
    public LegacyOrgSourcedIdsField()
        : base("orgSourcedIds", FieldFormat.GuidReferenceList, FieldRequirement.Required, VersionSet.V1_1, _ => System.Array.Empty<string>(), (_, _) => { })
    {
        Target = OneRosterEntity.Orgs;
    }

    public override bool IsBlank(User record) => false;

    protected override void Store(User record, RowContext row, IReadOnlyList<string> items) => row.LegacyOrgSourcedIds = items;
}

/// <summary>1.1 users.csv role; see <see cref="LegacyOrgSourcedIdsField"/>.</summary>
internal sealed class LegacyRoleField : EnumField<User, UserRole>
{
    public LegacyRoleField()
        : base("role", FieldRequirement.Required, VersionSet.V1_1, _ => default, (_, _) => { })
    {
    }

    public override bool IsBlank(User record) => false;

    protected override void Store(User record, RowContext row, SpecEnum<UserRole> value) => row.LegacyRole = value;
}
