namespace RosterTools.Cli;

/// <summary>The exit codes of rostertools; scripts depend on them, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>The bundle is valid: no errors (warnings allowed), or the command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Findings with errors (for import --strict: the import was refused); for compare, the rosters differ.</summary>
    public const int Errors = 1;

    /// <summary>The input cannot be read, or the arguments are wrong; one line on stderr says which.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected failure: a bug in rostertools.</summary>
    public const int InternalError = 3;

    /// <summary>plan: a safety limit blocks the plan (it was still printed and saved, for review).</summary>
    public const int Blocked = 4;

    /// <summary>Cancelled with Ctrl+C (SIGINT), 128 + 2 as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Cancelled with SIGTERM (docker stop, systemd, kill), 128 + 15.</summary>
    public const int Terminated = 143;

    /// <summary>The exit-code section of every command's help.</summary>
    public static readonly string[] Help =
    {
        "0    success; for import and validate: no errors (warnings are allowed)",
        "1    errors were found (import --strict: the import was refused and nothing was printed on stdout); compare: the rosters differ; plan, names: conflicts (error findings)",
        "2    unreadable input (missing path, damaged or refused zip) or bad arguments; one line on stderr",
        "3    internal error (a bug); set ROSTERTOOLS_DEBUG=1 to see the stack trace",
        "4    plan: a safety limit blocks the plan (it is still printed and saved with --out)",
        "130  cancelled with Ctrl+C (143 when stopped with SIGTERM, as by docker stop)",
    };
}
