using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using RosterTools.OneRoster;

namespace RosterTools.Testing.Loopback;

/// <summary>
/// Writes records as the OneRoster REST binding has them (1.1, and 1.2 as the 1EdTech OpenAPI document describes),
/// written here by hand and independently of the engine's reader, so that a test that reads them back checks the
/// reader against the binding rather than against itself. Enumerations are written as the source spelled them, so
/// that a roster with off-spec values gives the same findings over REST as from CSV.
/// </summary>
internal sealed class RecordJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };
    private readonly Roster _roster;
    private readonly OneRosterVersion _version;
    private readonly string _service;
    private readonly DateTime _stamp;
    private readonly Dictionary<string, List<string>> _orgChildren;
    private readonly Dictionary<string, List<string>> _sessionChildren;
    private readonly Dictionary<string, List<UserProfile>> _profiles;

    public RecordJson(Roster roster, string serviceUrl, DateTime stamp)
    {
        _roster = roster;
        _version = roster.Version;
        _service = serviceUrl.TrimEnd('/');
        _stamp = stamp;
        _orgChildren = Children(roster.Orgs, org => org.ParentSourcedId);
        _sessionChildren = Children(roster.AcademicSessions, session => session.ParentSourcedId);
        _profiles = roster.UserProfiles.Where(profile => profile.UserSourcedId is not null).GroupBy(profile => profile.UserSourcedId!).ToDictionary(group => group.Key, group => group.ToList());
    }

    public byte[] Write(OneRosterRecord record)
    {
        using var stream = new MemoryStream(512);
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("sourcedId", record.SourcedId);
            json.WriteString("status", record.Status.Text ?? "active");
            json.WriteString("dateLastModified", (record.DateLastModified ?? _stamp).ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture));
            Metadata(json, record);
            switch (record)
            {
                case Org org:
                    WriteOrg(json, org);
                    break;
                case AcademicSession session:
                    WriteSession(json, session);
                    break;
                case Course course:
                    WriteCourse(json, course);
                    break;
                case Class @class:
                    WriteClass(json, @class);
                    break;
                case User user:
                    WriteUser(json, user);
                    break;
                case Enrollment enrollment:
                    WriteEnrollment(json, enrollment);
                    break;
                case Demographics demographics:
                    WriteDemographics(json, demographics);
                    break;
                default:
                    throw new ArgumentException($"The REST binding has no collection of {record.Entity}.");
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private void WriteOrg(Utf8JsonWriter json, Org org)
    {
        Text(json, "name", org.Name);
        Text(json, "type", org.Type.Text);
        Text(json, "identifier", org.Identifier);
        Ref(json, "parent", "orgs", "org", org.ParentSourcedId);
        Refs(json, "children", "orgs", "org", _orgChildren.TryGetValue(org.SourcedId, out var children) ? children : null);
    }

    private void WriteSession(Utf8JsonWriter json, AcademicSession session)
    {
        Text(json, "title", session.Title);
        Date(json, "startDate", session.StartDate);
        Date(json, "endDate", session.EndDate);
        Text(json, "type", session.Type.Text);
        Ref(json, "parent", "academicSessions", "academicSession", session.ParentSourcedId);
        Refs(json, "children", "academicSessions", "academicSession", _sessionChildren.TryGetValue(session.SourcedId, out var children) ? children : null);
        Text(json, "schoolYear", session.SchoolYear?.ToString("0000", CultureInfo.InvariantCulture));
    }

    private void WriteCourse(Utf8JsonWriter json, Course course)
    {
        Text(json, "title", course.Title);
        Ref(json, "schoolYear", "academicSessions", "academicSession", course.SchoolYearSourcedId);
        Text(json, "courseCode", course.CourseCode);
        Texts(json, "grades", course.Grades);
        Texts(json, "subjects", course.Subjects);
        Ref(json, "org", "orgs", "org", course.OrgSourcedId);
        Texts(json, "subjectCodes", course.SubjectCodes);
    }

    private void WriteClass(Utf8JsonWriter json, Class @class)
    {
        Text(json, "title", @class.Title);
        Text(json, "classCode", @class.ClassCode);
        Text(json, "classType", @class.ClassType.Text);
        Text(json, "location", @class.Location);
        Texts(json, "grades", @class.Grades);
        Texts(json, "subjects", @class.Subjects);
        Ref(json, "course", "courses", "course", @class.CourseSourcedId);
        Ref(json, "school", "schools", "org", @class.SchoolSourcedId);
        Refs(json, "terms", "academicSessions", "academicSession", @class.TermSourcedIds);
        Texts(json, "subjectCodes", @class.SubjectCodes);
        Texts(json, "periods", @class.Periods);
    }

    private void WriteUser(Utf8JsonWriter json, User user)
    {
        var roles = _roster.RolesOf(user.SourcedId);
        if (_version == OneRosterVersion.V1_2)
        {
            Text(json, "userMasterIdentifier", user.UserMasterIdentifier);
        }

        Text(json, "username", user.Username);
        if (user.UserIds.Count > 0)
        {
            json.WriteStartArray("userIds");
            foreach (var id in user.UserIds)
            {
                json.WriteStartObject();
                json.WriteString("type", id.Type);
                json.WriteString("identifier", id.Identifier);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        Bool(json, "enabledUser", user.EnabledUser);
        Text(json, "givenName", user.GivenName);
        Text(json, "familyName", user.FamilyName);
        Text(json, "middleName", user.MiddleName);
        if (_version == OneRosterVersion.V1_1)
        {
            // 1.1: one role, and the orgs it is held in, primary first.
            Text(json, "role", roles.Count > 0 ? roles[0].Role.Text : null);
        }
        else
        {
            Text(json, "preferredFirstName", user.PreferredGivenName);
            Text(json, "preferredMiddleName", user.PreferredMiddleName);
            Text(json, "preferredLastName", user.PreferredFamilyName);
            Text(json, "pronouns", user.Pronouns);
            WriteRoles(json, roles);
            WriteProfiles(json, user);
            Ref(json, "primaryOrg", "orgs", "org", user.PrimaryOrgSourcedId);
        }

        Text(json, "identifier", user.Identifier);
        Text(json, "email", user.Email);
        Text(json, "sms", user.Sms);
        Text(json, "phone", user.Phone);
        Refs(json, "agents", "users", "user", user.AgentSourcedIds);
        if (_version == OneRosterVersion.V1_1)
        {
            Refs(json, "orgs", "orgs", "org", roles.Select(role => role.OrgSourcedId!).ToList());
        }

        Texts(json, "grades", user.Grades);
        Text(json, "password", user.Password);
    }

    private void WriteRoles(Utf8JsonWriter json, IReadOnlyList<RoleAssignment> roles)
    {
        json.WriteStartArray("roles");
        foreach (var role in roles)
        {
            json.WriteStartObject();
            Text(json, "roleType", role.RoleType.Text);
            Text(json, "role", role.Role.Text);
            Ref(json, "org", "orgs", "org", role.OrgSourcedId);
            Text(json, "userProfile", role.UserProfileSourcedId);
            Date(json, "beginDate", role.BeginDate);
            Date(json, "endDate", role.EndDate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteProfiles(Utf8JsonWriter json, User user)
    {
        if (!_profiles.TryGetValue(user.SourcedId, out var profiles))
        {
            return;
        }

        json.WriteStartArray("userProfiles");
        foreach (var profile in profiles)
        {
            json.WriteStartObject();
            json.WriteString("profileId", profile.SourcedId);
            Text(json, "profileType", profile.ProfileType);
            Text(json, "vendorId", profile.VendorId);
            Text(json, "applicationId", profile.ApplicationId);
            Text(json, "description", profile.Description);
            json.WriteStartArray("credentials");
            json.WriteStartObject();
            Text(json, "type", profile.CredentialType);
            Text(json, "username", profile.Username);
            Text(json, "password", profile.Password);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteEnrollment(Utf8JsonWriter json, Enrollment enrollment)
    {
        Ref(json, "user", "users", "user", enrollment.UserSourcedId);
        Ref(json, "class", "classes", "class", enrollment.ClassSourcedId);
        Ref(json, "school", "schools", "org", enrollment.SchoolSourcedId);
        Text(json, "role", enrollment.Role.Text);
        Bool(json, "primary", enrollment.Primary);
        Date(json, "beginDate", enrollment.BeginDate);
        Date(json, "endDate", enrollment.EndDate);
    }

    private static void WriteDemographics(Utf8JsonWriter json, Demographics demographics)
    {
        Date(json, "birthDate", demographics.BirthDate);
        Text(json, "sex", demographics.Sex.Text);
        Bool(json, "americanIndianOrAlaskaNative", demographics.AmericanIndianOrAlaskaNative);
        Bool(json, "asian", demographics.Asian);
        Bool(json, "blackOrAfricanAmerican", demographics.BlackOrAfricanAmerican);
        Bool(json, "nativeHawaiianOrOtherPacificIslander", demographics.NativeHawaiianOrOtherPacificIslander);
        Bool(json, "white", demographics.White);
        Bool(json, "demographicRaceTwoOrMoreRaces", demographics.DemographicRaceTwoOrMoreRaces);
        Bool(json, "hispanicOrLatinoEthnicity", demographics.HispanicOrLatinoEthnicity);
        Text(json, "countryOfBirthCode", demographics.CountryOfBirthCode);
        Text(json, "stateOfBirthAbbreviation", demographics.StateOfBirthAbbreviation);
        Text(json, "cityOfBirth", demographics.CityOfBirth);
        Text(json, "publicSchoolResidenceStatus", demographics.PublicSchoolResidenceStatus);
    }

    /// <summary>metadata.* extensions go back into metadata; other extension columns too, under their own names.</summary>
    private static void Metadata(Utf8JsonWriter json, OneRosterRecord record)
    {
        if (record.Extensions.Count == 0)
        {
            return;
        }

        json.WriteStartObject("metadata");
        foreach (var extension in record.Extensions)
        {
            json.WriteString(extension.Key.StartsWith("metadata.", StringComparison.Ordinal) ? extension.Key.Substring("metadata.".Length) : extension.Key, extension.Value);
        }

        json.WriteEndObject();
    }

    private void Ref(Utf8JsonWriter json, string name, string path, string type, string? sourcedId)
    {
        if (string.IsNullOrEmpty(sourcedId))
        {
            return;
        }

        json.WritePropertyName(name);
        GuidRef(json, path, type, sourcedId!);
    }

    private void Refs(Utf8JsonWriter json, string name, string path, string type, IReadOnlyList<string>? sourcedIds)
    {
        if (sourcedIds is null || sourcedIds.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var sourcedId in sourcedIds)
        {
            GuidRef(json, path, type, sourcedId);
        }

        json.WriteEndArray();
    }

    private void GuidRef(Utf8JsonWriter json, string path, string type, string sourcedId)
    {
        json.WriteStartObject();
        json.WriteString("href", _service + "/" + path + "/" + Uri.EscapeDataString(sourcedId));
        json.WriteString("sourcedId", sourcedId);
        json.WriteString("type", type);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    private static void Texts(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Bool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is bool flag)
        {
            json.WriteString(name, flag ? "true" : "false");
        }
    }

    private static void Date(Utf8JsonWriter json, string name, DateTime? value)
    {
        if (value is DateTime date)
        {
            json.WriteString(name, date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture));
        }
    }

    private static Dictionary<string, List<string>> Children<T>(IEnumerable<T> records, Func<T, string?> parent)
        where T : OneRosterRecord
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (parent(record) is { Length: > 0 } id)
            {
                if (!children.TryGetValue(id, out var list))
                {
                    children[id] = list = new List<string>();
                }

                list.Add(record.SourcedId);
            }
        }

        return children;
    }
}
