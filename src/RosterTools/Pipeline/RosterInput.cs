using System;
using System.IO;
using System.Management.Automation;
using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.State.Snapshots;

namespace RosterTools.Pipeline;

/// <summary>
/// Turns what Compare-Roster, Merge-Roster and Export-OneRoster are given into a Roster: a Roster as it is; a path
/// (a string, a FileInfo or DirectoryInfo from Get-Item, a SnapshotInfo) read as a bundle, relative to the current
/// location, with a progress bar and one warning that sums up its findings. What cannot be used is a non-terminating
/// error, and null is returned.
/// </summary>
internal sealed class RosterInput
{
    private const int ProgressActivityId = 0x5210;
    private readonly PSCmdlet _cmdlet;
    private readonly CancellationToken _cancellationToken;

    public RosterInput(PSCmdlet cmdlet, CancellationToken cancellationToken)
    {
        _cmdlet = cmdlet;
        _cancellationToken = cancellationToken;
    }

    public Roster? Resolve(object? input, string parameter)
    {
        var value = input is PSObject wrapped ? wrapped.BaseObject : input;
        switch (value)
        {
            case Roster roster:
                return roster;
            case SnapshotInfo snapshot:
                return Read(snapshot.Path, snapshot.Path);
            case FileSystemInfo item:
                return Read(item.FullName, item.FullName);
            case string path when path.Length > 0:
                return Read(path, null);
            default:
                _cmdlet.WriteError(ChangeErrors.InputInvalid(value, parameter));
                return null;
        }
    }

    /// <summary>The latest snapshot of a store, read back; null (and an error written) when there is none.</summary>
    public Roster? Latest(string storePath)
    {
        string folder;
        SnapshotInfo? latest;
        try
        {
            folder = _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(storePath);
            latest = new SnapshotStore(folder).Latest();
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is SessionStateException || e is NotSupportedException)
        {
            _cmdlet.WriteError(ChangeErrors.Snapshot(storePath, e));
            return null;
        }

        if (latest is null)
        {
            _cmdlet.WriteError(ChangeErrors.StoreEmpty(folder));
            return null;
        }

        _cmdlet.WriteVerbose($"Using the latest snapshot of '{folder}': {latest}.");
        return Read(latest.Path, latest.Path);
    }

    private Roster? Read(string path, string? resolved)
    {
        if (resolved is null)
        {
            try
            {
                resolved = _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                if (!string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase))
                {
                    _cmdlet.WriteError(ErrorRecords.PathNotFileSystem(path, provider));
                    return null;
                }
            }
            catch (Exception e) when (e is SessionStateException || e is NotSupportedException)
            {
                _cmdlet.WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
                return null;
            }
        }

        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            _cmdlet.WriteError(ErrorRecords.PathNotFound(path, wildcard: false));
            return null;
        }

        var progress = new PipelineProgress<ImportProgress>(_cmdlet, ProgressActivityId, $"Importing {resolved}", p => $"{p.File}: {p.RecordsRead:N0} records", p => p.PercentComplete);
        try
        {
            var roster = OneRosterReader.Read(resolved, ImportSettings.For(strict: false, progress), _cancellationToken);
            if (roster.ErrorCount + roster.WarningCount > 0)
            {
                _cmdlet.WriteWarning($"'{resolved}' has {roster.ErrorCount:N0} errors and {roster.WarningCount:N0} warnings; what could be read is used. Test-OneRoster '{resolved}' lists them.");
            }

            return roster;
        }
        catch (Exception e) when (e is BundleReadException || e is IOException || e is UnauthorizedAccessException)
        {
            _cmdlet.WriteError(ErrorRecords.BundleUnreadable(resolved, e));
            return null;
        }
        finally
        {
            if (!_cancellationToken.IsCancellationRequested)
            {
                progress.Complete();
            }
        }
    }
}
