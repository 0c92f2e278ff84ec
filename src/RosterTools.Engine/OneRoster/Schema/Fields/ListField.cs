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
    private readonly Action<TRecord, IReadOnlyList<string>> _set;

    public ListField(string name, FieldFormat format, FieldRequirement requirement, VersionSet versions, Func<TRecord, IReadOnlyList<string>> get, Action<TRecord, IReadOnlyList<string>> set)
        : base(name, format, requirement, versions)
    {
        _get = get;
        _set = set;
    }

    public override void Read(TRecord record, FieldCell cell)
    {
        var utf8 = cell.Utf8;
        ReadItems(record, cell, utf8, Split(utf8, cell), shareList: true);
    }

    /// <summary>
    /// Reads items that are already apart (a CSV field split at its commas, or a JSON array): <paramref name="utf8"/>
    /// holds them at <paramref name="ranges"/>. References resolve, grades are checked, and equal lists are shared
    /// under the cell's text when <paramref name="shareList"/> says that text tells the list apart.
    /// </summary>
    internal void ReadItems(TRecord record, FieldCell cell, ReadOnlySpan<byte> utf8, List<(int Start, int Length)> ranges, bool shareList)
    {
        var items = new string[ranges.Count];
        var target = Format == FieldFormat.GuidReferenceList ? Target : null;
        for (var i = 0; i < items.Length; i++)
        {
            var (start, length) = ranges[i];
            var item = utf8.Slice(start, length);
            items[i] = target is OneRosterEntity entity
                ? cell.Row.Reference(this, cell.Slot, entity, record, item)
                : items.Length == 1 && length == utf8.Length ? cell.Text() : cell.Row.Interner.Intern(Utf8Text.Decode(item));
        }

        if (IsGrades)
        {
            CheckGrades(items, cell);
        }

        Store(record, cell.Row, target is null && shareList ? cell.Row.Interner.List(cell.Text(), items) : items);
    }

    public override bool IsBlank(TRecord record) => _get(record).Count == 0;

    public override object? GetValue(TRecord record)
    {
        var items = _get(record);
        return items.Count == 0 ? null : items;
    }

    public override string FormatValue(TRecord record) => string.Join(",", _get(record));

    /// <summary>Puts the items where they belong: the record, or (1.1 users.csv orgSourcedIds) the row.</summary>
    protected virtual void Store(TRecord record, RowContext row, IReadOnlyList<string> items) => _set(record, items);

    /// <summary>Where the items of a comma-separated field are, without spaces around them; reports spaces and empty items.</summary>
    private static List<(int Start, int Length)> Split(ReadOnlySpan<byte> utf8, FieldCell cell)
    {
        var ranges = cell.Row.ListItems;
        ranges.Clear();
        var spaced = false;
        var empty = false;
        var start = 0;
        while (start <= utf8.Length)
        {
            var comma = utf8.Slice(start).IndexOf((byte)',');
            var end = comma < 0 ? utf8.Length : start + comma;
            var first = start;
            var last = end;
            while (first < last && IsSpace(utf8[first]))
            {
                first++;
            }

            while (last > first && IsSpace(utf8[last - 1]))
            {
                last--;
            }

            spaced |= first != start || last != end;
            if (last > first)
            {
                ranges.Add((first, last - first));
            }
            else
            {
                empty = true;
            }

            start = end + 1;
        }

        if ((spaced || empty) && utf8.IndexOf((byte)',') >= 0)
        {
            var text = cell.Text();
            var items = new List<string>();
            foreach (var (itemStart, length) in ranges)
            {
                items.Add(Utf8Text.Decode(utf8.Slice(itemStart, length)));
            }

            cell.Report(
                Severity.Warning,
                FindingCodes.ListSpacing,
                (spaced ? "The list has spaces around its commas" : "The list has empty items") + $" ('{text}'); it was read as '{string.Join(",", items)}'. Write lists as \"a,b,c\".");
        }

        return ranges;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t';

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
