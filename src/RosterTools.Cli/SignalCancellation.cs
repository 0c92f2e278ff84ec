using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace RosterTools.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancelled token, so that the engine stops at its next check and the
/// command exits cleanly. A second signal, when the first has not stopped the work yet, ends the process at once.
/// </summary>
internal sealed class SignalCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _exitCode = ExitCodes.Interrupted;

    public SignalCancellation()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled when a signal arrives.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The exit code of a cancelled command: 130 after SIGINT, 143 after SIGTERM.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested)
        {
            return; // the default handling ends the process
        }

        context.Cancel = true;
        Volatile.Write(ref _exitCode, context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted);
        _source.Cancel();
    }
}
