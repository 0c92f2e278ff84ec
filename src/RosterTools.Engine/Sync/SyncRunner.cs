using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using RosterTools.Apply;
using RosterTools.Compare;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.State.Snapshots;
using RosterTools.Targets;

namespace RosterTools.Sync;

/// <summary>
/// The nightly job: import the SIS export, validate it, compare it with the last snapshot, plan against the target,
/// check the safety limits, provision, deprovision, save the snapshot and the state, and sum it all up. Holds the
/// state folder's lock for the whole run. Never throws for the night's problems: the summary's outcome says what
/// happened (and gives the exit code).
/// </summary>
public static class SyncRunner
{
    /// <summary>Runs the sync the config file describes.</summary>
    public static SyncSummary Run(string configPath, SyncOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SyncOptions();
        var summary = new SyncSummary { Config = configPath, WhatIf = options.WhatIf };
        var clock = Stopwatch.StartNew();
        try
        {
            Run(configPath, options, summary, cancellationToken);
        }
        finally
        {
            summary.Duration = clock.Elapsed;
        }

        return summary;
    }

    private static void Run(string configPath, SyncOptions options, SyncSummary summary, CancellationToken cancellationToken)
    {
        SyncConfig config;
        RosterPolicy policy;
        try
        {
            config = SyncConfig.Load(configPath);
            summary.Config = config.Path;
            policy = PolicyLoader.Load(config.Policy);
        }
        catch (Exception ex) when (ex is SyncConfigException or PolicyException or IOException or UnauthorizedAccessException)
        {
            Stop(summary, SyncOutcome.CouldNotRun, ex.Message);
            return;
        }

        using var stateLock = StateLock.TryTake(config.State);
        if (stateLock is null)
        {
            Stop(summary, SyncOutcome.CouldNotRun, $"another sync is running on the state folder '{config.State}' ({StateLock.FileName} is held); try again when it has finished");
            return;
        }

        options.Stage?.Report("importing " + config.Source);
        Roster roster;
        try
        {
            roster = OneRosterReader.Read(config.Source, new ImportOptions(), cancellationToken);
        }
        catch (Exception ex) when (ex is BundleReadException or IOException or UnauthorizedAccessException)
        {
            Stop(summary, SyncOutcome.Refused, "the source cannot be read: " + ex.Message);
            return;
        }

        summary.Source = roster.Source;
        summary.SourceUsers = roster.Users.Count;
        summary.SourceErrors = roster.ErrorCount;

        var snapshots = new SnapshotStore(config.Snapshots);
        if (snapshots.Latest() is { } latest)
        {
            options.Stage?.Report("comparing with the snapshot " + latest.Name);
            var last = snapshots.Load(latest, null, cancellationToken);
            summary.ChangesSinceSnapshot = RosterComparer.Compare(last, roster, null, cancellationToken).Count(change => change.Entity != "persons");
        }

        var target = RosterTarget.Local(config.State);
        IDirectoryTarget directory;
        try
        {
            directory = target.Open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Stop(summary, SyncOutcome.CouldNotRun, $"the target {target.Description} cannot be opened: {ex.Message}");
            return;
        }

        using (directory)
        {
            options.Stage?.Report("planning");
            Plan plan;
            try
            {
                var current = directory.ReadAsync(null, cancellationToken).GetAwaiter().GetResult();
                plan = Planner.Create(roster, current, policy, LifecycleStore.Load(config.State), new PlanOptions { Today = options.Today ?? DateTime.Today }, cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                Stop(summary, SyncOutcome.CouldNotRun, ex.Message);
                return;
            }

            summary.Planned = plan.Summary.ByAction;
            if (plan.Blocked)
            {
                Stop(summary, SyncOutcome.Refused, "the safety limits block the plan: " + string.Join("; ", plan.BlockedReasons) + "; nothing was changed");
                return;
            }

            foreach (var stage in new[] { ApplyStages.Provision, ApplyStages.Deprovision })
            {
                options.Stage?.Report(stage == ApplyStages.Provision ? "provisioning" : "deprovisioning");
                var run = Applier.Apply(plan, directory, new ApplyOptions
                {
                    Stages = stage,
                    StateFolder = config.State,
                    WhatIf = options.WhatIf,
                    Confirm = options.Confirm,
                    Passwords = policy.Passwords,
                    Progress = options.Progress,
                    Result = options.Result,
                }, cancellationToken);
                if (stage == ApplyStages.Provision)
                {
                    summary.Provision = run;
                }
                else
                {
                    summary.Deprovision = run;
                }

                if (run.TargetError is not null)
                {
                    summary.Messages.Add("the target failed part way: " + run.TargetError);
                }

                if (run.Stopped)
                {
                    break;
                }
            }
        }

        var stopped = summary.Provision?.Stopped == true || summary.Deprovision?.Stopped == true;
        var failed = summary.Failures.Any() || stopped;
        summary.Outcome = failed ? SyncOutcome.DoneWithFailures : SyncOutcome.Done;
        if (options.WhatIf || stopped)
        {
            return;
        }

        // Tonight's export becomes "last night" only once it has been applied.
        options.Stage?.Report("saving the snapshot");
        summary.Snapshot = snapshots.Save(roster, new SnapshotOptions(), cancellationToken).Name;
        if (config.KeepSnapshots is int keep)
        {
            snapshots.Prune(new SnapshotOptions { KeepCount = keep }, cancellationToken);
        }
    }

    private static void Stop(SyncSummary summary, SyncOutcome outcome, string message)
    {
        summary.Outcome = outcome;
        summary.Messages.Add(message);
    }
}
