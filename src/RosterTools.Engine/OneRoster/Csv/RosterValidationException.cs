using System;
using System.Linq;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>A strict import that found errors: the findings say what they are.</summary>
public sealed class RosterValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RosterValidationException(string source, FindingCollection findings)
        : base(Describe(source, findings))
    {
        BundlePath = source;
        Findings = findings;
    }

    /// <summary>The bundle that was refused.</summary>
    public string BundlePath { get; }

    /// <summary>Everything that was found, errors and warnings.</summary>
    public FindingCollection Findings { get; }

    private static string Describe(string source, FindingCollection findings)
    {
        var first = findings.FirstOrDefault(finding => finding.Severity == Severity.Error);
        return $"Strict mode refused '{source}': {findings.ErrorCount:N0} errors and {findings.WarningCount:N0} warnings were found. First error: {first}";
    }
}
