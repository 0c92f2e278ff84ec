using System.Threading;
using RosterTools.OneRoster.Rest;

namespace RosterTools.Testing.Loopback;

/// <summary>What the provider saw: API requests, and how many were being answered at once (at most, and on average over time).</summary>
public sealed class ProviderStatistics
{
    private readonly InFlightGauge _inFlight = new();
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    public int PeakInFlight => _inFlight.Peak;

    /// <summary>Requests in flight on average, weighted by time, from the first request to now.</summary>
    public double AverageInFlight => _inFlight.Average;

    /// <summary>Forgets what was seen (between the runs of a benchmark).</summary>
    public void Reset()
    {
        _inFlight.Reset();
        Interlocked.Exchange(ref _requests, 0);
    }

    internal void Begin()
    {
        Interlocked.Increment(ref _requests);
        _inFlight.Begin();
    }

    internal void End() => _inFlight.End();
}
