using System;
using System.Diagnostics;
using System.Threading;

namespace RosterTools.Benchmarks;

/// <summary>
/// Samples the managed heap (GC.GetTotalMemory without collecting, which counts garbage not yet collected too)
/// every few milliseconds while a measurement runs, and keeps the highest value.
/// </summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    private PeakMemory()
    {
        _peak = GC.GetTotalMemory(false);
        _thread = new Thread(Sample) { IsBackground = true, Priority = ThreadPriority.AboveNormal, Name = "peak memory" };
        _thread.Start();
    }

    /// <summary>The highest managed heap size seen, in bytes.</summary>
    public long PeakManagedBytes => Interlocked.Read(ref _peak);

    /// <summary>Starts sampling from a collected heap, so that what came before does not count.</summary>
    public static PeakMemory Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new PeakMemory();
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        Observe();
    }

    private void Sample()
    {
        while (!_stop)
        {
            Observe();
            Thread.Sleep(5);
        }
    }

    private void Observe()
    {
        var now = GC.GetTotalMemory(false);
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }

    /// <summary>The process's peak working set so far, in bytes.</summary>
    public static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
