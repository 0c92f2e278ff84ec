using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using RosterTools.OneRoster.Rest;

namespace RosterTools.Testing.Loopback.Graph;

/// <summary>
/// A fake of the Microsoft Graph endpoints the Entra target uses, on 127.0.0.1 and a free port, service root
/// /v1.0/: users, groups, members and owners, subscribedSkus, deleted items and restore, administrative units, and
/// JSON $batch (at most 20 requests, each answered on its own, with its own status and Retry-After). Paging with
/// @odata.nextLink and $skiptoken, $select, simple $filter. Bearer token check, latency per HTTP request, a limit on
/// the requests worked on at once, random and scripted faults (429 with and without Retry-After, 503, 504, stalls).
/// </summary>
public sealed class GraphFake : IDisposable
{
    private readonly WebApplication _app;
    private readonly GraphFakeOptions _options;
    private readonly SemaphoreSlim? _slots;
    private readonly InFlightGauge _inFlight = new();
    private readonly ConcurrentQueue<string> _priorities = new();
    private readonly ConcurrentQueue<string> _log = new();
    private long _httpRequests;
    private long _innerRequests;
    private long _batches;
    private long _faults;
    private long _serviceTicks;
    private long _served;

    private GraphFake(GraphFakeOptions options)
    {
        _options = options;
        Tenant = new GraphTenant(options.Skus, options.MaxPageSize);
        _slots = options.ConcurrencyLimit > 0 ? new SemaphoreSlim(options.ConcurrencyLimit, options.ConcurrencyLimit) : null;
        (_app, BaseUrl) = LoopbackHost.Start(HandleAsync);
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUrl { get; }

    /// <summary>The Graph service root: http://127.0.0.1:port/v1.0/</summary>
    public Uri ServiceRoot => new(BaseUrl, "v1.0/");

    public GraphTenant Tenant { get; }

    public GraphFakeOptions Options => _options;

    /// <summary>HTTP requests received ($batch counts once).</summary>
    public long HttpRequests => Interlocked.Read(ref _httpRequests);

    /// <summary>Graph requests carried out or refused (each request inside a $batch counts).</summary>
    public long InnerRequests => Interlocked.Read(ref _innerRequests);

    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Faults injected.</summary>
    public long Faults => Interlocked.Read(ref _faults);

    public int PeakInFlight => _inFlight.Peak;

    /// <summary>
    /// How long an HTTP request held one of the fake's slots on average (latency, reading, carrying out, answering):
    /// what the fake really allows is <see cref="GraphFakeOptions.ConcurrencyLimit"/> requests per this time. On a
    /// busy machine it is longer than the latency set (timers fire late, the work waits for a core).
    /// </summary>
    public TimeSpan MeanServiceTime => TimeSpan.FromTicks(Interlocked.Read(ref _served) == 0 ? 0 : Interlocked.Read(ref _serviceTicks) / Interlocked.Read(ref _served));

    public double AverageInFlight => _inFlight.Average;

    /// <summary>The x-ms-throttle-priority values seen (one per HTTP request that had one).</summary>
    public IReadOnlyCollection<string> Priorities => _priorities.ToArray();

    public static GraphFake Start(GraphFakeOptions? options = null) => new(options ?? new GraphFakeOptions());

    /// <summary>Every Graph request received ("GET /users?$select=..."; each step of a $batch), in order; bodies are not kept.</summary>
    public IReadOnlyList<string> Requests => _log.ToArray();

    /// <summary>Forgets the counters (between the runs of a benchmark).</summary>
    public void ResetCounters()
    {
        _inFlight.Reset();
        Interlocked.Exchange(ref _httpRequests, 0);
        Interlocked.Exchange(ref _innerRequests, 0);
        Interlocked.Exchange(ref _batches, 0);
        Interlocked.Exchange(ref _serviceTicks, 0);
        Interlocked.Exchange(ref _served, 0);
        _log.Clear();
    }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        _slots?.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        Interlocked.Increment(ref _httpRequests);
        if (request.Headers.TryGetValue("x-ms-throttle-priority", out var priority))
        {
            _priorities.Enqueue(priority.ToString());
        }

        if (request.Headers.Authorization.ToString() != "Bearer " + _options.AccessToken)
        {
            await WriteAsync(context.Response, GraphAnswer.Error(401, "InvalidAuthenticationToken", "Access token is empty or invalid."));
            return;
        }

        if (_slots is not null)
        {
            await _slots.WaitAsync(context.RequestAborted);
        }

        _inFlight.Begin();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            if (_options.Latency > TimeSpan.Zero)
            {
                await Task.Delay(_options.Latency, context.RequestAborted);
            }

            var path = request.Path.Value ?? "/";
            if (!path.StartsWith("/v1.0/", StringComparison.Ordinal))
            {
                await WriteAsync(context.Response, GraphAnswer.NotFound(path));
                return;
            }

            var relative = path.Substring("/v1.0".Length);
            JsonObject? body = null;
            if (request.ContentLength != 0 && !HttpMethods.IsGet(request.Method))
            {
                try
                {
                    body = await JsonNode.ParseAsync(request.Body, cancellationToken: context.RequestAborted) as JsonObject;
                }
                catch (JsonException e)
                {
                    await WriteAsync(context.Response, GraphAnswer.BadRequest("Invalid JSON: " + e.Message));
                    return;
                }
            }

            var stall = false;
            if (_options.RandomFaults?.Next(wholeBatch: true) is { } batchFault && batchFault != GraphFaultKind.ThrottleWithRetryAfter && batchFault != GraphFaultKind.ThrottleWithoutRetryAfter)
            {
                Interlocked.Increment(ref _faults);
                if (batchFault == GraphFaultKind.Stall)
                {
                    stall = true;
                }
                else
                {
                    await WriteAsync(context.Response, Fault(batchFault, null));
                    return;
                }
            }

            GraphAnswer answer;
            if (HttpMethods.IsPost(request.Method) && relative == "/$batch")
            {
                answer = Batch(body);
            }
            else
            {
                answer = One(request.Method, relative + request.QueryString.Value, body, inBatch: false);
            }

            if (stall)
            {
                // Carried out, but the answer is late: the client times out and sends it again.
                await Task.Delay(_options.RandomFaults!.StallTime, context.RequestAborted);
            }

            await WriteAsync(context.Response, answer);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (a timeout): nothing to answer.
        }
        finally
        {
            Interlocked.Add(ref _serviceTicks, (long)(System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks));
            Interlocked.Increment(ref _served);
            _inFlight.End();
            _slots?.Release();
        }
    }

    private GraphAnswer Batch(JsonObject? body)
    {
        Interlocked.Increment(ref _batches);
        if (body?["requests"] is not JsonArray requests)
        {
            return GraphAnswer.BadRequest("The $batch body must have a requests array.");
        }

        if (requests.Count > 20)
        {
            return GraphAnswer.BadRequest($"The number of batch requests exceeds the limit of 20 (it has {requests.Count}).");
        }

        var responses = new JsonArray();
        foreach (var step in requests)
        {
            var id = step?["id"]?.GetValue<string>();
            var method = step?["method"]?.GetValue<string>();
            var url = step?["url"]?.GetValue<string>();
            if (id is null || method is null || url is null)
            {
                return GraphAnswer.BadRequest("Every batch request needs id, method and url.");
            }

            var answer = One(method, url.StartsWith("/", StringComparison.Ordinal) ? url : "/" + url, step!["body"] as JsonObject, inBatch: true);
            var response = new JsonObject { ["id"] = id, ["status"] = answer.Status };
            var headers = new JsonObject { ["Content-Type"] = "application/json" };
            if (answer.RetryAfter is not null)
            {
                headers["Retry-After"] = answer.RetryAfter;
            }

            response["headers"] = headers;
            if (answer.Body is not null)
            {
                response["body"] = answer.Body.DeepClone();
            }

            responses.Add(response);
        }

        return new GraphAnswer(200, new JsonObject { ["responses"] = responses });
    }

    /// <summary>One Graph request (direct, or a step of a $batch): a fault, or the tenant's answer.</summary>
    private GraphAnswer One(string method, string url, JsonObject? body, bool inBatch)
    {
        Interlocked.Increment(ref _innerRequests);
        _log.Enqueue(method.ToUpperInvariant() + " " + url);
        var query = url.IndexOf('?');
        var path = query < 0 ? url : url.Substring(0, query);
        var queryText = query < 0 ? string.Empty : url.Substring(query);
        foreach (var fault in _options.Faults)
        {
            if (fault.TryStrike(method, path))
            {
                Interlocked.Increment(ref _faults);
                return Fault(fault.Kind, fault.RetryAfter);
            }
        }

        if (inBatch && _options.RandomFaults?.Next(wholeBatch: false) is { } random && random != GraphFaultKind.Stall)
        {
            Interlocked.Increment(ref _faults);
            return Fault(random, _options.RandomFaults.RetryAfter);
        }

        var parameters = QueryHelpers.ParseQuery(queryText).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string NextLink(string skipToken)
        {
            var next = new Dictionary<string, string?>(parameters.Where(pair => pair.Key != "$skiptoken").Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)));
            next["$skiptoken"] = skipToken;
            return QueryHelpers.AddQueryString(new Uri(ServiceRoot, path.TrimStart('/')).AbsoluteUri, next);
        }

        return Tenant.Execute(method, path, parameters, body, NextLink);
    }

    private static GraphAnswer Fault(GraphFaultKind kind, string? retryAfter) => kind switch
    {
        GraphFaultKind.ThrottleWithRetryAfter => new GraphAnswer(429, Error("TooManyRequests", "Too many requests."), retryAfter ?? "1"),
        GraphFaultKind.ThrottleWithoutRetryAfter => new GraphAnswer(429, Error("TooManyRequests", "Too many requests.")),
        GraphFaultKind.Unavailable => new GraphAnswer(503, Error("serviceNotAvailable", "The service is temporarily unavailable.")),
        _ => new GraphAnswer(504, Error("UnknownError", "Gateway timeout.")),
    };

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private static async Task WriteAsync(HttpResponse response, GraphAnswer answer)
    {
        response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null)
        {
            response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.Body is not null)
        {
            response.ContentType = "application/json";
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                answer.Body.WriteTo(writer);
            }

            await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
    }
}
