using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Schema;
using RosterTools.Validation;

namespace RosterTools.Json;

/// <summary>
/// The JSON that RosterTools writes for other tools to parse. The shapes are a contract: fields may be added,
/// never renamed or removed.
/// </summary>
public static class RosterJson
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><c>{"version":"1.1","files":{"users":"bulk",...},"counts":{"orgs":3,...},"errors":N,"warnings":N}</c>.</summary>
    public static void WriteSummary(Stream stream, Roster roster)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("version", roster.Version.ToSpecString());
        json.WriteString("source", roster.Source);
        json.WriteStartObject("files");
        foreach (var file in roster.Manifest.Files.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            json.WriteString(file.Key, file.Value.ToString().ToLowerInvariant());
        }

        json.WriteEndObject();
        json.WriteStartObject("counts");
        foreach (var count in roster.Counts.ByCollection)
        {
            json.WriteNumber(count.Key, count.Value);
        }

        json.WriteEndObject();
        json.WriteNumber("errors", roster.ErrorCount);
        json.WriteNumber("warnings", roster.WarningCount);
        json.WriteEndObject();
    }

    /// <summary>An array of <c>{"severity","code","file","line","column","sourcedId","message"}</c>; severity is "error" or "warning".</summary>
    public static void WriteFindings(Stream stream, IEnumerable<Finding> findings)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartArray();
        foreach (var finding in findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
    }

    /// <summary>One finding as a JSON object (the shape of <see cref="WriteFindings"/>).</summary>
    internal static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("severity", finding.Severity == Severity.Error ? "error" : "warning");
        json.WriteString("code", finding.Code);
        json.WriteString("file", finding.File);
        if (finding.Line is int line)
        {
            json.WriteNumber("line", line);
        }
        else
        {
            json.WriteNull("line");
        }

        json.WriteString("column", finding.Column);
        json.WriteString("sourcedId", finding.SourcedId);
        json.WriteString("message", finding.Message);
        json.WriteEndObject();
    }

    /// <summary>Reads a finding written by <see cref="WriteFinding"/>.</summary>
    internal static Finding ReadFinding(JsonElement element)
    {
        string? Text(string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var line = element.TryGetProperty("line", out var lineValue) && lineValue.ValueKind == JsonValueKind.Number ? lineValue.GetInt32() : (int?)null;
        return new Finding(Text("severity") == "error" ? Severity.Error : Severity.Warning, Text("code") ?? string.Empty, Text("message") ?? string.Empty, Text("file"), line, Text("column"), Text("sourcedId"));
    }

    /// <summary>
    /// An array of records with the spec field names of <paramref name="version"/>, streamed as they come. Blank
    /// fields are null; lists are arrays; booleans are true or false; dates, date-times and years are spec text;
    /// userIds are <c>{"type","identifier"}</c> objects; extension columns are in <c>"extensions"</c>. Passwords
    /// are left out unless <paramref name="includeSecrets"/>. For 1.1 users, orgSourcedIds and role come from the
    /// derived role records that follow each user in <paramref name="records"/> (see <see cref="OneRosterReader.OpenEntity"/>).
    /// </summary>
    public static void WriteRecords(Stream stream, IEnumerable<OneRosterRecord> records, OneRosterVersion version, bool includeSecrets = false)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartArray();
        User? pendingUser = null;
        var pendingRoles = new List<RoleAssignment>();
        foreach (var record in records)
        {
            if (record is RoleAssignment { IsDerived: true } derived && pendingUser is not null)
            {
                pendingRoles.Add(derived);
                continue;
            }

            if (pendingUser is not null)
            {
                WriteRecord(json, pendingUser, Schemas.Users, version, includeSecrets, pendingRoles);
                pendingUser = null;
                pendingRoles.Clear();
            }

            if (record is User user && version == OneRosterVersion.V1_1)
            {
                pendingUser = user;
                continue;
            }

            WriteAny(json, record, version, includeSecrets);
            if (json.BytesPending > 64 * 1024)
            {
                json.Flush();
            }
        }

        if (pendingUser is not null)
        {
            WriteRecord(json, pendingUser, Schemas.Users, version, includeSecrets, pendingRoles);
        }

        json.WriteEndArray();
    }

    private static void WriteAny(Utf8JsonWriter json, OneRosterRecord record, OneRosterVersion version, bool includeSecrets)
    {
        switch (record)
        {
            case Org org: WriteRecord(json, org, Schemas.Orgs, version, includeSecrets, null); break;
            case AcademicSession session: WriteRecord(json, session, Schemas.AcademicSessions, version, includeSecrets, null); break;
            case Course course: WriteRecord(json, course, Schemas.Courses, version, includeSecrets, null); break;
            case Class @class: WriteRecord(json, @class, Schemas.Classes, version, includeSecrets, null); break;
            case User user: WriteRecord(json, user, Schemas.Users, version, includeSecrets, null); break;
            case UserProfile profile: WriteRecord(json, profile, Schemas.UserProfiles, version, includeSecrets, null); break;
            case RoleAssignment role: WriteRecord(json, role, Schemas.Roles, OneRosterVersion.V1_2, includeSecrets, null); break;
            case Enrollment enrollment: WriteRecord(json, enrollment, Schemas.Enrollments, version, includeSecrets, null); break;
            case Demographics demographics: WriteRecord(json, demographics, Schemas.Demographics, version, includeSecrets, null); break;
            default: throw new ArgumentOutOfRangeException(nameof(record), record, null);
        }
    }

    private static void WriteRecord<T>(Utf8JsonWriter json, T record, EntitySchema<T> schema, OneRosterVersion version, bool includeSecrets, IReadOnlyList<RoleAssignment>? legacyRoles)
        where T : OneRosterRecord
    {
        json.WriteStartObject();
        foreach (var field in schema.Fields.Where(field => field.Versions.Includes(version)))
        {
            if (field.IsSecret && !includeSecrets)
            {
                continue;
            }

            switch (field)
            {
                case LegacyOrgSourcedIdsField:
                    WriteStrings(json, field.Name, legacyRoles?.OrderBy(role => role.IsPrimary ? 0 : 1).Select(role => role.OrgSourcedId!).ToList());
                    continue;
                case LegacyRoleField:
                    json.WriteString(field.Name, (legacyRoles?.FirstOrDefault(role => role.IsPrimary) ?? legacyRoles?.FirstOrDefault())?.Role.SpecText);
                    continue;
            }

            WriteValue(json, field, field.GetValue(record), field.FormatValue(record));
        }

        json.WriteStartObject("extensions");
        foreach (var extension in record.Extensions)
        {
            json.WriteString(extension.Key, extension.Value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, FieldSpec field, object? value, string text)
    {
        switch (value)
        {
            case null:
                json.WriteNull(field.Name);
                break;
            case bool flag:
                json.WriteBoolean(field.Name, flag);
                break;
            case IReadOnlyList<UserId> ids:
                json.WriteStartArray(field.Name);
                foreach (var id in ids)
                {
                    json.WriteStartObject();
                    json.WriteString("type", id.Type);
                    json.WriteString("identifier", id.Identifier);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            case IReadOnlyList<string> items:
                WriteStrings(json, field.Name, items);
                break;
            default:
                json.WriteString(field.Name, text);
                break;
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string>? items)
    {
        if (items is null || items.Count == 0)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
