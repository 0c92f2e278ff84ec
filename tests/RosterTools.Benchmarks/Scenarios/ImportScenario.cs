using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CsvHelper;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Benchmarks.Scenarios;

/// <summary>
/// Import + validate against a bare CsvHelper pass that reads every field of the same files as a string.
/// Targets (issue 2): import + validate at least half the speed of the bare pass, and peak managed memory no
/// more than 1.5 times the bundle's size on disk.
/// </summary>
internal static class ImportScenario
{
    public static Figures Run(BenchmarkOptions options)
    {
        var (folder, bytes, generateSeconds) = District.Prepare(options);
        try
        {
            var files = Directory.GetFiles(folder, "*.csv");

            // The bare pass first, so that both read from a warm file cache.
            var (bareSeconds, bareRows) = Best(2, () => BarePass(files));

            GC.Collect();
            var watch = Stopwatch.StartNew();
            long peakManaged;
            RosterTools.OneRoster.Roster roster;
            var phases = new PhaseTimer();
            using (var peak = PeakMemory.Start())
            {
                watch.Restart();
                roster = OneRosterReader.Read(folder, new ImportOptions { Progress = phases });
                watch.Stop();
                peakManaged = peak.PeakManagedBytes;
            }

            var importSeconds = watch.Elapsed.TotalSeconds;
            var figures = new Figures();
            var mb = bytes / 1_000_000.0;
            figures.Root["scenario"] = "import";
            figures.Root["students"] = options.Students;
            figures.Root["version"] = options.Version.ToString();
            figures.Root["machine"] = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";
            figures.Root["bundle"] = new JsonObject
            {
                ["bytes"] = bytes,
                ["rows"] = bareRows,
                ["generateSeconds"] = Math.Round(generateSeconds, 1),
            };
            figures.Root["barePass"] = new JsonObject
            {
                ["seconds"] = Math.Round(bareSeconds, 2),
                ["rowsPerSecond"] = Math.Round(bareRows / bareSeconds),
                ["mbPerSecond"] = Math.Round(mb / bareSeconds, 1),
            };
            figures.Root["importAndValidate"] = new JsonObject
            {
                ["seconds"] = Math.Round(importSeconds, 2),
                ["rowsPerSecond"] = Math.Round(bareRows / importSeconds),
                ["mbPerSecond"] = Math.Round(mb / importSeconds, 1),
                ["peakManagedBytes"] = peakManaged,
                ["peakWorkingSetBytes"] = PeakMemory.PeakWorkingSetBytes(),
                ["users"] = roster.Users.Count,
                ["enrollments"] = roster.Enrollments.Count,
                ["errors"] = roster.ErrorCount,
                ["secondsByPhase"] = phases.Report(watch.Elapsed.TotalSeconds),
                ["warnings"] = roster.WarningCount,
            };

            var speedRatio = bareSeconds / importSeconds;
            var memoryRatio = (double)peakManaged / bytes;
            figures.Root["speedRatio"] = Math.Round(speedRatio, 2);
            figures.Root["memoryRatio"] = Math.Round(memoryRatio, 2);
            figures.Target("import + validate at least 0.5x the speed of a bare CsvHelper pass", speedRatio >= 0.5, $"{speedRatio:0.00}x");
            figures.Target("peak managed memory at most 1.5x the bundle size on disk", memoryRatio <= 1.5, $"{memoryRatio:0.00}x");
            figures.Target("the generated district imports without errors", roster.ErrorCount == 0, $"{roster.ErrorCount} errors");
            GC.KeepAlive(roster);
            return figures;
        }
        finally
        {
            District.CleanUp(options);
        }
    }

    /// <summary>Reads every field of every file as a string, the least any importer has to do.</summary>
    private static long BarePass(string[] files)
    {
        long rows = 0;
        long characters = 0;
        foreach (var file in files)
        {
            using var reader = CsvReader.Create(File.OpenRead(file), CsvReaderOptions.Default with { Separator = ',' }, leaveOpen: false);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    characters += reader.GetString(i).Length;
                }

                rows++;
            }
        }

        GC.KeepAlive(characters);
        return rows;
    }

    private static (double Seconds, long Rows) Best(int runs, Func<long> pass)
    {
        var best = double.MaxValue;
        long rows = 0;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            rows = pass();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return (best, rows);
    }
}
