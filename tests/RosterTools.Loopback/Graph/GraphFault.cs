using System;
using System.Collections.Generic;
using System.Threading;

namespace RosterTools.Testing.Loopback.Graph;

/// <summary>What a Graph fault does.</summary>
public enum GraphFaultKind
{
    /// <summary>429 with Retry-After.</summary>
    ThrottleWithRetryAfter,

    /// <summary>429 without Retry-After (the client backs off by itself).</summary>
    ThrottleWithoutRetryAfter,

    /// <summary>503 Service Unavailable.</summary>
    Unavailable,

    /// <summary>504 Gateway Timeout.</summary>
    GatewayTimeout,

    /// <summary>The request is carried out, but the answer comes only after <see cref="GraphFaultPlan.StallTime"/> (the client times out).</summary>
    Stall,
}

/// <summary>Random faults: each request (inside a $batch, or a whole $batch) is struck with probability <see cref="Rate"/>.</summary>
public sealed class GraphFaultPlan
{
    private readonly Random _random;
    private long _struck;

    public GraphFaultPlan(double rate, int seed, params GraphFaultKind[] kinds)
    {
        Rate = rate;
        Kinds = kinds.Length == 0 ? new[] { GraphFaultKind.ThrottleWithRetryAfter, GraphFaultKind.ThrottleWithoutRetryAfter, GraphFaultKind.Unavailable, GraphFaultKind.GatewayTimeout } : kinds;
        _random = new Random(seed);
    }

    public double Rate { get; }

    public IReadOnlyList<GraphFaultKind> Kinds { get; }

    /// <summary>The Retry-After sent with throttling (seconds, may have a fraction).</summary>
    public string RetryAfter { get; set; } = "0.2";

    /// <summary>How long a stalled answer is held back.</summary>
    public TimeSpan StallTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The share of whole $batch requests struck (with the kinds other than 429), besides the requests inside.</summary>
    public double BatchRate { get; set; }

    public long Struck => Interlocked.Read(ref _struck);

    internal GraphFaultKind? Next(bool wholeBatch)
    {
        lock (_random)
        {
            if (_random.NextDouble() >= (wholeBatch ? BatchRate : Rate))
            {
                return null;
            }

            Interlocked.Increment(ref _struck);
            return Kinds[_random.Next(Kinds.Count)];
        }
    }
}

/// <summary>A fault for requests of a method whose path starts with a prefix ("POST /users"), a number of times.</summary>
public sealed class GraphFault
{
    private int _remaining;

    public GraphFault(string method, string pathPrefix, GraphFaultKind kind, int times = 1, string? retryAfter = "1")
    {
        Method = method;
        PathPrefix = pathPrefix;
        Kind = kind;
        RetryAfter = retryAfter;
        _remaining = times;
    }

    public string Method { get; }

    public string PathPrefix { get; }

    public GraphFaultKind Kind { get; }

    public string? RetryAfter { get; }

    /// <summary>How many times it struck.</summary>
    public int Struck { get; private set; }

    internal bool TryStrike(string method, string path)
    {
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) || !path.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Interlocked.Decrement(ref _remaining) < 0)
        {
            return false;
        }

        lock (this)
        {
            Struck++;
        }

        return true;
    }
}
