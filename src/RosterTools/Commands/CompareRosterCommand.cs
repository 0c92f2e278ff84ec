using System;
using System.Management.Automation;
using RosterTools.Compare;
using RosterTools.OneRoster;
using RosterTools.Pipeline;

namespace RosterTools.Commands;

/// <summary>
/// Compare-Roster: the differences between two rosters (or bundles), as RosterChange objects: records added,
/// removed or modified with their old and new values, and the person-level changes (school, role, grade, name,
/// enabled, classes joined and left). -SnapshotStore compares with the latest snapshot. Help: docs/help/Compare-Roster.md.
/// </summary>
[Cmdlet(VerbsData.Compare, "Roster", DefaultParameterSetName = ReferenceSet)]
[OutputType(typeof(RosterChange))]
public sealed class CompareRosterCommand : RosterCmdlet
{
    private const string ReferenceSet = "Reference";
    private const string SnapshotSet = "Snapshot";
    private const int ProgressActivityId = 0x5211;

    private Roster? _reference;
    private bool _referenceRead;

    /// <summary>The roster before: a Roster, or the path of a bundle (folder or .zip).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ReferenceSet)]
    [ValidateNotNull]
    public object? Reference { get; set; }

    /// <summary>The roster after: a Roster, or the path of a bundle. Rosters from the pipeline bind here.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = ReferenceSet, ValueFromPipeline = true)]
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = SnapshotSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public object? Difference { get; set; }

    /// <summary>Compare with the latest snapshot in this store (see Export-OneRoster -SnapshotStore) instead of -Reference.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SnapshotSet)]
    [ValidateNotNullOrEmpty]
    public string SnapshotStore { get; set; } = string.Empty;

    /// <summary>Only these collections, and Persons for the person-level changes. Strings, not the engine's enum: see the loading rule.</summary>
    [Parameter]
    [ValidateSet("Orgs", "AcademicSessions", "Courses", "Classes", "Users", "UserProfiles", "Roles", "Enrollments", "Demographics", "Persons", IgnoreCase = true)]
    public string[]? Entity { get; set; }

    /// <summary>Compare only these properties (column names, extension columns, person-level names; wildcards).</summary>
    [Parameter]
    [SupportsWildcards]
    public string[]? Property { get; set; }

    /// <summary>Leave these properties out (wildcards).</summary>
    [Parameter]
    [SupportsWildcards]
    public string[]? ExcludeProperty { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        var inputs = new RosterInput(this, StopToken);
        if (!_referenceRead)
        {
            _referenceRead = true;
            _reference = ParameterSetName == SnapshotSet ? inputs.Latest(SnapshotStore) : inputs.Resolve(Reference, nameof(Reference));
        }

        var reference = _reference;
        var difference = inputs.Resolve(Difference, nameof(Difference));
        if (reference is null || difference is null)
        {
            return;
        }

        var progress = new PipelineProgress<CompareProgress>(this, ProgressActivityId, "Comparing rosters", p => $"{p.Entity}: {p.Changes:N0} changes", p => p.PercentComplete);
        var options = new CompareOptions { Entities = Entity, Properties = Property, ExcludeProperties = ExcludeProperty, Progress = progress };
        try
        {
            foreach (var change in RosterComparer.Compare(reference, difference, options, StopToken))
            {
                WriteObject(change);
            }
        }
        finally
        {
            if (!StopToken.IsCancellationRequested)
            {
                progress.Complete();
            }
        }
    }
}
