using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.OneRoster;
using RosterTools.Testing.Loopback;

namespace RosterTools.Benchmarks.Scenarios;

/// <summary>
/// Every page of the district fetched with a bare HttpClient, as many at once as the read has, and thrown away
/// unread: the CPU the provider and HTTP take without the client's reading, counting and checking. What a full read
/// costs beyond it is the client's own work, and says how fast the client alone could go on this machine.
/// </summary>
internal static class RestRawFetch
{
    public static JsonObject Run(LoopbackProvider provider, Roster roster, int concurrency, int pageSize, long records)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency + 2 });
        var service = provider.ServiceUrl(roster.Version).ToString().TrimEnd('/');
        var v = roster.Version == OneRosterVersion.V1_1 ? "v1p1" : "v1p2";
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(http, provider, $"https://purl.imsglobal.org/spec/or/{v}/scope/roster-core.readonly https://purl.imsglobal.org/spec/or/{v}/scope/roster-demographics.readonly"));
        var urls = new List<string>();
        foreach (var (name, count) in new[] { ("orgs", roster.Orgs.Count), ("academicSessions", roster.AcademicSessions.Count), ("courses", roster.Courses.Count), ("classes", roster.Classes.Count), ("users", roster.Users.Count), ("enrollments", roster.Enrollments.Count), ("demographics", roster.Demographics.Count) })
        {
            for (var offset = 0; offset == 0 || offset < count; offset += pageSize)
            {
                urls.Add($"{service}/{name}?limit={pageSize}&offset={offset}");
            }
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        using var slots = new SemaphoreSlim(concurrency);
        Task.WaitAll(urls.Select(async url =>
        {
            await slots.WaitAsync().ConfigureAwait(false);
            try
            {
                var body = await http.GetByteArrayAsync(url).ConfigureAwait(false);
                Interlocked.Add(ref bytes, body.Length);
            }
            finally
            {
                slots.Release();
            }
        }).ToArray());
        var seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.Error.WriteLine($"  raw fetch, {concurrency} in flight: {records / seconds:N0} records/s, {cpu * 1_000_000 / records:0.00} CPU s per million records");
        return new JsonObject
        {
            ["requestsInFlight"] = concurrency,
            ["seconds"] = Math.Round(seconds, 2),
            ["requests"] = urls.Count,
            ["megabytes"] = Math.Round(bytes / 1_000_000.0, 1),
            ["processCpuCores"] = Math.Round(cpu / seconds, 2),
            ["cpuSecondsPerMillionRecords"] = Math.Round(cpu * 1_000_000 / records, 2),
        };
    }

    private static string Token(HttpClient http, LoopbackProvider provider, string scope)
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(provider.Options.ClientId) + ":" + Uri.EscapeDataString(provider.Options.ClientSecret)));
        using var request = new HttpRequestMessage(HttpMethod.Post, provider.TokenUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = scope }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        using var response = http.Send(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(response.Content.ReadAsStream());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
