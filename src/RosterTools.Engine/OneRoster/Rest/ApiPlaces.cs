using RosterTools.OneRoster.Rest.Json;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Rest;

/// <summary>
/// How findings about a roster read from the REST API say where a record came from: the collection it was read from
/// (roles and user profiles from users) and the JSON property (<c>school</c> rather than schoolSourcedId,
/// <c>roles.org</c>, 1.1's <c>orgs</c>).
/// </summary>
internal sealed class ApiPlaces : FindingPlaces
{
    private readonly OneRosterVersion _version;

    public ApiPlaces(OneRosterVersion version) => _version = version;

    public override string File(OneRosterRecord record) =>
        record is RoleAssignment or UserProfile ? OneRosterEntity.Users.SpecName() : record.Entity.SpecName();

    public override string? Column(OneRosterRecord record, string? column)
    {
        if (column is null)
        {
            return null;
        }

        switch (record)
        {
            case RoleAssignment { IsDerived: true }:
                return column switch
                {
                    "orgSourcedId" or "roleType" => "orgs",
                    "userSourcedId" => "sourcedId",
                    _ => column,
                };
            case RoleAssignment:
                return column == "userSourcedId" ? "sourcedId" : "roles." + (JsonMaps.Roles.ForColumn(column)?.Path ?? column);
            case UserProfile:
                return column == "userSourcedId" ? "sourcedId" : "userProfiles." + (JsonMaps.UserProfiles.ForColumn(column)?.Path ?? column);
            default:
                return JsonMaps.PropertyOf(record.Entity, _version, column) ?? column;
        }
    }

    public override string Collection(OneRosterEntity entity) => entity.SpecName();
}
