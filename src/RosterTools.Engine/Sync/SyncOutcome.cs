namespace RosterTools.Sync;

/// <summary>How a sync ended; the numbers are the exit codes schedulers see.</summary>
public enum SyncOutcome
{
    /// <summary>Everything planned was done (or already done).</summary>
    Done = 0,

    /// <summary>The run finished, but some actions failed (or were skipped because what they needed failed).</summary>
    DoneWithFailures = 1,

    /// <summary>Refused before changing anything: an invalid or partial source, a safety limit, a stale source.</summary>
    Refused = 2,

    /// <summary>Could not run: a bad config or policy, an unreachable target, the state folder in use.</summary>
    CouldNotRun = 3,
}
