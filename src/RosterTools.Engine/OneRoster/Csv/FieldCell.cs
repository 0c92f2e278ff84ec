using System;
using CsvHelper;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// One non-empty field of the current row, as the field readers see it: a field of a CSV row, or a value of a JSON
/// record from the REST API (its UTF-8 bytes, unescaped), so that both are read by the same rules.
/// </summary>
internal readonly ref struct FieldCell
{
    private readonly CsvReader? _reader;
    private readonly int _index;
    private readonly ReadOnlySpan<byte> _utf8;

    public FieldCell(CsvReader reader, int index, string column, int slot, RowContext row)
    {
        _reader = reader;
        _index = index;
        _utf8 = default;
        Column = column;
        Slot = slot;
        Row = row;
    }

    /// <summary>A value that is not in a CSV file: <paramref name="utf8"/> is its text, valid while the cell is read.</summary>
    public FieldCell(ReadOnlySpan<byte> utf8, string column, int slot, RowContext row)
    {
        _reader = null;
        _index = -1;
        _utf8 = utf8;
        Column = column;
        Slot = slot;
        Row = row;
    }

    /// <summary>The column name as the header spells it.</summary>
    public string Column { get; }

    /// <summary>The position of the column's field in its schema.</summary>
    public int Slot { get; }

    public RowContext Row { get; }

    /// <summary>The value as UTF-8 bytes, unquoted. Valid until the next row.</summary>
    public ReadOnlySpan<byte> Utf8 => _reader is null ? _utf8 : _reader.GetSpan(_index);

    /// <summary>The value as a string (repeated values of a column share one string).</summary>
    public string Text()
    {
        var text = _reader is null ? Utf8Text.Decode(_utf8) : _reader.GetString(_index);
        if (text.IndexOf('\uFFFD') >= 0)
        {
            Report(Severity.Error, FindingCodes.InvalidUtf8, "The value is not valid UTF-8; OneRoster files must be saved as UTF-8. Characters that could not be read were replaced by '\uFFFD'.");
        }

        return text;
    }

    /// <summary>Notes a finding about this field.</summary>
    public void Report(Severity severity, string code, string message) => Row.Report(severity, code, Column, message);
}
