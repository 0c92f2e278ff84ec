using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RosterTools.OneRoster.Schema;

namespace RosterTools.OneRoster.Rest.Json;

/// <summary>How a JSON property of the REST binding holds its value.</summary>
internal enum JsonShape
{
    /// <summary>A string (a boolean or a number where the column is one): read as the CSV field is.</summary>
    Value,

    /// <summary>A GUIDRef object <c>{"href","sourcedId","type"}</c>: its sourcedId is the column's reference.</summary>
    Reference,

    /// <summary>An array of GUIDRefs: a reference list column.</summary>
    ReferenceList,

    /// <summary>An array of strings: grades, subjects, periods.</summary>
    TextList,

    /// <summary>users.userIds: an array of <c>{"type","identifier"}</c>.</summary>
    UserIds,

    /// <summary>metadata: an object of proprietary fields, kept as <c>metadata.*</c> extensions.</summary>
    Metadata,

    /// <summary>1.2 users.roles: role records.</summary>
    Roles,

    /// <summary>1.2 users.userProfiles: user profile records.</summary>
    UserProfiles,

    /// <summary>userProfiles.profileId: the profile's identifier (a URI, unique within its user).</summary>
    ProfileId,

    /// <summary>userProfiles.credentials: the first credential fills the profile's credential columns.</summary>
    Credentials,

    /// <summary>A property the model derives or does not hold (children, resources): skipped.</summary>
    Ignored,
}

/// <summary>One JSON property of a record: its name, its shape, and the schema column it fills.</summary>
internal sealed class JsonField<T>
    where T : OneRosterRecord
{
    public JsonField(string name, JsonShape shape, FieldSpec<T>? spec, int slot, string? container = null)
    {
        Name = name;
        Utf8 = Encoding.UTF8.GetBytes(name);
        Shape = shape;
        Spec = spec;
        Slot = slot;
        Container = container;
    }

    /// <summary>The property name.</summary>
    public string Name { get; }

    public byte[] Utf8 { get; }

    public JsonShape Shape { get; }

    /// <summary>The column it fills; null for metadata, nested records and ignored properties.</summary>
    public FieldSpec<T>? Spec { get; }

    /// <summary>The column's position in the schema.</summary>
    public int Slot { get; }

    /// <summary>For a property of a nested object (credentials), that object's property; null at the top of the record.</summary>
    public string? Container { get; }

    /// <summary>How findings name the property: <c>givenName</c>, <c>credentials.username</c>.</summary>
    public string Path => Container is null ? Name : Container + "." + Name;
}

/// <summary>
/// The JSON properties of a collection's records in one version of the REST binding, mapped onto the CSV schema:
/// references are GUIDRef objects named without "SourcedId" (<c>school</c>, <c>terms</c>), lists are arrays, and a
/// few names differ (<c>preferredFirstName</c>). Built from the schema, so every column has its property.
/// </summary>
internal sealed class JsonRecordMap<T>
    where T : OneRosterRecord
{
    private static readonly Dictionary<string, string> Renames = new(StringComparer.Ordinal)
    {
        ["preferredGivenName"] = "preferredFirstName",
        ["preferredFamilyName"] = "preferredLastName",
    };

    private readonly Dictionary<string, JsonField<T>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonField<T>> _byNameIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonField<T>> _bySchemaName = new(StringComparer.Ordinal);
    private readonly JsonField<T>[][] _byLength;

    private JsonRecordMap(EntitySchema<T> schema, IReadOnlyList<JsonField<T>> fields)
    {
        Schema = schema;
        Fields = fields;
        foreach (var field in fields)
        {
            if (field.Spec is not null)
            {
                _bySchemaName[field.Spec.Name] = field;
            }

            if (field.Container is null)
            {
                _byName[field.Name] = field;
                _byNameIgnoringCase[field.Name] = field;
            }
        }

        var top = fields.Where(field => field.Container is null).ToList();
        _byLength = new JsonField<T>[top.Count == 0 ? 1 : top.Max(field => field.Utf8.Length) + 1][];
        for (var length = 0; length < _byLength.Length; length++)
        {
            _byLength[length] = top.Where(field => field.Utf8.Length == length).ToArray();
        }
    }

    public EntitySchema<T> Schema { get; }

    /// <summary>Every property, nested ones (credentials.*) included.</summary>
    public IReadOnlyList<JsonField<T>> Fields { get; }

    /// <summary>The value of <c>fields=</c> that asks for every property the model reads.</summary>
    public string FieldsParameter => string.Join(",", Fields.Where(each => each.Container is null && each.Shape != JsonShape.Ignored).Select(each => each.Name));

    /// <summary>The top-level property spelled by these UTF-8 bytes, or null.</summary>
    public JsonField<T>? Find(ReadOnlySpan<byte> name)
    {
        if (name.Length >= _byLength.Length)
        {
            return null;
        }

        foreach (var field in _byLength[name.Length])
        {
            if (name.SequenceEqual(field.Utf8))
            {
                return field;
            }
        }

        return null;
    }

    public JsonField<T>? Find(string name) => _byName.TryGetValue(name, out var field) ? field : null;

    public JsonField<T>? FindIgnoringCase(string name) => _byNameIgnoringCase.TryGetValue(name, out var field) ? field : null;

    /// <summary>The property a schema column is read from, or null when the binding has none.</summary>
    public JsonField<T>? ForColumn(string column) => _bySchemaName.TryGetValue(column, out var field) ? field : null;

    /// <summary>A nested property: <paramref name="name"/> inside <paramref name="container"/>.</summary>
    public JsonField<T>? FindIn(string container, ReadOnlySpan<byte> name)
    {
        foreach (var field in Fields)
        {
            if (field.Container == container && name.SequenceEqual(field.Utf8))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The properties of a collection's records in <paramref name="version"/>, from its schema.</summary>
    public static JsonRecordMap<T> ForCollection(EntitySchema<T> schema, OneRosterVersion version)
    {
        var fields = new List<JsonField<T>>();
        for (var slot = 0; slot < schema.Fields.Count; slot++)
        {
            var spec = schema.Fields[slot];
            if (spec.Versions.Includes(version))
            {
                var (name, shape) = Property(spec);
                fields.Add(new JsonField<T>(name, shape, spec, slot));
            }
        }

        fields.Add(new JsonField<T>("metadata", JsonShape.Metadata, null, -1));
        foreach (var (name, shape) in Extras(schema.Entity, version))
        {
            fields.Add(new JsonField<T>(name, shape, null, -1));
        }

        return new JsonRecordMap<T>(schema, fields);
    }

    /// <summary>A map of chosen properties: <paramref name="properties"/> pairs each JSON name (with its container) and shape with a schema column (null for none).</summary>
    public static JsonRecordMap<T> Of(EntitySchema<T> schema, params (string Name, JsonShape Shape, string? Column, string? Container)[] properties)
    {
        var fields = properties.Select(property =>
        {
            var spec = property.Column is null ? null : schema.Find(property.Column) ?? throw new ArgumentException($"No column '{property.Column}' in {schema.Entity}.");
            return new JsonField<T>(property.Name, property.Shape, spec, spec is null ? -1 : IndexOf(schema, spec), property.Container);
        }).ToList();
        return new JsonRecordMap<T>(schema, fields);
    }

    /// <summary>The JSON name and shape of a column: <c>schoolSourcedId</c> is the GUIDRef <c>school</c>, <c>termSourcedIds</c> the GUIDRef array <c>terms</c>.</summary>
    private static (string Name, JsonShape Shape) Property(FieldSpec<T> spec)
    {
        const string One = "SourcedId";
        const string Many = "SourcedIds";
        return spec.Format switch
        {
            FieldFormat.GuidReference when spec.Name.EndsWith(One, StringComparison.Ordinal) => (spec.Name.Substring(0, spec.Name.Length - One.Length), JsonShape.Reference),
            FieldFormat.GuidReferenceList when spec.Name.EndsWith(Many, StringComparison.Ordinal) => (spec.Name.Substring(0, spec.Name.Length - Many.Length) + "s", JsonShape.ReferenceList),
            FieldFormat.StringList => (spec.Name, JsonShape.TextList),
            FieldFormat.UserIds => (spec.Name, JsonShape.UserIds),
            _ => (Renames.TryGetValue(spec.Name, out var renamed) ? renamed : spec.Name, JsonShape.Value),
        };
    }

    /// <summary>Properties of the binding that are not columns: derived links, resources, and 1.2's nested roles and profiles.</summary>
    private static IEnumerable<(string Name, JsonShape Shape)> Extras(OneRosterEntity entity, OneRosterVersion version)
    {
        switch (entity)
        {
            case OneRosterEntity.Orgs:
            case OneRosterEntity.AcademicSessions:
                yield return ("children", JsonShape.Ignored);
                break;
            case OneRosterEntity.Courses:
            case OneRosterEntity.Classes:
                yield return ("resources", JsonShape.Ignored);
                break;
            case OneRosterEntity.Users:
                yield return ("resources", JsonShape.Ignored);
                if (version == OneRosterVersion.V1_2)
                {
                    yield return ("roles", JsonShape.Roles);
                    yield return ("userProfiles", JsonShape.UserProfiles);
                }

                break;
        }
    }

    private static int IndexOf(EntitySchema<T> schema, FieldSpec<T> spec)
    {
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            if (ReferenceEquals(schema.Fields[i], spec))
            {
                return i;
            }
        }

        return -1;
    }
}
