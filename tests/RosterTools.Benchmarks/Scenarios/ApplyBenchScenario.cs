using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using RosterTools.Apply;
using RosterTools.OneRoster.Csv;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Targets.Local;

namespace RosterTools.Benchmarks.Scenarios;

/// <summary>
/// A first sync applied to the local store: the district is planned against an empty store with the example policy,
/// then the plan is applied twice, each time to a fresh store: without the journal and the audit log, and with them.
/// Figures: actions per second, wall-clock and processor seconds, and peak memory of each run. Target (issue 5): with
/// the journal and audit log, no more than twice the time without them, compared in processor time (the wall clock
/// of a shared machine mostly measures the other processes).
/// </summary>
internal static class ApplyBenchScenario
{
    public static Figures Run(BenchmarkOptions options)
    {
        var (folder, bytes, generateSeconds) = District.Prepare(options);
        var work = Path.Combine(Path.GetTempPath(), "rostertools-bench", "apply-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        try
        {
            Console.Error.WriteLine("Importing and planning...");
            var watch = Stopwatch.StartNew();
            var roster = OneRosterReader.Read(folder);
            var policy = PolicyLoader.Load(Path.Combine(RepositoryRoot(), "examples", "policies", "district.policy.yaml"));
            policy.Scope.Schools.Clear(); // Every school of the generated district, not the three the example names.
            var plan = Planner.Create(roster, new DirectorySnapshot(Array.Empty<DirectoryAccount>(), source: "empty local store"), policy, new LifecycleState());
            var planSeconds = watch.Elapsed.TotalSeconds;
            roster = null;
            var creates = plan.Actions.Count(action => action.Action == ActionType.Create);
            var figures = new Figures();

            // A warm-up on a slice of the plan, so that neither measured run pays for compiling the code paths.
            var slice = new Plan { Inputs = plan.Inputs, Actions = plan.Actions.Take(20_000).ToList() };
            Measure(slice, policy, Path.Combine(work, "warm-up"), journal: true);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var held = GC.GetTotalMemory(true);
            figures.Root["planHeldBytes"] = held;

            var without = Measure(plan, policy, Path.Combine(work, "without"), journal: false);
            var with = Measure(plan, policy, Path.Combine(work, "with"), journal: true);

            figures.Root["scenario"] = "apply";
            figures.Root["students"] = options.Students;
            figures.Root["machine"] = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";
            figures.Root["bundle"] = new JsonObject { ["bytes"] = bytes, ["generateSeconds"] = Math.Round(generateSeconds, 1) };
            figures.Root["plan"] = new JsonObject { ["seconds"] = Math.Round(planSeconds, 1), ["actions"] = plan.Actions.Count, ["accounts"] = creates, ["blocked"] = plan.Blocked };
            figures.Root["withoutJournalAndAudit"] = without.Json;
            figures.Root["withJournalAndAudit"] = with.Json;
            var ratio = with.CpuSeconds / without.CpuSeconds;
            figures.Root["cpuTimeRatio"] = Math.Round(ratio, 2);
            figures.Root["wallTimeRatio"] = Math.Round(with.Seconds / without.Seconds, 2);
            figures.Target("every action done in both runs", without.Done == plan.Actions.Count && with.Done == plan.Actions.Count, $"{without.Done:N0} and {with.Done:N0} of {plan.Actions.Count:N0}");
            figures.Target("journal and audit log at most 2x the time without them", ratio <= 2, $"{with.CpuSeconds:0.0} s vs {without.CpuSeconds:0.0} s of processor time ({with.Seconds:0.0} s vs {without.Seconds:0.0} s wall clock)");
            GC.KeepAlive(plan);
            return figures;
        }
        finally
        {
            District.CleanUp(options);
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static (double Seconds, double CpuSeconds, int Done, JsonObject Json) Measure(Plan plan, RosterPolicy policy, string state, bool journal)
    {
        Console.Error.WriteLine($"Applying {plan.Actions.Count:N0} actions {(journal ? "with" : "without")} the journal and audit log...");
        ApplyRun run;
        long peak;
        var watch = Stopwatch.StartNew();
        TimeSpan cpu;
        long heldBefore;
        using (var memory = PeakMemory.Start())
        {
            heldBefore = GC.GetTotalMemory(false);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            using (var store = LocalStoreTarget.Open(state))
            {
                run = Applier.Apply(plan, store, new ApplyOptions { StateFolder = state, Journal = journal, Audit = journal, Passwords = policy.Passwords });
            }

            watch.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            peak = memory.PeakManagedBytes;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var json = new JsonObject
        {
            ["seconds"] = Math.Round(seconds, 2),
            ["cpuSeconds"] = Math.Round(cpu.TotalSeconds, 2),
            ["actionsPerSecond"] = Math.Round(run.Total / seconds),
            ["actionsPerCpuSecond"] = Math.Round(run.Total / cpu.TotalSeconds),
            ["done"] = run.Done,
            ["failed"] = run.Failed,
            ["peakManagedBytes"] = peak,
            ["peakOverHeldBytes"] = peak - heldBefore,
            ["storeBytes"] = new FileInfo(Path.Combine(state, LocalStoreTarget.FileName)).Length,
            ["journalBytes"] = FolderBytes(Path.Combine(state, "journal")),
            ["auditBytes"] = FolderBytes(Path.Combine(state, "audit")),
        };
        return (seconds, cpu.TotalSeconds, run.Done, json);
    }

    private static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Sum(file => new FileInfo(file).Length) : 0;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RosterTools.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find RosterTools.sln above " + AppContext.BaseDirectory);
    }
}
