using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster.Schema;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Maps the columns of a file's header to the schema by name, never by position, and reports what is off about
/// the header: empty, duplicate, misspelled, legacy, unknown, missing and misplaced columns. Columns that are not
/// read as a field are kept as extension columns, so no value is lost.
/// </summary>
internal static class HeaderMapper
{
    private const string MetadataPrefix = "metadata.";

    /// <summary>Columns that an earlier release of a version had and a later one removed.</summary>
    private static readonly Dictionary<(OneRosterEntity, string), string> Retired = new()
    {
        [(OneRosterEntity.Users, "resourceSourcedIds")] = "users.csv resourceSourcedIds was in OneRoster 1.2 and removed in 1.2.1 (userResources.csv replaces it)",
    };

    public static ColumnBinding<T>[] Map<T>(IReadOnlyList<string> header, EntitySchema<T> schema, OneRosterVersion version, ProcessingMode mode, string file, FindingCollection findings)
        where T : OneRosterRecord
    {
        void Report(Severity severity, string code, string? column, string message) =>
            findings.Add(new Finding(severity, code, message, file, 1, column));

        var bindings = new ColumnBinding<T>[header.Count];
        var bound = new HashSet<FieldSpec<T>>();
        var slots = schema.Fields.Select((field, slot) => (field, slot)).ToDictionary(pair => pair.field, pair => pair.slot);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            var position = i + 1;
            if (string.IsNullOrWhiteSpace(name))
            {
                Report(Severity.Error, FindingCodes.HeaderEmptyName, $"column {position}", $"Column {position} of the header has no name. Values in it are kept under 'column {position}'.");
                bindings[i] = Extension<T>(name, $"column {position}");
                continue;
            }

            if (!names.Add(name))
            {
                Report(Severity.Error, FindingCodes.HeaderDuplicate, name, $"'{name}' appears more than once in the header; header names must be unique. Column {position} is kept as the extension column '{name} (column {position})'.");
                bindings[i] = Extension<T>(name, $"{name} (column {position})");
                continue;
            }

            var field = schema.Find(name);
            if (field is null && (field = schema.FindIgnoringCase(name)) is not null)
            {
                Report(Severity.Error, FindingCodes.HeaderCase, name, $"'{name}' should be '{field.Name}': header names are case-sensitive. The column was read as '{field.Name}'.");
            }
            else if (field is null && (field = schema.FindLegacy(name)) is not null)
            {
                Report(Severity.Error, FindingCodes.HeaderLegacyName, name, $"'{name}' is the OneRoster 1.0 name of '{field.Name}'. The column was read as '{field.Name}'; rename it.");
            }

            if (field is not null && bound.Contains(field))
            {
                Report(Severity.Error, FindingCodes.HeaderDuplicate, name, $"'{name}' is a second column for '{field.Name}'. It is kept as the extension column '{name}'.");
                field = null;
            }
            else if (field is not null && !field.Versions.Includes(version))
            {
                var other = version == OneRosterVersion.V1_1 ? "1.2" : "1.1";
                if (field is LegacyOrgSourcedIdsField or LegacyRoleField)
                {
                    Report(Severity.Warning, FindingCodes.HeaderVersion, name, $"'{name}' is a OneRoster 1.1 users.csv column; 1.2 gives users' orgs and roles in roles.csv. It is kept as an extension column.");
                    field = null;
                }
                else
                {
                    Report(Severity.Warning, FindingCodes.HeaderVersion, name, $"'{name}' is a OneRoster {other} column, but the bundle is {version.ToSpecString()}. It was read anyway.");
                }
            }

            if (field is not null)
            {
                bound.Add(field);
                bindings[i] = new ColumnBinding<T>(name, field, slots[field], null);
                continue;
            }

            bindings[i] = Extension<T>(name, name);
            if (name.StartsWith(MetadataPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (Retired.TryGetValue((schema.Entity, name), out var retired))
            {
                Report(Severity.Warning, FindingCodes.HeaderVersion, name, $"{retired}. It is kept as an extension column.");
            }
            else if (ClosestField(name, schema, bound, version) is { } intended)
            {
                Report(Severity.Error, FindingCodes.HeaderMisspelled, name, $"'{name}' is not a OneRoster column; did you mean '{intended.Name}'? Its values are kept as an extension column and not read as '{intended.Name}'.");
            }
            else
            {
                Report(Severity.Warning, FindingCodes.HeaderUnknownColumn, name, $"'{name}' is not a OneRoster {schema.Entity.SpecName()} column. Its values are kept as an extension column; name extension columns 'metadata.…'.");
            }
        }

        ReportMissing(schema, version, mode, bound, Report);
        ReportOrder(bindings, schema, version, Report);
        return bindings;
    }

    private static ColumnBinding<T> Extension<T>(string header, string key)
        where T : OneRosterRecord => new(header, null, -1, key);

    private static void ReportMissing<T>(EntitySchema<T> schema, OneRosterVersion version, ProcessingMode mode, HashSet<FieldSpec<T>> bound, Action<Severity, string, string?, string> report)
        where T : OneRosterRecord
    {
        foreach (var field in schema.Fields.Where(field => field.Versions.Includes(version) && !bound.Contains(field)))
        {
            var needed = field.Requirement == FieldRequirement.Required || (field.Requirement == FieldRequirement.DeltaOnly && mode == ProcessingMode.Delta);
            report(
                needed ? Severity.Error : Severity.Warning,
                FindingCodes.HeaderMissingColumn,
                field.Name,
                needed
                    ? $"The header has no '{field.Name}' column, which is required: every row lacks it."
                    : $"The header has no '{field.Name}' column. OneRoster asks for every column of a file, in order, even when empty.");
        }
    }

    private static void ReportOrder<T>(ColumnBinding<T>[] bindings, EntitySchema<T> schema, OneRosterVersion version, Action<Severity, string, string?, string> report)
        where T : OneRosterRecord
    {
        var specOrder = schema.Fields.Where(field => field.Versions.Includes(version)).ToList();
        var positions = bindings.Where(binding => binding.Field is not null).Select(binding => specOrder.IndexOf(binding.Field!)).Where(p => p >= 0).ToList();
        for (var i = 1; i < positions.Count; i++)
        {
            if (positions[i] < positions[i - 1])
            {
                report(Severity.Warning, FindingCodes.HeaderOrder, null, $"The columns are not in spec order ({string.Join(",", specOrder.Select(field => field.Name))}). They were read by name, so nothing was misread.");
                break;
            }
        }

        var lastField = Array.FindLastIndex(bindings, binding => binding.Field is not null);
        var firstMetadata = Array.FindIndex(bindings, binding => binding.Field is null && binding.Header.StartsWith(MetadataPrefix, StringComparison.Ordinal));
        if (firstMetadata >= 0 && firstMetadata < lastField)
        {
            report(Severity.Warning, FindingCodes.HeaderMetadataPosition, bindings[firstMetadata].Header, "metadata columns must come after all OneRoster columns.");
        }
    }

    /// <summary>The spec column a name most likely misspells: close in spelling and not in the header already.</summary>
    private static FieldSpec<T>? ClosestField<T>(string name, EntitySchema<T> schema, HashSet<FieldSpec<T>> bound, OneRosterVersion version)
        where T : OneRosterRecord
    {
        FieldSpec<T>? best = null;
        var bestDistance = int.MaxValue;
        foreach (var field in schema.Fields)
        {
            if (bound.Contains(field) || !field.Versions.Includes(version))
            {
                continue;
            }

            var distance = EditDistance(name.ToLowerInvariant(), field.Name.ToLowerInvariant());
            var allowed = field.Name.Length >= 12 ? 3 : field.Name.Length >= 5 ? 2 : 1;
            if (distance <= allowed && distance < bestDistance)
            {
                best = field;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
