using System;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Schema;

/// <summary>A year, YYYY.</summary>
internal sealed class YearField<TRecord> : FieldSpec<TRecord>
    where TRecord : OneRosterRecord
{
    private readonly Func<TRecord, int?> _get;
    private readonly Action<TRecord, int?> _set;

    public YearField(string name, FieldRequirement requirement, Func<TRecord, int?> get, Action<TRecord, int?> set)
        : base(name, FieldFormat.Year, requirement, VersionSet.All)
    {
        _get = get;
        _set = set;
    }

    public override void Read(TRecord record, FieldCell cell)
    {
        if (SpecFormats.TryParseYear(cell.Utf8, out var year))
        {
            _set(record, year);
            return;
        }

        cell.Report(Severity.Error, FindingCodes.InvalidYear, $"'{cell.Text()}' is not a year in the form YYYY (the calendar year in which the school year ends, such as 2027). The field was left empty.");
    }

    public override bool IsBlank(TRecord record) => _get(record) is null;

    public override object? GetValue(TRecord record) => _get(record);

    public override string FormatValue(TRecord record) => _get(record) is int year ? SpecFormats.FormatYear(year) : string.Empty;
}
