using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.OneRoster.Rest.Http;
using RosterTools.Targets.Entra.Authentication;

namespace RosterTools.Targets.Entra.Graph;

/// <summary>
/// Sends Graph requests in JSON $batch requests of up to 20, several batches in flight. Callers await one request
/// each (<see cref="SendAsync"/>); the batcher packs what is waiting into batches as slots free up. A request
/// answered 429, 503 or 504 inside a batch (or a whole batch that was throttled, failed or timed out) goes back
/// into the queue after the wait Retry-After asks for, or an exponential back-off with jitter when there is none.
/// While Graph throttles, fewer batches are sent at once (halved at each throttled batch, one more after each two
/// clean ones), and nothing is sent until its Retry-After has passed: the run adapts its pace instead of failing.
/// </summary>
internal sealed class GraphBatcher
{
    private readonly HttpClient _http;
    private readonly Uri _batchUrl;
    private readonly GraphTokenSource _tokens;
    private readonly EntraTargetOptions _options;
    private readonly TargetStatistics _statistics;
    private readonly RetryPolicy _retry;
    private readonly object _gate = new();
    private readonly Queue<Pending> _queue = new();
    private int _inFlight;
    private int _limit;
    private int _cleanBatches;
    private DateTime _pausedUntilUtc;
    private bool _wakeScheduled;
    private long _batches;

    public GraphBatcher(HttpClient http, GraphTokenSource tokens, EntraTargetOptions options, TargetStatistics statistics)
    {
        _http = http;
        _batchUrl = new Uri(EnsureSlash(options.GraphBaseUrl), "$batch");
        _tokens = tokens;
        _options = options;
        _statistics = statistics;
        _retry = new RetryPolicy(options.MaxAttempts, options.RetryDelay, options.MaxRetryDelay);
        _limit = options.MaxBatchesInFlight;
    }

    /// <summary>$batch requests sent so far (HTTP round trips).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>How many batches may be in flight now (lower than the maximum while Graph throttles).</summary>
    public int CurrentLimit
    {
        get
        {
            lock (_gate)
            {
                return _limit;
            }
        }
    }

    /// <summary>Queues a request and returns Graph's final answer to it (after any retries).</summary>
    public Task<GraphResponse> SendAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        var pending = new Pending(request, cancellationToken);
        if (cancellationToken.CanBeCanceled)
        {
            pending.Registration = cancellationToken.Register(() => pending.Completion.TrySetCanceled());
        }

        Enqueue(pending);
        return pending.Completion.Task;
    }

    internal static Uri EnsureSlash(Uri url) => url.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? url : new Uri(url.AbsoluteUri + "/");

    private void Enqueue(Pending pending)
    {
        lock (_gate)
        {
            _queue.Enqueue(pending);
        }

        Pump();
    }

    /// <summary>Starts as many batches as slots and the queue allow.</summary>
    private void Pump()
    {
        var toSend = new List<List<Pending>>();
        lock (_gate)
        {
            var wait = _pausedUntilUtc - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                if (!_wakeScheduled && _queue.Count > 0)
                {
                    _wakeScheduled = true;
                    _ = Task.Delay(wait).ContinueWith(
                        _ =>
                        {
                            lock (_gate)
                            {
                                _wakeScheduled = false;
                            }

                            Pump();
                        },
                        TaskScheduler.Default);
                }

                return;
            }

            // A batch that is not full goes out only when nothing else is in flight: while batches are out, what
            // comes in waits a moment to fill one (a finishing batch pumps again), rather than going out in ones.
            while (_inFlight < _limit && _queue.Count > 0 && (_queue.Count >= _options.BatchSize || _inFlight == 0))
            {
                var batch = new List<Pending>(_options.BatchSize);
                while (batch.Count < _options.BatchSize && _queue.Count > 0)
                {
                    var next = _queue.Dequeue();
                    if (!next.Completion.Task.IsCompleted)
                    {
                        batch.Add(next);
                    }
                }

                if (batch.Count > 0)
                {
                    _inFlight++;
                    toSend.Add(batch);
                }
            }
        }

        foreach (var batch in toSend)
        {
            _ = Task.Run(() => RunBatchAsync(batch));
        }
    }

    private async Task RunBatchAsync(List<Pending> batch)
    {
        var throttled = false;
        try
        {
            throttled = await SendBatchAsync(batch).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Nothing above may throw; if it does, the requests end failed rather than waiting for ever.
            foreach (var pending in batch)
            {
                pending.Complete(new GraphResponse(0, null, failure: "the $batch failed: " + e.Message));
            }
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
                if (throttled)
                {
                    _limit = Math.Max(1, _limit / 2);
                    _cleanBatches = 0;
                }
                else if (_limit < _options.MaxBatchesInFlight && ++_cleanBatches >= 2)
                {
                    _limit++;
                    _cleanBatches = 0;
                }
            }

            Pump();
        }
    }

    /// <summary>Sends one $batch and settles or re-queues each of its requests; true when Graph throttled any of them.</summary>
    private async Task<bool> SendBatchAsync(List<Pending> batch)
    {
        Interlocked.Increment(ref _batches);
        _statistics.AddRequest(batch.Count);
        using var timeout = new CancellationTokenSource(_options.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            var token = await _tokens.GetAsync(timeout.Token).ConfigureAwait(false);
            using var message = new HttpRequestMessage(HttpMethod.Post, _batchUrl) { Content = BatchContent(batch) };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (_options.ThrottlePriority is { } priority)
            {
                message.Headers.TryAddWithoutValidation("x-ms-throttle-priority", priority);
            }

            response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
        }
        catch (EntraSignInException e)
        {
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(e);
            }

            return false;
        }
        catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException || e is IOException)
        {
            var why = e is OperationCanceledException ? $"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s" : "connection failed: " + e.Message;
            RetryAll(batch, null, why, throttled: false);
            return false;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (RetryPolicy.IsTransient(status))
            {
                var retryAfter = RetryPolicy.RetryAfter(response, DateTimeOffset.UtcNow);
                var throttled = status == 429 || (status == 503 && retryAfter is not null);
                RetryAll(batch, retryAfter, $"the $batch was answered {status}", throttled);
                return throttled;
            }

            JsonDocument? document = null;
            try
            {
                var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                if (status == 401)
                {
                    _tokens.Forget();
                    var refusal = new EntraSignInException("Graph refused the access token (401 Unauthorized): it has expired or is for another resource. Connect again (Connect-RosterTarget -Entra); a ready access token cannot be renewed.");
                    foreach (var pending in batch)
                    {
                        pending.Completion.TrySetException(refusal);
                    }

                    return false;
                }

                if (!response.IsSuccessStatusCode)
                {
                    var body = TryParse(bytes);
                    var refused = new GraphResponse(status, body?.RootElement.Clone(), failure: $"the $batch was refused ({status})");
                    body?.Dispose();
                    foreach (var pending in batch)
                    {
                        pending.Complete(refused);
                    }

                    return false;
                }

                document = TryParse(bytes);
                return Distribute(batch, document);
            }
            finally
            {
                document?.Dispose();
            }
        }
    }

    /// <summary>Hands each answer in the batch response to its request; re-queues the throttled and failed ones.</summary>
    private bool Distribute(List<Pending> batch, JsonDocument? document)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (document is not null && document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("responses", out var responses) && responses.ValueKind == JsonValueKind.Array)
        {
            foreach (var answer in responses.EnumerateArray())
            {
                if (answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    answers[id.GetString()!] = answer;
                }
            }
        }

        var throttled = false;
        for (var i = 0; i < batch.Count; i++)
        {
            var pending = batch[i];
            if (!answers.TryGetValue(StepId(i), out var answer) || !answer.TryGetProperty("status", out var statusValue) || !statusValue.TryGetInt32(out var status))
            {
                Retry(pending, null, "the $batch response had no answer for it", throttled: false);
                continue;
            }

            var retryAfter = InnerRetryAfter(answer);
            JsonElement? body = answer.TryGetProperty("body", out var bodyValue) && bodyValue.ValueKind != JsonValueKind.Null ? bodyValue.Clone() : null;
            var result = new GraphResponse(status, body, retryAfter);
            if (status == 429 || (status is 503 or 504 && pending.Request.SafeToRepeat))
            {
                var isThrottle = status == 429 || (status == 503 && retryAfter is not null);
                throttled |= isThrottle;
                Retry(pending, result, null, isThrottle);
            }
            else
            {
                pending.Complete(result);
            }
        }

        return throttled;
    }

    private void RetryAll(List<Pending> batch, TimeSpan? retryAfter, string why, bool throttled)
    {
        foreach (var pending in batch)
        {
            var failure = new GraphResponse(0, null, retryAfter, why);
            if (throttled || pending.Request.SafeToRepeat)
            {
                Retry(pending, failure, null, throttled);
            }
            else
            {
                pending.Complete(failure);
            }
        }
    }

    /// <summary>Sends a request again after the wait Graph asked for (or a back-off), or settles it when its attempts are used up.</summary>
    private void Retry(Pending pending, GraphResponse? last, string? why, bool throttled)
    {
        last ??= new GraphResponse(0, null, failure: why);
        pending.Attempts++;
        if (pending.Attempts >= _retry.MaxAttempts)
        {
            pending.Complete(last.Status == 0
                ? new GraphResponse(0, null, failure: $"gave up after {pending.Attempts} attempts ({last.Failure})")
                : last);
            return;
        }

        _statistics.AddRetry();
        if (throttled)
        {
            _statistics.AddThrottled();
        }

        var wait = last.RetryAfter is TimeSpan asked ? (asked > _retry.MaxDelay ? _retry.MaxDelay : asked) : _retry.Backoff(pending.Attempts);
        if (throttled && last.RetryAfter is not null)
        {
            lock (_gate)
            {
                var until = DateTime.UtcNow + wait;
                if (until > _pausedUntilUtc)
                {
                    _pausedUntilUtc = until;
                }
            }
        }

        _ = Task.Delay(wait, pending.CancellationToken).ContinueWith(
            delayed =>
            {
                if (delayed.IsCanceled)
                {
                    pending.Completion.TrySetCanceled();
                }
                else
                {
                    Enqueue(pending);
                }
            },
            TaskScheduler.Default);
    }

    private static TimeSpan? InnerRetryAfter(JsonElement answer)
    {
        if (!answer.TryGetProperty("headers", out var headers) || headers.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var header in headers.EnumerateObject())
        {
            if (header.Name.Equals("Retry-After", StringComparison.OrdinalIgnoreCase))
            {
                var text = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() : header.Value.GetRawText();
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                {
                    return TimeSpan.FromSeconds(seconds);
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                {
                    var wait = date - DateTimeOffset.UtcNow;
                    return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
                }
            }
        }

        return null;
    }

    private HttpContent BatchContent(List<Pending> batch)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("requests");
            for (var i = 0; i < batch.Count; i++)
            {
                var request = batch[i].Request;
                writer.WriteStartObject();
                writer.WriteString("id", StepId(i));
                writer.WriteString("method", request.Method);
                writer.WriteString("url", request.Url);
                if (request.Body is not null || request.ConsistencyLevel is not null || _options.ThrottlePriority is not null)
                {
                    writer.WriteStartObject("headers");
                    if (request.Body is not null)
                    {
                        writer.WriteString("Content-Type", "application/json");
                    }

                    if (request.ConsistencyLevel is { } consistency)
                    {
                        writer.WriteString("ConsistencyLevel", consistency);
                    }

                    if (_options.ThrottlePriority is { } priority)
                    {
                        writer.WriteString("x-ms-throttle-priority", priority);
                    }

                    writer.WriteEndObject();
                }

                if (request.Body is not null)
                {
                    writer.WritePropertyName("body");
                    request.Body.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string StepId(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static JsonDocument? TryParse(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Pending
    {
        public Pending(GraphRequest request, CancellationToken cancellationToken)
        {
            Request = request;
            CancellationToken = cancellationToken;
        }

        public GraphRequest Request { get; }

        public CancellationToken CancellationToken { get; }

        public TaskCompletionSource<GraphResponse> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }

        public int Attempts { get; set; }

        public void Complete(GraphResponse response)
        {
            Completion.TrySetResult(response);
            Registration.Dispose();
        }
    }
}
