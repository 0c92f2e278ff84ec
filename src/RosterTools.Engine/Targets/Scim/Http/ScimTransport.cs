using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.OneRoster.Rest;
using RosterTools.OneRoster.Rest.Auth;
using RosterTools.OneRoster.Rest.Http;

namespace RosterTools.Targets.Scim.Http;

/// <summary>
/// Sends SCIM requests: authenticated, at most so many in flight, and tried again on 408, 429 and 5xx answers, cut
/// connections and timeouts, waiting what Retry-After asks or a doubling delay with jitter. Every request, retry
/// and throttle is counted in <see cref="TargetStatistics"/>. Other answers go back to the caller as they are.
/// </summary>
internal sealed class ScimTransport : IDisposable
{
    public const string MediaType = "application/scim+json";
    private const int MaxRenewals = 2;
    private readonly HttpClient _http;
    private readonly IRequestAuthenticator _authenticator;
    private readonly RetryPolicy _retry;
    private readonly SemaphoreSlim _slots;

    public ScimTransport(HttpClient http, IRequestAuthenticator authenticator, RetryPolicy retry, int maxConcurrentRequests, TargetStatistics statistics)
    {
        _http = http;
        _authenticator = authenticator;
        _retry = retry;
        _slots = new SemaphoreSlim(Math.Max(1, maxConcurrentRequests));
        Statistics = statistics;
    }

    public TargetStatistics Statistics { get; }

    public string AuthenticationDescription => _authenticator.Description;

    /// <summary>Sends a request with a JSON body (or none) and returns the answer, once it is not worth retrying.</summary>
    /// <exception cref="ScimRequestFailedException">The request still failed after the last attempt.</exception>
    /// <exception cref="ScimException">The service refused the credentials.</exception>
    public Task<ScimResponse> SendAsync(HttpMethod method, Uri url, JsonNode? body, string? ifMatch, CancellationToken cancellationToken) =>
        SendAsync(method, url, body?.ToJsonString(), ifMatch, cancellationToken);

    public async Task<ScimResponse> SendAsync(HttpMethod method, Uri url, string? body, string? ifMatch, CancellationToken cancellationToken)
    {
        string? lastProblem = null;
        var renewals = 0;
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? asked = null;
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            Statistics.AddRequest();
            try
            {
                using var request = new HttpRequestMessage(method, url);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                if (ifMatch is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
                }

                if (body is not null)
                {
                    request.Content = new StringContent(body, Encoding.UTF8);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType) { CharSet = "utf-8" };
                }

                object? applied;
                try
                {
                    applied = await _authenticator.ApplyAsync(request, ApiScope.Core, cancellationToken).ConfigureAwait(false);
                }
                catch (OneRosterApiException e)
                {
                    throw new ScimException(e.Message, e.Url, e.StatusCode, e);
                }

                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                var text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                if (status == 401)
                {
                    if (renewals < MaxRenewals && _authenticator.Refused(ApiScope.Core, applied))
                    {
                        renewals++;
                        attempt--;
                        continue;
                    }

                    throw new ScimException($"The SCIM service refused the credentials ({new ScimResponse(status, Parse(text), null).Describe()}). Check the {_authenticator.Description}.", url.GetLeftPart(UriPartial.Path), status);
                }

                if (!RetryPolicy.IsTransient(status))
                {
                    return new ScimResponse(status, Parse(text), response.Headers.ETag?.ToString());
                }

                asked = RetryPolicy.RetryAfter(response, DateTimeOffset.UtcNow);
                if (status == 429 || (status == 503 && asked is not null))
                {
                    Statistics.AddThrottled();
                }

                lastProblem = new ScimResponse(status, Parse(text), null).Describe();
                if (asked > _retry.MaxDelay)
                {
                    throw new ScimRequestFailedException($"{method} {url.PathAndQuery} answered {lastProblem} and asks to wait {asked.Value.TotalSeconds:N0} s, longer than the {_retry.MaxDelay.TotalSeconds:N0} s allowed.");
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                lastProblem = e is OperationCanceledException ? $"no answer within {_http.Timeout.TotalSeconds:N0} s" : e.GetBaseException().Message;
            }
            finally
            {
                _slots.Release();
            }

            if (attempt >= _retry.MaxAttempts)
            {
                throw new ScimRequestFailedException($"{method} {url.PathAndQuery} failed {attempt} times; the last time {lastProblem?.TrimEnd('.')}.");
            }

            Statistics.AddRetry();
            await Task.Delay(asked ?? _retry.Backoff(attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _slots.Dispose();
        _authenticator.Dispose();
        _http.Dispose();
    }

    /// <summary>The body as JSON; null when it is empty or not JSON (an HTML error page).</summary>
    private static JsonNode? Parse(string text)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
