using System;
using System.Diagnostics;

namespace RosterTools.OneRoster.Rest;

/// <summary>
/// Counts what is in flight (requests being answered) and keeps, besides the count now, the most there were at once
/// and the average over time since the first began, weighted by how long each count lasted.
/// </summary>
internal sealed class InFlightGauge
{
    private readonly object _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _inFlight;
    private int _peak;
    private double _integral;
    private double _last;
    private double _first = -1;

    /// <summary>The most in flight at once.</summary>
    public int Peak
    {
        get
        {
            lock (_gate)
            {
                return _peak;
            }
        }
    }

    /// <summary>In flight on average, weighted by time, from the first that began to now.</summary>
    public double Average
    {
        get
        {
            lock (_gate)
            {
                var now = _clock.Elapsed.TotalSeconds;
                var span = _first < 0 ? 0 : now - _first;
                return span <= 0 ? 0 : (_integral + (_inFlight * (now - _last))) / span;
            }
        }
    }

    public void Begin()
    {
        lock (_gate)
        {
            var now = _clock.Elapsed.TotalSeconds;
            if (_first < 0)
            {
                _first = now;
                _last = now;
            }

            Accumulate(now);
            _inFlight++;
            _peak = Math.Max(_peak, _inFlight);
        }
    }

    public void End()
    {
        lock (_gate)
        {
            Accumulate(_clock.Elapsed.TotalSeconds);
            _inFlight--;
        }
    }

    /// <summary>Forgets the peak and the average; what is in flight now stays counted.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _peak = _inFlight;
            _integral = 0;
            _first = -1;
        }
    }

    private void Accumulate(double now)
    {
        _integral += _inFlight * (now - _last);
        _last = now;
    }
}
