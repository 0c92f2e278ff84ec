using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.Validation;

namespace RosterTools.Cli.Output;

/// <summary>Findings as text for people: one per line, totals, and the short summary an import writes on stderr.</summary>
internal static class FindingsReport
{
    /// <summary>How many findings the summary of an import lists before it points at validate.</summary>
    public const int SummaryLimit = 10;

    /// <summary>Each finding on its own line: <c>users.csv:12 [givenName] Error RequiredFieldMissing: ...</c>.</summary>
    public static void WriteLines(TextWriter output, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            output.WriteLine(CliContext.OneLine(finding.ToString()));
        }
    }

    /// <summary>"2 errors and 1 warning", "no findings".</summary>
    public static string Totals(int errors, int warnings) =>
        errors == 0 && warnings == 0 ? "no findings" : $"{Count(errors, "error")} and {Count(warnings, "warning")}";

    /// <summary>
    /// Findings for standard error: <paramref name="headline"/> (after <c>rostertools: </c>), the first
    /// <see cref="SummaryLimit"/> findings (errors first) and how to see the rest.
    /// </summary>
    public static void WriteSummary(TextWriter error, FindingCollection findings, string path, string headline)
    {
        var first = findings.Where(finding => finding.Severity == Severity.Error)
            .Concat(findings.Where(finding => finding.Severity != Severity.Error))
            .Take(SummaryLimit)
            .ToList();
        var total = findings.ErrorCount + findings.WarningCount;
        error.WriteLine("rostertools: " + headline + (total > first.Count ? $"; the first {first.Count}:" : first.Count > 0 ? ":" : "."));
        foreach (var finding in first)
        {
            error.WriteLine("  " + CliContext.OneLine(finding.ToString()));
        }

        if (total > first.Count)
        {
            error.WriteLine($"  Run 'rostertools validate \"{path}\"' to see all of them.");
        }
    }

    public static string Count(long count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
