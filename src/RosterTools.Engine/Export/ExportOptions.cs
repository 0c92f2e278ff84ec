using System;
using RosterTools.OneRoster;
using RosterTools.Profiles;

namespace RosterTools.Export;

/// <summary>How a roster is written as a OneRoster bundle.</summary>
public sealed class ExportOptions
{
    /// <summary>The OneRoster version to write; null for the profile's, else the roster's.</summary>
    public OneRosterVersion? Version { get; set; }

    /// <summary>
    /// Write a delta since this roster: only the records that were added or changed since (status active) and those
    /// removed since (status tobedeleted), with dateLastModified set. Null for a bulk bundle of everything.
    /// </summary>
    public Roster? Since { get; set; }

    /// <summary>The data-minimisation profile of the vendor the bundle is for; null to write everything.</summary>
    public ExportProfile? Profile { get; set; }

    /// <summary>The line ending: "\r\n" (CRLF, as RFC 4180 has it; the default) or "\n".</summary>
    public string NewLine { get; set; } = "\r\n";

    /// <summary>Replace an existing zip, or the OneRoster files of a folder that is not empty.</summary>
    public bool Overwrite { get; set; }

    /// <summary>The dateLastModified of a delta's rows (UTC); null for the time of the export.</summary>
    public DateTime? Timestamp { get; set; }

    /// <summary>Receives progress as rows are written.</summary>
    public IProgress<ExportProgress>? Progress { get; set; }
}

/// <summary>How far an export has come.</summary>
public sealed class ExportProgress
{
    /// <summary>Creates a progress report.</summary>
    public ExportProgress(string file, long rowsWritten, long totalRows)
    {
        File = file;
        RowsWritten = rowsWritten;
        TotalRows = totalRows;
    }

    /// <summary>The file being written.</summary>
    public string File { get; }

    /// <summary>Rows written so far, over all files.</summary>
    public long RowsWritten { get; }

    /// <summary>Rows to write in all.</summary>
    public long TotalRows { get; }

    /// <summary>The share done, 0 to 100.</summary>
    public int PercentComplete => TotalRows <= 0 ? 0 : (int)Math.Min(100, RowsWritten * 100 / TotalRows);
}
