using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using RosterTools.Samples;

namespace RosterTools.Benchmarks.Scenarios;

/// <summary>The sample district a scenario measures: generated once, reused while it is the same district.</summary>
internal static class District
{

    public static (string Folder, long Bytes, double GenerateSeconds) Prepare(BenchmarkOptions options)
    {
        var stamp = $"{options.Students} {options.Version} {options.Seed}";
        // The stamp sits beside the bundle, not in it, where it would be a file the reader reports.
        var marker = options.DataFolder.TrimEnd(Path.DirectorySeparatorChar) + ".stamp";
        if (File.Exists(marker) && File.ReadAllText(marker) == stamp)
        {
            return (options.DataFolder, SizeOf(options.DataFolder), 0);
        }

        Console.Error.WriteLine($"Generating {options.Students:N0} students ({options.Version}) into {options.DataFolder}...");
        var watch = Stopwatch.StartNew();
        SampleDistrict.Write(options.DataFolder, new SampleDistrictOptions { Students = options.Students, Version = options.Version, Seed = options.Seed, Overwrite = true });
        watch.Stop();
        File.WriteAllText(marker, stamp);
        return (options.DataFolder, SizeOf(options.DataFolder), watch.Elapsed.TotalSeconds);
    }

    public static void CleanUp(BenchmarkOptions options)
    {
        if (!options.Keep && Directory.Exists(options.DataFolder))
        {
            Directory.Delete(options.DataFolder, recursive: true);
            File.Delete(options.DataFolder.TrimEnd(Path.DirectorySeparatorChar) + ".stamp");
        }
    }

    private static long SizeOf(string folder) =>
        Directory.EnumerateFiles(folder, "*.csv").Sum(file => new FileInfo(file).Length);
}
