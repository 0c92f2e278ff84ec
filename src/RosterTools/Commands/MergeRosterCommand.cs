using System;
using System.Management.Automation;
using RosterTools.Merge;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Pipeline;
using RosterTools.Validation;

namespace RosterTools.Commands;

/// <summary>
/// Merge-Roster: applies a delta roster (or bundle) onto a base roster, or onto the latest snapshot, and outputs the
/// merged Roster, validated like an import; its findings go to the warning and error streams and what happened to
/// each collection to the verbose stream. Help: docs/help/Merge-Roster.md.
/// </summary>
[Cmdlet(VerbsData.Merge, "Roster", DefaultParameterSetName = BaseSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(Roster))]
public sealed class MergeRosterCommand : RosterCmdlet
{
    private const string BaseSet = "Base";
    private const string SnapshotSet = "Snapshot";

    private Roster? _base;
    private bool _baseRead;

    /// <summary>The roster the delta applies to: a Roster, or the path of a bundle.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = BaseSet)]
    [ValidateNotNull]
    public object? Base { get; set; }

    /// <summary>The delta: a Roster, or the path of a delta bundle. Rosters from the pipeline bind here.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = BaseSet, ValueFromPipeline = true)]
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = SnapshotSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public object? Delta { get; set; }

    /// <summary>Apply the delta to the latest snapshot in this store instead of -Base.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SnapshotSet)]
    [ValidateNotNullOrEmpty]
    public string SnapshotStore { get; set; } = string.Empty;

    /// <summary>Output no roster when the merged roster has any error: its error findings and a terminating error instead.</summary>
    [Parameter]
    public SwitchParameter Strict { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        var inputs = new RosterInput(this, StopToken);
        if (!_baseRead)
        {
            _baseRead = true;
            _base = ParameterSetName == SnapshotSet ? inputs.Latest(SnapshotStore) : inputs.Resolve(Base, nameof(Base));
        }

        var @base = _base;
        var delta = inputs.Resolve(Delta, nameof(Delta));
        if (@base is null || delta is null || !ShouldProcess(@base.Source ?? "the base roster", $"Merge the delta roster '{delta.Source ?? "from memory"}'"))
        {
            return;
        }

        MergeResult result;
        try
        {
            result = RosterMerger.Merge(@base, delta, new MergeOptions { Strict = Strict }, StopToken);
        }
        catch (RosterValidationException e)
        {
            WriteFindings(e.Findings);
            ThrowTerminatingError(ChangeErrors.Merge(e, e.BundlePath));
            return;
        }
        catch (ArgumentException e)
        {
            WriteError(ChangeErrors.Merge(e, delta.Source));
            return;
        }

        foreach (var collection in result.Collections)
        {
            WriteVerbose($"{collection.Entity} ({collection.Mode.ToString().ToLowerInvariant()}): {collection.Added:N0} added, {collection.Updated:N0} updated, {collection.Removed:N0} removed, {collection.CascadeRemoved:N0} removed with what they belonged to, {collection.Stale:N0} stale rows skipped; {collection.Count:N0} records.");
        }

        WriteFindings(result.Roster.Findings);
        WriteObject(result.Roster);
    }

    private void WriteFindings(FindingCollection findings)
    {
        foreach (var finding in findings)
        {
            if (finding.Severity == Severity.Error)
            {
                WriteError(ErrorRecords.Finding(finding));
            }
            else
            {
                WriteWarning(finding.ToString());
            }
        }
    }
}
