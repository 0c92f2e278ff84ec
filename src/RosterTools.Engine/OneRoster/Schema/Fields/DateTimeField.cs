using System;
using System.Collections.Generic;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;
using Quirks = RosterTools.OneRoster.Csv.SpecFormats.DateTimeQuirks;

namespace RosterTools.OneRoster.Schema;

/// <summary>A date-time in UTC, YYYY-MM-DDTHH:MM:SS.sssZ. Other ISO 8601 forms are read and reported.</summary>
internal sealed class DateTimeField<TRecord> : FieldSpec<TRecord>
    where TRecord : OneRosterRecord
{
    private readonly Func<TRecord, DateTime?> _get;
    private readonly Action<TRecord, DateTime?> _set;

    public DateTimeField(string name, FieldRequirement requirement, Func<TRecord, DateTime?> get, Action<TRecord, DateTime?> set)
        : base(name, FieldFormat.DateTime, requirement, VersionSet.All)
    {
        _get = get;
        _set = set;
    }

    public override void Read(TRecord record, FieldCell cell)
    {
        if (!SpecFormats.TryParseDateTime(cell.Utf8, out var utc, out var quirks))
        {
            cell.Report(Severity.Error, FindingCodes.InvalidDateTime, $"'{cell.Text()}' is not an ISO 8601 date-time such as 2026-08-24T13:05:00.000Z. The field was left empty.");
            return;
        }

        // 1.1 and 1.2.0 ask only for ISO 8601 in UTC; 1.2.1 also fixes the milliseconds.
        var reported = cell.Row.Version == OneRosterVersion.V1_1 ? quirks & ~Quirks.NotMilliseconds : quirks;
        if (reported != Quirks.None)
        {
            cell.Report(Severity.Warning, FindingCodes.DateTimeFormat, $"'{cell.Text()}' {Describe(reported)}; it was read as {SpecFormats.FormatDateTime(utc)}. Write YYYY-MM-DDTHH:MM:SS.sssZ.");
        }

        _set(record, utc);
    }

    public override bool IsBlank(TRecord record) => _get(record) is null;

    public override object? GetValue(TRecord record) => _get(record);

    public override string FormatValue(TRecord record) => _get(record) is DateTime utc ? SpecFormats.FormatDateTime(utc) : string.Empty;

    private static string Describe(Quirks quirks)
    {
        var parts = new List<string>();
        if ((quirks & Quirks.DateOnly) != 0)
        {
            parts.Add("has no time (midnight UTC was assumed)");
        }

        if ((quirks & Quirks.SpaceSeparator) != 0)
        {
            parts.Add("separates date and time with a space instead of 'T'");
        }

        if ((quirks & Quirks.NoTimeZone) != 0)
        {
            parts.Add("has no time zone (UTC was assumed)");
        }

        if ((quirks & Quirks.OffsetNotUtc) != 0)
        {
            parts.Add("is not in UTC");
        }

        if ((quirks & Quirks.NotMilliseconds) != 0 && (quirks & Quirks.DateOnly) == 0)
        {
            parts.Add("does not give exactly three digits of milliseconds");
        }

        return string.Join(", ", parts);
    }
}
