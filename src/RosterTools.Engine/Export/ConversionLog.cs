using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RosterTools.Validation;

namespace RosterTools.Export;

/// <summary>
/// Counts what an export converts or leaves out (per file, code and description), and turns the counts into one
/// warning each at the end: "312 users: role 'principal' was written as 1.1 'administrator'".
/// </summary>
internal sealed class ConversionLog
{
    private readonly Dictionary<(string File, string Code, string What), int> _counts = new();

    public void Count(string file, string code, string what, int count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        _counts.TryGetValue((file, code, what), out var seen);
        _counts[(file, code, what)] = seen + count;
    }

    public void Report(FindingCollection findings)
    {
        foreach (var entry in _counts.OrderBy(e => e.Key.File, System.StringComparer.Ordinal))
        {
            var (file, code, what) = entry.Key;
            findings.Add(new Finding(Severity.Warning, code, string.Format(CultureInfo.InvariantCulture, "{0:N0} row(s): {1}", entry.Value, what), file));
        }
    }
}
