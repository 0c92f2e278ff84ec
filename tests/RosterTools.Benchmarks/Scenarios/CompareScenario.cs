using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using RosterTools.Compare;
using RosterTools.OneRoster.Csv;
using RosterTools.Samples;

namespace RosterTools.Benchmarks.Scenarios;

/// <summary>
/// Compare two districts a night apart (about 2% of the students changed by the generator: withdrawals, new
/// enrolments, school moves, section changes, name changes, disabled accounts), and check that compare lists
/// exactly the changes the generator made. Targets (issue 3): compare at least as fast as importing one of the two
/// bundles, and no more extra memory than holding both rosters takes.
/// </summary>
internal static class CompareScenario
{
    public static Figures Run(BenchmarkOptions options)
    {
        var (first, bytes, generateSeconds) = District.Prepare(options);
        var second = options.DataFolder.TrimEnd(Path.DirectorySeparatorChar) + "-next-night";
        try
        {
            Console.Error.WriteLine($"Generating the next night into {second}...");
            var watch = Stopwatch.StartNew();
            var night = SampleDistrict.Write(second, new SampleDistrictOptions { Students = options.Students, Version = options.Version, Seed = options.Seed, NextNightSeed = options.Seed + 1, Overwrite = true });
            var nightSeconds = watch.Elapsed.TotalSeconds;
            var expected = night.Changes.Select(c => c.ToString()).ToList();

            Console.Error.WriteLine("Importing both nights...");
            GC.Collect();
            watch.Restart();
            var before = OneRosterReader.Read(first);
            var importSeconds = watch.Elapsed.TotalSeconds;
            var after = OneRosterReader.Read(second);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var held = GC.GetTotalMemory(true);

            Console.Error.WriteLine("Comparing...");
            List<string> actual;
            long peak;
            var byEntity = new SortedDictionary<string, int>(StringComparer.Ordinal);
            using (var memory = PeakMemory.Start())
            {
                watch.Restart();
                actual = new List<string>(expected.Count + 16);
                foreach (var change in RosterComparer.Compare(before, after))
                {
                    // A person who joined or left is described by the comparison; the generator names only who it was.
                    actual.Add(change.Change == ChangeType.Modified ? change.ToString() : $"{change.Entity} {change.SourcedId} {change.Change}");
                    byEntity[change.Entity] = byEntity.TryGetValue(change.Entity, out var n) ? n + 1 : 1;
                }

                watch.Stop();
                peak = memory.PeakManagedBytes;
            }

            var compareSeconds = watch.Elapsed.TotalSeconds;
            var missing = expected.Except(actual).ToList();
            var extra = actual.Except(expected).ToList();
            GC.KeepAlive(before);
            GC.KeepAlive(after);

            var figures = new Figures();
            figures.Root["scenario"] = "compare";
            figures.Root["students"] = options.Students;
            figures.Root["version"] = options.Version.ToString();
            figures.Root["machine"] = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";
            figures.Root["bundle"] = new JsonObject { ["bytes"] = bytes, ["generateSeconds"] = Math.Round(generateSeconds, 1), ["nextNightSeconds"] = Math.Round(nightSeconds, 1) };
            figures.Root["changesMade"] = new JsonObject
            {
                ["students"] = night.ChangeCounts!.Students,
                ["share"] = Math.Round((double)night.ChangeCounts.Students / options.Students, 4),
                ["detail"] = night.ChangeCounts.ToString(),
                ["records"] = expected.Count,
            };
            figures.Root["importOneSeconds"] = Math.Round(importSeconds, 2);
            figures.Root["compare"] = new JsonObject
            {
                ["seconds"] = Math.Round(compareSeconds, 2),
                ["changes"] = actual.Count,
                ["byEntity"] = new JsonObject(byEntity.Select(e => new KeyValuePair<string, JsonNode?>(e.Key, e.Value))),
                ["bothRostersHeldBytes"] = held,
                ["peakManagedBytes"] = peak,
                ["extraBytes"] = peak - held,
                ["missing"] = missing.Count,
                ["extra"] = extra.Count,
                ["firstMissing"] = string.Join(" | ", missing.Take(5)),
                ["firstExtra"] = string.Join(" | ", extra.Take(5)),
            };
            var speed = importSeconds / compareSeconds;
            figures.Root["speedRatio"] = Math.Round(speed, 2);
            figures.Root["extraMemoryRatio"] = Math.Round((double)(peak - held) / held, 3);
            figures.Target("compare lists exactly the changes the generator made", missing.Count == 0 && extra.Count == 0, $"{missing.Count} missing, {extra.Count} extra of {expected.Count}");
            figures.Target("compare at least as fast as importing one bundle", speed >= 1, $"{compareSeconds:0.00} s vs {importSeconds:0.00} s");
            figures.Target("no more extra memory than holding both rosters", peak - held <= held, $"{(peak - held) / 1e6:N0} MB extra over {held / 1e6:N0} MB held");
            return figures;
        }
        finally
        {
            District.CleanUp(options);
            if (!options.Keep && Directory.Exists(second))
            {
                Directory.Delete(second, recursive: true);
            }
        }
    }
}
