using System.Collections.Generic;
using System.Runtime.CompilerServices;
using RosterTools.Validation;

namespace RosterTools.Pipeline;

/// <summary>
/// Reads a <see cref="FindingCollection"/> while the engine fills it: the findings added since the last read, and
/// at the end the summaries the collection adds for findings it only counted. Nothing is read twice or skipped.
/// </summary>
internal sealed class FindingReader
{
    private readonly FindingCollection _findings;
    private int _next;

    public FindingReader(FindingCollection findings) => _findings = findings;

    /// <summary>The findings added since the last call, in the order they were found.</summary>
    public List<Finding> ReadNew()
    {
        var found = new List<Finding>();
        while (_next < _findings.KeptCount)
        {
            found.Add(_findings.Kept(_next++));
        }

        return found;
    }

    /// <summary>Call once reading is over: the findings not read yet, summaries of the counted-only ones included.</summary>
    public List<Finding> ReadRest()
    {
        var rest = ReadNew();
        var kept = new HashSet<Finding>(ByReference.Instance);
        for (var i = 0; i < _findings.KeptCount; i++)
        {
            kept.Add(_findings.Kept(i));
        }

        foreach (var finding in _findings)
        {
            if (!kept.Contains(finding))
            {
                rest.Add(finding);
            }
        }

        return rest;
    }

    private sealed class ByReference : IEqualityComparer<Finding>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(Finding? x, Finding? y) => ReferenceEquals(x, y);

        public int GetHashCode(Finding obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
