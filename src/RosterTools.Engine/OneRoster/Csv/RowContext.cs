using System;
using System.Collections.Generic;
using RosterTools.OneRoster.Schema;
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
    private LastReference[] _lastReferences = Array.Empty<LastReference>();

    public RowContext(string bundle, string file, OneRosterVersion version, ProcessingMode mode, FindingCollection findings, IReferenceResolver references, StringInterner interner, ReferenceLog? referenceLog = null)
    {
        ReferenceLog = referenceLog;
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

    /// <summary>Scratch space for the positions of a list field's items.</summary>
    public List<(int Start, int Length)> ListItems { get; } = new();

    /// <summary>Where references that could not be resolved are noted for validation; null when no roster is built.</summary>
    public ReferenceLog? ReferenceLog { get; }

    /// <summary>The line on which the current row starts.</summary>
    public int Line { get; set; }

    /// <summary>1.1 users.csv orgSourcedIds of the current row, turned into role records once the row is read.</summary>
    public IReadOnlyList<string>? LegacyOrgSourcedIds { get; set; }

    /// <summary>1.1 users.csv role of the current row.</summary>
    public SpecEnum<UserRole> LegacyRole { get; set; }

    /// <summary>
    /// The string a reference should hold: the target record's own sourcedId string when that record has been read,
    /// else the text of the reference (noted as unresolved). The last reference of each column is remembered, since
    /// files are often sorted so that a run of rows names the same class or school.
    /// </summary>
    public string Reference(FieldSpec field, int slot, OneRosterEntity target, OneRosterRecord record, ReadOnlySpan<byte> utf8)
    {
        if (slot >= _lastReferences.Length)
        {
            Array.Resize(ref _lastReferences, slot + 1);
        }

        ref var last = ref _lastReferences[slot];
        if (last.Value is not null && utf8.SequenceEqual(last.Bytes.AsSpan(0, last.Length)))
        {
            return last.Value;
        }

        var found = References.Find(target, utf8);
        if (found is null)
        {
            var text = Utf8Text.Decode(utf8);
            if (References.IsComplete(target))
            {
                ReferenceLog?.Add(new ReferenceLog.Miss(record, field, target, text));
            }

            return text;
        }

        if (last.Bytes is null || last.Bytes.Length < utf8.Length)
        {
            last.Bytes = new byte[Math.Max(64, utf8.Length)];
        }

        utf8.CopyTo(last.Bytes);
        last.Length = utf8.Length;
        last.Value = found;
        return found;
    }

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

    private struct LastReference
    {
        public byte[] Bytes;
        public int Length;
        public string? Value;
    }
}
