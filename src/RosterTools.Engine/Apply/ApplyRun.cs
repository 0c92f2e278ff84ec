using System;
using System.Collections.Generic;
using RosterTools.Planning;

namespace RosterTools.Apply;

/// <summary>What a run of a plan did: counts by action and status, the failures, and whether it ran to the end.</summary>
public sealed class ApplyRun
{
    /// <summary>The run's id (in the journal and every audit entry).</summary>
    public string RunId { get; set; } = string.Empty;

    /// <summary>The target, as it describes itself.</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>When it started (UTC).</summary>
    public DateTime StartedUtc { get; set; }

    /// <summary>When it ended (UTC).</summary>
    public DateTime FinishedUtc { get; set; }

    /// <summary>The actions of the stages carried out.</summary>
    public int Total { get; set; }

    /// <summary>Carried out now.</summary>
    public int Done { get; set; }

    /// <summary>Already in place (by an earlier run, as its journal says, or found so by the target).</summary>
    public int AlreadyDone { get; set; }

    /// <summary>Not attempted: an action they depend on failed, or they were declined.</summary>
    public int Skipped { get; set; }

    /// <summary>Attempted and failed.</summary>
    public int Failed { get; set; }

    /// <summary>Not reached because the run was stopped (Ctrl+C) or the target failed as a whole.</summary>
    public int NotStarted { get; set; }

    /// <summary>Whether the run was stopped before the end (<see cref="NotStarted"/> actions are left for the next run).</summary>
    public bool Stopped { get; set; }

    /// <summary>Why the target failed as a whole, when it did.</summary>
    public string? TargetError { get; set; }

    /// <summary>Counts by action and status.</summary>
    public SortedDictionary<ActionType, SortedDictionary<ActionStatus, int>> ByAction { get; } = new();

    /// <summary>The failed actions' results (the first 1,000).</summary>
    public IList<ActionResult> Failures { get; } = new List<ActionResult>();

    /// <summary>The lifecycle updates recorded.</summary>
    public int LifecycleUpdates { get; set; }

    /// <summary>Whether anything failed or was left undone.</summary>
    public bool HasFailures => Failed > 0 || Stopped;

    /// <summary>"Run r1: 12 done, 3 already done, 0 skipped, 1 failed".</summary>
    public override string ToString() =>
        $"Run {RunId}: {Done} done, {AlreadyDone} already done, {Skipped} skipped, {Failed} failed{(Stopped ? $", stopped with {NotStarted} not started" : string.Empty)}";

    internal void Count(ActionResult result)
    {
        switch (result.Status)
        {
            case ActionStatus.Done: Done++; break;
            case ActionStatus.AlreadyDone: AlreadyDone++; break;
            case ActionStatus.Skipped: Skipped++; break;
            case ActionStatus.Failed:
                Failed++;
                if (Failures.Count < 1000)
                {
                    Failures.Add(result);
                }

                break;
        }

        if (!ByAction.TryGetValue(result.Action, out var byStatus))
        {
            ByAction[result.Action] = byStatus = new SortedDictionary<ActionStatus, int>();
        }

        byStatus[result.Status] = byStatus.TryGetValue(result.Status, out var count) ? count + 1 : 1;
    }
}
