using System;
using System.IO;
using System.Management.Automation;
using RosterTools.Export;
using RosterTools.OneRoster;
using RosterTools.Pipeline;
using RosterTools.Profiles;
using RosterTools.State.Snapshots;

namespace RosterTools.Commands;

/// <summary>
/// Export-OneRoster: writes a roster as a conformant OneRoster bundle (a folder or a .zip): in another version, as a
/// delta since a reference roster, or through a vendor's data-minimisation profile; or saves it as a snapshot. Outputs
/// an ExportResult (a SnapshotInfo with -SnapshotStore). Help: docs/help/Export-OneRoster.md.
/// </summary>
[Cmdlet(VerbsData.Export, "OneRoster", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ExportResult), ParameterSetName = new[] { PathSet })]
[OutputType(typeof(SnapshotInfo), ParameterSetName = new[] { SnapshotSet })]
public sealed class ExportOneRosterCommand : RosterCmdlet
{
    private const string PathSet = "Path";
    private const string SnapshotSet = "Snapshot";
    private const int ProgressActivityId = 0x5212;

    /// <summary>The roster to write: a Roster, or the path of a bundle. Rosters from the pipeline bind here.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public object? InputObject { get; set; }

    /// <summary>Where to write: a folder, or a file whose name ends in .zip.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>The OneRoster version to write, 1.1 or 1.2 (default: the profile's, else the roster's). A string: see the loading rule.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [ValidateSet("1.1", "1.2")]
    public string? Version { get; set; }

    /// <summary>Write a delta: what changed since this roster (a Roster or a bundle path).</summary>
    [Parameter(ParameterSetName = PathSet)]
    [ValidateNotNull]
    public object? Since { get; set; }

    /// <summary>The vendor's data-minimisation profile (a YAML file).</summary>
    [Parameter(ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? Profile { get; set; }

    /// <summary>CRLF (RFC 4180; the default) or LF.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [ValidateSet("CRLF", "LF", IgnoreCase = true)]
    public string LineEnding { get; set; } = "CRLF";

    /// <summary>Replace an existing zip, or the OneRoster files of a folder that is not empty.</summary>
    [Parameter(ParameterSetName = PathSet)]
    public SwitchParameter Force { get; set; }

    /// <summary>Save the roster as a new snapshot in this store (a folder) instead of writing -Path.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SnapshotSet)]
    [ValidateNotNullOrEmpty]
    public string SnapshotStore { get; set; } = string.Empty;

    /// <summary>With -SnapshotStore: keep the newest N snapshots.</summary>
    [Parameter(ParameterSetName = SnapshotSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? KeepCount { get; set; }

    /// <summary>With -SnapshotStore: keep the snapshots of the last N days (the newest is always kept).</summary>
    [Parameter(ParameterSetName = SnapshotSet)]
    [ValidateRange(0, int.MaxValue)]
    public int? KeepDays { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        var inputs = new RosterInput(this, StopToken);
        var roster = inputs.Resolve(InputObject, nameof(InputObject));
        if (roster is null)
        {
            return;
        }

        if (ParameterSetName == SnapshotSet)
        {
            SaveSnapshot(roster);
            return;
        }

        var since = Since is null ? null : inputs.Resolve(Since, nameof(Since));
        if (Since is not null && since is null)
        {
            return;
        }

        var profile = LoadProfile();
        if (Profile is not null && profile is null)
        {
            return;
        }

        string target;
        try
        {
            target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        }
        catch (Exception e) when (e is SessionStateException || e is NotSupportedException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, Path));
            return;
        }

        var version = Version is not null && OneRosterVersions.TryParse(Version, out var asked) ? asked : profile?.Version ?? roster.Version;
        var what = $"Write a OneRoster {version.ToSpecString()} {(since is null ? "bulk" : "delta")} bundle{(profile is null ? string.Empty : " for profile '" + profile.Name + "'")} of '{roster.Source ?? "a roster"}'";
        if (!ShouldProcess(target, what))
        {
            return;
        }

        var progress = new PipelineProgress<ExportProgress>(this, ProgressActivityId, $"Writing {target}", p => $"{p.File}: {p.RowsWritten:N0} rows", p => p.PercentComplete);
        ExportResult result;
        try
        {
            result = OneRosterWriter.Write(roster, target, new ExportOptions
            {
                Version = version,
                Since = since,
                Profile = profile,
                NewLine = string.Equals(LineEnding, "LF", StringComparison.OrdinalIgnoreCase) ? "\n" : "\r\n",
                Overwrite = Force,
                Progress = progress,
            }, StopToken);
        }
        catch (IOException e) when (!Force && (Directory.Exists(target) || File.Exists(target)))
        {
            WriteError(ChangeErrors.DestinationExists(target, e));
            return;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
        {
            WriteError(ChangeErrors.Export(target, e));
            return;
        }
        finally
        {
            if (!StopToken.IsCancellationRequested)
            {
                progress.Complete();
            }
        }

        foreach (var finding in result.Findings)
        {
            WriteWarning(finding.ToString());
        }

        WriteObject(result);
    }

    private void SaveSnapshot(Roster roster)
    {
        string folder;
        try
        {
            folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(SnapshotStore);
        }
        catch (Exception e) when (e is SessionStateException || e is NotSupportedException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, SnapshotStore));
            return;
        }

        if (!ShouldProcess(folder, $"Save a snapshot of '{roster.Source ?? "a roster"}'" + (KeepCount is null && KeepDays is null ? string.Empty : " and remove the snapshots the retention does not keep")))
        {
            return;
        }

        var progress = new PipelineProgress<ExportProgress>(this, ProgressActivityId, $"Saving a snapshot in {folder}", p => $"{p.File}: {p.RowsWritten:N0} rows", p => p.PercentComplete);
        try
        {
            var snapshot = new SnapshotStore(folder).Save(roster, new SnapshotOptions { KeepCount = KeepCount, KeepDays = KeepDays, Progress = progress }, StopToken);
            WriteObject(snapshot);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
        {
            WriteError(ChangeErrors.Snapshot(folder, e));
        }
        finally
        {
            if (!StopToken.IsCancellationRequested)
            {
                progress.Complete();
            }
        }
    }

    private ExportProfile? LoadProfile()
    {
        if (Profile is null)
        {
            return null;
        }

        var path = Profile;
        try
        {
            path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Profile);
            var profile = ExportProfile.Load(path);
            foreach (var warning in profile.Warnings)
            {
                WriteWarning($"{path}: {warning}");
            }

            return profile;
        }
        catch (Exception e) when (e is ProfileException || e is IOException || e is UnauthorizedAccessException || e is SessionStateException || e is NotSupportedException)
        {
            WriteError(ChangeErrors.Profile(path, e));
            return null;
        }
    }
}
