using System;
using System.Collections.Generic;
using RosterTools.OneRoster.Schema;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Resolves references against the tables of the roster being read (a CSV bundle, or the REST API), and knows which
/// collections are complete, so that a reference it does not find in one of those is a miss for validation.
/// </summary>
internal sealed class RosterReferences : IReferenceResolver
{
    private readonly Roster _roster;
    private readonly HashSet<OneRosterEntity> _complete = new();

    public RosterReferences(Roster roster) => _roster = roster;

    /// <summary>Notes that a collection has been read (or that the source does not have it).</summary>
    public void Completed(OneRosterEntity entity) => _complete.Add(entity);

    public bool IsComplete(OneRosterEntity target) => _complete.Contains(target);

    public string? Find(OneRosterEntity target, ReadOnlySpan<byte> utf8) => _roster.Table(target).FindSourcedId(utf8);

    /// <summary>
    /// A resolver for readers on other threads while this roster is being filled: it looks only into the collections
    /// complete now, whose tables no longer change, and treats every other collection as not read yet.
    /// </summary>
    public IReferenceResolver Frozen() => new FrozenReferences(_roster, new HashSet<OneRosterEntity>(_complete));

    /// <summary>
    /// Tells validation which reference columns of a collection are checked as it is read: those whose target
    /// collection is complete already (read before, or not in the source), in collections that are not deltas.
    /// </summary>
    public void MarkCheckedReferences(OneRosterEntity entity, ProcessingMode mode, ReferenceLog log)
    {
        if (mode == ProcessingMode.Delta)
        {
            return;
        }

        foreach (var field in Schemas.For(entity).AllFields)
        {
            if (field.Target is OneRosterEntity target && IsComplete(target) && _roster.ModeOf(target) != ProcessingMode.Delta && field is not LegacyOrgSourcedIdsField)
            {
                log.MarkChecked(field);
            }
        }
    }

    private sealed class FrozenReferences : IReferenceResolver
    {
        private readonly Roster _roster;
        private readonly HashSet<OneRosterEntity> _complete;

        public FrozenReferences(Roster roster, HashSet<OneRosterEntity> complete)
        {
            _roster = roster;
            _complete = complete;
        }

        public string? Find(OneRosterEntity target, ReadOnlySpan<byte> utf8) => _complete.Contains(target) ? _roster.Table(target).FindSourcedId(utf8) : null;

        public bool IsComplete(OneRosterEntity target) => _complete.Contains(target);
    }
}
