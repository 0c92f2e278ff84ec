using System;
using System.Globalization;
using System.Net.Http;

namespace RosterTools.OneRoster.Rest.Http;

/// <summary>
/// When to try a request again and how long to wait first: 408, 429 and 5xx answers, cut-off connections, timeouts
/// and short pages are retried; the wait doubles from <see cref="OneRosterConnectionSettings.RetryDelay"/> with
/// jitter, or is what the provider's Retry-After asks (when it asks no longer than the longest wait allowed).
/// </summary>
internal sealed class RetryPolicy
{
    private readonly Random _random = new();

    public RetryPolicy(int maxAttempts, TimeSpan firstDelay, TimeSpan maxDelay)
    {
        MaxAttempts = Math.Max(1, maxAttempts);
        FirstDelay = firstDelay < TimeSpan.Zero ? TimeSpan.Zero : firstDelay;
        MaxDelay = maxDelay < FirstDelay ? FirstDelay : maxDelay;
    }

    public int MaxAttempts { get; }

    public TimeSpan FirstDelay { get; }

    public TimeSpan MaxDelay { get; }

    /// <summary>Whether an HTTP status is worth another try.</summary>
    public static bool IsTransient(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: between half and all of the doubled delay.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var doubled = FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        var capped = Math.Min(doubled, MaxDelay.TotalMilliseconds);
        double factor;
        lock (_random)
        {
            factor = 0.5 + (_random.NextDouble() / 2);
        }

        return TimeSpan.FromMilliseconds(capped * factor);
    }

    /// <summary>What the answer's Retry-After asks for (seconds or a date), or null when it has none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header is null)
        {
            // A value HttpClient does not parse (a fraction of seconds) is read by hand.
            return response.Headers.TryGetValues("Retry-After", out var raw)
                && double.TryParse(string.Join(",", raw), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
                ? TimeSpan.FromSeconds(seconds)
                : null;
        }

        if (header.Delta is TimeSpan delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is DateTimeOffset date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
