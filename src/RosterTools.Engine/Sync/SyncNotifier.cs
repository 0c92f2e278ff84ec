using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using RosterTools.State;

namespace RosterTools.Sync;

/// <summary>
/// Tells about a run: the state folder's last-sync.json, the config's summary file, and its web hook. A problem
/// telling is noted in the summary and never changes the run's outcome (the run is over by then).
/// </summary>
internal static class SyncNotifier
{
    private static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(15);

    public static void Tell(SyncConfig config, SyncSummary summary)
    {
        if (!summary.WhatIf && Directory.Exists(config.StateFolder))
        {
            Write(Path.Combine(config.StateFolder, SyncRunner.LastSummaryFileName), summary);
        }

        if (config.SummaryFile is { } file)
        {
            Write(file, summary);
        }

        if (config.Webhook is { } hook)
        {
            Post(hook, summary);
        }
    }

    private static void Write(string path, SyncSummary summary)
    {
        try
        {
            AtomicFile.Write(path, stream => SyncJson.Write(stream, summary));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            summary.NotifyProblems.Add($"the summary could not be written to {path}: {ex.Message}");
        }
    }

    private static void Post(string hook, SyncSummary summary)
    {
        try
        {
            using var body = new MemoryStream();
            SyncJson.Write(body, summary);
            using var client = new HttpClient { Timeout = WebhookTimeout };
            using var content = new ByteArrayContent(body.ToArray());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = client.PostAsync(hook, content).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                summary.NotifyProblems.Add($"the web hook answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            // The address may carry a token in its path or query: name only its host.
            summary.NotifyProblems.Add($"the web hook at {new Uri(hook).Host} could not be reached: {ex.Message}");
        }
    }
}
