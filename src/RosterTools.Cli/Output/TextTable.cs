using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace RosterTools.Cli.Output;

/// <summary>A column of a <see cref="TextTable"/>.</summary>
internal sealed record TableColumn(string Header, bool AlignRight = false);

/// <summary>
/// A plain-text table with aligned columns, written as rows come: the widths are taken from the first rows
/// (<c>sampleRows</c>) so that a table of a million records never waits for the last one. A later, longer value
/// widens its own row instead of being cut: the table is for people, and nothing is hidden from them.
/// </summary>
internal sealed class TextTable
{
    private const int MaxColumnWidth = 60;
    private const string Gap = "  ";
    private readonly TextWriter _output;
    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly int _sampleRows;
    private readonly List<string[]> _pending = new();
    private int[]? _widths;

    public TextTable(TextWriter output, IReadOnlyList<TableColumn> columns, int sampleRows = int.MaxValue)
    {
        _output = output;
        _columns = columns;
        _sampleRows = sampleRows;
    }

    public void Add(params string[] cells)
    {
        if (_widths is not null)
        {
            Write(cells);
            return;
        }

        _pending.Add(cells);
        if (_pending.Count >= _sampleRows)
        {
            WritePending();
        }
    }

    /// <summary>Writes what is still held back (at least the header).</summary>
    public void Complete()
    {
        if (_widths is null)
        {
            WritePending();
        }
    }

    private void WritePending()
    {
        _widths = _columns
            .Select((column, i) => Math.Min(MaxColumnWidth, _pending.Select(row => Cell(row, i).Length).DefaultIfEmpty(0).Max()))
            .Select((width, i) => Math.Max(width, _columns[i].Header.Length))
            .ToArray();
        Write(_columns.Select(column => column.Header).ToArray());
        foreach (var row in _pending)
        {
            Write(row);
        }

        _pending.Clear();
    }

    private void Write(string[] cells)
    {
        var widths = _widths!;
        var line = new StringBuilder();
        for (var i = 0; i < _columns.Count; i++)
        {
            var cell = Cell(cells, i);
            if (i > 0)
            {
                line.Append(Gap);
            }

            line.Append(_columns[i].AlignRight ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        }

        _output.WriteLine(line.ToString().TrimEnd());
    }

    private static string Cell(string[] row, int index) => index < row.Length ? Flatten(row[index]) : string.Empty;

    /// <summary>A value with line breaks or tabs would break the table; they are shown as spaces.</summary>
    private static string Flatten(string? value) =>
        value is null ? string.Empty : value.IndexOfAny(new[] { '\r', '\n', '\t' }) < 0 ? value : value.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
}
