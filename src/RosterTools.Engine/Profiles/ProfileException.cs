using System;
using System.Globalization;

namespace RosterTools.Profiles;

/// <summary>A data-minimisation profile that cannot be used: the message names the file, line and column, and what to fix.</summary>
public sealed class ProfileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProfileException(string? path, int line, int column, string problem, Exception? innerException = null)
        : base(Describe(path, line, column, problem), innerException)
    {
        ProfilePath = path;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The profile file, when it was read from one.</summary>
    public string? ProfilePath { get; }

    /// <summary>The 1-based line of the YAML the problem is on (0 when not tied to a line).</summary>
    public int Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }

    private static string Describe(string? path, int line, int column, string problem)
    {
        var where = path ?? "the profile";
        if (line > 0)
        {
            where += string.Format(CultureInfo.InvariantCulture, ", line {0}, column {1}", line, column);
        }

        return where + ": " + problem;
    }
}
