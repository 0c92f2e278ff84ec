using System;
using System.Collections.Generic;
using RosterTools.Apply;
using RosterTools.Planning;

namespace RosterTools.Sync;

/// <summary>What a sync did: what Invoke-RosterSync returns and `rostertools sync --format json` prints.</summary>
public sealed class SyncSummary
{
    /// <summary>The run's id (also in the audit log).</summary>
    public string RunId { get; set; } = string.Empty;

    /// <summary>The config file.</summary>
    public string Config { get; set; } = string.Empty;

    /// <summary>When it started (UTC).</summary>
    public DateTime StartedUtc { get; set; }

    /// <summary>When it ended (UTC).</summary>
    public DateTime FinishedUtc { get; set; }

    /// <summary>Whether it only planned (-WhatIf).</summary>
    public bool WhatIf { get; set; }

    /// <summary>How it ended.</summary>
    public SyncOutcome Outcome { get; set; }

    /// <summary>The exit code for schedulers: 0 done, 1 done with failed actions, 2 refused, 3 could not run.</summary>
    public int ExitCode => (int)Outcome;

    /// <summary>Why it was refused or could not run; null when it ran.</summary>
    public string? Reason { get; set; }

    /// <summary>The source read.</summary>
    public string? Source { get; set; }

    /// <summary>Users in the source.</summary>
    public int SourceUsers { get; set; }

    /// <summary>Errors found in the source.</summary>
    public int SourceErrors { get; set; }

    /// <summary>Warnings found in the source.</summary>
    public int SourceWarnings { get; set; }

    /// <summary>The snapshot the source was saved as (a file in the state folder's snapshots); null under -WhatIf or when refused.</summary>
    public string? Snapshot { get; set; }

    /// <summary>People who joined, left or changed since the last snapshot, by change (Added, Removed, Modified); empty on the first run.</summary>
    public IDictionary<string, int> PeopleChanged { get; set; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The plan's actions by type.</summary>
    public IDictionary<ActionType, int> Planned { get; set; } = new SortedDictionary<ActionType, int>();

    /// <summary>The plan's findings that are errors (conflicts left for a person to fix).</summary>
    public int PlanErrors { get; set; }

    /// <summary>The plan's findings that are warnings.</summary>
    public int PlanWarnings { get; set; }

    /// <summary>Where the plan was saved (state folder, plans/); review it with PlanJson or Get-Content.</summary>
    public string? PlanFile { get; set; }

    /// <summary>The file the initial passwords of created accounts were written to (the config's passwords folder); null when none.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>Outcomes by action type and status.</summary>
    public IDictionary<ActionType, IDictionary<ActionStatus, int>> Applied { get; set; } = new SortedDictionary<ActionType, IDictionary<ActionStatus, int>>();

    /// <summary>Actions done now.</summary>
    public int Done { get; set; }

    /// <summary>Actions whose effect was already there.</summary>
    public int AlreadyDone { get; set; }

    /// <summary>Actions skipped (a dependency failed, or declined).</summary>
    public int Skipped { get; set; }

    /// <summary>Actions that failed.</summary>
    public int Failed { get; set; }

    /// <summary>The failed actions, with their errors.</summary>
    public IList<ActionResult> Failures { get; set; } = new List<ActionResult>();

    /// <summary>The directory.</summary>
    public string? Target { get; set; }

    /// <summary>Requests sent to the directory.</summary>
    public long Requests { get; set; }

    /// <summary>Requests sent again (throttling, server errors, time-outs).</summary>
    public long Retries { get; set; }

    /// <summary>Requests per second while applying.</summary>
    public double RequestsPerSecond { get; set; }

    /// <summary>Problems telling anyone about the run (a web hook that did not answer); the run itself is not affected.</summary>
    public IList<string> NotifyProblems { get; set; } = new List<string>();

    /// <inheritdoc />
    public override string ToString() => Reason is null
        ? $"{Outcome}: {Done:N0} done, {AlreadyDone:N0} already done, {Skipped:N0} skipped, {Failed:N0} failed"
        : $"{Outcome}: {Reason}";
}
