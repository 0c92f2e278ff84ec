using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using CsvHelper;
using RosterTools.OneRoster.Schema;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Reads one OneRoster file into records, a row at a time, straight from the stream. Every problem becomes a
/// finding with file, line and column; no row is dropped: a row that cannot be read as it should is read as
/// far as it can be and reported.
/// </summary>
internal sealed class EntityFileReader<T>
    where T : OneRosterRecord
{
    private readonly EntitySchema<T> _schema;
    private readonly RowContext _row;
    private readonly int _statusSlot;
    private readonly int _dateLastModifiedSlot;

    public EntityFileReader(EntitySchema<T> schema, RowContext row)
    {
        _schema = schema;
        _row = row;
        _statusSlot = IndexOf(schema, "status");
        _dateLastModifiedSlot = IndexOf(schema, "dateLastModified");
    }

    /// <summary>Called after each row with the record and the row, before the row's findings are handed over (1.1 users make their roles here).</summary>
    public Action<T, RowContext>? AfterRow { get; init; }

    /// <summary>Receives the byte offset and the number of rows read so far, every few thousand rows.</summary>
    public Action<long, long>? Progress { get; init; }

    /// <summary>The file's size in bytes, for <see cref="ExpectedRows"/>.</summary>
    public long FileLength { get; init; }

    /// <summary>Receives, once a few thousand rows are read, how many rows the whole file probably has.</summary>
    public Action<long>? ExpectedRows { get; init; }

    public IEnumerable<T> Read(Stream stream, CancellationToken cancellationToken)
    {
        var file = _row.File;
        var findings = _row.Findings;
        void OnMalformed(CsvMalformedRecord record) => findings.Add(new Finding(
            Severity.Error,
            FindingCodes.MalformedQuotes,
            $"The quoting of this row is broken ({Describe(record.Reason)}). The row was read as well as it could be; check its values.",
            file,
            (int)record.LineNumber));

        using var reader = CsvReader.Create(stream, CsvOptions.ForReading(OnMalformed), leaveOpen: false);
        ReadHeaderOrThrow(reader);
        if (reader.Headers.Count == 0)
        {
            findings.Add(new Finding(Severity.Error, FindingCodes.HeaderMissing, "The file is empty: it has no header row.", file, 1));
            yield break;
        }

        var bindings = HeaderMapper.Map(reader.Headers, _schema, _row.Version, _row.Mode, file, findings);
        var filled = new bool[_schema.Fields.Count];
        var extensions = new List<KeyValuePair<string, string>>();
        long rows = 0;
        while (ReadOrThrow(reader))
        {
            rows++;
            if ((rows & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Progress?.Invoke(reader.ByteOffset, rows);
                if (rows == 4096 && reader.ByteOffset > 0)
                {
                    ExpectedRows?.Invoke(rows * FileLength / reader.ByteOffset * 21 / 20);
                }
            }

            var record = ReadRow(reader, bindings, filled, extensions);
            AfterRow?.Invoke(record, _row);
            _row.EndRow(record.SourcedId);
            yield return record;
        }

        Progress?.Invoke(reader.ByteOffset, rows);
        if (rows == 0 && _row.Mode != ProcessingMode.Absent)
        {
            var severity = _row.Version == OneRosterVersion.V1_2 ? Severity.Error : Severity.Warning;
            findings.Add(new Finding(severity, FindingCodes.FileEmpty, $"The file has a header but no rows. A file without data must be left out of the bundle and declared 'absent' in manifest.csv.", file, 1));
        }
    }

    private T ReadRow(CsvReader reader, ColumnBinding<T>[] bindings, bool[] filled, List<KeyValuePair<string, string>> extensions)
    {
        _row.Line = (int)reader.LineNumber;
        var record = _schema.Create();
        record.Line = _row.Line;
        Array.Clear(filled, 0, filled.Length);
        extensions.Clear();

        var fieldCount = reader.FieldCount;
        if (fieldCount != bindings.Length)
        {
            _row.Report(Severity.Error, FindingCodes.RaggedRow, null, $"The row has {fieldCount} fields but the header has {bindings.Length} columns. Fields were matched to columns from the left" + (fieldCount > bindings.Length ? "; the extra fields are kept as extension columns." : "; the missing ones are empty."));
        }

        for (var i = 0; i < fieldCount; i++)
        {
            if (reader.IsEmpty(i))
            {
                continue;
            }

            if (i >= bindings.Length)
            {
                extensions.Add(new KeyValuePair<string, string>($"column {i + 1}", reader.GetString(i)));
                continue;
            }

            var binding = bindings[i];
            if (binding.Field is { } field)
            {
                filled[binding.Slot] = true;
                field.Read(record, new FieldCell(reader, i, binding.Header, binding.Slot, _row));
            }
            else
            {
                extensions.Add(new KeyValuePair<string, string>(binding.ExtensionKey!, reader.GetString(i)));
            }
        }

        if (extensions.Count > 0)
        {
            record.SetExtensions(new ExtensionFields(extensions.ToArray()));
        }

        CheckFilled(bindings, filled);
        return record;
    }

    /// <summary>Required fields must have a value; status and dateLastModified only in delta files.</summary>
    private void CheckFilled(ColumnBinding<T>[] bindings, bool[] filled)
    {
        foreach (var binding in bindings)
        {
            if (binding.Field is { Requirement: FieldRequirement.Required } field && !filled[binding.Slot])
            {
                _row.Report(Severity.Error, FindingCodes.RequiredFieldMissing, binding.Header, $"'{field.Name}' is required but empty.");
            }
        }

        foreach (var binding in bindings)
        {
            if (binding.Field is null || (binding.Slot != _statusSlot && binding.Slot != _dateLastModifiedSlot))
            {
                continue;
            }

            var isStatus = binding.Slot == _statusSlot;
            if (_row.Mode == ProcessingMode.Bulk && filled[binding.Slot])
            {
                _row.Report(
                    Severity.Warning,
                    isStatus ? FindingCodes.BulkStatus : FindingCodes.BulkDateLastModified,
                    binding.Header,
                    isStatus
                        ? "Bulk files leave status empty (every row of a bulk file is active). The value was kept: a record marked tobedeleted is treated as leaving."
                        : "Bulk files leave dateLastModified empty. The value was kept.");
            }
            else if (_row.Mode == ProcessingMode.Delta && !filled[binding.Slot])
            {
                _row.Report(
                    Severity.Error,
                    isStatus ? FindingCodes.DeltaStatusMissing : FindingCodes.DeltaDateLastModifiedMissing,
                    binding.Header,
                    isStatus
                        ? "Delta files must give every row a status: active (added or changed) or tobedeleted."
                        : "Delta files must give every row a dateLastModified.");
            }
        }
    }

    private void ReadHeaderOrThrow(CsvReader reader)
    {
        try
        {
            reader.ReadHeader();
        }
        catch (CsvFormatException ex)
        {
            throw Unreadable(ex, 1);
        }
    }

    private bool ReadOrThrow(CsvReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException ex)
        {
            throw Unreadable(ex, (int)ex.LineNumber);
        }
    }

    private BundleReadException Unreadable(CsvFormatException ex, int line) =>
        new(_row.Bundle, $"{_row.File} cannot be read past line {line}: {ex.Message} (a line may be longer than {CsvOptions.MaxLineBytes / (1024 * 1024)} MB, or the file is not CSV).", _row.File, ex);

    private static int IndexOf(EntitySchema<T> schema, string name)
    {
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            if (schema.Fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quote that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a quoted field that runs past the end of the line; OneRoster allows no line breaks in fields",
        _ => reason.ToString(),
    };
}
