using System;

namespace RosterTools.Cli;

/// <summary>Arguments that parse but cannot be used (an --out folder that is a file); exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
