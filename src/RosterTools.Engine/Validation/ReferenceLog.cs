using System.Collections.Generic;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;

namespace RosterTools.Validation;

/// <summary>
/// What the CSV reader learnt about references while it read them, so that validation need not look each one up
/// again: which reference columns it could check completely (their target file was read before), and every
/// reference it could not resolve. Validation reports the misses of those columns and checks the others in full.
/// </summary>
internal sealed class ReferenceLog
{
    private readonly HashSet<FieldSpec> _checked = new();
    private readonly List<Miss> _misses = new();

    /// <summary>A reference the reader could not resolve.</summary>
    public readonly record struct Miss(OneRosterRecord Record, FieldSpec Field, OneRosterEntity Target, string Value);

    public IReadOnlyList<Miss> Misses => _misses;

    /// <summary>Notes that every reference in <paramref name="field"/> was looked up against its complete target table.</summary>
    public void MarkChecked(FieldSpec field) => _checked.Add(field);

    public bool IsChecked(FieldSpec field) => _checked.Contains(field);

    public void Add(Miss miss) => _misses.Add(miss);
}
