using System;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Schema;

/// <summary>true or false.</summary>
internal sealed class BooleanField<TRecord> : FieldSpec<TRecord>
    where TRecord : OneRosterRecord
{
    private readonly Func<TRecord, bool?> _get;
    private readonly Action<TRecord, bool?> _set;

    public BooleanField(string name, FieldRequirement requirement, Func<TRecord, bool?> get, Action<TRecord, bool?> set)
        : base(name, FieldFormat.Boolean, requirement, VersionSet.All)
    {
        _get = get;
        _set = set;
    }

    public override void Read(TRecord record, FieldCell cell)
    {
        if (SpecFormats.TryParseBoolean(cell.Utf8, out var value))
        {
            _set(record, value);
            return;
        }

        var text = cell.Text();
        if (SpecFormats.TryParseLooseBoolean(text, out value))
        {
            var spelled = SpecFormats.FormatBoolean(value);
            var caseOnly = string.Equals(text.Trim(), spelled, StringComparison.OrdinalIgnoreCase);
            cell.Report(
                Severity.Error,
                caseOnly ? FindingCodes.BooleanCase : FindingCodes.InvalidBoolean,
                caseOnly
                    ? $"'{text}' should be '{spelled}': OneRoster values are case-sensitive. It was read as {spelled}."
                    : $"'{text}' is not a OneRoster boolean: write 'true' or 'false'. It was read as {spelled}.");
            _set(record, value);
            return;
        }

        cell.Report(Severity.Error, FindingCodes.InvalidBoolean, $"'{text}' is not a boolean: write 'true' or 'false'. The field was left empty.");
    }

    public override bool IsBlank(TRecord record) => _get(record) is null;

    public override object? GetValue(TRecord record) => _get(record);

    public override string FormatValue(TRecord record) => _get(record) is bool value ? SpecFormats.FormatBoolean(value) : string.Empty;
}
