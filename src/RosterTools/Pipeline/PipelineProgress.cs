using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading;

namespace RosterTools.Pipeline;

/// <summary>
/// An <see cref="IProgress{T}"/> that turns the engine's progress reports into WriteProgress, on the pipeline thread
/// only: PowerShell's Write* methods must not be called from any other thread. The engine reports synchronously
/// from the thread that called it, which is the pipeline thread; a report from any other thread is kept and
/// written at the next report from the pipeline thread (or at <see cref="Complete"/>), never from where it came.
/// Reports are thinned to a few a second (and every change of percent): WriteProgress is slow in some hosts.
/// </summary>
/// <typeparam name="T">The engine's progress record.</typeparam>
internal sealed class PipelineProgress<T> : IProgress<T>
    where T : class
{
    private static readonly long MinimumInterval = Stopwatch.Frequency / 4;

    private readonly Cmdlet _cmdlet;
    private readonly Func<T, string> _status;
    private readonly Func<T, int> _percent;
    private readonly ProgressRecord _record;
    private readonly int _pipelineThread = Thread.CurrentThread.ManagedThreadId;
    private T? _pending;
    private long _lastWrite;
    private int _lastPercent = -1;
    private bool _written;

    /// <summary>Creates the adapter on the pipeline thread (in BeginProcessing or ProcessRecord).</summary>
    /// <param name="cmdlet">The cmdlet that writes the progress.</param>
    /// <param name="activityId">The progress activity's id, distinct per cmdlet.</param>
    /// <param name="activity">What is being done: "Importing C:\data\district.zip".</param>
    /// <param name="status">The status line of a report: the file and the records read.</param>
    /// <param name="percent">The percent complete of a report, 0 to 100.</param>
    public PipelineProgress(Cmdlet cmdlet, int activityId, string activity, Func<T, string> status, Func<T, int> percent)
    {
        _cmdlet = cmdlet;
        _status = status;
        _percent = percent;
        _record = new ProgressRecord(activityId, activity, "Starting");
    }

    /// <inheritdoc/>
    public void Report(T value)
    {
        if (Thread.CurrentThread.ManagedThreadId != _pipelineThread)
        {
            Interlocked.Exchange(ref _pending, value);
            return;
        }

        Interlocked.Exchange(ref _pending, null);
        var percent = Math.Max(0, Math.Min(100, _percent(value)));
        var now = Stopwatch.GetTimestamp();
        if (percent == _lastPercent && now - _lastWrite < MinimumInterval)
        {
            return;
        }

        _lastPercent = percent;
        _lastWrite = now;
        _record.PercentComplete = percent;
        _record.StatusDescription = NonEmpty(_status(value));
        _cmdlet.WriteProgress(_record);
        _written = true;
    }

    /// <summary>Writes any report kept from another thread, then closes the progress bar. Call on the pipeline thread.</summary>
    public void Complete()
    {
        if (Interlocked.Exchange(ref _pending, null) is { } pending)
        {
            Report(pending);
        }

        if (_written)
        {
            _record.RecordType = ProgressRecordType.Completed;
            _record.PercentComplete = 100;
            _cmdlet.WriteProgress(_record);
            _written = false;
        }
    }

    private static string NonEmpty(string? text) => string.IsNullOrEmpty(text) ? "Working" : text!;
}
