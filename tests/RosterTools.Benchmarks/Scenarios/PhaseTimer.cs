using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json.Nodes;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Benchmarks.Scenarios;

/// <summary>
/// Times each file of an import from the progress reports the import makes anyway (a report names the file it
/// is in); the time after the last file is validation.
/// </summary>
internal sealed class PhaseTimer : IProgress<ImportProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string File, double End)> _files = new();

    public void Report(ImportProgress value)
    {
        var now = _clock.Elapsed.TotalSeconds;
        if (_files.Count > 0 && _files[^1].File == value.File)
        {
            _files[^1] = (value.File, now);
        }
        else
        {
            _files.Add((value.File, now));
        }
    }

    public JsonObject Report(double total)
    {
        var phases = new JsonObject();
        var start = 0.0;
        foreach (var (file, end) in _files)
        {
            phases[file] = Math.Round(end - start, 2);
            start = end;
        }

        phases["validation"] = Math.Round(total - start, 2);
        return phases;
    }
}
