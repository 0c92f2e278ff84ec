using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>
/// A file of the bundle that RosterTools does not model (gradebook and resources files, or files it does not
/// know), carried along as it was read so that nothing is dropped.
/// </summary>
public sealed class RawTable
{
    /// <summary>Creates a table.</summary>
    public RawTable(string fileName, ProcessingMode mode, IReadOnlyList<string> header, IReadOnlyList<RawRow> rows)
    {
        FileName = fileName;
        Mode = mode;
        Header = header;
        Rows = rows;
    }

    /// <summary>The file name, such as lineItems.csv.</summary>
    public string FileName { get; }

    /// <summary>The mode the manifest gives the file.</summary>
    public ProcessingMode Mode { get; }

    /// <summary>The header, as written.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The rows, as written.</summary>
    public IReadOnlyList<RawRow> Rows { get; }
}

/// <summary>One row of a <see cref="RawTable"/>.</summary>
public sealed class RawRow
{
    /// <summary>Creates a row.</summary>
    public RawRow(int line, IReadOnlyList<string> values)
    {
        Line = line;
        Values = values;
    }

    /// <summary>The line on which the row starts.</summary>
    public int Line { get; }

    /// <summary>The fields, as written.</summary>
    public IReadOnlyList<string> Values { get; }
}
