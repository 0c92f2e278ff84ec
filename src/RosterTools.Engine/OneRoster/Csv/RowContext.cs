using System.Collections.Generic;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// What the field readers of one file share while a row is read: where the row is (file, line), what the
/// bundle is (version, mode), where findings go, and how references and repeated values are made to share
/// one string. Findings of a row wait until the row is complete, so that they can name its sourcedId.
/// </summary>
internal sealed class RowContext
{
    private readonly List<Finding> _pending = new();

    public RowContext(string bundle, string file, OneRosterVersion version, ProcessingMode mode, FindingCollection findings, IReferenceResolver references, StringInterner interner)
    {
        Bundle = bundle;
        File = file;
        Version = version;
        Mode = mode;
        Findings = findings;
        References = references;
        Interner = interner;
    }

    /// <summary>The bundle (folder or zip) being read.</summary>
    public string Bundle { get; }

    /// <summary>The file of the bundle being read.</summary>
    public string File { get; }

    public OneRosterVersion Version { get; }

    public ProcessingMode Mode { get; }

    public FindingCollection Findings { get; }

    public IReferenceResolver References { get; }

    public StringInterner Interner { get; }

    /// <summary>The line on which the current row starts.</summary>
    public int Line { get; set; }

    /// <summary>1.1 users.csv orgSourcedIds of the current row, turned into role records once the row is read.</summary>
    public IReadOnlyList<string>? LegacyOrgSourcedIds { get; set; }

    /// <summary>1.1 users.csv role of the current row.</summary>
    public SpecEnum<UserRole> LegacyRole { get; set; }

    /// <summary>Notes a finding about the current row.</summary>
    public void Report(Severity severity, string code, string? column, string message) =>
        _pending.Add(new Finding(severity, code, message, File, Line, column));

    /// <summary>Hands the row's findings over, naming the row's sourcedId, and gets ready for the next row.</summary>
    public void EndRow(string? sourcedId)
    {
        foreach (var finding in _pending)
        {
            Findings.Add(finding.WithSourcedId(string.IsNullOrEmpty(sourcedId) ? null : sourcedId));
        }

        _pending.Clear();
        LegacyOrgSourcedIds = null;
        LegacyRole = default;
    }
}
