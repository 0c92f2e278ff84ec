using System.Threading;

namespace RosterTools.Targets;

/// <summary>What a target's traffic cost: requests sent, retried and throttled. Safe to update from several threads.</summary>
public sealed class TargetStatistics
{
    private long _requests;
    private long _retries;
    private long _throttled;

    /// <summary>Requests sent (a Graph $batch counts once per request inside it).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests sent again after a throttle, a server error or a timeout.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Answers that said "slow down" (429, or 503 with Retry-After).</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Counts a request.</summary>
    public void AddRequest(long count = 1) => Interlocked.Add(ref _requests, count);

    /// <summary>Counts a retry.</summary>
    public void AddRetry() => Interlocked.Increment(ref _retries);

    /// <summary>Counts a throttled answer.</summary>
    public void AddThrottled() => Interlocked.Increment(ref _throttled);
}
