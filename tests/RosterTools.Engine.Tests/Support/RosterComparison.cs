using System.Collections;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;

namespace RosterTools.Tests;

/// <summary>
/// Compares two rosters record by record and field by field through the schema (<see cref="FieldSpec{TRecord}.GetValue"/>
/// of every column of the version), extensions included, and lists every difference. Records are matched by
/// sourcedId, except 1.2 roles read over REST, which have no sourcedId of their own in the binding: those are matched
/// by user, org and role. What a bulk CSV leaves blank and REST always has is compared as the binding means it: a
/// blank status is active, and a blank dateLastModified is the one the provider stamped.
/// </summary>
internal static class RosterComparison
{
    public static List<string> Differences(Roster csv, Roster rest, DateTime? stamp = null)
    {
        var differences = new List<string>();
        if (csv.Version != rest.Version)
        {
            differences.Add($"version {csv.Version} != {rest.Version}");
        }

        Compare(csv.Orgs, rest.Orgs, Schemas.Orgs, csv.Version, stamp, differences);
        Compare(csv.AcademicSessions, rest.AcademicSessions, Schemas.AcademicSessions, csv.Version, stamp, differences);
        Compare(csv.Courses, rest.Courses, Schemas.Courses, csv.Version, stamp, differences);
        Compare(csv.Classes, rest.Classes, Schemas.Classes, csv.Version, stamp, differences);
        Compare(csv.Users, rest.Users, Schemas.Users, csv.Version, stamp, differences);
        Compare(csv.UserProfiles, rest.UserProfiles, Schemas.UserProfiles, csv.Version, stamp, differences);
        Compare(csv.Enrollments, rest.Enrollments, Schemas.Enrollments, csv.Version, stamp, differences);
        Compare(csv.Demographics, rest.Demographics, Schemas.Demographics, csv.Version, stamp, differences);
        var byKey = csv.Version == OneRosterVersion.V1_2 && rest.Roles.Any(role => !role.IsDerived);
        Compare(csv.Roles, rest.Roles, Schemas.Roles, csv.Version, stamp, differences, byKey ? role => $"{role.UserSourcedId}|{role.OrgSourcedId}|{role.Role.Text}" : null);
        return differences;
    }

    private static void Compare<T>(EntityTable<T> expected, EntityTable<T> actual, EntitySchema<T> schema, OneRosterVersion version, DateTime? stamp, List<string> differences, Func<T, string>? key = null)
        where T : OneRosterRecord
    {
        var name = schema.Entity.SpecName();
        if (expected.Count != actual.Count)
        {
            differences.Add($"{name}: {expected.Count} records != {actual.Count}");
        }

        var actualByKey = key is null ? null : actual.GroupBy(key).ToDictionary(group => group.Key, group => group.First());
        foreach (var record in expected)
        {
            var other = key is null ? actual.Find(record.SourcedId) : actualByKey!.TryGetValue(key(record), out var found) ? found : null;
            if (other is null)
            {
                differences.Add($"{name} '{record.SourcedId}': missing");
                continue;
            }

            foreach (var field in schema.Fields.Where(field => field.Versions.Includes(version)))
            {
                if (key is not null && field.Name == "sourcedId")
                {
                    continue;
                }

                var a = Normalize(field.Name, field.GetValue(record), stamp);
                var b = Normalize(field.Name, field.GetValue(other), stamp);
                if (!Same(a, b))
                {
                    differences.Add($"{name} '{record.SourcedId}' {field.Name}: '{Show(a)}' != '{Show(b)}'");
                }
            }

            var extensionsA = record.Extensions.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value);
            var extensionsB = other.Extensions.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value);
            if (!extensionsA.SequenceEqual(extensionsB))
            {
                differences.Add($"{name} '{record.SourcedId}' extensions: [{string.Join(", ", extensionsA)}] != [{string.Join(", ", extensionsB)}]");
            }
        }
    }

    private static object? Normalize(string field, object? value, DateTime? stamp) => field switch
    {
        "status" => value ?? new SpecEnum<RecordStatus>(RecordStatus.Active),
        "dateLastModified" => value ?? stamp,
        _ => value,
    };

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (IEnumerable x, IEnumerable y) => x.Cast<object>().SequenceEqual(y.Cast<object>()),
        _ => a.Equals(b) && string.Equals(a.ToString(), b.ToString(), StringComparison.Ordinal) && SameText(a, b),
    };

    /// <summary>Vocabulary values must agree on the text as read too (Student is not student).</summary>
    private static bool SameText(object a, object b) =>
        a.GetType().GetProperty("Text") is not { } text || Equals(text.GetValue(a), text.GetValue(b));

    private static string Show(object? value) => value switch
    {
        null => "(blank)",
        string text => text,
        IEnumerable items => "[" + string.Join(",", items.Cast<object>()) + "]",
        DateTime date => date.ToString("O"),
        _ => value.ToString() ?? string.Empty,
    };
}
