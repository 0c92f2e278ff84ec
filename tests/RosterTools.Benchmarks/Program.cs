using System;
using System.Globalization;
using System.IO;
using RosterTools.Benchmarks.Scenarios;

namespace RosterTools.Benchmarks;

/// <summary>
/// The benchmark harness: generates a sample district at scale and measures RosterTools on it, printing the
/// figures as JSON. Run it in Release:
/// <c>dotnet run -c Release --project tests/RosterTools.Benchmarks -- import --students 1000000</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            var options = BenchmarkOptions.Parse(args);
            var figures = options.Scenario switch
            {
                "import" => ImportScenario.Run(options),
                "compare" => CompareScenario.Run(options),
                "rest" => RestScenario.Run(options),
                "plan" => PlanScenario.Run(options),
                "entra" => EntraScenario.Run(options),
                "apply" => ApplyBenchScenario.Run(options),
                _ => throw new ArgumentException($"Unknown scenario '{options.Scenario}'. Scenarios: import, compare, rest, plan, entra, apply."),
            };

            figures.WriteTo(Console.Out);
            return figures.TargetsMet ? 0 : 1;
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine("benchmark: " + ex.Message);
            Console.Error.WriteLine(BenchmarkOptions.Usage);
            return 2;
        }
    }
}
