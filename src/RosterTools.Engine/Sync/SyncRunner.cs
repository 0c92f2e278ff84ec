using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using RosterTools.Apply;
using RosterTools.Apply.Passwords;
using RosterTools.Compare;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.State.Snapshots;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Sync;

/// <summary>
/// The nightly job: import → validate → compare with the last snapshot → read the directory → plan → safety check
/// → snapshot → provision → deprovision → save state → summary. One run at a time per state folder. Whatever
/// happens, the result is a <see cref="SyncSummary"/> whose exit code says how it ended; nothing is changed when
/// the run is refused.
/// </summary>
public static class SyncRunner
{
    /// <summary>The summary of the last run, in the state folder.</summary>
    public const string LastSummaryFileName = "last-sync.json";

    /// <summary>Runs the sync <paramref name="config"/> describes.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; actions already in flight were finished and recorded.</exception>
    public static SyncSummary Run(SyncConfig config, SyncOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SyncOptions();
        var summary = new SyncSummary
        {
            RunId = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'-", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N").Substring(0, 8),
            Config = config.File,
            StartedUtc = DateTime.UtcNow,
            WhatIf = options.WhatIf,
        };
        try
        {
            using var stateLock = StateLock.Acquire(config.StateFolder);
            new Night(config, options, summary, cancellationToken).Run();
        }
        catch (Exception ex) when (CouldNotRun(ex))
        {
            summary.Outcome = SyncOutcome.CouldNotRun;
            summary.Reason = ex.Message;
        }

        summary.FinishedUtc = DateTime.UtcNow;
        SyncNotifier.Tell(config, summary);
        return summary;
    }

    private static bool CouldNotRun(Exception ex) =>
        ex is StateLockedException or SyncConfigException or PolicyException or DirectoryUnavailableException or IOException or UnauthorizedAccessException or InvalidDataException;

    /// <summary>One run's steps.</summary>
    private sealed class Night
    {
        private readonly SyncConfig _config;
        private readonly SyncOptions _options;
        private readonly SyncSummary _summary;
        private readonly CancellationToken _cancellationToken;

        public Night(SyncConfig config, SyncOptions options, SyncSummary summary, CancellationToken cancellationToken)
        {
            _config = config;
            _options = options;
            _summary = summary;
            _cancellationToken = cancellationToken;
        }

        public void Run()
        {
            var policy = PolicyLoader.Load(_config.PolicyPath);
            _config.Safety.ApplyTo(policy.Safety);

            var roster = ReadSource(policy);
            if (roster is null)
            {
                return;
            }

            var snapshots = new SnapshotStore(Path.Combine(_config.StateFolder, "snapshots"));
            CompareWithLastNight(snapshots, roster);

            using var target = OpenTarget();
            _summary.Target = target.Description;
            var directory = ReadDirectory(target);

            Step("planning");
            var today = (_options.Today ?? DateTime.Today).Date;
            var plan = Planner.Create(roster, directory, policy, LifecycleStore.Load(_config.StateFolder), new PlanOptions { Today = today }, _cancellationToken);
            Describe(plan);
            if (plan.Blocked && !_options.OverrideSafetyLimit)
            {
                Refuse("the safety limits block the plan: " + string.Join("; ", plan.BlockedReasons) + (_summary.PlanFile is null ? "." : $". Review the plan in {_summary.PlanFile}."));
                return;
            }

            if (!_options.WhatIf)
            {
                Step("saving the snapshot");
                var snapshot = snapshots.Save(roster, new SnapshotOptions(), _cancellationToken);
                snapshots.Prune(new SnapshotOptions { KeepCount = _config.KeepSnapshots }, _cancellationToken);
                _summary.Snapshot = snapshot.Path;
            }

            var clock = Stopwatch.StartNew();
            using (var passwords = new IssuedPasswords(_config.PasswordFolder, _summary))
            {
                Apply(plan, target, policy, ApplyStages.Provision, "provisioning", passwords);
            }

            Apply(plan, target, policy, ApplyStages.Deprovision, "deprovisioning", null);
            _summary.Requests = target.Statistics.Requests;
            _summary.Retries = target.Statistics.Retries;
            _summary.RequestsPerSecond = clock.Elapsed.TotalSeconds > 0 ? Math.Round(_summary.Requests / clock.Elapsed.TotalSeconds, 1) : 0;
            _summary.Outcome = _summary.Failed > 0 || _summary.Reason is not null ? SyncOutcome.DoneWithFailures : SyncOutcome.Done;
        }

        private IDirectoryTarget OpenTarget()
        {
            Step("opening the directory");
            try
            {
                return SyncTargets.Open(_config);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not SyncConfigException)
            {
                throw new DirectoryUnavailableException($"The directory ({_config.Target.Kind}) could not be opened: {ex.Message}", ex);
            }
        }

        private DirectorySnapshot ReadDirectory(IDirectoryTarget target)
        {
            Step("reading the directory");
            try
            {
                return target.ReadAsync(null, _cancellationToken).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new DirectoryUnavailableException($"The directory ({target.Description}) could not be read: {ex.Message}", ex);
            }
        }

        /// <summary>The roster, or null when the source is refused (unreadable, or with errors the policy refuses).</summary>
        private Roster? ReadSource(RosterPolicy policy)
        {
            _summary.Source = _config.SourcePath ?? _config.SourceApi?.Settings.BaseUrl?.ToString();
            Step("reading the source");
            Roster roster;
            try
            {
                roster = _config.SourceApi is { } api ? ReadApi(api) : OneRosterReader.Read(_config.SourcePath!, null, _cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or OneRosterApiException or ArgumentException)
            {
                Refuse($"the source {_summary.Source} cannot be read: {ex.Message}");
                return null;
            }

            _summary.SourceUsers = roster.Users.Count;
            _summary.SourceErrors = roster.ErrorCount;
            _summary.SourceWarnings = roster.Findings.Count(finding => finding.Severity == Severity.Warning);
            if (roster.ErrorCount > 0 && policy.Safety.RefuseOnSourceErrors)
            {
                Refuse($"the source has {roster.ErrorCount:N0} errors (rostertools validate {_config.SourcePath} lists them); the policy refuses a source with errors (refuseOnSourceErrors)");
                return null;
            }

            return roster;
        }

        private Roster ReadApi(ApiSourceSection api)
        {
            using var connection = api.Connect();
            return OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = api.IncludeDemographics }, _cancellationToken);
        }

        private void CompareWithLastNight(SnapshotStore snapshots, Roster roster)
        {
            if (snapshots.Latest() is not { } last)
            {
                return;
            }

            Step("comparing with the last snapshot");
            var previous = snapshots.Load(last, null, _cancellationToken);
            var options = new CompareOptions { Entities = new[] { ChangeEntities.Persons } };
            foreach (var change in RosterComparer.Compare(previous, roster, options, _cancellationToken))
            {
                var key = change.Change.ToString();
                _summary.PeopleChanged[key] = _summary.PeopleChanged.TryGetValue(key, out var count) ? count + 1 : 1;
            }
        }

        private void Describe(Plan plan)
        {
            foreach (var pair in plan.Summary.ByAction)
            {
                _summary.Planned[pair.Key] = pair.Value;
            }

            _summary.PlanErrors = plan.Findings.Count(finding => finding.Severity == Severity.Error);
            _summary.PlanWarnings = plan.Findings.Count - _summary.PlanErrors;
            if (!_options.WhatIf)
            {
                var folder = Path.Combine(_config.StateFolder, "plans");
                Directory.CreateDirectory(folder);
                _summary.PlanFile = Path.Combine(folder, $"plan-{_summary.RunId}.json");
                AtomicFile.Write(_summary.PlanFile, stream => PlanJson.Write(stream, plan));

                // As many plans as snapshots are kept; run ids start with the time, so names sort by age.
                foreach (var old in Directory.GetFiles(folder, "plan-*.json").OrderByDescending(name => name, StringComparer.Ordinal).Skip(_config.KeepSnapshots))
                {
                    File.Delete(old);
                }
            }
        }

        private void Apply(Plan plan, IDirectoryTarget target, RosterPolicy policy, ApplyStages stage, string step, IssuedPasswords? passwords)
        {
            Step(step);
            var run = Applier.Apply(plan, target, new ApplyOptions
            {
                Stages = stage,
                StateFolder = _config.StateFolder,
                OverrideSafetyLimit = _options.OverrideSafetyLimit,
                WhatIf = _options.WhatIf,
                Confirm = _options.Confirm,
                Result = _options.Result,
                Progress = _options.Progress is null ? null : new Relay(_options.Progress, step),
                Passwords = policy.Passwords,
                PasswordIssued = _options.WhatIf || passwords is null ? null : passwords.Write,
                RunId = _summary.RunId,
            }, _cancellationToken);
            _summary.Done += run.Done;
            _summary.AlreadyDone += run.AlreadyDone;
            _summary.Skipped += run.Skipped;
            _summary.Failed += run.Failed;
            if (run.Stopped)
            {
                _summary.Reason = $"stopped while {step} ({run.NotStarted:N0} actions not started): run the sync again to finish; nothing done is repeated";
            }

            foreach (var failure in run.Failures)
            {
                _summary.Failures.Add(failure);
            }

            foreach (var byAction in run.ByAction)
            {
                if (!_summary.Applied.TryGetValue(byAction.Key, out var statuses))
                {
                    _summary.Applied[byAction.Key] = statuses = new System.Collections.Generic.SortedDictionary<ActionStatus, int>();
                }

                foreach (var byStatus in byAction.Value)
                {
                    statuses[byStatus.Key] = (statuses.TryGetValue(byStatus.Key, out var count) ? count : 0) + byStatus.Value;
                }
            }
        }

        private void Refuse(string reason)
        {
            _summary.Outcome = SyncOutcome.Refused;
            _summary.Reason = reason;
        }

        private void Step(string step)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _options.Progress?.Report(new SyncProgress(step));
        }
    }

    /// <summary>The passwords file of a run, made when the first account is created (a run that creates none leaves none).</summary>
    private sealed class IssuedPasswords : IDisposable
    {
        private readonly string? _folder;
        private readonly SyncSummary _summary;
        private PasswordFile? _file;

        public IssuedPasswords(string? folder, SyncSummary summary)
        {
            _folder = folder;
            _summary = summary;
        }

        public void Write(IssuedPassword issued)
        {
            if (_folder is null)
            {
                return;
            }

            if (_file is null)
            {
                Directory.CreateDirectory(_folder);
                _file = PasswordFile.Create(Path.Combine(_folder, $"passwords-{_summary.RunId}.csv"));
                _summary.PasswordFile = _file.Path;
            }

            _file.Write(issued);
        }

        public void Dispose() => _file?.Dispose();
    }

    /// <summary>The directory could not be opened or read (unreachable, refused sign-in).</summary>
    private sealed class DirectoryUnavailableException : Exception
    {
        public DirectoryUnavailableException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }

    /// <summary>Passes the applier's progress on as the sync's.</summary>
    private sealed class Relay : IProgress<ApplyProgress>
    {
        private readonly IProgress<SyncProgress> _progress;
        private readonly string _step;

        public Relay(IProgress<SyncProgress> progress, string step)
        {
            _progress = progress;
            _step = step;
        }

        public void Report(ApplyProgress value) => _progress.Report(new SyncProgress(_step, value));
    }
}
