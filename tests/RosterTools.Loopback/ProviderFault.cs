using System;
using System.Threading;

namespace RosterTools.Testing.Loopback;

/// <summary>What a fault does to a request it matches.</summary>
public enum FaultKind
{
    /// <summary>Answers with <see cref="ProviderFault.Status"/> (and Retry-After when given) and an imsx_StatusInfo body.</summary>
    Status,

    /// <summary>Answers the page with <see cref="ProviderFault.Drop"/> records fewer, headers unchanged.</summary>
    ShortPage,

    /// <summary>Sends half the body, then cuts the connection.</summary>
    CutOff,

    /// <summary>Adds a record to the collection before answering, so that X-Total-Count changes mid-read.</summary>
    Grow,
}

/// <summary>
/// A fault the provider injects into requests for a collection (at one offset, or any), a number of times: a page
/// that fails, a short page, a 429 with or without Retry-After, a 5xx, a cut connection, a collection that grows.
/// </summary>
public sealed class ProviderFault
{
    private int _remaining;

    private ProviderFault(FaultKind kind, string collection, long? offset, int times)
    {
        Kind = kind;
        Collection = collection;
        Offset = offset;
        _remaining = times;
    }

    public FaultKind Kind { get; }

    public string Collection { get; }

    /// <summary>The page's offset; null for any page.</summary>
    public long? Offset { get; }

    public int Status { get; private init; }

    public string? CodeMinor { get; private init; }

    public TimeSpan? RetryAfter { get; private init; }

    public int Drop { get; private init; }

    /// <summary>How many times it has struck.</summary>
    public int Struck { get; private set; }

    /// <summary>Answers <paramref name="status"/> (<paramref name="times"/> times; int.MaxValue for always).</summary>
    public static ProviderFault Fail(string collection, long? offset, int status, int times = 1, TimeSpan? retryAfter = null, string? codeMinor = null) =>
        new(FaultKind.Status, collection, offset, times) { Status = status, RetryAfter = retryAfter, CodeMinor = codeMinor };

    /// <summary>Answers the page with <paramref name="drop"/> records fewer.</summary>
    public static ProviderFault Short(string collection, long? offset, int times = 1, int drop = 1) =>
        new(FaultKind.ShortPage, collection, offset, times) { Drop = drop };

    /// <summary>Cuts the connection half-way through the body.</summary>
    public static ProviderFault Cut(string collection, long? offset, int times = 1) => new(FaultKind.CutOff, collection, offset, times);

    /// <summary>Adds a record to the collection when the page at <paramref name="offset"/> is asked for.</summary>
    public static ProviderFault Grow(string collection, long offset) => new(FaultKind.Grow, collection, offset, 1);

    internal bool TryStrike(string collection, long offset)
    {
        if (!string.Equals(collection, Collection, StringComparison.Ordinal) || (Offset is long only && only != offset))
        {
            return false;
        }

        while (true)
        {
            var remaining = Volatile.Read(ref _remaining);
            if (remaining <= 0)
            {
                return false;
            }

            if (remaining == int.MaxValue || Interlocked.CompareExchange(ref _remaining, remaining - 1, remaining) == remaining)
            {
                lock (this)
                {
                    Struck++;
                }

                return true;
            }
        }
    }
}
