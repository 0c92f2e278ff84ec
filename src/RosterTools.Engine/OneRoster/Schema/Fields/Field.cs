using System;
using System.Collections.Generic;

namespace RosterTools.OneRoster.Schema;

/// <summary>Short ways to declare the columns of a schema.</summary>
internal static class Field
{
    /// <summary>sourcedId, status and dateLastModified. <paramref name="owner"/>: the collection whose sourcedIds a record's own is (demographics are their user's).</summary>
    public static FieldSpec<T>[] Common<T>(OneRosterEntity? owner = null, params string[] legacySourcedIdNames)
        where T : OneRosterRecord => new FieldSpec<T>[]
    {
        new StringField<T>("sourcedId", FieldFormat.Guid, FieldRequirement.Required, VersionSet.All, r => r.SourcedId, (r, v) => r.SourcedId = v ?? string.Empty) { Target = owner, LegacyNames = legacySourcedIdNames },
        new StatusField<T>(),
        new DateTimeField<T>("dateLastModified", FieldRequirement.DeltaOnly, r => r.DateLastModified, (r, v) => r.DateLastModified = v),
    };

    public static StringField<T> Text<T>(string name, Func<T, string?> get, Action<T, string?> set, bool required = false, VersionSet versions = VersionSet.All, bool secret = false)
        where T : OneRosterRecord =>
        new(name, FieldFormat.String, Requirement(required), versions, get, set) { IsSecret = secret };

    public static StringField<T> Reference<T>(string name, OneRosterEntity target, Func<T, string?> get, Action<T, string?> set, bool required = false, VersionSet versions = VersionSet.All, params string[] legacyNames)
        where T : OneRosterRecord =>
        new(name, FieldFormat.GuidReference, Requirement(required), versions, get, set) { Target = target, LegacyNames = legacyNames };

    public static ListField<T> References<T>(string name, OneRosterEntity target, Func<T, IReadOnlyList<string>> get, Action<T, IReadOnlyList<string>> set, bool required = false, params string[] legacyNames)
        where T : OneRosterRecord =>
        new(name, FieldFormat.GuidReferenceList, Requirement(required), VersionSet.All, get, set) { Target = target, LegacyNames = legacyNames };

    public static ListField<T> Texts<T>(string name, Func<T, IReadOnlyList<string>> get, Action<T, IReadOnlyList<string>> set)
        where T : OneRosterRecord =>
        new(name, FieldFormat.StringList, FieldRequirement.Optional, VersionSet.All, get, set);

    public static ListField<T> Grades<T>(Func<T, IReadOnlyList<string>> get, Action<T, IReadOnlyList<string>> set)
        where T : OneRosterRecord =>
        new("grades", FieldFormat.StringList, FieldRequirement.Optional, VersionSet.All, get, set) { IsGrades = true, LegacyNames = new[] { "grade" } };

    public static EnumField<T, TEnum> Enum<T, TEnum>(string name, Func<T, SpecEnum<TEnum>> get, Action<T, SpecEnum<TEnum>> set, bool required = false, bool extensible = false)
        where T : OneRosterRecord
        where TEnum : struct, System.Enum =>
        new(name, Requirement(required), VersionSet.All, get, set) { Extensible = extensible };

    public static BooleanField<T> Boolean<T>(string name, Func<T, bool?> get, Action<T, bool?> set, bool required = false)
        where T : OneRosterRecord =>
        new(name, Requirement(required), get, set);

    public static DateField<T> Date<T>(string name, Func<T, DateTime?> get, Action<T, DateTime?> set, bool required = false, params string[] legacyNames)
        where T : OneRosterRecord =>
        new(name, Requirement(required), get, set) { LegacyNames = legacyNames };

    private static FieldRequirement Requirement(bool required) => required ? FieldRequirement.Required : FieldRequirement.Optional;
}
