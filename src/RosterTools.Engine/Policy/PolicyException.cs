using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace RosterTools.Policy;

/// <summary>
/// A policy file that cannot be used: every problem found in it (not only the first), each with its line and
/// column. The message lists them all.
/// </summary>
public sealed class PolicyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PolicyException(string file, IReadOnlyList<PolicyProblem> problems)
        : base(Describe(file, problems))
    {
        File = file;
        Problems = problems;
    }

    /// <summary>The policy file (or source name).</summary>
    public string File { get; }

    /// <summary>The problems, in the order of the file.</summary>
    public IReadOnlyList<PolicyProblem> Problems { get; }

    private static string Describe(string file, IReadOnlyList<PolicyProblem> problems)
    {
        var text = new StringBuilder();
        text.Append(string.Format(
            CultureInfo.InvariantCulture, "The policy {0} has {1} problem{2}:", file, problems.Count, problems.Count == 1 ? string.Empty : "s"));
        foreach (var problem in problems.Take(100))
        {
            text.Append(Environment.NewLine).Append("  ").Append(problem);
        }

        if (problems.Count > 100)
        {
            text.Append(Environment.NewLine).Append(string.Format(CultureInfo.InvariantCulture, "  ... and {0} more", problems.Count - 100));
        }

        return text.ToString();
    }
}
