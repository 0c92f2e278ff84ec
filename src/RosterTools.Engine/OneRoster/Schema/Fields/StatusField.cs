using System;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Schema;

/// <summary>The status column: active or tobedeleted. OneRoster 1.0's inactive is read as tobedeleted.</summary>
internal sealed class StatusField<TRecord> : EnumField<TRecord, RecordStatus>
    where TRecord : OneRosterRecord
{
    public StatusField()
        : base("status", FieldRequirement.DeltaOnly, VersionSet.All, record => record.Status, (record, value) => record.Status = value)
    {
    }

    protected override SpecEnum<RecordStatus> Parse(string text, FieldCell cell)
    {
        if (string.Equals(text.Trim(), "inactive", StringComparison.OrdinalIgnoreCase))
        {
            cell.Report(Severity.Warning, FindingCodes.InactiveStatus, $"'{text}' is OneRoster 1.0's status; since 1.1 it means 'tobedeleted', and it was read that way.");
            return new SpecEnum<RecordStatus>(RecordStatus.ToBeDeleted, text);
        }

        return base.Parse(text, cell);
    }
}
