using System.Collections.Generic;
using RosterTools.OneRoster.Schema;

namespace RosterTools.OneRoster.Rest.Json;

/// <summary>The JSON maps of the REST binding: each collection in each version, and 1.2's roles and user profiles inside users.</summary>
internal static class JsonMaps
{
    private static readonly Dictionary<(OneRosterEntity, OneRosterVersion), object> Cache = new();

    /// <summary>1.2 RoleDType, inside a user: it has no sourcedId, status or user of its own.</summary>
    public static JsonRecordMap<RoleAssignment> Roles { get; } = JsonRecordMap<RoleAssignment>.Of(
        Schemas.Roles,
        ("roleType", JsonShape.Value, "roleType", null),
        ("role", JsonShape.Value, "role", null),
        ("org", JsonShape.Reference, "orgSourcedId", null),
        ("userProfile", JsonShape.Value, "userProfileSourcedId", null),
        ("beginDate", JsonShape.Value, "beginDate", null),
        ("endDate", JsonShape.Value, "endDate", null));

    /// <summary>1.2 UserProfileDType, inside a user: profileId is its sourcedId, and its first credential gives credentialType, username and password.</summary>
    public static JsonRecordMap<UserProfile> UserProfiles { get; } = JsonRecordMap<UserProfile>.Of(
        Schemas.UserProfiles,
        ("profileId", JsonShape.ProfileId, "sourcedId", null),
        ("profileType", JsonShape.Value, "profileType", null),
        ("vendorId", JsonShape.Value, "vendorId", null),
        ("applicationId", JsonShape.Value, "applicationId", null),
        ("description", JsonShape.Value, "description", null),
        ("credentials", JsonShape.Credentials, null, null),
        ("type", JsonShape.Value, "credentialType", "credentials"),
        ("username", JsonShape.Value, "username", "credentials"),
        ("password", JsonShape.Value, "password", "credentials"));

    public static JsonRecordMap<T> For<T>(EntitySchema<T> schema, OneRosterVersion version)
        where T : OneRosterRecord
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue((schema.Entity, version), out var map))
            {
                map = JsonRecordMap<T>.ForCollection(schema, version);
                Cache[(schema.Entity, version)] = map;
            }

            return (JsonRecordMap<T>)map;
        }
    }

    /// <summary>The <c>fields=</c> value that asks a collection for what the model reads.</summary>
    public static string FieldsParameter(OneRosterEntity entity, OneRosterVersion version) => entity switch
    {
        OneRosterEntity.Orgs => For(Schemas.Orgs, version).FieldsParameter,
        OneRosterEntity.AcademicSessions => For(Schemas.AcademicSessions, version).FieldsParameter,
        OneRosterEntity.Courses => For(Schemas.Courses, version).FieldsParameter,
        OneRosterEntity.Classes => For(Schemas.Classes, version).FieldsParameter,
        OneRosterEntity.Users => For(Schemas.Users, version).FieldsParameter,
        OneRosterEntity.Enrollments => For(Schemas.Enrollments, version).FieldsParameter,
        OneRosterEntity.Demographics => For(Schemas.Demographics, version).FieldsParameter,
        _ => string.Empty,
    };

    /// <summary>The JSON property a column of a collection is read from (null when the binding has none).</summary>
    public static string? PropertyOf(OneRosterEntity entity, OneRosterVersion version, string column) => entity switch
    {
        OneRosterEntity.Orgs => For(Schemas.Orgs, version).ForColumn(column)?.Path,
        OneRosterEntity.AcademicSessions => For(Schemas.AcademicSessions, version).ForColumn(column)?.Path,
        OneRosterEntity.Courses => For(Schemas.Courses, version).ForColumn(column)?.Path,
        OneRosterEntity.Classes => For(Schemas.Classes, version).ForColumn(column)?.Path,
        OneRosterEntity.Users => For(Schemas.Users, version).ForColumn(column)?.Path,
        OneRosterEntity.Enrollments => For(Schemas.Enrollments, version).ForColumn(column)?.Path,
        OneRosterEntity.Demographics => For(Schemas.Demographics, version).ForColumn(column)?.Path,
        OneRosterEntity.Roles => Roles.ForColumn(column)?.Path,
        OneRosterEntity.UserProfiles => UserProfiles.ForColumn(column)?.Path,
        _ => null,
    };
}
