using System;
using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.OneRoster;

namespace RosterTools.Benchmarks;

/// <summary>The harness's command line.</summary>
internal sealed record BenchmarkOptions(string Scenario, int Students, OneRosterVersion Version, int Seed, string DataFolder, bool Keep)
{
    /// <summary>rest: the provider's latency per request, in milliseconds.</summary>
    public int LatencyMs { get; init; } = 20;

    /// <summary>rest: the requests in flight to measure with; null for the default sweep.</summary>
    public int[]? Concurrency { get; init; }

    public const string Usage =
        "usage: RosterTools.Benchmarks <scenario> [--students N] [--version 1.1|1.2] [--seed S] [--data DIR] [--keep]\n" +
        "  import   generate a district, then time a bare CsvHelper pass and import + validate (default 100,000 students)\n" +
        "  compare  generate a district and its next night (about 2% changed), compare them, check the changes found are those made\n" +
        "  plan     generate a district and its next night, make the directory the first night's plan leaves, time the next night's plan against it\n" +
        "  rest     serve the district from the loopback OneRoster provider and time reads over REST [--latency MS (20)] [--concurrency N,N,...]\n" +
        "  entra    a first sync of the district into an empty tenant on the loopback Graph fake (use --students 9300 for about 10,000 accounts)\n" +
        "           [--latency MS (50 given here; 20 is the default of rest)] [--concurrency C (4): requests the fake works on at once, and batches the target keeps in flight]\n" +
        "  apply    plan a first sync of the district against an empty local store, apply it without and with the journal and audit log\n" +
        "  --data   where the generated district goes (default: a folder under the temp folder); reused when it already holds the same district\n" +
        "  --keep   keep the generated district afterwards";

    public static BenchmarkOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("-", StringComparison.Ordinal))
        {
            throw new ArgumentException("Name a scenario.");
        }

        var scenario = args[0];
        var students = 100_000;
        var version = OneRosterVersion.V1_2;
        var seed = 1;
        string? data = null;
        var keep = false;
        var latency = 20;
        int[]? concurrency = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--students":
                    students = int.Parse(Value(args, ref i), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                    break;
                case "--version":
                    if (!OneRosterVersions.TryParse(Value(args, ref i), out version))
                    {
                        throw new ArgumentException("--version takes 1.1 or 1.2.");
                    }

                    break;
                case "--seed":
                    seed = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--data":
                    data = Value(args, ref i);
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--latency":
                    latency = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--concurrency":
                    concurrency = Value(args, ref i).Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        // A folder the caller named is theirs: it is reused and kept.
        keep |= data is not null;
        data ??= Path.Combine(Path.GetTempPath(), "rostertools-bench", $"district-{students}-{version.ToSpecString()}-{seed}");
        return new BenchmarkOptions(scenario, students, version, seed, data, keep) { LatencyMs = latency, Concurrency = concurrency };
    }

    private static string Value(string[] args, ref int i) =>
        i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
}
