using System;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Schema;

/// <summary>A date, YYYY-MM-DD.</summary>
internal sealed class DateField<TRecord> : FieldSpec<TRecord>
    where TRecord : OneRosterRecord
{
    private readonly Func<TRecord, DateTime?> _get;
    private readonly Action<TRecord, DateTime?> _set;

    public DateField(string name, FieldRequirement requirement, Func<TRecord, DateTime?> get, Action<TRecord, DateTime?> set)
        : base(name, FieldFormat.Date, requirement, VersionSet.All)
    {
        _get = get;
        _set = set;
    }

    public override void Read(TRecord record, FieldCell cell)
    {
        if (SpecFormats.TryParseDate(cell.Utf8, out var date))
        {
            _set(record, date);
            return;
        }

        cell.Report(Severity.Error, FindingCodes.InvalidDate, $"'{cell.Text()}' is not a date in the form YYYY-MM-DD (such as 2026-08-24). The field was left empty.");
    }

    public override bool IsBlank(TRecord record) => _get(record) is null;

    public override object? GetValue(TRecord record) => _get(record);

    public override string FormatValue(TRecord record) => _get(record) is DateTime date ? SpecFormats.FormatDate(date) : string.Empty;
}
