using System;
using System.Globalization;
using RosterTools.Apply;
using RosterTools.Compare;
using RosterTools.Export;
using RosterTools.OneRoster.Csv;
using RosterTools.Planning;
using RosterTools.Samples;

namespace RosterTools.Cli.Output;

/// <summary>
/// One progress line on standard error, redrawn in place at most ten times a second and erased when the work is
/// done. It draws only when standard error is a terminal, so logs and pipes never see it, and never touches
/// standard output.
/// </summary>
internal sealed class ConsoleProgress : IProgress<ImportProgress>, IProgress<SampleProgress>, IProgress<CompareProgress>, IProgress<ExportProgress>, IProgress<PlanProgress>, IProgress<RosterTools.Sync.SyncProgress>, IProgress<ApplyProgress>, IDisposable
{
    private const long IntervalMilliseconds = 100;
    private readonly System.IO.TextWriter? _terminal;
    private readonly object _gate = new();
    private long _nextDraw;
    private int _drawnLength;

    /// <param name="terminal">Standard error when it is a terminal; null to draw nothing.</param>
    public ConsoleProgress(System.IO.TextWriter? terminal) => _terminal = terminal;

    /// <summary>The progress to hand to the engine: null when nothing is drawn, so the engine need not report.</summary>
    public IProgress<ImportProgress>? ForImport => _terminal is null ? null : this;

    /// <summary>The progress to hand to the sample generator, or null.</summary>
    public IProgress<SampleProgress>? ForSample => _terminal is null ? null : this;

    /// <summary>The progress to hand to a comparison, or null.</summary>
    public IProgress<CompareProgress>? ForCompare => _terminal is null ? null : this;

    /// <summary>The progress to hand to an export, or null.</summary>
    public IProgress<ExportProgress>? ForExport => _terminal is null ? null : this;

    /// <summary>The progress to hand to the planner and the name previews, or null.</summary>
    public IProgress<PlanProgress>? ForPlan => _terminal is null ? null : this;

    public void Report(PlanProgress value) =>
        Draw(string.Format(CultureInfo.InvariantCulture, "Planning {0}: {1,3}%  {2:N0} of {3:N0}", value.Stage, value.PercentComplete, value.Done, value.Total));

    public IProgress<RosterTools.Sync.SyncProgress>? ForSync => _terminal is null ? null : this;

    public void Report(RosterTools.Sync.SyncProgress value) =>
        Draw(value.Apply is { } apply
            ? string.Format(CultureInfo.InvariantCulture, "{0}: {1,3}%  {2}{3}", Capitalised(value.Step), apply.PercentComplete, apply, apply.Remaining is { } left ? $", about {left:hh\\:mm\\:ss} left" : string.Empty)
            : Capitalised(value.Step) + "...");

    /// <summary>The progress to hand to the applier, or null.</summary>
    public IProgress<ApplyProgress>? ForApply => _terminal is null ? null : this;

    public void Report(ApplyProgress value) =>
        Draw(string.Format(CultureInfo.InvariantCulture, "Applying: {0,3}%  {1}{2}", value.PercentComplete, value, value.Remaining is TimeSpan left ? $", about {left:hh\\:mm\\:ss} left" : string.Empty));

    public void Report(CompareProgress value) =>
        Draw(string.Format(CultureInfo.InvariantCulture, "Comparing {0}: {1,3}%  {2:N0} changes", value.Entity, value.PercentComplete, value.Changes));

    public void Report(ExportProgress value) =>
        Draw(string.Format(CultureInfo.InvariantCulture, "Writing {0}: {1,3}%  {2:N0} rows", value.File, value.PercentComplete, value.RowsWritten));

    public void Report(ImportProgress value) =>
        Draw(string.Format(CultureInfo.InvariantCulture, "Reading {0}: {1,3}%  {2:N0} records", value.File, value.PercentComplete, value.RecordsRead));

    public void Report(SampleProgress value) =>
        Draw(string.Format(CultureInfo.InvariantCulture, "Writing {0}: {1,3}%  {2:N0} rows", value.File, value.PercentComplete, value.RowsWritten));

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>Erases the progress line, before anything else is written to standard error.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_terminal is null || _drawnLength == 0)
            {
                return;
            }

            _terminal.Write("\r" + new string(' ', _drawnLength) + "\r");
            _terminal.Flush();
            _drawnLength = 0;
            _nextDraw = 0;
        }
    }

    public void Dispose() => Clear();

    private void Draw(string text)
    {
        lock (_gate)
        {
            if (_terminal is null)
            {
                return;
            }

            var now = Environment.TickCount64;
            if (now < _nextDraw)
            {
                return;
            }

            _nextDraw = now + IntervalMilliseconds;
            var width = Math.Max(20, TerminalWidth() - 1);
            if (text.Length > width)
            {
                text = text.Substring(0, width);
            }

            _terminal.Write("\r" + text.PadRight(_drawnLength));
            _terminal.Flush();
            _drawnLength = text.Length;
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (Exception ex) when (ex is System.IO.IOException or InvalidOperationException or PlatformNotSupportedException)
        {
            return 80;
        }
    }
}
