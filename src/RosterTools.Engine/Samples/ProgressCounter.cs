using System;
using System.Threading;

namespace RosterTools.Samples;

/// <summary>Counts rows against the total expected, reports progress every few thousand rows and checks for cancellation.</summary>
internal sealed class ProgressCounter
{
    private const int Interval = 4096;
    private readonly IProgress<SampleProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly long _total;
    private long _done;

    public ProgressCounter(IProgress<SampleProgress>? progress, long total, CancellationToken cancellationToken)
    {
        _progress = progress;
        _total = Math.Max(1, total);
        _cancellationToken = cancellationToken;
    }

    /// <summary>One more row of <paramref name="file"/>, which now has <paramref name="rowsInFile"/>.</summary>
    public void Row(string file, long rowsInFile)
    {
        _done++;
        if (rowsInFile % Interval == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Report(file, rowsInFile);
        }
    }

    /// <summary>A file is complete (or abandoned: this never throws, as it runs while a file is closed).</summary>
    public void FileDone(string file, long rows) => Report(file, rows);

    private void Report(string file, long rows) => _progress?.Report(new SampleProgress(file, rows, (int)Math.Min(100, _done * 100 / _total)));
}
