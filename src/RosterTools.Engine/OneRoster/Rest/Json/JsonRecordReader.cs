using System;
using System.Collections.Generic;
using System.Text.Json;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Schema;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Rest.Json;

/// <summary>Reads the records nested in a property (1.2 users.roles and users.userProfiles); the reader is on the property's value.</summary>
internal delegate void NestedRecords<T>(T record, JsonField<T> field, ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    where T : OneRosterRecord;

/// <summary>
/// Reads one JSON record of the REST binding into a record of the model, column by column through the same field
/// readers as a CSV row (<see cref="FieldSpec{TRecord}.Read"/>), so that values mean the same and the same problems
/// give the same findings: a wrong-case vocabulary value is an EnumCase error, a bad date an InvalidDate. What is
/// particular to JSON (a GUIDRef object for a reference, an array for a list, metadata) is unwrapped first. Findings
/// name the collection and the JSON property; unknown properties are kept as extensions and reported once per
/// collection, as unknown CSV columns are.
/// </summary>
internal sealed class JsonRecordReader<T>
    where T : OneRosterRecord
{
    private const string MetadataPrefix = "metadata.";
    private static readonly byte[] SourcedIdUtf8 = System.Text.Encoding.UTF8.GetBytes("sourcedId");
    private static readonly byte[] TypeUtf8 = System.Text.Encoding.UTF8.GetBytes("type");
    private static readonly byte[] IdentifierUtf8 = System.Text.Encoding.UTF8.GetBytes("identifier");

    private readonly JsonRecordMap<T> _map;
    private readonly JsonRecordMap<T>? _otherVersion;
    private readonly RowContext _row;
    private readonly JsonScratch _scratch;
    private readonly string _prefix;
    private readonly HashSet<string> _reported;
    private readonly bool[] _filled;
    private readonly List<KeyValuePair<string, string>> _extensions = new();

    /// <param name="map">The properties of the records.</param>
    /// <param name="otherVersion">The properties in the other version (to say so of a property that belongs there), or null.</param>
    /// <param name="row">Where the records are (collection, position), and where findings go.</param>
    /// <param name="scratch">Buffers shared by the readers of one collection.</param>
    /// <param name="prefix">How findings name the nested records' properties: <c>roles.</c>; empty at the top.</param>
    /// <param name="reported">The unknown properties already reported in this collection.</param>
    public JsonRecordReader(JsonRecordMap<T> map, JsonRecordMap<T>? otherVersion, RowContext row, JsonScratch scratch, string prefix, HashSet<string> reported)
    {
        _map = map;
        _otherVersion = otherVersion;
        _row = row;
        _scratch = scratch;
        _prefix = prefix;
        _reported = reported;
        _filled = new bool[map.Schema.Fields.Count];
    }

    /// <summary>Reads the properties whose shape is <see cref="JsonShape.Roles"/> or <see cref="JsonShape.UserProfiles"/>.</summary>
    public NestedRecords<T>? Nested { get; set; }

    public RowContext Row => _row;

    /// <summary>Reads the record whose StartObject the reader is on; leaves it on the EndObject. The row's findings wait for <see cref="RowContext.EndRow"/>.</summary>
    public T Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int position)
    {
        var record = _map.Schema.Create();
        record.Line = position;
        _row.Line = position;
        Array.Clear(_filled, 0, _filled.Length);
        _extensions.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = (string?)null;
            var field = reader.ValueIsEscaped ? null : _map.Find(reader.ValueSpan);
            if (field is null)
            {
                name = reader.GetString()!;
                field = Unknown(name);
            }

            Next(ref reader);
            if (field is null)
            {
                Keep(name!, ref reader, json);
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                ReadValue(record, field, ref reader, json);
            }
        }

        CheckFilled();
        if (_extensions.Count > 0)
        {
            record.SetExtensions(new ExtensionFields(_extensions));
        }

        return record;
    }

    private void ReadValue(T record, JsonField<T> field, ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        switch (field.Shape)
        {
            case JsonShape.Value:
                ReadScalar(record, field, ref reader);
                break;
            case JsonShape.Reference:
                ReadReference(record, field, ref reader);
                break;
            case JsonShape.ReferenceList:
            case JsonShape.TextList:
                ReadList(record, field, ref reader);
                break;
            case JsonShape.UserIds:
                ReadUserIds(record, field, ref reader);
                break;
            case JsonShape.Metadata:
                ReadMetadata(field, ref reader, json);
                break;
            case JsonShape.ProfileId:
                // A URI unique within its user, not a sourcedId: it is not held to the sourcedId characters.
                if (reader.TokenType != JsonTokenType.String)
                {
                    WrongType(field, ref reader, "a string", Severity.Error);
                }
                else if (reader.GetString() is { Length: > 0 } id)
                {
                    record.SourcedId = id;
                    _filled[field.Slot] = true;
                }

                break;
            case JsonShape.Credentials:
                ReadCredentials(record, field, ref reader, json);
                break;
            case JsonShape.Roles:
            case JsonShape.UserProfiles:
                if (Nested is null || reader.TokenType != JsonTokenType.StartArray)
                {
                    WrongType(field, ref reader, "an array", Severity.Error);
                }
                else
                {
                    Nested(record, field, ref reader, json);
                }

                break;
            default:
                reader.Skip();
                break;
        }
    }

    /// <summary>A string, read as the CSV field would be; a boolean or a number is read as its text (and reported where the binding wants a string).</summary>
    private void ReadScalar(T record, JsonField<T> field, ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> value;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = _scratch.Unescaped(ref reader);
                break;
            case JsonTokenType.True:
            case JsonTokenType.False:
            case JsonTokenType.Number:
                value = reader.ValueSpan;
                var literalFits = reader.TokenType == JsonTokenType.Number ? field.Spec!.Format == FieldFormat.Year : field.Spec!.Format == FieldFormat.Boolean;
                if (!literalFits)
                {
                    Report(Severity.Warning, FindingCodes.JsonValueType, field, $"The value is a JSON {(reader.TokenType == JsonTokenType.Number ? "number" : "boolean")}; the binding has a string here. It was read as its text.");
                }

                break;
            default:
                WrongType(field, ref reader, "a string", Severity.Error);
                return;
        }

        Fill(record, field, value);
    }

    /// <summary>A GUIDRef object; a bare sourcedId string is read too, and reported.</summary>
    private void ReadReference(T record, JsonField<T> field, ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            if (ReadGuidRef(ref reader, out var sourcedId))
            {
                Fill(record, field, sourcedId);
            }
            else
            {
                Report(Severity.Error, FindingCodes.JsonValueType, field, "The reference has no sourcedId: a GUIDRef is {\"href\",\"sourcedId\",\"type\"}. The field was left empty.");
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            Report(Severity.Warning, FindingCodes.JsonValueType, field, "The reference is a string; the binding has a GUIDRef object {\"href\",\"sourcedId\",\"type\"} here. The string was read as the sourcedId.");
            Fill(record, field, _scratch.Unescaped(ref reader));
        }
        else
        {
            WrongType(field, ref reader, "a GUIDRef object", Severity.Error);
        }
    }

    /// <summary>An array of strings or GUIDRefs; a comma-separated string is read as a CSV field is, and reported.</summary>
    private void ReadList(T record, JsonField<T> field, ref Utf8JsonReader reader)
    {
        var list = (ListField<T>)field.Spec!;
        if (reader.TokenType == JsonTokenType.String)
        {
            Report(Severity.Warning, FindingCodes.JsonValueType, field, "The list is a string; the binding has an array here. It was read as a comma-separated list.");
            Fill(record, field, _scratch.Unescaped(ref reader));
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(field, ref reader, "an array", Severity.Error);
            return;
        }

        _scratch.ClearItems();
        var references = field.Shape == JsonShape.ReferenceList;
        var wrongItems = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (references && reader.TokenType == JsonTokenType.StartObject && ReadGuidRef(ref reader, out var sourcedId))
            {
                AddItem(sourcedId);
            }
            else if (reader.TokenType == JsonTokenType.String)
            {
                wrongItems += references ? 1 : 0;
                AddItem(_scratch.Unescaped(ref reader));
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                wrongItems++;
                reader.Skip();
            }
        }

        if (wrongItems > 0)
        {
            Report(Severity.Warning, FindingCodes.JsonValueType, field, references
                ? $"{wrongItems} item(s) of the list are not GUIDRef objects {{\"href\",\"sourcedId\",\"type\"}}; strings were read as sourcedIds, anything else was left out."
                : $"{wrongItems} item(s) of the list are not strings and were left out.");
        }

        if (_scratch.Ranges.Count > 0)
        {
            _filled[field.Slot] = true;
            list.ReadItems(record, new FieldCell(_scratch.Items, Column(field), field.Slot, _row), _scratch.Items, _scratch.Ranges, shareList: !_scratch.ItemHasComma);
        }
    }

    /// <summary>users.userIds: an array of {"type","identifier"}; a string is read in the CSV form {type:identifier}.</summary>
    private void ReadUserIds(T record, JsonField<T> field, ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            Report(Severity.Warning, FindingCodes.JsonValueType, field, "userIds is a string; the binding has an array of {\"type\",\"identifier\"} here. It was read in the CSV form {type:identifier}.");
            Fill(record, field, _scratch.Unescaped(ref reader));
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray || record is not User user)
        {
            WrongType(field, ref reader, "an array", Severity.Error);
            return;
        }

        var ids = new List<UserId>(1);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Report(Severity.Error, FindingCodes.InvalidUserId, field, "A userIds entry is not an object {\"type\",\"identifier\"}; it was left out.");
                reader.Skip();
                continue;
            }

            string? type = null;
            string? identifier = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals(TypeUtf8);
                var isIdentifier = !isType && reader.ValueTextEquals(IdentifierUtf8);
                Next(ref reader);
                if (reader.TokenType == JsonTokenType.String && (isType || isIdentifier))
                {
                    var text = reader.GetString();
                    type = isType ? text : type;
                    identifier = isIdentifier ? text : identifier;
                }
                else
                {
                    reader.Skip();
                }
            }

            if (string.IsNullOrEmpty(type) || string.IsNullOrEmpty(identifier))
            {
                Report(Severity.Error, FindingCodes.InvalidUserId, field, $"A userIds entry lacks its {(string.IsNullOrEmpty(type) ? "type" : "identifier")}: each entry is {{\"type\",\"identifier\"}}. It is kept as it is.");
            }

            ids.Add(new UserId(string.IsNullOrEmpty(type) ? string.Empty : _row.Interner.Intern(type!), identifier ?? string.Empty));
        }

        if (ids.Count > 0)
        {
            _filled[field.Slot] = true;
            user.UserIds = ids.ToArray();
        }
    }

    /// <summary>metadata: every property is kept as the extension <c>metadata.name</c>.</summary>
    private void ReadMetadata(JsonField<T> field, ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(field, ref reader, "an object", Severity.Warning);
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            Next(ref reader);
            Keep(MetadataPrefix + name, ref reader, json);
        }
    }

    /// <summary>userProfiles.credentials: the first credential fills the profile; the model has room for no more.</summary>
    private void ReadCredentials(T record, JsonField<T> field, ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(field, ref reader, "an array", Severity.Error);
            return;
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject || count++ > 0)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var inner = reader.ValueIsEscaped ? null : _map.FindIn(field.Name, reader.ValueSpan);
                var name = inner is null ? reader.GetString()! : null;
                Next(ref reader);
                if (inner is not null && reader.TokenType != JsonTokenType.Null)
                {
                    ReadValue(record, inner, ref reader, json);
                }
                else if (inner is null)
                {
                    Keep(field.Name + "." + name, ref reader, json);
                }
            }
        }

        if (count > 1)
        {
            Report(Severity.Warning, FindingCodes.ExtraCredentials, field, $"The profile has {count} credentials; RosterTools keeps the first, as userProfiles.csv has room for one.");
        }
    }

    /// <summary>Reads a GUIDRef's sourcedId; leaves the reader on the object's end.</summary>
    private bool ReadGuidRef(ref Utf8JsonReader reader, out ReadOnlySpan<byte> sourcedId)
    {
        sourcedId = default;
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSourcedId = reader.ValueTextEquals(SourcedIdUtf8);
            Next(ref reader);
            if (isSourcedId && reader.TokenType == JsonTokenType.String)
            {
                sourcedId = _scratch.KeepReference(_scratch.Unescaped(ref reader));
                found = sourcedId.Length > 0;
            }
            else
            {
                reader.Skip();
            }
        }

        return found;
    }

    private void AddItem(ReadOnlySpan<byte> item)
    {
        if (!item.IsEmpty)
        {
            _scratch.AddItem(item);
        }
    }

    /// <summary>Reads a non-empty value into its column, through the column's own reader.</summary>
    private void Fill(T record, JsonField<T> field, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return;
        }

        _filled[field.Slot] = true;
        field.Spec!.Read(record, new FieldCell(value, Column(field), field.Slot, _row));
    }

    /// <summary>A property the map does not have: one spelled in another case is read (and reported), others are kept as extensions.</summary>
    private JsonField<T>? Unknown(string name)
    {
        if (_map.FindIgnoringCase(name) is { } field)
        {
            ReportOnce(name, Severity.Error, FindingCodes.HeaderCase, $"'{name}' should be '{field.Name}': JSON property names are case-sensitive. It was read as '{field.Name}'.");
            return field;
        }

        if (_otherVersion?.Find(name) is not null)
        {
            var other = _row.Version == OneRosterVersion.V1_1 ? "1.2" : "1.1";
            ReportOnce(name, Severity.Warning, FindingCodes.HeaderVersion, $"'{name}' is a OneRoster {other} property, but the provider serves {_row.Version.ToSpecString()}. It is kept as an extension.");
        }
        else
        {
            ReportOnce(name, Severity.Warning, FindingCodes.HeaderUnknownColumn, $"'{name}' is not a property of OneRoster {_row.Version.ToSpecString()} {_row.File}. Its values are kept as extensions; proprietary properties belong in metadata.");
        }

        return null;
    }

    /// <summary>Keeps a value the model has no column for, as text (objects and arrays as their JSON).</summary>
    private void Keep(string key, ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.String:
                _extensions.Add(new KeyValuePair<string, string>(key, reader.GetString()!));
                return;
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                _extensions.Add(new KeyValuePair<string, string>(key, Utf8Text.Decode(json.Slice(start, (int)reader.TokenStartIndex + 1 - start))));
                return;
            default:
                _extensions.Add(new KeyValuePair<string, string>(key, Utf8Text.Decode(reader.ValueSpan)));
                return;
        }
    }

    /// <summary>Required columns must have a value; status and dateLastModified too when the read is a delta.</summary>
    private void CheckFilled()
    {
        foreach (var field in _map.Fields)
        {
            if (field.Spec is not { } spec || field.Slot < 0 || _filled[field.Slot])
            {
                continue;
            }

            if (spec.Requirement == FieldRequirement.Required)
            {
                Report(Severity.Error, FindingCodes.RequiredFieldMissing, field, $"'{field.Path}' is required but missing.");
            }
            else if (spec.Requirement == FieldRequirement.DeltaOnly && _row.Mode == ProcessingMode.Delta)
            {
                var isStatus = spec.Name == "status";
                Report(
                    Severity.Error,
                    isStatus ? FindingCodes.DeltaStatusMissing : FindingCodes.DeltaDateLastModifiedMissing,
                    field,
                    isStatus ? "A changed record must have a status: active or tobedeleted." : "A changed record must have a dateLastModified.");
            }
        }
    }

    private void WrongType(JsonField<T> field, ref Utf8JsonReader reader, string expected, Severity severity)
    {
        Report(severity, FindingCodes.JsonValueType, field, $"The value is a JSON {Describe(reader.TokenType)}; the binding has {expected} here. It was left out.");
        reader.Skip();
    }

    private void Report(Severity severity, string code, JsonField<T> field, string message) => _row.Report(severity, code, Column(field), message);

    private void ReportOnce(string name, Severity severity, string code, string message)
    {
        if (_reported.Add(_prefix + name))
        {
            _row.Findings.Add(new Finding(severity, code, message, _row.File, null, _prefix + name));
        }
    }

    private string Column(JsonField<T> field) => _prefix + field.Path;

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends inside a record.");
        }
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        _ => type.ToString().ToLowerInvariant(),
    };
}
