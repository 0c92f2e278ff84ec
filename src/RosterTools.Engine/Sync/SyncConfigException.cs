using System;

namespace RosterTools.Sync;

/// <summary>A sync config that cannot work: the message names the file, line and column, and what to fix.</summary>
public sealed class SyncConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SyncConfigException(string file, int line, int column, string problem)
        : base(line > 0 ? $"{file}:{line}:{column}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The config file.</summary>
    public string File { get; }

    /// <summary>1-based line; 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }
}
