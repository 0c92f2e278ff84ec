using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsvHelper;
using RosterTools.Compare;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Schema;
using RosterTools.Profiles;
using RosterTools.Samples;
using RosterTools.Validation;

namespace RosterTools.Export;

/// <summary>
/// One export: which records of each file are written (all, or a delta's changes), in the target version's
/// columns, through the profile; the conversions between versions; progress; the manifest.
/// </summary>
internal sealed partial class ExportRun
{
    private const string SystemName = "RosterTools";
    private const string SystemCode = "rostertools";

    private readonly Roster _roster;
    private readonly OneRosterVersion _version;
    private readonly ExportOptions _options;
    private readonly FindingCollection _findings;
    private readonly BundleTarget _target;
    private readonly CancellationToken _cancellationToken;
    private readonly ExportProfile? _profile;
    private readonly Roster _current;
    private readonly Roster? _since;
    private readonly bool _scoped;
    private readonly string _stamp;
    private readonly ConversionLog _log = new();
    private readonly FileRows _files = new();
    private readonly Dictionary<string, ProcessingMode> _modes = new(StringComparer.Ordinal);
    private long _total;
    private long _done;

    /// <summary>What the row being written is: its status and dateLastModified (null: the record's own), and the roster it comes from.</summary>
    private string? _rowStatus;
    private string? _rowDate;
    private Roster _rowRoster;

    public ExportRun(Roster roster, OneRosterVersion version, ExportOptions options, FindingCollection findings, BundleTarget target, CancellationToken cancellationToken)
    {
        _roster = roster;
        _version = version;
        _options = options;
        _findings = findings;
        _target = target;
        _cancellationToken = cancellationToken;
        _profile = options.Profile;
        _scoped = _profile is { Scope.IsEverything: false };
        _current = _profile?.Scope.Apply(roster) ?? roster;
        _since = options.Since is null ? null : _profile?.Scope.Apply(options.Since) ?? options.Since;
        var stamp = (options.Timestamp ?? DateTime.UtcNow).ToUniversalTime();
        _stamp = SpecFormats.FormatDateTime(new DateTime(stamp.Ticks - (stamp.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc));
        _rowRoster = _current;
    }

    private bool IsDelta => _since is not null;

    private bool Converting => _roster.Version != _version;

    public FileRows Run()
    {
        var plans = new List<IFilePlan>
        {
            Plan(OneRosterEntity.Orgs, _current.Orgs, _since?.Orgs, Schemas.Orgs),
            Plan(OneRosterEntity.AcademicSessions, _current.AcademicSessions, _since?.AcademicSessions, Schemas.AcademicSessions),
            Plan(OneRosterEntity.Courses, _current.Courses, _since?.Courses, Schemas.Courses),
            Plan(OneRosterEntity.Classes, _current.Classes, _since?.Classes, Schemas.Classes),
            Plan(OneRosterEntity.Users, _current.Users, _since?.Users, Schemas.Users, LegacyUsersToRewrite()),
            Plan(OneRosterEntity.UserProfiles, _current.UserProfiles, _since?.UserProfiles, Schemas.UserProfiles),
            Plan(OneRosterEntity.Roles, _current.Roles, _since?.Roles, Schemas.Roles),
            Plan(OneRosterEntity.Enrollments, _current.Enrollments, _since?.Enrollments, Schemas.Enrollments),
            Plan(OneRosterEntity.Demographics, _current.Demographics, _since?.Demographics, Schemas.Demographics),
        };

        _total = plans.Sum(plan => plan.Rows);
        foreach (var plan in plans.Where(plan => plan.Rows > 0))
        {
            plan.Write(this);
        }

        WriteOtherFiles();
        _cancellationToken.ThrowIfCancellationRequested();
        using (var manifest = _target.Create(BundleFiles.ManifestFileName))
        {
            ManifestWriter.Write(manifest, _version, _modes, _options.NewLine, _roster.Manifest.SourceSystemName ?? SystemName, _roster.Manifest.SourceSystemCode ?? SystemCode);
        }

        _log.Report(_findings);
        return _files;
    }

    /// <summary>What the records of one collection are to be written.</summary>
    private interface IFilePlan
    {
        long Rows { get; }

        void Write(ExportRun run);
    }

    /// <summary>
    /// The rows of one file: everything (bulk), or what was added or changed since the reference (active) and what
    /// was removed since (tobedeleted). A file the target version or the profile does not have is not written.
    /// </summary>
    private IFilePlan Plan<T>(OneRosterEntity entity, EntityTable<T> current, EntityTable<T>? since, EntitySchema<T> schema, HashSet<string>? alsoChanged = null)
        where T : OneRosterRecord
    {
        var rule = _profile is null ? null : _profile.Files.TryGetValue(entity, out var found) ? found : null;
        if ((_profile is not null && rule is null) || !entity.Versions().Includes(_version))
        {
            if (_profile is null && current.Count > 0 && entity != OneRosterEntity.Roles)
            {
                _log.Count(entity.FileName(), FindingCodes.ExportValueDropped, $"OneRoster {_version.ToSpecString()} has no {entity.FileName()}; its records were not written.", current.Count);
            }

            return new FilePlan<T>(entity, schema, rule, new List<T>(), new List<T>(), ProcessingMode.Absent, preserveStamps: false);
        }

        if (since is null)
        {
            var preserve = _current.ModeOf(entity) == ProcessingMode.Delta;
            return new FilePlan<T>(entity, schema, rule, current.ToList(), new List<T>(), preserve ? ProcessingMode.Delta : ProcessingMode.Bulk, preserve);
        }

        var differ = new RecordDiffer<T>(schema, new PropertyFilter(null, null), includeStatusAndDates: false, field => field.Versions.Includes(_version) && (rule?.Passes(field) ?? true))
        {
            CompareExtensions = true,
            ExtensionFilter = rule is null ? null : rule.PassesExtension,
        };
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var deletes = new List<T>();
        foreach (var diff in RecordDiff<T>.Of(since, current, differ, null, _cancellationToken))
        {
            if (diff.Change == ChangeType.Removed)
            {
                deletes.Add(diff.Old!);
            }
            else
            {
                changed.Add(diff.SourcedId);
            }
        }

        if (alsoChanged is not null)
        {
            changed.UnionWith(alsoChanged.Where(current.Contains));
        }

        var upserts = current.Where(record => changed.Contains(record.SourcedId)).ToList();
        return new FilePlan<T>(entity, schema, rule, upserts, deletes, ProcessingMode.Delta, preserveStamps: false);
    }

    /// <summary>For a 1.1 delta: users whose orgs or role changed (their users.csv row carries them) although the user record did not.</summary>
    private HashSet<string>? LegacyUsersToRewrite()
    {
        if (_since is null || _version != OneRosterVersion.V1_1)
        {
            return null;
        }

        var users = new HashSet<string>(StringComparer.Ordinal);
        var differ = new RecordDiffer<RoleAssignment>(Schemas.Roles, new PropertyFilter(null, null), includeStatusAndDates: false, field => field.Name is "roleType" or "role" or "orgSourcedId" or "userSourcedId");
        foreach (var diff in RecordDiff<RoleAssignment>.Of(_since.Roles, _current.Roles, differ, null, _cancellationToken))
        {
            foreach (var role in new[] { diff.Old, diff.New })
            {
                if (role?.UserSourcedId is { Length: > 0 } user)
                {
                    users.Add(user);
                }
            }
        }

        return users;
    }

    /// <summary>Gradebook and other files are carried along as they were read: only in a bulk export of the roster's own version without a profile.</summary>
    private void WriteOtherFiles()
    {
        foreach (var table in _roster.OtherFiles)
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(table.FileName);
            var why = _profile is not null ? null
                : IsDelta ? "a delta export carries only the rostering files"
                : Converting ? $"it cannot be converted to OneRoster {_version.ToSpecString()}"
                : !BundleFiles.IsIn(name, _version) ? "it is not a OneRoster file, so the manifest could not declare it"
                : table.Rows.Count == 0 ? "it has no rows" : string.Empty;
            if (why is null)
            {
                continue; // a profile names the files the vendor receives; gradebook files are never among them
            }

            if (why.Length > 0)
            {
                _log.Count(table.FileName, FindingCodes.ExportValueDropped, $"{table.FileName} was not written: {why}.", table.Rows.Count);
                continue;
            }

            using (var writer = CsvWriter.Create(_target.Create(name + ".csv"), CsvOptions.ForWriting(_options.NewLine), leaveOpen: false))
            {
                writer.WriteHeader(table.Header.ToArray());
                foreach (var row in table.Rows)
                {
                    writer.WriteRecord(row.Values.ToArray());
                }
            }

            _files.Add(name, table.Rows.Count);
            _modes[name] = table.Mode == ProcessingMode.Delta ? ProcessingMode.Delta : ProcessingMode.Bulk;
        }
    }

    private void Advance(string file, long rows)
    {
        _done += rows;
        if ((_done & 0xFFF) == 0 || rows != 1)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _options.Progress?.Report(new ExportProgress(file, _done, _total));
        }
    }

    private sealed class FilePlan<T> : IFilePlan
        where T : OneRosterRecord
    {
        private readonly OneRosterEntity _entity;
        private readonly EntitySchema<T> _schema;
        private readonly FileRule? _rule;
        private readonly List<T> _upserts;
        private readonly List<T> _deletes;
        private readonly ProcessingMode _mode;
        private readonly bool _preserveStamps;

        public FilePlan(OneRosterEntity entity, EntitySchema<T> schema, FileRule? rule, List<T> upserts, List<T> deletes, ProcessingMode mode, bool preserveStamps)
        {
            _entity = entity;
            _schema = schema;
            _rule = rule;
            _upserts = upserts;
            _deletes = deletes;
            _mode = mode;
            _preserveStamps = preserveStamps;
        }

        public long Rows => _upserts.Count + (long)_deletes.Count;

        public void Write(ExportRun run)
        {
            run._cancellationToken.ThrowIfCancellationRequested();
            var fileName = _entity.FileName();
            var extensions = _upserts.Concat(_deletes).SelectMany(record => record.Extensions.Keys)
                .Distinct(StringComparer.Ordinal).Where(header => _rule?.PassesExtension(header) ?? true).ToList();
            var valueOf = run.ValueOf(_entity, _schema, _rule);
            run.CountVersionLosses(_entity, _schema, _upserts);
            using (var writer = new EntityFileWriter<T>(run._target.Create(fileName), _schema, run._version, run._options.NewLine, extensions) { ValueOf = valueOf })
            {
                run._rowStatus = _preserveStamps ? null : run.IsDelta ? "active" : string.Empty;
                run._rowDate = _preserveStamps ? null : run.IsDelta ? run._stamp : string.Empty;
                run._rowRoster = run._current;
                foreach (var record in _upserts)
                {
                    writer.Write(record);
                    run.Advance(fileName, 1);
                }

                run._rowStatus = "tobedeleted";
                run._rowRoster = run._since ?? run._current;
                foreach (var record in _deletes)
                {
                    writer.Write(record);
                    run.Advance(fileName, 1);
                }
            }

            run._files.Add(_entity.SpecName(), Rows);
            run._modes[_entity.SpecName()] = _mode;
        }
    }
}
