using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RosterTools.Pipeline;
using RosterTools.Planning;

namespace RosterTools.Commands;

/// <summary>
/// Resolve-RosterUserName: what the naming and placement policy gives a person, or everyone the policy manages: the
/// username, user principal name, email, display name and OU, with notes on characters transliteration dropped, names
/// cut to the length limit and collisions; names already taken in the directory (-Directory) are honoured. To tune
/// templates before the first run. Help: docs/help/Resolve-RosterUserName.md.
/// </summary>
[Cmdlet(VerbsDiagnostic.Resolve, "RosterUserName", DefaultParameterSetName = PathSet)]
[OutputType(typeof(NamePreview))]
public sealed class ResolveRosterUserNameCommand : PlanningCmdlet
{
    private const int ProgressActivityId = 0x5221;
    private readonly List<string> _sourcedIds = new();

    /// <summary>Only these SIS users (users from Import-OneRoster -Entity Users bind by property name). Everyone the policy manages when not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? SourcedId { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput() => _sourcedIds.AddRange(SourcedId ?? Array.Empty<string>());

    /// <inheritdoc/>
    protected override void EndInput()
    {
        var policy = LoadPolicy();
        var directory = policy is null ? null : LoadDirectory(policy);
        var roster = directory is null ? null : LoadRoster();
        if (roster is null)
        {
            return;
        }

        var wanted = _sourcedIds.Count == 0 ? null : _sourcedIds.Distinct(StringComparer.Ordinal).ToList();
        var progress = new PipelineProgress<PlanProgress>(this, ProgressActivityId, "Resolving names", p => $"{p.Done:N0} of {p.Total:N0} people", p => p.PercentComplete);
        IReadOnlyList<NamePreview> previews;
        try
        {
            previews = NamePreviewer.Preview(roster, policy!, directory, wanted, new PlanOptions { Today = Today ?? DateTime.Today, Progress = progress }, StopToken);
        }
        finally
        {
            if (!StopToken.IsCancellationRequested)
            {
                progress.Complete();
            }
        }

        foreach (var preview in previews)
        {
            WriteObject(preview);
        }

        foreach (var missing in wanted?.Except(previews.Select(preview => preview.SourcedId), StringComparer.Ordinal) ?? Enumerable.Empty<string>())
        {
            WriteError(PlanErrors.NotInRoster(missing));
        }
    }
}
