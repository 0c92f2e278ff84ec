using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RosterTools.OneRoster.Schema;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Reads a OneRoster 1.1 or 1.2 CSV bundle (a folder or a .zip) into a <see cref="Roster"/>, or streams the
/// records of one of its files. Lenient by default: what is sound is imported and everything else is a finding.
/// </summary>
public static class OneRosterReader
{
    /// <summary>Reads a whole bundle, validates it, and returns the roster with its findings.</summary>
    /// <exception cref="BundleReadException">The bundle cannot be read at all (missing, damaged, refused zip).</exception>
    /// <exception cref="RosterValidationException">Strict mode, and errors were found.</exception>
    public static Roster Read(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ImportOptions.Default;
        var findings = new FindingCollection(options.MaxFindingsPerRule);
        using var source = BundleSource.Open(path, options.Limits);
        var layout = BundleLayout.Inspect(source, findings);
        var roster = new Roster(layout.Version, layout.Manifest, path, findings);
        var progress = new ProgressTracker(options.Progress, source, layout.EntityFiles.Values.Concat(layout.OtherFiles));
        var references = new RosterReferences(roster);
        var interner = new StringInterner();
        var referenceLog = new ReferenceLog();
        roster.ReferenceLog = referenceLog;

        foreach (var entity in OneRosterEntities.ReadOrder)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (layout.EntityFiles.TryGetValue(entity, out var fileName))
            {
                var row = new RowContext(path, fileName, layout.Version, layout.ModeOf(fileName), findings, references, interner, referenceLog);
                references.MarkCheckedReferences(entity, row.Mode, referenceLog);
                foreach (var record in ReadRecords(source, entity, row, progress, cancellationToken, rows => Reserve(roster, entity, rows)))
                {
                    Add(roster, record, findings, fileName);
                }

                progress.FileDone(fileName);
            }

            references.Completed(entity);
        }

        foreach (var fileName in layout.OtherFiles)
        {
            roster.OtherFiles.Add(RawTableReader.Read(source.Open(fileName), fileName, layout.ModeOf(fileName), findings, cancellationToken));
            progress.FileDone(fileName);
        }

        RosterValidator.Validate(roster, findings, cancellationToken);
        if (options.Strict && findings.HasErrors)
        {
            throw new RosterValidationException(path, findings);
        }

        return roster;
    }

    /// <summary>
    /// Opens one collection of a bundle for streaming, without building a roster: for a quick look at, or an export
    /// of, one file of a large bundle. The bundle's manifest is read now (its findings go to <paramref name="findings"/>);
    /// the records are read as the result is enumerated, and findings about their rows go to
    /// <paramref name="findings"/> as they are found. References to other files are not checked. Dispose the result.
    /// </summary>
    /// <param name="path">The bundle: a folder or a .zip.</param>
    /// <param name="entity">The collection to read.</param>
    /// <param name="findings">Receives the findings about the manifest and the file's rows.</param>
    /// <param name="options">How to read.</param>
    /// <param name="includeDerivedRoles">For users of a 1.1 bundle: also yield, after each user, the role records derived from its orgSourcedIds and role.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="BundleReadException">The bundle cannot be read at all.</exception>
    public static EntityStream OpenEntity(string path, OneRosterEntity entity, FindingCollection findings, ImportOptions? options = null, bool includeDerivedRoles = false, CancellationToken cancellationToken = default)
    {
        options ??= ImportOptions.Default;
        var source = BundleSource.Open(path, options.Limits);
        try
        {
            var layout = BundleLayout.Inspect(source, findings);

            // 1.1 roles live in users.csv.
            var fileEntity = entity == OneRosterEntity.Roles && layout.Version == OneRosterVersion.V1_1 ? OneRosterEntity.Users : entity;
            layout.EntityFiles.TryGetValue(fileEntity, out var fileName);
            IEnumerable<OneRosterRecord> Records()
            {
                if (fileName is null)
                {
                    yield break;
                }

                var progress = new ProgressTracker(options.Progress, source, new[] { fileName });
                var row = new RowContext(path, fileName, layout.Version, layout.ModeOf(fileName), findings, NoReferenceResolver.Instance, new StringInterner());
                foreach (var record in ReadRecords(source, fileEntity, row, progress, cancellationToken))
                {
                    if (record.Entity == entity || (includeDerivedRoles && record is RoleAssignment { IsDerived: true }))
                    {
                        yield return record;
                    }
                }

                progress.FileDone(fileName);
            }

            return new EntityStream(entity, layout.Version, fileName is null ? ProcessingMode.Absent : layout.ModeOf(fileName), fileName, source, Records());
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>The records of one file; for 1.1 users.csv, each user followed by the roles derived from it.</summary>
    private static IEnumerable<OneRosterRecord> ReadRecords(BundleSource source, OneRosterEntity entity, RowContext row, ProgressTracker progress, CancellationToken cancellationToken, Action<long>? expectedRows = null)
    {
        var length = source.Length(row.File);
        var stream = source.Open(row.File);
        Action<long, long> report = (bytes, records) => progress.Report(row.File, bytes, records);
        var records = entity switch
        {
            OneRosterEntity.Orgs => Read(Schemas.Orgs),
            OneRosterEntity.AcademicSessions => Read(Schemas.AcademicSessions),
            OneRosterEntity.Courses => Read(Schemas.Courses),
            OneRosterEntity.Classes => Read(Schemas.Classes),
            OneRosterEntity.Users => ReadUsers(),
            OneRosterEntity.UserProfiles => Read(Schemas.UserProfiles),
            OneRosterEntity.Roles => Read(Schemas.Roles),
            OneRosterEntity.Enrollments => Read(Schemas.Enrollments),
            OneRosterEntity.Demographics => Read(Schemas.Demographics),
            _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
        };

        foreach (var record in records)
        {
            yield return record;
        }

        IEnumerable<OneRosterRecord> Read<T>(EntitySchema<T> schema)
            where T : OneRosterRecord => new EntityFileReader<T>(schema, row) { Progress = report, FileLength = length, ExpectedRows = expectedRows }.Read(stream, cancellationToken);

        IEnumerable<OneRosterRecord> ReadUsers()
        {
            var derived = new List<RoleAssignment>();
            var reader = new EntityFileReader<User>(Schemas.Users, row)
            {
                Progress = report,
                FileLength = length,
                ExpectedRows = expectedRows,
                AfterRow = (user, context) =>
                {
                    user.ShareRepeatedStrings();
                    derived.Clear();
                    derived.AddRange(LegacyRoles.Derive(user, context));
                },
            };

            foreach (var user in reader.Read(stream, cancellationToken))
            {
                yield return user;
                foreach (var role in derived)
                {
                    yield return role;
                }
            }
        }
    }

    /// <summary>Makes room in a collection's table for the rows its file probably has.</summary>
    private static void Reserve(Roster roster, OneRosterEntity entity, long rows) =>
        roster.Table(entity).EnsureCapacity((int)Math.Min(rows, int.MaxValue / 2));

    private static void Add(Roster roster, OneRosterRecord record, FindingCollection findings, string fileName)
    {
        if (!roster.Table(record.Entity).TryAddRecord(record, out var first) && record is not RoleAssignment { IsDerived: true })
        {
            findings.Add(new Finding(
                Severity.Error,
                FindingCodes.DuplicateSourcedId,
                $"The sourcedId '{record.SourcedId}' is already used on line {first!.Line}; sourcedIds must be unique in a file. This row was not imported.",
                fileName,
                record.Line,
                "sourcedId",
                record.SourcedId));
        }
    }

    /// <summary>Turns per-file positions into progress over the whole bundle.</summary>
    private sealed class ProgressTracker
    {
        private readonly IProgress<ImportProgress>? _progress;
        private readonly BundleSource _source;
        private readonly long _total;
        private long _done;

        public ProgressTracker(IProgress<ImportProgress>? progress, BundleSource source, IEnumerable<string> files)
        {
            _progress = progress;
            _source = source;
            if (progress is not null)
            {
                _total = files.Sum(source.Length);
            }
        }

        public void Report(string file, long bytesInFile, long records) =>
            _progress?.Report(new ImportProgress(file, records, Math.Min(_total, _done + bytesInFile), _total));

        public void FileDone(string file)
        {
            if (_progress is not null)
            {
                _done = Math.Min(_total, _done + _source.Length(file));
                _progress.Report(new ImportProgress(file, 0, _done, _total));
            }
        }
    }
}
