using System;
using System.Management.Automation;
using RosterTools.Apply;
using RosterTools.Pipeline;
using RosterTools.Planning;
using RosterTools.Sync;

namespace RosterTools.Commands;

/// <summary>
/// Invoke-RosterSync: the whole nightly job from one config file (import, validate, compare with the last snapshot,
/// plan, safety check, provision, deprovision, save the snapshot and state), for scheduled tasks and runbooks. Outputs
/// the summary, whose ExitCode a script can exit with. Help: docs/help/Invoke-RosterSync.md.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "RosterSync", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(SyncSummary))]
public sealed class InvokeRosterSyncCommand : RosterCmdlet
{
    private const int ProgressActivityId = 0x5240;

    /// <summary>The sync config (YAML): source, policy, state folder, target.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("Config")]
    [ValidateNotNullOrEmpty]
    public string ConfigPath { get; set; } = string.Empty;

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(ConfigPath);
        var progress = new PipelineProgress<ApplyProgress>(this, ProgressActivityId, "Synchronising " + path, p => p.ToString(), p => p.PercentComplete);
        var whatIf = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var bound) ? LanguagePrimitives.IsTrue(bound) : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
        SyncSummary summary;
        try
        {
            summary = SyncRunner.Run(path, new SyncOptions
            {
                WhatIf = whatIf,
                Confirm = Confirm,
                Progress = progress,
                Stage = new StageVerbose(this),
            }, StopToken);
        }
        finally
        {
            progress.Complete();
        }

        if (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }

        foreach (var message in summary.Messages)
        {
            if (summary.Outcome is SyncOutcome.Refused or SyncOutcome.CouldNotRun)
            {
                WriteError(new ErrorRecord(new InvalidOperationException(message), summary.Outcome == SyncOutcome.Refused ? "RosterSyncRefused" : "RosterSyncCouldNotRun", ErrorCategory.InvalidOperation, path));
            }
            else
            {
                WriteWarning(message);
            }
        }

        WriteObject(summary);
    }

    private bool Confirm(PlanAction action) =>
        ShouldProcess(action.Account, action.Action + (action.Group is null ? string.Empty : " in " + action.Group) + (action.License is null ? string.Empty : " " + action.License) + ": " + action.Reason);

    /// <summary>The sync's stages on the verbose stream (reported on the pipeline thread: the runner is synchronous).</summary>
    private sealed class StageVerbose : IProgress<string>
    {
        private readonly Cmdlet _cmdlet;

        public StageVerbose(Cmdlet cmdlet) => _cmdlet = cmdlet;

        public void Report(string value) => _cmdlet.WriteVerbose(value);
    }
}
