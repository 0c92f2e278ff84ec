using System;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Schema;

/// <summary>A text column: a sourcedId, a reference to another record, or plain text.</summary>
internal sealed class StringField<TRecord> : FieldSpec<TRecord>
    where TRecord : OneRosterRecord
{
    private readonly Func<TRecord, string?> _get;
    private readonly Action<TRecord, string?> _set;

    public StringField(string name, FieldFormat format, FieldRequirement requirement, VersionSet versions, Func<TRecord, string?> get, Action<TRecord, string?> set)
        : base(name, format, requirement, versions)
    {
        _get = get;
        _set = set;
    }

    public override void Read(TRecord record, FieldCell cell)
    {
        if (Format == FieldFormat.GuidReference && Target is OneRosterEntity target)
        {
            _set(record, cell.Row.Reference(this, cell.Slot, target, record, cell.Utf8));
            return;
        }

        var text = cell.Text();
        if (Format == FieldFormat.Guid && !SourcedIds.IsSpecConformant(text))
        {
            cell.Report(Severity.Warning, FindingCodes.SourcedIdCharacters, SourcedIds.Describe(text));
        }

        // A record whose own sourcedId is another's (demographics are their user's) shares that string.
        _set(record, Target is OneRosterEntity owner ? cell.Row.Reference(this, cell.Slot, owner, record, cell.Utf8) : text);
    }

    public override bool IsBlank(TRecord record) => string.IsNullOrEmpty(_get(record));

    public override object? GetValue(TRecord record)
    {
        var value = _get(record);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public override string FormatValue(TRecord record) => _get(record) ?? string.Empty;
}
