using System;

namespace RosterTools.Targets;

/// <summary>A directory snapshot that cannot be read: the file, line and column say where, the message what to fix.</summary>
public sealed class DirectoryReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DirectoryReadException(string source, string message, int? line = null, string? column = null, Exception? innerException = null)
        : base(message, innerException)
    {
        SourceName = source;
        Line = line;
        Column = column;
    }

    /// <summary>The file (or other source) being read.</summary>
    public string SourceName { get; }

    /// <summary>The line of the problem, when it is on one.</summary>
    public int? Line { get; }

    /// <summary>The column of the problem, when it is in one.</summary>
    public string? Column { get; }
}
