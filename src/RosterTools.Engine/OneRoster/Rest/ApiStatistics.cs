using System.Threading;

namespace RosterTools.OneRoster.Rest;

/// <summary>
/// What a read of the REST API asked of the provider (give one in <see cref="RestImportOptions.Statistics"/>):
/// records, requests, retries (and how many were throttled), bytes, and the requests in flight: at most, and on
/// average over the read (weighted by time), which shows whether the client kept the provider busy.
/// </summary>
public sealed class ApiStatistics
{
    private readonly InFlightGauge _inFlight = new();
    private long _requests;
    private long _records;
    private long _retries;
    private long _throttled;
    private long _bytes;

    /// <summary>Records read.</summary>
    public long Records => Interlocked.Read(ref _records);

    /// <summary>Requests sent, retries included.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests sent again after a throttle, a server error, a cut connection, a timeout or a short page.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Answers that were 429 Too Many Requests.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Bytes of response bodies received.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The most requests that were in flight at once.</summary>
    public int PeakInFlight => _inFlight.Peak;

    /// <summary>The requests in flight on average since the first was sent, weighted by time.</summary>
    public double AverageInFlight => _inFlight.Average;

    internal void Started()
    {
        Interlocked.Increment(ref _requests);
        _inFlight.Begin();
    }

    internal void Finished(long bytes)
    {
        Interlocked.Add(ref _bytes, bytes);
        _inFlight.End();
    }

    internal void Read(long records) => Interlocked.Add(ref _records, records);

    internal void Retried(bool throttled)
    {
        Interlocked.Increment(ref _retries);
        if (throttled)
        {
            Interlocked.Increment(ref _throttled);
        }
    }
}
