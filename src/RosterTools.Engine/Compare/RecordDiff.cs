using System;
using System.Collections.Generic;
using System.Threading;
using RosterTools.OneRoster;

namespace RosterTools.Compare;

/// <summary>One record that differs between two tables: the reference's, the difference's, and the columns that differ.</summary>
internal readonly struct RecordDiff<T>
    where T : OneRosterRecord
{
    public RecordDiff(ChangeType change, T? old, T? @new, List<PropertyChange>? differences)
    {
        Change = change;
        Old = old;
        New = @new;
        Differences = differences;
    }

    public ChangeType Change { get; }

    /// <summary>The record in the reference (null when added).</summary>
    public T? Old { get; }

    /// <summary>The record in the difference (null when removed).</summary>
    public T? New { get; }

    /// <summary>For Modified: every column that differs (before any property filter).</summary>
    public List<PropertyChange>? Differences { get; }

    public string SourcedId => (New ?? Old)!.SourcedId;

    /// <summary>
    /// The records of two tables that differ, matched by sourcedId: removed and modified ones in the reference's
    /// order, then added ones in the difference's order. Records without a sourcedId cannot be matched and are
    /// left out (validation reports them).
    /// </summary>
    public static IEnumerable<RecordDiff<T>> Of(EntityTable<T> reference, EntityTable<T> difference, RecordDiffer<T> differ, Action<int>? advanced, CancellationToken cancellationToken)
    {
        const int Step = 4096;
        for (var i = 0; i < reference.Count; i++)
        {
            if ((i & (Step - 1)) == Step - 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
                advanced?.Invoke(Step);
            }

            var old = reference[i];
            if (old.SourcedId.Length == 0)
            {
                continue;
            }

            var @new = difference.Find(old.SourcedId);
            if (@new is null)
            {
                yield return new RecordDiff<T>(ChangeType.Removed, old, null, null);
            }
            else if (!ReferenceEquals(old, @new) && differ.Differences(old, @new) is { } differences)
            {
                yield return new RecordDiff<T>(ChangeType.Modified, old, @new, differences);
            }
        }

        advanced?.Invoke(reference.Count & (Step - 1));
        for (var i = 0; i < difference.Count; i++)
        {
            if ((i & (Step - 1)) == Step - 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
                advanced?.Invoke(Step);
            }

            var @new = difference[i];
            if (@new.SourcedId.Length > 0 && !reference.Contains(@new.SourcedId))
            {
                yield return new RecordDiff<T>(ChangeType.Added, null, @new, null);
            }
        }

        advanced?.Invoke(difference.Count & (Step - 1));
    }
}
