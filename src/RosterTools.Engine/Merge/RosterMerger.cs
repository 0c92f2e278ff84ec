using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Merge;

/// <summary>
/// Applies a delta roster onto a base roster the way the OneRoster specification describes, giving a new roster
/// (the two given are not changed; records are shared, never copied). For each collection: a file the delta does
/// not have leaves the base's records as they are; a delta file upserts its active rows by sourcedId and removes
/// the records of its tobedeleted rows, skipping (with a warning) a row whose dateLastModified is older than the
/// base record's; a bulk file in the delta replaces the collection. What only existed through a removed record
/// (the enrollments of a deleted class, the roles and enrollments of a deleted user) is removed with it, each one
/// reported. A 1.1 users.csv row carries the user's orgs and role, so it replaces all of that user's roles. The
/// result is validated like an import.
/// </summary>
public static class RosterMerger
{
    /// <summary>Merges <paramref name="delta"/> onto <paramref name="base"/>.</summary>
    /// <exception cref="ArgumentException">The rosters are of different OneRoster versions.</exception>
    /// <exception cref="RosterValidationException">Strict, and the merged roster has errors.</exception>
    public static MergeResult Merge(Roster @base, Roster delta, MergeOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (@base is null)
        {
            throw new ArgumentNullException(nameof(@base));
        }

        if (delta is null)
        {
            throw new ArgumentNullException(nameof(delta));
        }

        if (@base.Version != delta.Version)
        {
            throw new ArgumentException(
                $"The base roster is OneRoster {@base.Version.ToSpecString()} and the delta {delta.Version.ToSpecString()}; merge rosters of one version "
                + "(Export-OneRoster -Version, or rostertools export --version, converts a bundle).",
                nameof(delta));
        }

        options ??= MergeOptions.Default;
        var merge = new Merging(@base, delta, options, cancellationToken);
        return merge.Run();
    }

    private sealed class Merging
    {
        private readonly Roster _base;
        private readonly Roster _delta;
        private readonly MergeOptions _options;
        private readonly CancellationToken _cancellationToken;
        private readonly FindingCollection _findings;
        private readonly Roster _merged;
        private readonly Dictionary<OneRosterEntity, MergeCounts> _counts = new();

        /// <summary>The sourcedIds removed from each collection, and the delta line that removed each (0: missing from a bulk file).</summary>
        private readonly Dictionary<OneRosterEntity, Dictionary<string, int>> _removed = new();

        public Merging(Roster @base, Roster delta, MergeOptions options, CancellationToken cancellationToken)
        {
            _base = @base;
            _delta = delta;
            _options = options;
            _cancellationToken = cancellationToken;
            _findings = new FindingCollection(options.MaxFindingsPerRule);
            _merged = new Roster(@base.Version, MergedManifest(@base, delta), $"{@base.Source ?? "memory"} + {delta.Source ?? "memory"}", _findings);
        }

        public MergeResult Run()
        {
            Table(OneRosterEntity.Orgs, _base.Orgs, _delta.Orgs, _merged.Orgs);
            Table(OneRosterEntity.AcademicSessions, _base.AcademicSessions, _delta.AcademicSessions, _merged.AcademicSessions);
            Table(OneRosterEntity.Courses, _base.Courses, _delta.Courses, _merged.Courses);
            Table(OneRosterEntity.Classes, _base.Classes, _delta.Classes, _merged.Classes);
            var users = Table(OneRosterEntity.Users, _base.Users, _delta.Users, _merged.Users);
            Table(OneRosterEntity.UserProfiles, _base.UserProfiles, _delta.UserProfiles, _merged.UserProfiles);
            if (_base.Version == OneRosterVersion.V1_1 && _delta.ModeOf(OneRosterEntity.Roles) == ProcessingMode.Delta)
            {
                LegacyRoles(users);
            }
            else
            {
                Table(OneRosterEntity.Roles, _base.Roles, _delta.Roles, _merged.Roles);
            }

            Table(OneRosterEntity.Enrollments, _base.Enrollments, _delta.Enrollments, _merged.Enrollments);
            Table(OneRosterEntity.Demographics, _base.Demographics, _delta.Demographics, _merged.Demographics);
            _cancellationToken.ThrowIfCancellationRequested();

            Cascade();
            OtherFiles();
            foreach (var counts in _counts.Values)
            {
                counts.Count = _merged.Records(counts.Collection).Count;
            }

            RosterValidator.Validate(_merged, _findings, _cancellationToken);
            if (_options.Strict && _findings.HasErrors)
            {
                throw new RosterValidationException(_merged.Source!, _findings);
            }

            var collections = OneRosterEntities.ReadOrder.Where(_counts.ContainsKey).Select(entity => _counts[entity]).ToList();
            return new MergeResult(_merged, collections);
        }

        /// <summary>
        /// Merges one collection into <paramref name="merged"/>; returns the sourcedIds of the delta's rows that were
        /// applied (upserted or removed), for 1.1 users whose rows replace their roles.
        /// </summary>
        private HashSet<string> Table<T>(OneRosterEntity entity, EntityTable<T> @base, EntityTable<T> delta, EntityTable<T> merged)
            where T : OneRosterRecord
        {
            var mode = _delta.ModeOf(entity);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            if (mode == ProcessingMode.Absent)
            {
                merged.EnsureCapacity(@base.Count);
                foreach (var record in @base)
                {
                    merged.TryAdd(record, out _);
                }

                return applied;
            }

            var counts = Counts(entity, mode);
            var file = FileOf(entity);
            merged.EnsureCapacity(Math.Max(@base.Count, delta.Count));
            if (mode == ProcessingMode.Bulk)
            {
                foreach (var record in delta)
                {
                    merged.TryAdd(record, out _);
                    if (record.SourcedId.Length > 0)
                    {
                        applied.Add(record.SourcedId);
                        if (@base.Contains(record.SourcedId))
                        {
                            counts.Updated++;
                        }
                        else
                        {
                            counts.Added++;
                        }
                    }
                }

                foreach (var record in @base)
                {
                    if (record.SourcedId.Length > 0 && !delta.Contains(record.SourcedId))
                    {
                        counts.Removed++;
                        Removed(entity, record.SourcedId, 0);
                    }
                }

                return applied;
            }

            var step = 0;
            foreach (var old in @base)
            {
                if ((++step & 0xFFFF) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                var row = old.SourcedId.Length == 0 ? null : delta.Find(old.SourcedId);
                if (row is null)
                {
                    merged.TryAdd(old, out _);
                }
                else if (row.DateLastModified is DateTime sent && old.DateLastModified is DateTime known && sent < known)
                {
                    merged.TryAdd(old, out _);
                    counts.Stale++;
                    _findings.Add(new Finding(
                        Severity.Warning,
                        FindingCodes.MergeStaleRow,
                        $"The delta's row for '{old.SourcedId}' was last modified {SpecFormats.FormatDateTime(sent)}, before the base's record ({SpecFormats.FormatDateTime(known)}); it was skipped and the base's record kept.",
                        file,
                        row.Line == 0 ? null : row.Line,
                        "dateLastModified",
                        old.SourcedId));
                }
                else if (row.IsToBeDeleted)
                {
                    applied.Add(old.SourcedId);
                    counts.Removed++;
                    Removed(entity, old.SourcedId, row.Line);
                }
                else
                {
                    applied.Add(old.SourcedId);
                    merged.TryAdd(row, out _);
                    counts.Updated++;
                }
            }

            foreach (var row in delta)
            {
                if (row.SourcedId.Length == 0 || @base.Contains(row.SourcedId))
                {
                    continue;
                }

                applied.Add(row.SourcedId);
                if (row.IsToBeDeleted)
                {
                    counts.NotFound++;
                    _findings.Add(new Finding(Severity.Warning, FindingCodes.MergeDeleteNotFound, $"The delta deletes '{row.SourcedId}', which the base does not have; there was nothing to remove.", file, row.Line == 0 ? null : row.Line, "status", row.SourcedId));
                }
                else
                {
                    merged.TryAdd(row, out _);
                    counts.Added++;
                }
            }

            return applied;
        }

        /// <summary>
        /// 1.1 delta: a users.csv row gives the user's orgs and role in full, so the roles derived from it replace all
        /// the roles the user had; the roles of users the delta does not have are kept.
        /// </summary>
        private void LegacyRoles(HashSet<string> users)
        {
            var counts = Counts(OneRosterEntity.Roles, ProcessingMode.Delta);
            var kept = new HashSet<string>(StringComparer.Ordinal);
            foreach (var role in _delta.Roles)
            {
                if (role.UserSourcedId is { } user && users.Contains(user) && !role.IsToBeDeleted)
                {
                    _merged.Roles.TryAdd(role, out _);
                    kept.Add(role.SourcedId);
                    if (_base.Roles.Contains(role.SourcedId))
                    {
                        counts.Updated++;
                    }
                    else
                    {
                        counts.Added++;
                    }
                }
            }

            foreach (var role in _base.Roles)
            {
                if (role.UserSourcedId is { } user && users.Contains(user))
                {
                    if (!kept.Contains(role.SourcedId))
                    {
                        counts.Removed++;
                        Removed(OneRosterEntity.Roles, role.SourcedId, _delta.Users.Find(user)?.Line ?? 0);
                    }
                }
                else
                {
                    _merged.Roles.TryAdd(role, out _);
                }
            }
        }

        /// <summary>Removes what belonged to removed records: courses and classes of removed orgs, classes of removed courses, and so on.</summary>
        private void Cascade()
        {
            CascadeFrom(OneRosterEntity.Courses, _merged.Courses, (OneRosterEntity.Orgs, c => c.OrgSourcedId));
            CascadeFrom(OneRosterEntity.Classes, _merged.Classes, (OneRosterEntity.Courses, c => c.CourseSourcedId), (OneRosterEntity.Orgs, c => c.SchoolSourcedId));
            CascadeFrom(OneRosterEntity.UserProfiles, _merged.UserProfiles, (OneRosterEntity.Users, p => p.UserSourcedId));
            CascadeFrom(OneRosterEntity.Roles, _merged.Roles, (OneRosterEntity.Users, r => r.UserSourcedId), (OneRosterEntity.Orgs, r => r.OrgSourcedId));
            CascadeFrom(OneRosterEntity.Enrollments, _merged.Enrollments, (OneRosterEntity.Users, e => e.UserSourcedId), (OneRosterEntity.Classes, e => e.ClassSourcedId), (OneRosterEntity.Orgs, e => e.SchoolSourcedId));
            CascadeFrom(OneRosterEntity.Demographics, _merged.Demographics, (OneRosterEntity.Users, d => d.SourcedId));
        }

        private void CascadeFrom<T>(OneRosterEntity entity, EntityTable<T> table, params (OneRosterEntity Owner, Func<T, string?> Reference)[] owners)
            where T : OneRosterRecord
        {
            owners = owners.Where(owner => _removed.ContainsKey(owner.Owner)).ToArray();
            if (owners.Length == 0 || table.Count == 0)
            {
                return;
            }

            var gone = new List<(T Record, OneRosterEntity Owner, string Id, int Line)>();
            foreach (var record in table)
            {
                foreach (var (owner, reference) in owners)
                {
                    if (reference(record) is { Length: > 0 } id && _removed[owner].TryGetValue(id, out var line))
                    {
                        gone.Add((record, owner, id, line));
                        break;
                    }
                }
            }

            if (gone.Count == 0)
            {
                return;
            }

            var counts = Counts(entity, _delta.ModeOf(entity));
            var doomed = new HashSet<T>(gone.Select(g => g.Record));
            table.RemoveAll(doomed.Contains);
            foreach (var (record, owner, id, line) in gone)
            {
                counts.CascadeRemoved++;
                Removed(entity, record.SourcedId, line);
                var where = line > 0 ? $" ({FileOf(owner)} line {line.ToString(CultureInfo.InvariantCulture)})" : " (it is not in the delta's bulk " + FileOf(owner) + ")";
                _findings.Add(new Finding(
                    Severity.Warning,
                    FindingCodes.MergeCascadeRemoved,
                    $"'{record.SourcedId}' was removed with {Singular(owner)} '{id}', which the delta removes{where}; it only existed through it.",
                    FileOf(entity),
                    null,
                    null,
                    record.SourcedId.Length == 0 ? null : record.SourcedId));
            }
        }

        /// <summary>Gradebook and other files: a bulk file of the delta replaces the base's; a delta file with the same header is merged by sourcedId.</summary>
        private void OtherFiles()
        {
            var files = _base.OtherFiles.ToDictionary(table => table.FileName, StringComparer.OrdinalIgnoreCase);
            foreach (var table in _delta.OtherFiles)
            {
                if (table.Mode == ProcessingMode.Bulk || !files.TryGetValue(table.FileName, out var old))
                {
                    files[table.FileName] = table;
                    continue;
                }

                var key = IndexOf(table.Header, "sourcedId");
                var status = IndexOf(table.Header, "status");
                if (!table.Header.SequenceEqual(old.Header, StringComparer.Ordinal) || key < 0 || status < 0)
                {
                    _findings.Add(new Finding(Severity.Warning, FindingCodes.MergeFileNotMerged, $"The delta's {table.FileName} has a different header from the base's (or no sourcedId and status columns), so it could not be merged; the base's rows were kept.", table.FileName));
                    continue;
                }

                var rows = old.Rows.ToList();
                foreach (var row in table.Rows.Where(row => key < row.Values.Count))
                {
                    var at = rows.FindIndex(existing => key < existing.Values.Count && existing.Values[key] == row.Values[key]);
                    var delete = status < row.Values.Count && row.Values[status] == "tobedeleted";
                    if (at >= 0)
                    {
                        rows.RemoveAt(at);
                        if (!delete)
                        {
                            rows.Insert(at, row);
                        }
                    }
                    else if (!delete)
                    {
                        rows.Add(row);
                    }
                }

                files[table.FileName] = new RawTable(old.FileName, old.Mode, old.Header, rows);
            }

            foreach (var table in files.Values)
            {
                _merged.OtherFiles.Add(table);
            }
        }

        private MergeCounts Counts(OneRosterEntity entity, ProcessingMode mode)
        {
            if (!_counts.TryGetValue(entity, out var counts))
            {
                _counts[entity] = counts = new MergeCounts(entity, mode);
            }

            return counts;
        }

        private void Removed(OneRosterEntity entity, string sourcedId, int line)
        {
            if (!_removed.TryGetValue(entity, out var ids))
            {
                _removed[entity] = ids = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            ids[sourcedId] = line;
        }

        /// <summary>The file findings name: 1.1 roles came from users.csv.</summary>
        private string FileOf(OneRosterEntity entity) =>
            (entity == OneRosterEntity.Roles && _base.Version == OneRosterVersion.V1_1 ? OneRosterEntity.Users : entity).FileName();

        private static string Singular(OneRosterEntity entity) => entity switch
        {
            OneRosterEntity.Orgs => "org",
            OneRosterEntity.Courses => "course",
            OneRosterEntity.Classes => "class",
            OneRosterEntity.Users => "user",
            _ => entity.SpecName(),
        };

        private static int IndexOf(IReadOnlyList<string> header, string name)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i].Trim(), name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// The merged roster's manifest: the base's properties, and for each file the mode of the result: the base's
        /// where the delta sends nothing or only changes, bulk where the delta sends the complete file.
        /// </summary>
        private static BundleManifest MergedManifest(Roster @base, Roster delta)
        {
            var files = new Dictionary<string, ProcessingMode>(StringComparer.Ordinal);
            foreach (var name in @base.Manifest.Files.Keys.Concat(delta.Manifest.Files.Keys).Distinct(StringComparer.Ordinal))
            {
                var before = @base.Manifest.ModeOf(name);
                var sent = delta.Manifest.ModeOf(name);
                files[name] = sent switch
                {
                    ProcessingMode.Absent => before,
                    ProcessingMode.Bulk => ProcessingMode.Bulk,
                    _ => before == ProcessingMode.Absent ? ProcessingMode.Delta : before,
                };
            }

            return new BundleManifest(@base.Manifest.IsPresent || delta.Manifest.IsPresent, new Dictionary<string, string>(@base.Manifest.Properties.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal), files);
        }
    }
}
