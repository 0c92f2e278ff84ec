using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using RosterTools.Apply;
using RosterTools.OneRoster.Csv;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets.Entra;
using RosterTools.Testing.Loopback;
using RosterTools.Testing.Loopback.Graph;

namespace RosterTools.Benchmarks.Scenarios;

/// <summary>
/// A first sync of a generated district into an empty tenant on the loopback Graph fake: the planner's actions
/// (accounts, school and class groups, memberships, licences) carried out by the Entra target. The fake answers
/// each HTTP request after a fixed latency (50 ms unless --latency says otherwise) and works on at most C requests
/// at once (C = 4 unless --concurrency says otherwise; the target keeps C + 2 batches in flight); so at best it answers C / L
/// HTTP requests a second, each a $batch of up to 20 Graph requests: the nominal ceiling is C × 20 / L Graph requests
/// a second. On a shared machine a request holds a slot longer than L (timers fire late, the fake's JSON work waits
/// for a core), so the fake measures how long requests really held a slot (S), and the target is at least 80% of
/// C × 20 / S: the client keeps the fake's slots busy with full batches. Both figures are reported.
/// </summary>
internal static class EntraScenario
{
    public static Figures Run(BenchmarkOptions options)
    {
        var (folder, _, generateSeconds) = District.Prepare(options);
        try
        {
            var roster = OneRosterReader.Read(folder);
            var concurrency = options.Concurrency?.FirstOrDefault() ?? 4;
            var latency = TimeSpan.FromMilliseconds(options.LatencyMs);
            using var fake = GraphFake.Start(new GraphFakeOptions { Latency = latency, ConcurrencyLimit = concurrency });
            // Two batches more in flight than the fake works on: while it answers one, the next is already waiting, so
            // a slot never idles for the client's round trip (as a client keeps a real service's queue from running dry).
            var targetOptions = new EntraTargetOptions { GraphBaseUrl = fake.ServiceRoot, UsageLocation = "US", MaxBatchesInFlight = concurrency + 2 };
            using var target = new EntraTarget(EntraCredentials.AccessToken(new System.Net.NetworkCredential(string.Empty, fake.Options.AccessToken).SecurePassword), targetOptions);

            var watch = Stopwatch.StartNew();
            var directory = target.ReadAsync(null, CancellationToken.None).GetAwaiter().GetResult();
            var readSeconds = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var plan = Planner.Create(roster, directory, Policy(), new LifecycleState());
            var planSeconds = watch.Elapsed.TotalSeconds;

            fake.ResetCounters();
            var before = target.Statistics.Requests;
            var retriesBefore = target.Statistics.Retries;
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            watch.Restart();
            var results = PlanApplier.ApplyAsync(target, plan).GetAwaiter().GetResult();
            var applySeconds = watch.Elapsed.TotalSeconds;
            process.Refresh();

            var graphRequests = target.Statistics.Requests - before;
            var http = fake.HttpRequests;
            var ceilingHttp = concurrency / latency.TotalSeconds;
            var ceilingGraph = ceilingHttp * targetOptions.BatchSize;
            var graphPerSecond = graphRequests / applySeconds;
            var service = fake.MeanServiceTime.TotalSeconds;
            var effectiveCeiling = concurrency / service * targetOptions.BatchSize;
            var httpPerSecond = http / applySeconds;
            var byStatus = results.GroupBy(result => result.Status).ToDictionary(group => group.Key.ToString(), group => group.Count());
            var accounts = plan.Actions.Count(action => action.Action == ActionType.Create);
            var figures = new Figures();
            figures.Root["scenario"] = "entra";
            figures.Root["machine"] = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";
            figures.Root["students"] = options.Students;
            figures.Root["generateSeconds"] = Math.Round(generateSeconds, 1);
            figures.Root["fake"] = new JsonObject { ["latencyMs"] = options.LatencyMs, ["concurrencyLimit"] = concurrency };
            figures.Root["plan"] = new JsonObject
            {
                ["accounts"] = accounts,
                ["actions"] = plan.Actions.Count,
                ["byAction"] = new JsonObject(plan.Summary.ByAction.Select(entry => new KeyValuePair<string, JsonNode?>(entry.Key.ToString(), entry.Value))),
                ["readSeconds"] = Math.Round(readSeconds, 2),
                ["planSeconds"] = Math.Round(planSeconds, 2),
            };
            figures.Root["apply"] = new JsonObject
            {
                ["seconds"] = Math.Round(applySeconds, 2),
                ["results"] = new JsonObject(byStatus.Select(entry => new KeyValuePair<string, JsonNode?>(entry.Key, entry.Value))),
                ["graphRequests"] = graphRequests,
                ["httpRequests"] = http,
                ["graphRequestsPerBatch"] = Math.Round((double)fake.InnerRequests / Math.Max(1, fake.Batches), 2),
                ["graphRequestsPerSecond"] = Math.Round(graphPerSecond),
                ["httpRequestsPerSecond"] = Math.Round(httpPerSecond, 1),
                ["ceilingGraphRequestsPerSecond"] = Math.Round(ceilingGraph),
                ["ceilingHttpRequestsPerSecond"] = Math.Round(ceilingHttp, 1),
                ["ofCeiling"] = Math.Round(graphPerSecond / ceilingGraph, 3),
                ["fakeMeanServiceMs"] = Math.Round(service * 1000, 1),
                ["effectiveCeilingGraphRequestsPerSecond"] = Math.Round(effectiveCeiling),
                ["ofEffectiveCeiling"] = Math.Round(graphPerSecond / effectiveCeiling, 3),
                ["httpOfCeiling"] = Math.Round(httpPerSecond / ceilingHttp, 3),
                ["fakeAverageInFlight"] = Math.Round(fake.AverageInFlight, 2),
                ["targetBatchesInFlight"] = targetOptions.MaxBatchesInFlight,
                ["retries"] = target.Statistics.Retries - retriesBefore,
                ["throttled"] = target.Statistics.Throttled,
                ["processCpuCores"] = Math.Round((process.TotalProcessorTime - cpuBefore).TotalSeconds / applySeconds, 2),
            };
            Console.Error.WriteLine($"  {accounts:N0} accounts, {plan.Actions.Count:N0} actions in {applySeconds:0.0} s: {graphPerSecond:N0} Graph requests/s of {ceilingGraph:N0} ({graphPerSecond / ceilingGraph:P0})");

            figures.Target("a first sync of about 10,000 accounts", accounts >= 9_000, $"{accounts:N0} accounts");
            figures.Target("every action done", results.Count == plan.Actions.Count && results.All(result => result.Status == ActionStatus.Done), string.Join(", ", byStatus.Select(entry => $"{entry.Value} {entry.Key}")));
            figures.Target(
                $"Graph requests/s at least 80% of what the fake's limit allows: {concurrency} at once × 20 per $batch / the {service * 1000:0.0} ms a request held a slot (the {options.LatencyMs} ms latency and the fake's own work)",
                graphPerSecond >= 0.8 * effectiveCeiling,
                $"{graphPerSecond:N0} of {effectiveCeiling:N0} ({graphPerSecond / effectiveCeiling:P0}); of the nominal {ceilingGraph:N0} at exactly {options.LatencyMs} ms: {graphPerSecond / ceilingGraph:P0}");
            return figures;
        }
        finally
        {
            District.CleanUp(options);
        }
    }

    /// <summary>Students and teachers, a group per school and role and one per class (teachers own theirs), a licence each.</summary>
    private static RosterPolicy Policy() => new()
    {
        Name = "benchmark",
        Hash = "benchmark",
        Scope = new ScopePolicy { Roles = { "student", "teacher" } },
        Naming =
        {
            ["student"] = new NamingRule { Username = { "{givenName|first:1}{familyName}" }, UserPrincipalName = "{username}@students.example.org", DisplayName = "{preferredGivenName,givenName} {familyName}", MaxLength = 20 },
            ["teacher"] = new NamingRule { Username = { "{givenName}.{familyName}" }, UserPrincipalName = "{username}@example.org", DisplayName = "{givenName} {familyName}", MaxLength = 20 },
        },
        Groups =
        {
            new GroupRule { Name = "{school.identifier}-students", Per = GroupScope.School, When = new GroupCondition { Roles = { "student" } }, Membership = MembershipMode.Owned },
            new GroupRule { Name = "{school.identifier}-staff", Per = GroupScope.School, When = new GroupCondition { Roles = { "teacher" } }, Membership = MembershipMode.Owned },
            new GroupRule { Name = "class-{class.classCode}-{class.sourcedId}", Per = GroupScope.Class, Membership = MembershipMode.Owned },
        },
        Licenses = { ["student"] = new List<string> { "STUDENT_A1" }, ["teacher"] = new List<string> { "FACULTY_A1" } },
    };
}
