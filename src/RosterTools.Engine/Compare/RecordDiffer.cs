using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;

namespace RosterTools.Compare;

/// <summary>
/// Compares two records of one collection column by column through the schema, and their extension columns by
/// header. Lists whose order means nothing (grades, lists of sourcedIds, userIds) compare as sets; subjects,
/// subjectCodes and periods compare as lists. A secret column (password) is compared, and reported without values.
/// </summary>
internal sealed class RecordDiffer<T>
    where T : OneRosterRecord
{
    private readonly Column[] _columns;
    private readonly PropertyFilter _filter;

    public RecordDiffer(EntitySchema<T> schema, PropertyFilter filter, bool includeStatusAndDates, Func<FieldSpec<T>, bool>? columnFilter = null)
    {
        _filter = filter;
        _columns = schema.Fields
            .Where(field => field.Format != FieldFormat.Guid && field is not LegacyOrgSourcedIdsField and not LegacyRoleField)
            .Where(field => field.Requirement != FieldRequirement.DeltaOnly || includeStatusAndDates || filter.Names(field.Name))
            .Where(field => columnFilter?.Invoke(field) ?? true)
            .Select(field => new Column(field, KindOf(field)))
            .ToArray();
        CompareExtensions = columnFilter is null;
    }

    /// <summary>Whether extension columns are compared (not when a column filter picks the columns).</summary>
    public bool CompareExtensions { get; set; }

    /// <summary>Only extension columns whose header passes this (null: all); for export profiles.</summary>
    public Func<string, bool>? ExtensionFilter { get; set; }

    /// <summary>
    /// The properties in which the records differ, all of them (the property filter is not applied), or null when
    /// they are the same.
    /// </summary>
    public List<PropertyChange>? Differences(T reference, T difference)
    {
        List<PropertyChange>? changes = null;
        foreach (var column in _columns)
        {
            var field = column.Field;
            var old = field.GetValue(reference);
            var @new = field.GetValue(difference);
            if (!Same(column.Kind, old, @new))
            {
                (changes ??= new List<PropertyChange>()).Add(new PropertyChange(field.Name, Display(field, reference, old), Display(field, difference, @new), field.IsSecret));
            }
        }

        if (CompareExtensions && (reference.Extensions.Count > 0 || difference.Extensions.Count > 0))
        {
            CompareExtensionColumns(reference.Extensions, difference.Extensions, ref changes);
        }

        return changes;
    }

    /// <summary>Whether the records differ in any compared column.</summary>
    public bool Differ(T reference, T difference) => Differences(reference, difference) is not null;

    /// <summary>The changes that pass the property filter (null when none do).</summary>
    public IReadOnlyList<PropertyChange>? Filter(List<PropertyChange> changes)
    {
        if (_filter.PassesAll)
        {
            return changes;
        }

        var kept = changes.Where(change => _filter.Passes(change.Name)).ToList();
        return kept.Count == 0 ? null : kept;
    }

    /// <summary>A field's value as a change record gives it: text, a bool, or an array of strings.</summary>
    public static object? Display(FieldSpec<T> field, T record, object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag,
        IReadOnlyList<UserId> ids => ids.Select(id => id.ToString()).ToArray(),
        IReadOnlyList<string> items => items.ToArray(),
        _ => field.FormatValue(record),
    };

    private void CompareExtensionColumns(IReadOnlyDictionary<string, string> reference, IReadOnlyDictionary<string, string> difference, ref List<PropertyChange>? changes)
    {
        foreach (var entry in reference)
        {
            if (ExtensionFilter?.Invoke(entry.Key) == false)
            {
                continue;
            }

            difference.TryGetValue(entry.Key, out var other);
            if (!string.Equals(entry.Value, other, StringComparison.Ordinal))
            {
                (changes ??= new List<PropertyChange>()).Add(new PropertyChange(entry.Key, entry.Value, other));
            }
        }

        foreach (var entry in difference)
        {
            if (!reference.ContainsKey(entry.Key) && ExtensionFilter?.Invoke(entry.Key) != false)
            {
                (changes ??= new List<PropertyChange>()).Add(new PropertyChange(entry.Key, null, entry.Value));
            }
        }
    }

    private static ValueKind KindOf(FieldSpec<T> field) => field.Format switch
    {
        FieldFormat.UserIds => ValueKind.Set,
        FieldFormat.GuidReferenceList => ValueKind.Set,
        FieldFormat.StringList when field.IsGrades => ValueKind.Set,
        FieldFormat.StringList => ValueKind.List,
        _ => ValueKind.Scalar,
    };

    private static bool Same(ValueKind kind, object? old, object? @new)
    {
        if (old is null || @new is null)
        {
            return old is null && @new is null;
        }

        return kind switch
        {
            ValueKind.List => SameList(AsList(old), AsList(@new)),
            ValueKind.Set => SameSet(AsList(old), AsList(@new)),
            _ => old.Equals(@new),
        };
    }

    private static System.Collections.IList AsList(object value) =>
        value as System.Collections.IList ?? ((System.Collections.IEnumerable)value).Cast<object>().ToList();

    private static bool SameList(System.Collections.IList a, System.Collections.IList b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same members, in any order (a repeated member counts once).</summary>
    private static bool SameSet(System.Collections.IList a, System.Collections.IList b)
    {
        if (ReferenceEquals(a, b) || SameList(a, b))
        {
            return true;
        }

        if ((long)a.Count * b.Count > 4096)
        {
            var left = new HashSet<object>(a.Cast<object>());
            return left.SetEquals(b.Cast<object>());
        }

        return ContainsAll(a, b) && ContainsAll(b, a);
    }

    private static bool ContainsAll(System.Collections.IList items, System.Collections.IList of)
    {
        foreach (var item in items)
        {
            if (!of.Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    private enum ValueKind
    {
        Scalar,
        List,
        Set,
    }

    private readonly struct Column
    {
        public Column(FieldSpec<T> field, ValueKind kind)
        {
            Field = field;
            Kind = kind;
        }

        public FieldSpec<T> Field { get; }

        public ValueKind Kind { get; }
    }
}
