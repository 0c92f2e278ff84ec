using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Schema;

namespace RosterTools.OneRoster.Rest.Json;

/// <summary>
/// Reads pages of one collection of the REST API into records: a page is a JSON object whose property named after
/// the collection (<c>{"users":[…]}</c>) holds the records. A record's position in the collection (1 for the first)
/// is its <see cref="OneRosterRecord.Line"/>, and the line of its findings; a reader counts on from the position it
/// is given, so pages can be read one after another by one reader, or each by its own (in parallel). Users also give
/// their roles: 1.2 users hold them (and their user profiles); 1.1 users' orgs and role make them, as 1.1 users.csv
/// rows do. (A profileId another user's profile has too is made unique where the records are added: see
/// <see cref="UniqueProfiles"/>.)
/// </summary>
internal sealed class JsonCollectionReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };
    private readonly byte[] _name;
    private readonly IRecords _records;
    private int _position;

    /// <param name="entity">The collection.</param>
    /// <param name="version">The version the provider serves.</param>
    /// <param name="newRow">Makes the row context of a reader (the collection, its mode, where findings and references go).</param>
    /// <param name="recordsBefore">How many records of the collection come before the first one this reader reads.</param>
    public JsonCollectionReader(OneRosterEntity entity, OneRosterVersion version, Func<RowContext> newRow, long recordsBefore = 0)
    {
        Entity = entity;
        _position = (int)Math.Min(recordsBefore, int.MaxValue);
        _name = Encoding.UTF8.GetBytes(entity.SpecName());
        var scratch = new JsonScratch();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var other = version == OneRosterVersion.V1_1 ? OneRosterVersion.V1_2 : OneRosterVersion.V1_1;
        JsonRecordReader<T> Reader<T>(EntitySchema<T> schema)
            where T : OneRosterRecord => new(JsonMaps.For(schema, version), JsonMaps.For(schema, other), newRow(), scratch, string.Empty, reported);

        _records = entity switch
        {
            OneRosterEntity.Orgs => new Plain<Org>(Reader(Schemas.Orgs)),
            OneRosterEntity.AcademicSessions => new Plain<AcademicSession>(Reader(Schemas.AcademicSessions)),
            OneRosterEntity.Courses => new Plain<Course>(Reader(Schemas.Courses)),
            OneRosterEntity.Classes => new Plain<Class>(Reader(Schemas.Classes)),
            OneRosterEntity.Enrollments => new Plain<Enrollment>(Reader(Schemas.Enrollments)),
            OneRosterEntity.Demographics => new Plain<Demographics>(Reader(Schemas.Demographics)),
            OneRosterEntity.Users when version == OneRosterVersion.V1_1 => new Users11(Reader(Schemas.Users)),
            OneRosterEntity.Users => new Users12(
                Reader(Schemas.Users),
                new JsonRecordReader<RoleAssignment>(JsonMaps.Roles, null, newRow(), scratch, "roles.", reported),
                new JsonRecordReader<UserProfile>(JsonMaps.UserProfiles, null, newRow(), scratch, "userProfiles.", reported)),
            _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "The REST API has no endpoint of its own for this collection."),
        };
    }

    /// <summary>What records of a collection read one JSON record at a time.</summary>
    private interface IRecords
    {
        RowContext Row { get; }

        void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int position, List<OneRosterRecord> output);
    }

    public OneRosterEntity Entity { get; }

    /// <summary>How many records a page holds; checks that it is a JSON object with the collection's array. Throws <see cref="JsonException"/> when it is not.</summary>
    public static int Count(ReadOnlySpan<byte> json, OneRosterEntity entity) =>
        Walk(json, Encoding.UTF8.GetBytes(entity.SpecName()), null, null);

    /// <summary>Reads a page's records (and the roles and profiles they hold) into <paramref name="output"/>; returns how many records the page held.</summary>
    public int Read(ReadOnlySpan<byte> json, List<OneRosterRecord> output) => Walk(json, _name, this, output);

    /// <summary>Walks a page: a JSON object with the array named <paramref name="name"/>, whose elements are counted, and read when <paramref name="records"/> is given.</summary>
    private static int Walk(ReadOnlySpan<byte> json, byte[] name, JsonCollectionReader? records, List<OneRosterRecord>? output)
    {
        var reader = new Utf8JsonReader(json, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The answer is not a JSON object.");
        }

        var count = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isArray = reader.ValueTextEquals(name);
            reader.Read();
            if (!isArray)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"'{Encoding.UTF8.GetString(name)}' is not an array.");
            }

            count = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                count++;
                if (records is null)
                {
                    reader.Skip();
                }
                else
                {
                    records.ReadElement(ref reader, json, output!);
                }
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("The answer does not end where its JSON object ends.");
        }

        if (count < 0)
        {
            throw new JsonException($"The answer has no '{Encoding.UTF8.GetString(name)}' array.");
        }

        return count;
    }

    private void ReadElement(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, List<OneRosterRecord> output)
    {
        _position++;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            _records.Read(ref reader, json, _position, output);
            return;
        }

        reader.Skip();
        var row = _records.Row;
        row.Findings.Add(new Validation.Finding(Validation.Severity.Error, Validation.FindingCodes.JsonValueType, "The record is not a JSON object; it was left out.", row.File, _position));
    }

    /// <summary>Records that stand alone.</summary>
    private sealed class Plain<T> : IRecords
        where T : OneRosterRecord
    {
        private readonly JsonRecordReader<T> _reader;

        public Plain(JsonRecordReader<T> reader) => _reader = reader;

        public RowContext Row => _reader.Row;

        public void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int position, List<OneRosterRecord> output)
        {
            var record = _reader.Read(ref reader, json, position);
            _reader.Row.EndRow(record.SourcedId);
            output.Add(record);
        }
    }

    /// <summary>1.1 users: orgs and role become role records, as 1.1 users.csv rows' orgSourcedIds and role do.</summary>
    private sealed class Users11 : IRecords
    {
        private readonly JsonRecordReader<User> _reader;
        private readonly List<RoleAssignment> _derived = new();

        public Users11(JsonRecordReader<User> reader) => _reader = reader;

        public RowContext Row => _reader.Row;

        public void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int position, List<OneRosterRecord> output)
        {
            var user = _reader.Read(ref reader, json, position);
            user.ShareRepeatedStrings();
            _derived.Clear();
            _derived.AddRange(LegacyRoles.Derive(user, _reader.Row));
            _reader.Row.EndRow(user.SourcedId);
            output.Add(user);
            output.AddRange(_derived);
        }
    }

    /// <summary>
    /// 1.2 users with their roles and user profiles. Roles have no sourcedId in the REST binding: each is given
    /// <c>user@org</c> (as 1.1 roles are), or <c>user@org@role</c> for a second role in the same org.
    /// </summary>
    private sealed class Users12 : IRecords
    {
        private readonly JsonRecordReader<User> _users;
        private readonly JsonRecordReader<RoleAssignment> _roles;
        private readonly JsonRecordReader<UserProfile> _profiles;
        private readonly List<RoleAssignment> _pendingRoles = new();
        private readonly List<UserProfile> _pendingProfiles = new();
        private readonly HashSet<string> _roleIds = new(StringComparer.Ordinal);

        public Users12(JsonRecordReader<User> users, JsonRecordReader<RoleAssignment> roles, JsonRecordReader<UserProfile> profiles)
        {
            _users = users;
            _roles = roles;
            _profiles = profiles;
            _users.Nested = ReadNested;
        }

        public RowContext Row => _users.Row;

        public void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int position, List<OneRosterRecord> output)
        {
            _pendingRoles.Clear();
            _pendingProfiles.Clear();
            var user = _users.Read(ref reader, json, position);
            user.ShareRepeatedStrings();
            foreach (var profile in _pendingProfiles)
            {
                Adopt(profile, user);
            }

            _roleIds.Clear();
            foreach (var role in _pendingRoles)
            {
                Adopt(role, user);
                role.SourcedId = RoleId(user.SourcedId, role);
            }

            _users.Row.EndRow(user.SourcedId);
            _profiles.Row.EndRow(user.SourcedId);
            _roles.Row.EndRow(user.SourcedId);
            output.Add(user);
            output.AddRange(_pendingProfiles);
            output.AddRange(_pendingRoles);
        }

        private static void Adopt(OneRosterRecord record, User user)
        {
            record.Status = user.Status;
            record.DateLastModified = user.DateLastModified;
            if (record is RoleAssignment role)
            {
                role.UserSourcedId = user.SourcedId;
            }
            else if (record is UserProfile profile)
            {
                profile.UserSourcedId = user.SourcedId;
            }
        }

        private string RoleId(string user, RoleAssignment role)
        {
            var id = LegacyRoles.SourcedIdFor(user, role.OrgSourcedId ?? string.Empty);
            if (_roleIds.Add(id))
            {
                return id;
            }

            id += "@" + role.Role.SpecText;
            var unique = id;
            for (var n = 2; !_roleIds.Add(unique); n++)
            {
                unique = id + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return unique;
        }

        private void ReadNested(User user, JsonField<User> field, ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
        {
            var position = (int)user.Line;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                }
                else if (field.Shape == JsonShape.Roles)
                {
                    _pendingRoles.Add(_roles.Read(ref reader, json, position));
                }
                else
                {
                    _pendingProfiles.Add(_profiles.Read(ref reader, json, position));
                }
            }
        }
    }
}
