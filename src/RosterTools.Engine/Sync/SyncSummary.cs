using System;
using System.Collections.Generic;
using RosterTools.Apply;
using RosterTools.Planning;

namespace RosterTools.Sync;

/// <summary>What a sync did: its outcome (and exit code for schedulers), the source, the plan and each stage's run.</summary>
public sealed class SyncSummary
{
    /// <summary>How the sync ended.</summary>
    public SyncOutcome Outcome { get; set; }

    /// <summary>0 done, 1 done with failed actions, 2 refused, 3 could not run.</summary>
    public int ExitCode => Outcome switch
    {
        SyncOutcome.Done => 0,
        SyncOutcome.DoneWithFailures => 1,
        SyncOutcome.Refused => 2,
        _ => 3,
    };

    /// <summary>Why it was refused or could not run; what went wrong part way.</summary>
    public IList<string> Messages { get; } = new List<string>();

    /// <summary>Whether it only said what it would do (-WhatIf, --what-if).</summary>
    public bool WhatIf { get; set; }

    /// <summary>The config file.</summary>
    public string Config { get; set; } = string.Empty;

    /// <summary>The SIS export read.</summary>
    public string? Source { get; set; }

    /// <summary>The users in the export.</summary>
    public int SourceUsers { get; set; }

    /// <summary>The errors the export's validation found.</summary>
    public int SourceErrors { get; set; }

    /// <summary>The records changed since the last snapshot (added, removed or modified); null without a snapshot.</summary>
    public int? ChangesSinceSnapshot { get; set; }

    /// <summary>The planned actions, by type.</summary>
    public IDictionary<ActionType, int> Planned { get; set; } = new SortedDictionary<ActionType, int>();

    /// <summary>The run of the provisioning stage, when it ran.</summary>
    public ApplyRun? Provision { get; set; }

    /// <summary>The run of the deprovisioning stage, when it ran.</summary>
    public ApplyRun? Deprovision { get; set; }

    /// <summary>The snapshot saved of tonight's export, when the sync finished.</summary>
    public string? Snapshot { get; set; }

    /// <summary>How long it took.</summary>
    public TimeSpan Duration { get; set; }

    /// <summary>Counts by action and status over both stages.</summary>
    public SortedDictionary<ActionType, SortedDictionary<ActionStatus, int>> ByAction
    {
        get
        {
            var total = new SortedDictionary<ActionType, SortedDictionary<ActionStatus, int>>();
            foreach (var run in new[] { Provision, Deprovision })
            {
                foreach (var action in run?.ByAction ?? new SortedDictionary<ActionType, SortedDictionary<ActionStatus, int>>())
                {
                    if (!total.TryGetValue(action.Key, out var byStatus))
                    {
                        total[action.Key] = byStatus = new SortedDictionary<ActionStatus, int>();
                    }

                    foreach (var status in action.Value)
                    {
                        byStatus[status.Key] = (byStatus.TryGetValue(status.Key, out var n) ? n : 0) + status.Value;
                    }
                }
            }

            return total;
        }
    }

    /// <summary>The failed actions of both stages.</summary>
    public IEnumerable<ActionResult> Failures
    {
        get
        {
            foreach (var run in new[] { Provision, Deprovision })
            {
                foreach (var failure in run?.Failures ?? Array.Empty<ActionResult>())
                {
                    yield return failure;
                }
            }
        }
    }

    /// <summary>"Sync Done: 12 done, 0 failed".</summary>
    public override string ToString()
    {
        var done = (Provision?.Done ?? 0) + (Deprovision?.Done ?? 0);
        var already = (Provision?.AlreadyDone ?? 0) + (Deprovision?.AlreadyDone ?? 0);
        var failed = (Provision?.Failed ?? 0) + (Deprovision?.Failed ?? 0);
        var skipped = (Provision?.Skipped ?? 0) + (Deprovision?.Skipped ?? 0);
        return $"Sync {Outcome}{(WhatIf ? " (what if)" : string.Empty)}: {done} done, {already} already done, {skipped} skipped, {failed} failed" + (Messages.Count == 0 ? string.Empty : "; " + string.Join("; ", Messages));
    }
}

/// <summary>How a sync ended.</summary>
public enum SyncOutcome
{
    /// <summary>Every action done (exit code 0).</summary>
    Done,

    /// <summary>Done, but some actions failed or were left (exit code 1).</summary>
    DoneWithFailures,

    /// <summary>Refused: the source cannot be used, or the safety limits block the plan; nothing was changed (exit code 2).</summary>
    Refused,

    /// <summary>Could not run: a bad config or policy, the target cannot be opened, another sync holds the state folder (exit code 3).</summary>
    CouldNotRun,
}
