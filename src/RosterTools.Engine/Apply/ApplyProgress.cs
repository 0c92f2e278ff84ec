using System;

namespace RosterTools.Apply;

/// <summary>How far a run is: counts by status, and an estimate of the time left.</summary>
public sealed class ApplyProgress
{
    /// <summary>Creates a report.</summary>
    public ApplyProgress(int total, int completed, int done, int alreadyDone, int skipped, int failed, TimeSpan elapsed, TimeSpan? remaining, string? current)
    {
        Total = total;
        Completed = completed;
        Done = done;
        AlreadyDone = alreadyDone;
        Skipped = skipped;
        Failed = failed;
        Elapsed = elapsed;
        Remaining = remaining;
        Current = current;
    }

    /// <summary>The actions of the run.</summary>
    public int Total { get; }

    /// <summary>The actions with an outcome so far.</summary>
    public int Completed { get; }

    /// <summary>Done so far.</summary>
    public int Done { get; }

    /// <summary>Already done so far.</summary>
    public int AlreadyDone { get; }

    /// <summary>Skipped so far.</summary>
    public int Skipped { get; }

    /// <summary>Failed so far.</summary>
    public int Failed { get; }

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The estimated time left, once there is a rate to estimate from.</summary>
    public TimeSpan? Remaining { get; }

    /// <summary>The last action finished, in words.</summary>
    public string? Current { get; }

    /// <summary>0 to 100.</summary>
    public int PercentComplete => Total == 0 ? 100 : (int)Math.Min(100, Completed * 100L / Total);

    /// <summary>"1,200 of 5,000: 1,150 done, 40 already done, 0 skipped, 10 failed".</summary>
    public override string ToString() =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:N0} of {1:N0}: {2:N0} done, {3:N0} already done, {4:N0} skipped, {5:N0} failed", Completed, Total, Done, AlreadyDone, Skipped, Failed);
}
