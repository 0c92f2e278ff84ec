using System;
using System.IO;
using System.Management.Automation;
using RosterTools.Targets.Entra;
using RosterTools.Pipeline;
using RosterTools.Planning;
using RosterTools.Sync;

namespace RosterTools.Commands;

/// <summary>
/// Invoke-RosterSync: the nightly job from one config file (import, validate, compare, plan, safety check,
/// provision, deprovision, save state) in the current session. Outputs the SyncSummary; its ExitCode is what a
/// scheduled task or runbook should exit with. -WhatIf lists every action the run would take and changes nothing.
/// Help: docs/help/Invoke-RosterSync.md.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "RosterSync", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(SyncSummary))]
public sealed class InvokeRosterSyncCommand : RosterCmdlet
{
    private const int ProgressActivityId = 0x5209;

    /// <summary>The sync config (YAML).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string ConfigPath { get; set; } = string.Empty;

    /// <summary>Apply a plan the safety limits block; needs -Force as well.</summary>
    [Parameter]
    public SwitchParameter OverrideSafetyLimit { get; set; }

    /// <summary>With -OverrideSafetyLimit: confirms the override was meant.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        if (OverrideSafetyLimit && !Force)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument(ErrorIds.OverrideNeedsForce, "-OverrideSafetyLimit applies a plan the safety limits block (a truncated export can disable everyone): give -Force as well to confirm it.", OverrideSafetyLimit));
        }

        var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(ConfigPath);
        SyncTargets.Register(new EntraSyncTargetKind());
        SyncConfig config;
        try
        {
            config = SyncConfigReader.Load(path);
        }
        catch (Exception e) when (e is SyncConfigException || e is IOException || e is UnauthorizedAccessException)
        {
            WriteError(SyncErrors.ConfigUnreadable(path, e));
            return;
        }

        // -WhatIf: the run plans, and lists each action as "What if"; nothing is written anywhere.
        var run = ShouldProcess($"Run the sync of {path}: import, plan, provision and deprovision into the directory it names.", "Run the sync?", "Invoke-RosterSync", out var reason);
        var whatIf = !run && reason == ShouldProcessReason.WhatIf;
        if (!run && !whatIf)
        {
            return;
        }

        var progress = new PipelineProgress<SyncProgress>(this, ProgressActivityId, $"Sync {path}", p => p.ToString(), p => p.Apply?.PercentComplete ?? -1);
        SyncSummary summary;
        try
        {
            summary = SyncRunner.Run(config, new SyncOptions { WhatIf = whatIf, OverrideSafetyLimit = OverrideSafetyLimit, Progress = progress, Confirm = action => Confirm(action, whatIf) }, StopToken);
        }
        finally
        {
            if (!StopToken.IsCancellationRequested)
            {
                progress.Complete();
            }
        }

        if (summary.Outcome is SyncOutcome.Refused or SyncOutcome.CouldNotRun)
        {
            WriteError(SyncErrors.NotDone(summary));
        }
        else if (summary.Failed > 0 || summary.Reason is not null)
        {
            WriteWarning($"The sync finished with {summary.Failed:N0} failed actions{(summary.Reason is null ? string.Empty : ": " + summary.Reason)}. Run it again to retry them; nothing done is repeated.");
        }

        WriteObject(summary);
    }

    /// <summary>One action through ShouldProcess: under -WhatIf it is listed and left out; under -Confirm the admin decides.</summary>
    private bool Confirm(PlanAction action, bool whatIf)
    {
        var target = action.Group is null ? action.Account : $"{action.Account} in {action.Group}";
        var asked = ShouldProcess(target, $"{action.Action}: {action.Reason}");
        return !whatIf && asked;
    }
}
