using System.Collections.Generic;
using System.Linq;
using RosterTools.Validation;

namespace RosterTools.Tests;

/// <summary>Assertions about findings that name what was expected when they fail.</summary>
internal static class FindingAssert
{
    /// <summary>Asserts a finding with this code at this place exists, and returns it.</summary>
    public static Finding Has(IEnumerable<Finding> findings, string code, string? file = null, int? line = null, string? column = null, Severity? severity = null)
    {
        var all = findings.ToList();
        var match = all.FirstOrDefault(f => f.Code == code
            && (file is null || f.File == file)
            && (line is null || f.Line == line)
            && (column is null || f.Column == column)
            && (severity is null || f.Severity == severity));
        Assert.True(match is not null, $"Expected {code} at {file}:{line} [{column}]. Findings:\n  " + string.Join("\n  ", all));
        return match!;
    }

    /// <summary>Asserts no finding has this code.</summary>
    public static void None(IEnumerable<Finding> findings, string code)
    {
        var matches = findings.Where(f => f.Code == code).ToList();
        Assert.True(matches.Count == 0, $"Expected no {code}, found:\n  " + string.Join("\n  ", matches));
    }

    /// <summary>Asserts there are no findings at all.</summary>
    public static void Clean(IEnumerable<Finding> findings)
    {
        var all = findings.ToList();
        Assert.True(all.Count == 0, "Expected no findings, found:\n  " + string.Join("\n  ", all));
    }
}
