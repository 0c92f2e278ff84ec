using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Targets;

namespace RosterTools.Cli.Commands;

/// <summary>
/// Test only (<see cref="ApplyCommand.DelayVariable"/>): waits before each action, then hands the batch on, so that
/// the end-to-end test can kill rostertools while a run is part way. Does not own the target it wraps.
/// </summary>
internal sealed class DelayedTarget : IDirectoryTarget
{
    private readonly IDirectoryTarget _inner;
    private readonly int _milliseconds;

    public DelayedTarget(IDirectoryTarget inner, int milliseconds)
    {
        _inner = inner;
        _milliseconds = milliseconds;
    }

    public string Description => _inner.Description;

    public int PreferredBatchSize => 50;

    public TargetStatistics Statistics => _inner.Statistics;

    public Task<DirectorySnapshot> ReadAsync(IProgress<int>? accountsRead, CancellationToken cancellationToken) => _inner.ReadAsync(accountsRead, cancellationToken);

    public async Task<IReadOnlyList<ActionResult>> ApplyAsync(IReadOnlyList<ActionRequest> requests, CancellationToken cancellationToken)
    {
        await Task.Delay(_milliseconds * requests.Count, cancellationToken).ConfigureAwait(false);
        return await _inner.ApplyAsync(requests, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
    }
}
