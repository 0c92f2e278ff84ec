using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using RosterTools.Pipeline;
using RosterTools.Planning;
using RosterTools.State;
using RosterTools.Validation;

namespace RosterTools.Commands;

/// <summary>
/// New-RosterPlan: the roster, the directory's accounts (piped from Get-ADUser or Get-MgUser, or a CSV) and the policy
/// give a Plan: every action to create, update, move, disable and delete accounts, memberships and licences, each with
/// its reason. Nothing in the directory changes; -OutFile saves the plan as JSON. Conflicts are written as errors,
/// notes as warnings, a plan the safety limits block as an error (the plan is still output). Help: docs/help/New-RosterPlan.md.
/// </summary>
[Cmdlet(VerbsCommon.New, "RosterPlan", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(Plan))]
public sealed class NewRosterPlanCommand : PlanningCmdlet
{
    private const int ProgressActivityId = 0x5220;

    /// <summary>A directory account from the pipeline: what Get-ADUser, Get-MgUser or Import-Csv output.</summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>The state folder (lifecycle.json): since when people are missing, when accounts were disabled. Only read.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? StatePath { get; set; }

    /// <summary>Also save the plan as JSON to this file, to review now and apply later.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutFile { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput() => DirectoryAccounts.AddObject(InputObject);

    /// <inheritdoc/>
    protected override void EndInput()
    {
        if (!DirectoryAccounts.IsGiven(MyInvocation.ExpectingInput) && Directory is null)
        {
            ThrowTerminatingError(PlanErrors.DirectoryMissingRecord());
        }

        var policy = LoadPolicy();
        var directory = policy is null ? null : LoadDirectory(policy);
        var state = LoadState();
        var roster = policy is null || directory is null || state is null ? null : LoadRoster();
        if (roster is null)
        {
            return;
        }

        var progress = new PipelineProgress<PlanProgress>(this, ProgressActivityId, "Planning " + (roster.Source ?? "the roster"), p => $"{p.Stage}: {p.Done:N0} of {p.Total:N0}", p => p.PercentComplete);
        Plan plan;
        try
        {
            plan = Planner.Create(roster, directory!, policy!, state!, new PlanOptions { Today = Today ?? DateTime.Today, Progress = progress }, StopToken);
        }
        finally
        {
            if (!StopToken.IsCancellationRequested)
            {
                progress.Complete();
            }
        }

        foreach (var finding in plan.Findings)
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

        if (plan.Blocked)
        {
            WriteError(PlanErrors.Blocked(plan, string.Join("; ", plan.BlockedReasons)));
        }

        WriteVerbose(plan.ToString());
        Save(plan);
        WriteObject(plan);
    }

    private LifecycleState? LoadState()
    {
        if (StatePath is null)
        {
            return new LifecycleState();
        }

        try
        {
            return LifecycleStore.Load(SessionState.Path.GetUnresolvedProviderPathFromPSPath(StatePath));
        }
        catch (Exception e) when (e is InvalidDataException || e is IOException || e is UnauthorizedAccessException || e is SessionStateException || e is NotSupportedException)
        {
            WriteError(PlanErrors.State(StatePath, e));
            return null;
        }
    }

    private void Save(Plan plan)
    {
        if (OutFile is null)
        {
            return;
        }

        try
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
            if (ShouldProcess(path, $"Save the plan ({plan.Actions.Count:N0} actions)"))
            {
                AtomicFile.Write(path, stream => PlanJson.Write(stream, plan));
            }
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is SessionStateException || e is NotSupportedException)
        {
            WriteError(PlanErrors.Write(OutFile, e));
        }
    }
}
