using System;
using System.IO;
using System.Text;
using System.Threading;
using RosterTools.Cli.Output;

namespace RosterTools.Cli;

/// <summary>
/// What a command runs with: standard output (data only), standard error (messages, findings summaries and
/// progress), whether standard error is a terminal, and the cancellation of Ctrl+C.
/// </summary>
internal sealed class CliContext
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private readonly SignalCancellation _cancellation;

    public CliContext(SignalCancellation cancellation) => _cancellation = cancellation;

    /// <summary>Cancelled by Ctrl+C or SIGTERM.</summary>
    public CancellationToken CancellationToken => _cancellation.Token;

    /// <summary>The exit code of a cancelled command.</summary>
    public int CancelledExitCode => _cancellation.ExitCode;

    /// <summary>Standard error: messages for people.</summary>
    public TextWriter Error => Console.Error;

    /// <summary>Whether to draw progress: only when standard error is a terminal.</summary>
    public bool ShowProgress => !Console.IsErrorRedirected;

    /// <summary>Standard output as bytes (JSON), buffered.</summary>
    public Stream OpenOutput() => new BufferedStream(Console.OpenStandardOutput(), 64 * 1024);

    /// <summary>Standard output as text (tables), UTF-8 without a byte order mark, buffered.</summary>
    public TextWriter OpenOutputText() => new StreamWriter(Console.OpenStandardOutput(), Utf8, 64 * 1024);

    /// <summary>
    /// A progress line on standard error when it is a terminal; otherwise one that draws nothing. A command that
    /// writes standard output while it works draws progress only when standard output is redirected, so that the
    /// two never interleave on one screen.
    /// </summary>
    public ConsoleProgress CreateProgress(bool writesOutputWhileWorking = false) =>
        new(ShowProgress && (!writesOutputWhileWorking || Console.IsOutputRedirected) ? Error : null);

    /// <summary>Writes <c>rostertools: message</c> as one line on standard error.</summary>
    public void Say(string message) => Error.WriteLine("rostertools: " + OneLine(message));

    /// <summary>Says what went wrong in one line and returns the exit code to exit with.</summary>
    public int Fail(int exitCode, string message)
    {
        Say(message);
        return exitCode;
    }

    /// <summary>Folds a message onto one line.</summary>
    public static string OneLine(string message) =>
        string.Join(" ", message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
