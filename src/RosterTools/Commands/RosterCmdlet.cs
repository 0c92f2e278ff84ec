using System;
using System.Management.Automation;
using System.Threading;

namespace RosterTools.Commands;

/// <summary>
/// What every RosterTools cmdlet shares: a cancellation token that Ctrl+C (StopProcessing) cancels, and the
/// translation of the engine's resulting OperationCanceledException into a stopped pipeline.
/// </summary>
/// <remarks>Cmdlet classes hold no fields or parameters of engine value types; see Loading/ModuleInitializer.cs.</remarks>
public abstract class RosterCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private bool _disposed;

    /// <summary>Cancelled when the user presses Ctrl+C or the pipeline is stopped; pass it to every engine call.</summary>
    protected CancellationToken StopToken => _stopping.Token;

    /// <summary>Releases the cancellation source.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _stopping.Dispose();
        }
    }

    /// <summary>Runs <see cref="ProcessInput"/>; an engine call cancelled by Ctrl+C ends as a stopped pipeline, not as an error.</summary>
    protected sealed override void ProcessRecord()
    {
        try
        {
            ProcessInput();
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>The work for one input: what ProcessRecord does in other cmdlets.</summary>
    protected abstract void ProcessInput();

    /// <summary>Called by PowerShell on another thread when the pipeline is stopped (Ctrl+C).</summary>
    protected override void StopProcessing()
    {
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The cmdlet finished while the stop was on its way.
        }
    }
}
