using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest;
using RosterTools.Testing.Loopback;

namespace RosterTools.Benchmarks.Scenarios;

/// <summary>
/// Reads a generated district over REST from the loopback provider, which answers every request after a fixed
/// latency (20 ms unless --latency says otherwise), in pages of 1,000 records, with a read for each number of
/// requests in flight (1, 2, 4, 8, 16 unless --concurrency says otherwise) and one without latency; the runs at the
/// default 8 and without latency are the median of three.
/// <para>
/// How it shows that latency, not the client, is the limit. By Little's law a read's records per second are the
/// requests in flight on average times the records per page, divided by the time a request takes. The client
/// limits the read if it keeps fewer requests in flight than it may (because it is busy reading pages, or waits on
/// itself), or if its work makes each request take longer. So each run reports the requests in flight on average
/// (time-weighted over the read, as the client and as the provider counted them), the time a request took and how
/// much of it was the provider's latency, the records per second against the latency bound (N × 1,000 / L: every
/// request taking exactly the latency), and the CPU the process used (client and provider share this machine). The
/// read without latency says how fast the client goes when nothing waits for the network, and the same pages fetched
/// with a bare HttpClient and thrown away unread (the provider's and HTTP's CPU) leave the client's own CPU per
/// million records (the read's less the bare fetch's). Targets: at the default
/// 8 requests in flight, the client keeps at least 80% of them in flight; most of a request's time is the
/// provider's latency; and the client alone reads at least 1.3 times as fast as the read with latency does, so it
/// has room to spare.
/// </para>
/// </summary>
internal static class RestScenario
{
    private const int PageSize = 1000;
    private const int DefaultConcurrency = 8;

    public static Figures Run(BenchmarkOptions options)
    {
        var (folder, bytes, generateSeconds) = District.Prepare(options);
        try
        {
            var csv = OneRosterReader.Read(folder);
            var served = new ProviderOptions { MaxPageSize = PageSize, Latency = TimeSpan.FromMilliseconds(options.LatencyMs) };
            served.Rosters[csv.Version] = csv;
            var watch = Stopwatch.StartNew();
            using var provider = LoopbackProvider.Start(served);
            var serveSeconds = watch.Elapsed.TotalSeconds;
            var records = csv.Orgs.Count + csv.AcademicSessions.Count + csv.Courses.Count + csv.Classes.Count + csv.Users.Count + csv.Enrollments.Count + csv.Demographics.Count;

            var figures = new Figures();
            figures.Root["scenario"] = "rest";
            figures.Root["students"] = options.Students;
            figures.Root["version"] = options.Version.ToString();
            figures.Root["machine"] = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";
            figures.Root["district"] = new JsonObject
            {
                ["bundleBytes"] = bytes,
                ["generateSeconds"] = Math.Round(generateSeconds, 1),
                ["records"] = records,
                ["users"] = csv.Users.Count,
                ["enrollments"] = csv.Enrollments.Count,
                ["pages"] = Pages(csv),
            };
            figures.Root["provider"] = new JsonObject
            {
                ["latencyMs"] = options.LatencyMs,
                ["pageSize"] = PageSize,
                ["secondsToServe"] = Math.Round(serveSeconds, 1),
            };

            // A first read warms the JIT up (tiered compilation), so that every measured read runs optimised code.
            served.Latency = TimeSpan.Zero;
            Read(provider, csv, DefaultConcurrency, 0, records);
            served.Latency = TimeSpan.FromMilliseconds(options.LatencyMs);

            var runs = new JsonArray();
            JsonObject? atDefault = null;
            foreach (var concurrency in options.Concurrency ?? new[] { 1, 2, 4, DefaultConcurrency, 16 })
            {
                var run = concurrency == DefaultConcurrency ? Median(() => Read(provider, csv, concurrency, options.LatencyMs, records)) : Read(provider, csv, concurrency, options.LatencyMs, records);
                runs.Add(run);
                atDefault = concurrency == DefaultConcurrency ? run : atDefault;
            }

            served.Latency = TimeSpan.Zero;
            var unlimited = Median(() => Read(provider, csv, DefaultConcurrency, 0, records));
            figures.Root["runs"] = runs;
            figures.Root["withoutLatency"] = unlimited;
            var raw = new[] { 0, 1, 2 }.Select(_ => RestRawFetch.Run(provider, csv, DefaultConcurrency, PageSize, records)).OrderBy(run => (double)run["cpuSecondsPerMillionRecords"]!).ToArray()[1];
            figures.Root["rawFetchWithoutLatency"] = raw;
            figures.Root["clientCpuSecondsPerMillionRecords"] = Math.Round((double)unlimited["cpuSecondsPerMillionRecords"]! - (double)raw["cpuSecondsPerMillionRecords"]!, 2);

            if (atDefault is not null)
            {
                var inFlight = (double)atDefault["clientAverageInFlight"]!;
                var latencyShare = (double)atDefault["latencyShareOfRequest"]!;
                var headroom = (double)unlimited["recordsPerSecond"]! / (double)atDefault["recordsPerSecond"]!;
                figures.Target($"at {DefaultConcurrency} requests allowed, the client keeps at least 80% of them in flight on average", inFlight >= 0.8 * DefaultConcurrency, $"{inFlight:0.00} of {DefaultConcurrency}");
                figures.Target($"most of a request's time is the provider's {options.LatencyMs} ms latency", latencyShare > 0.5, $"{latencyShare:P0} of {atDefault["requestMs"]} ms");
                figures.Target("the client alone (no latency) reads at least 1.3x as fast as the read with latency", headroom >= 1.3, $"{headroom:0.00}x ({unlimited["recordsPerSecond"]} vs {atDefault["recordsPerSecond"]} records/s)");
            }

            figures.Target("every read gives the CSV import's roster (counts and findings)", runs.Append(unlimited).All(run => (bool)run!["sameAsCsv"]!), "see sameAsCsv");
            return figures;
        }
        finally
        {
            District.CleanUp(options);
        }
    }

    private static JsonObject Read(LoopbackProvider provider, Roster csv, int concurrency, int latencyMs, long records)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        provider.Statistics.Reset();
        using var secret = ApiSourceSection.Secure(provider.Options.ClientSecret);
        using var connection = OneRosterConnection.Open(new OneRosterConnectionSettings
        {
            BaseUrl = provider.BaseUrl,
            Version = csv.Version,
            ClientId = provider.Options.ClientId,
            ClientSecret = secret,
            TokenUrl = provider.TokenUrl,
            PageSize = PageSize,
            MaxConcurrentRequests = concurrency,
        });
        var statistics = new ApiStatistics();
        var reading = new ReadingPhase(provider, statistics);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        // Whole records (no fields=): the loopback provider projects fields record by record through a JSON DOM, a
        // cost of the test provider that a real one does not have.
        var roster = OneRosterApiReader.Read(connection, new RestImportOptions { IncludeDemographics = true, SelectFields = false, Statistics = statistics, Progress = reading });
        var total = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var readSeconds = reading.Seconds;
        var perSecond = records / readSeconds;
        var bound = latencyMs == 0 ? double.NaN : concurrency * (double)PageSize / (latencyMs / 1000.0);
        var requestMs = reading.ClientAverageInFlight * readSeconds * 1000 / Math.Max(1, statistics.Requests);
        var run = new JsonObject
        {
            ["requestsInFlight"] = concurrency,
            ["latencyMs"] = latencyMs,
            ["readSeconds"] = Math.Round(readSeconds, 2),
            ["readAndValidateSeconds"] = Math.Round(total, 2),
            ["recordsPerSecond"] = Math.Round(perSecond),
            ["latencyBoundRecordsPerSecond"] = double.IsNaN(bound) ? null : Math.Round(bound),
            ["ofLatencyBound"] = double.IsNaN(bound) ? null : Math.Round(perSecond / bound, 3),
            ["requests"] = statistics.Requests,
            ["requestMs"] = Math.Round(requestMs, 1),
            ["latencyShareOfRequest"] = latencyMs == 0 ? null : Math.Round(latencyMs / requestMs, 2),
            ["retries"] = statistics.Retries,
            ["megabytes"] = Math.Round(statistics.Bytes / 1_000_000.0, 1),
            ["clientAverageInFlight"] = Math.Round(reading.ClientAverageInFlight, 2),
            ["providerAverageInFlight"] = Math.Round(reading.ProviderAverageInFlight, 2),
            ["providerPeakInFlight"] = provider.Statistics.PeakInFlight,
            ["processCpuCores"] = Math.Round((process.TotalProcessorTime - cpuBefore).TotalSeconds / total, 2),
            // CPU time of client and provider together per million records: what the read costs whatever else the machine runs.
            ["cpuSecondsPerMillionRecords"] = Math.Round((process.TotalProcessorTime - cpuBefore).TotalSeconds * 1_000_000 / records, 2),
            ["sameAsCsv"] = Same(csv, roster),
        };
        Console.Error.WriteLine($"  {concurrency,2} in flight, {latencyMs} ms: {perSecond:N0} records/s, {reading.ProviderAverageInFlight:0.0} in flight on average");
        GC.KeepAlive(roster);
        return run;
    }

    /// <summary>The run with the median records per second of three: the machine is shared, and one run can be unlucky.</summary>
    private static JsonObject Median(Func<JsonObject> read)
    {
        var runs = new[] { read(), read(), read() }.OrderBy(run => (double)run["recordsPerSecond"]!).ToArray();
        runs[1]["runs"] = 3;
        runs[1]["recordsPerSecondOfRuns"] = new JsonArray(runs.Select(run => (JsonNode?)JsonValue.Create((double)run["recordsPerSecond"]!)).ToArray());
        return runs[1];
    }

    private static bool Same(Roster csv, Roster rest) =>
        csv.Counts.ByCollection.OrderBy(count => count.Key).SequenceEqual(rest.Counts.ByCollection.OrderBy(count => count.Key))
        && csv.ErrorCount == rest.ErrorCount && csv.WarningCount == rest.WarningCount;

    private static long Pages(Roster roster) =>
        new[] { roster.Orgs.Count, roster.AcademicSessions.Count, roster.Courses.Count, roster.Classes.Count, roster.Users.Count, roster.Enrollments.Count, roster.Demographics.Count }
            .Sum(count => Math.Max(1, (count + PageSize - 1) / PageSize));

    /// <summary>The end of the reading (the last page's report), and the requests in flight on average until then.</summary>
    private sealed class ReadingPhase : IProgress<ImportProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly LoopbackProvider _provider;
        private readonly ApiStatistics _statistics;

        public ReadingPhase(LoopbackProvider provider, ApiStatistics statistics)
        {
            _provider = provider;
            _statistics = statistics;
        }

        public double Seconds { get; private set; }

        public double ClientAverageInFlight { get; private set; }

        public double ProviderAverageInFlight { get; private set; }

        public void Report(ImportProgress value)
        {
            Seconds = _clock.Elapsed.TotalSeconds;
            ClientAverageInFlight = _statistics.AverageInFlight;
            ProviderAverageInFlight = _provider.Statistics.AverageInFlight;
        }
    }
}
