using System;
using System.Collections.Generic;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Schema;

/// <summary>A comma-separated list: references to other records, or texts such as grades and subjects.</summary>
internal class ListField<TRecord> : FieldSpec<TRecord>
    where TRecord : OneRosterRecord
{
    private readonly Func<TRecord, IReadOnlyList<string>> _get;
    private readonly Action<TRecord, string[]> _set;

    public ListField(string name, FieldFormat format, FieldRequirement requirement, VersionSet versions, Func<TRecord, IReadOnlyList<string>> get, Action<TRecord, string[]> set)
        : base(name, format, requirement, versions)
    {
        _get = get;
        _set = set;
    }

    public override void Read(TRecord record, FieldCell cell)
    {
        var items = Split(cell);
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Format == FieldFormat.GuidReferenceList && Target is OneRosterEntity target
                ? cell.Row.References.Canonical(target, items[i])
                : cell.Row.Interner.Intern(items[i]);
        }

        if (IsGrades)
        {
            CheckGrades(items, cell);
        }

        Store(record, cell.Row, items);
    }

    public override bool IsBlank(TRecord record) => _get(record).Count == 0;

    public override object? GetValue(TRecord record)
    {
        var items = _get(record);
        return items.Count == 0 ? null : items;
    }

    public override string FormatValue(TRecord record) => string.Join(",", _get(record));

    /// <summary>Puts the items where they belong: the record, or (1.1 users.csv orgSourcedIds) the row.</summary>
    protected virtual void Store(TRecord record, RowContext row, string[] items) => _set(record, items);

    /// <summary>Splits a field on commas, reporting spaces around them and empty items.</summary>
    internal static string[] Split(FieldCell cell)
    {
        var text = cell.Text();
        if (text.IndexOf(',') < 0)
        {
            var single = text.Trim();
            return single.Length == 0 ? Array.Empty<string>() : new[] { single.Length == text.Length ? text : single };
        }

        var parts = text.Split(',');
        var items = new List<string>(parts.Length);
        var spaced = false;
        var empty = false;
        foreach (var part in parts)
        {
            var item = part.Trim();
            spaced |= item.Length != part.Length;
            if (item.Length == 0)
            {
                empty = true;
                continue;
            }

            items.Add(item);
        }

        if (spaced || empty)
        {
            cell.Report(
                Severity.Warning,
                FindingCodes.ListSpacing,
                (spaced ? "The list has spaces around its commas" : "The list has empty items") + $" ('{text}'); it was read as '{string.Join(",", items)}'. Write lists as \"a,b,c\".");
        }

        return items.ToArray();
    }

    private static void CheckGrades(string[] grades, FieldCell cell)
    {
        foreach (var grade in grades)
        {
            if (Grades.IsCeds(grade))
            {
                continue;
            }

            var suggestion = Grades.Normalize(grade);
            cell.Report(
                Severity.Warning,
                FindingCodes.GradeNotCeds,
                $"'{grade}' is not a CEDS grade code" + (suggestion is null ? $" (one of {string.Join(", ", Grades.All)})." : $"; did you mean '{suggestion}'?") + " It is kept as it is.");
        }
    }
}
