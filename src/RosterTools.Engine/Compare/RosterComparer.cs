using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;

namespace RosterTools.Compare;

/// <summary>
/// Compares two rosters record by record and field by field, through the column schema, and streams the
/// differences: per collection (in read order) the removed and modified records in the reference's order, then
/// the added ones; then the person-level changes. Nothing is copied: the comparison walks the two rosters as
/// they are and keeps only the sourcedIds of the people whose records changed.
/// </summary>
public static class RosterComparer
{
    /// <summary>The differences between <paramref name="reference"/> (before) and <paramref name="difference"/> (after), as they are found.</summary>
    /// <exception cref="ArgumentException">An entity name in the options is not a collection or "persons".</exception>
    public static IEnumerable<RosterChange> Compare(Roster reference, Roster difference, CompareOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        if (difference is null)
        {
            throw new ArgumentNullException(nameof(difference));
        }

        options ??= CompareOptions.Default;
        var (entities, persons) = ParseEntities(options.Entities);
        return new Pass(reference, difference, options, entities, persons, cancellationToken).Run();
    }

    /// <summary>Whether two rosters hold the same records with the same values (status and dateLastModified aside).</summary>
    public static bool AreEquivalent(Roster reference, Roster difference, CancellationToken cancellationToken = default) =>
        !Compare(reference, difference, new CompareOptions { Entities = OneRosterEntities.ReadOrder.Select(e => e.SpecName()).ToList() }, cancellationToken).Any();

    /// <summary>Reads -Entity names; null or empty means every collection and persons.</summary>
    internal static (HashSet<OneRosterEntity> Entities, bool Persons) ParseEntities(IEnumerable<string>? names)
    {
        var list = names?.Where(name => !string.IsNullOrWhiteSpace(name)).SelectMany(name => name.Split(',')).Select(name => name.Trim()).Where(name => name.Length > 0).ToList();
        if (list is null || list.Count == 0)
        {
            return (new HashSet<OneRosterEntity>(OneRosterEntities.ReadOrder), true);
        }

        var entities = new HashSet<OneRosterEntity>();
        var persons = false;
        foreach (var name in list)
        {
            if (!ChangeEntities.TryParse(name, out var entity))
            {
                throw new ArgumentException($"'{name}' is not a collection; use {string.Join(", ", ChangeEntities.All)}.", nameof(names));
            }

            if (entity is { } collection)
            {
                entities.Add(collection);
            }
            else
            {
                persons = true;
            }
        }

        return (entities, persons);
    }

    /// <summary>One comparison: what it reports, the people whose records changed, progress.</summary>
    private sealed class Pass
    {
        private readonly Roster _reference;
        private readonly Roster _difference;
        private readonly CompareOptions _options;
        private readonly HashSet<OneRosterEntity> _entities;
        private readonly bool _persons;
        private readonly CancellationToken _cancellationToken;
        private readonly PropertyFilter _filter;
        private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
        private readonly List<string> _touchedOrder = new();
        private readonly long _total;
        private long _done;
        private int _changes;
        private string _current = string.Empty;

        public Pass(Roster reference, Roster difference, CompareOptions options, HashSet<OneRosterEntity> entities, bool persons, CancellationToken cancellationToken)
        {
            _reference = reference;
            _difference = difference;
            _options = options;
            _entities = entities;
            _persons = persons;
            _cancellationToken = cancellationToken;
            _filter = new PropertyFilter(options.Properties, options.ExcludeProperties);
            foreach (var entity in OneRosterEntities.ReadOrder.Where(Needed))
            {
                _total += reference.Records(entity).Count + (long)difference.Records(entity).Count;
            }
        }

        public IEnumerable<RosterChange> Run()
        {
            foreach (var change in Entity(_reference.Orgs, _difference.Orgs, Schemas.Orgs, null, org => org.Name))
            {
                yield return change;
            }

            foreach (var change in Entity(_reference.AcademicSessions, _difference.AcademicSessions, Schemas.AcademicSessions, null, session => session.Title))
            {
                yield return change;
            }

            foreach (var change in Entity(_reference.Courses, _difference.Courses, Schemas.Courses, null, course => course.Title))
            {
                yield return change;
            }

            foreach (var change in Entity(_reference.Classes, _difference.Classes, Schemas.Classes, null, @class => @class.Title))
            {
                yield return change;
            }

            foreach (var change in Entity(_reference.Users, _difference.Users, Schemas.Users, user => user.SourcedId, PersonDiff.Label))
            {
                yield return change;
            }

            foreach (var change in Entity(_reference.UserProfiles, _difference.UserProfiles, Schemas.UserProfiles, null, null))
            {
                yield return change;
            }

            foreach (var change in Entity(_reference.Roles, _difference.Roles, Schemas.Roles, role => role.UserSourcedId, null))
            {
                yield return change;
            }

            foreach (var change in Entity(_reference.Enrollments, _difference.Enrollments, Schemas.Enrollments, enrollment => enrollment.UserSourcedId, null))
            {
                yield return change;
            }

            foreach (var change in Entity(_reference.Demographics, _difference.Demographics, Schemas.Demographics, null, null))
            {
                yield return change;
            }

            if (_persons)
            {
                _current = ChangeEntities.Persons;
                Report();
                foreach (var change in PersonDiff.Changes(_reference, _difference, _touchedOrder, _filter, _cancellationToken))
                {
                    _changes++;
                    yield return change;
                }
            }

            _done = _total;
            Report();
        }

        /// <summary>Whether a collection is compared: asked for, or needed for the person-level changes.</summary>
        private bool Needed(OneRosterEntity entity) =>
            _entities.Contains(entity) || (_persons && entity is OneRosterEntity.Users or OneRosterEntity.Roles or OneRosterEntity.Enrollments);

        private IEnumerable<RosterChange> Entity<T>(EntityTable<T> reference, EntityTable<T> difference, EntitySchema<T> schema, Func<T, string?>? personOf, Func<T, string?>? labelOf)
            where T : OneRosterRecord
        {
            if (!Needed(schema.Entity))
            {
                yield break;
            }

            _current = schema.Entity.SpecName();
            Report();
            var report = _entities.Contains(schema.Entity);
            var differ = new RecordDiffer<T>(schema, _filter, _options.IncludeStatusAndDates);
            foreach (var diff in RecordDiff<T>.Of(reference, difference, differ, Advanced, _cancellationToken))
            {
                if (personOf is not null && _persons)
                {
                    Touch(diff.Old is null ? null : personOf(diff.Old));
                    Touch(diff.New is null ? null : personOf(diff.New));
                }

                if (!report)
                {
                    continue;
                }

                IReadOnlyList<PropertyChange>? properties = null;
                if (diff.Change == ChangeType.Modified && (properties = differ.Filter(diff.Differences!)) is null)
                {
                    continue; // differs only in properties left out
                }

                _changes++;
                var record = (diff.New ?? diff.Old)!;
                yield return new RosterChange(schema.Entity.SpecName(), diff.SourcedId, diff.Change, properties, labelOf?.Invoke(record));
            }
        }

        private void Touch(string? user)
        {
            if (!string.IsNullOrEmpty(user) && _touched.Add(user!))
            {
                _touchedOrder.Add(user!);
            }
        }

        private void Advanced(int records)
        {
            _done += records;
            Report();
        }

        private void Report() => _options.Progress?.Report(new CompareProgress(_current, Math.Min(_done, _total), _total, _changes));
    }
}
