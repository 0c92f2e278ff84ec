using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.OneRoster.Rest.Auth;

namespace RosterTools.OneRoster.Rest.Http;

/// <summary>
/// Sends the GET requests of a read: authenticated, at most so many in flight at once over the whole read, and
/// retried as the <see cref="RetryPolicy"/> says (a slot is given up while waiting to retry, so a throttled request
/// does not hold back the others). A page the caller finds wrong (short, not JSON) is fetched again like a failed
/// request. Errors become <see cref="OneRosterApiException"/>s that say what the provider said (imsx_StatusInfo).
/// </summary>
internal sealed class ApiTransport : IDisposable
{
    private const int MaxErrorBody = 64 * 1024;
    private const int MaxRenewals = 2;
    private readonly HttpClient _http;
    private readonly IRequestAuthenticator _authenticator;
    private readonly RetryPolicy _retry;
    private readonly SemaphoreSlim _slots;

    public ApiTransport(HttpClient http, IRequestAuthenticator authenticator, RetryPolicy retry, int maxConcurrentRequests)
    {
        _http = http;
        _authenticator = authenticator;
        _retry = retry;
        _slots = new SemaphoreSlim(Math.Max(1, maxConcurrentRequests));
    }

    public IRequestAuthenticator Authenticator => _authenticator;

    public RetryPolicy Retry => _retry;

    /// <summary>
    /// Gets <paramref name="url"/>. <paramref name="inspect"/> looks at a page that arrived and returns null when it is
    /// sound, or why it must be fetched again; a page still wrong after the last attempt ends the read with
    /// <see cref="OneRosterIncompleteReadException"/>.
    /// </summary>
    public async Task<ApiPage> GetAsync(Uri url, ApiScope scope, string collection, Func<ApiPage, string?>? inspect, ApiStatistics statistics, CancellationToken cancellationToken)
    {
        string? lastProblem = null;
        var pageProblem = false;
        var renewals = 0;
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? asked = null;
            var throttled = false;
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            statistics.Started();
            long received = 0;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                var applied = await _authenticator.ApplyAsync(request, scope, cancellationToken).ConfigureAwait(false);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    var (buffer, length) = await ReadBodyAsync(response, int.MaxValue, cancellationToken).ConfigureAwait(false);
                    received = length;
                    var page = new ApiPage(url, buffer, length, TotalCount(response), LinkHeader.Find(response, "next"));
                    string? problem;
                    try
                    {
                        problem = inspect?.Invoke(page);
                    }
                    catch (JsonException e)
                    {
                        problem = $"the answer is not valid OneRoster JSON ({e.Message})";
                    }
                    catch
                    {
                        page.Dispose();
                        throw;
                    }

                    if (problem is null)
                    {
                        return page;
                    }

                    page.Dispose();
                    lastProblem = problem;
                    pageProblem = true;
                }
                else
                {
                    var (body, length) = await ReadBodyAsync(response, MaxErrorBody, cancellationToken).ConfigureAwait(false);
                    received = length;
                    StatusInfo? info;
                    try
                    {
                        info = StatusInfo.TryRead(body, length);
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(body);
                    }

                    if (status == 401 && renewals < MaxRenewals && _authenticator.Refused(scope, applied))
                    {
                        // The token expired or was revoked: get a new one and try again at once (a few times, as
                        // other requests may have used up a token that is revoked after so many uses).
                        renewals++;
                        attempt--;
                        continue;
                    }

                    if (!RetryPolicy.IsTransient(status))
                    {
                        throw Refusal(url, collection, status, info);
                    }

                    throttled = status == 429;
                    lastProblem = Describe(status, info);
                    pageProblem = false;
                    asked = RetryPolicy.RetryAfter(response, DateTimeOffset.UtcNow);
                    if (asked > _retry.MaxDelay)
                    {
                        throw new OneRosterApiException($"Reading {collection}: {url} answered {lastProblem.TrimEnd('.')} and asks to wait {asked.Value.TotalSeconds:N0} s, longer than the {_retry.MaxDelay.TotalSeconds:N0} s allowed. Try again later.", url.ToString(), status, info?.CodeMinor);
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                lastProblem = e is OperationCanceledException ? $"no answer within {_http.Timeout.TotalSeconds:N0} s" : Innermost(e);
                pageProblem = false;
            }
            finally
            {
                statistics.Finished(received);
                _slots.Release();
            }

            if (attempt >= _retry.MaxAttempts)
            {
                var message = $"Reading {collection}: {url} failed {attempt} times; the last time {lastProblem?.TrimEnd('.')}.";
                throw pageProblem ? new OneRosterIncompleteReadException(collection, message, url.ToString()) : new OneRosterApiException(message, url.ToString());
            }

            statistics.Retried(throttled);
            await Task.Delay(asked ?? _retry.Backoff(attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _slots.Dispose();
        _authenticator.Dispose();
        _http.Dispose();
    }

    /// <summary>The body, into a pooled buffer (the caller returns it); at most <paramref name="limit"/> bytes are kept.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(declared is long size && size > 0 && size < limit ? (int)size + 1 : Math.Min(limit, 64 * 1024));
        var length = 0;
        try
        {
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= limit)
                    {
                        break;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, int.MaxValue));
                    Buffer.BlockCopy(buffer, 0, larger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer, length, Math.Min(buffer.Length, limit) - length, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static long? TotalCount(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Total-Count", out var values)
        && long.TryParse(values.FirstOrDefault()?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var total)
            ? total
            : null;

    private static string Describe(int status, StatusInfo? info)
    {
        var text = $"HTTP {status}";
        if (info?.CodeMinor is { } minor)
        {
            text += $" ({minor}{(StatusInfo.Explain(minor) is { } meaning ? ": " + meaning : string.Empty)})";
        }

        if (!string.IsNullOrWhiteSpace(info?.Description))
        {
            text += $": {info!.Description!.Trim().TrimEnd('.')}";
        }

        return text;
    }

    /// <summary>An answer that trying again will not change: what the provider said, and what to check.</summary>
    private OneRosterApiException Refusal(Uri url, string collection, int status, StatusInfo? info)
    {
        var said = Describe(status, info);
        var where = url.ToString();
        return status switch
        {
            401 => new OneRosterAuthenticationException($"Reading {collection}: the provider refused the credentials ({said}). Check the client id and secret" + (_authenticator is OAuth1Authenticator ? ", the signature method, and that this computer's clock is right." : "."), where, status, info?.CodeMinor),
            403 => new OneRosterAuthenticationException($"Reading {collection}: the provider does not let this client read it ({said})." + (collection == "demographics" ? " Demographics need the scope roster-demographics.readonly, which the provider grants separately." : " Ask the provider which scopes and data the client may read."), where, status, info?.CodeMinor),
            404 => new OneRosterApiException($"Reading {collection}: {url.GetLeftPart(UriPartial.Path)} was not found ({said}). Check the URL and the OneRoster version of the connection.", where, status, info?.CodeMinor),
            _ => new OneRosterApiException($"Reading {collection}: the provider refused {url.PathAndQuery} ({said}).", where, status, info?.CodeMinor),
        };
    }

    private static string Innermost(Exception e)
    {
        var message = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            message = inner.Message;
        }

        return message;
    }
}
