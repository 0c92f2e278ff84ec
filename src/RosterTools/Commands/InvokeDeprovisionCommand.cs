using System;
using System.IO;
using System.Management.Automation;
using RosterTools.Apply;
using RosterTools.Pipeline;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Validation;

namespace RosterTools.Commands;

/// <summary>
/// Invoke-Deprovision: carries out a plan's deprovisioning actions (Disable, RevokeSessions, RemoveMember,
/// RemoveLicense, the move to the holding container, Delete) on the target: journaled, audited, each action through
/// ShouldProcess (ConfirmImpact High) and each Delete through ShouldContinue unless -Force. Given accounts and
/// -Policy instead, it offboards them now: the engine plans the policy's leaving stages for them
/// (Planner.Offboard), and that plan is applied the same way. Help: docs/help/Invoke-Deprovision.md.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "Deprovision", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = PlanSet)]
[OutputType(typeof(ActionResult))]
public sealed class InvokeDeprovisionCommand : PlanApplyCmdlet
{
    private const string AccountsSet = "Accounts";
    private DirectoryInput? _accounts;

    /// <summary>The accounts to offboard now: Get-ADUser or Get-MgUser objects, hashtables, or Get-RosterDirectory's accounts.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = AccountsSet)]
    [ValidateNotNull]
    public PSObject? InputObject { get; set; }

    /// <summary>The policy whose deprovision section the accounts go through (YAML).</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccountsSet)]
    [ValidateNotNullOrEmpty]
    public string Policy { get; set; } = string.Empty;

    /// <summary>Why, in words: the actions, the audit log and the lifecycle state say "offboarded by hand: reason".</summary>
    [Parameter(ParameterSetName = AccountsSet)]
    public string? Reason { get; set; }

    private protected override string Activity => "Deprovisioning";

    private protected override int StageValue => (int)ApplyStages.Deprovision;

    private bool Offboarding => ParameterSetName == AccountsSet;

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        if (!Offboarding)
        {
            base.ProcessInput();
            return;
        }

        _accounts ??= new DirectoryInput(this);
        // -InputObject $users (a list given by name) is each of its accounts, as if piped.
        if (LanguagePrimitives.GetEnumerable(InputObject?.BaseObject) is { } items)
        {
            foreach (var item in items)
            {
                if (item is not null)
                {
                    _accounts.AddObject(PSObject.AsPSObject(item));
                }
            }

            return;
        }

        _accounts.AddObject(InputObject);
    }

    /// <summary>Offboards the accounts gathered from the pipeline, all in one plan; Ctrl+C stops the pipeline as in ProcessRecord.</summary>
    protected override void EndProcessing()
    {
        if (!Offboarding || _accounts is null)
        {
            return;
        }

        try
        {
            Offboard(_accounts);
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    private void Offboard(DirectoryInput input)
    {
        var policyPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Policy);
        RosterPolicy policy;
        try
        {
            policy = PolicyLoader.Load(policyPath);
        }
        catch (Exception e) when (e is PolicyException || e is IOException || e is UnauthorizedAccessException)
        {
            ThrowTerminatingError(ApplyErrors.Policy(e, policyPath));
            return;
        }

        var accounts = input.Read(policy.Identity.Attribute);
        if (accounts is null || accounts.Accounts.Count == 0)
        {
            return;
        }

        var target = ResolveTarget();
        LifecycleState state;
        try
        {
            state = LifecycleStore.Load(target.StatePath);
        }
        catch (Exception e) when (e is InvalidDataException || e is IOException || e is UnauthorizedAccessException)
        {
            ThrowTerminatingError(ApplyErrors.Unavailable(e, target));
            return;
        }

        var plan = Planner.Offboard(accounts.Accounts, policy, state, new PlanOptions(), Reason ?? string.Empty);
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

        WriteVerbose(plan.ToString());
        if (plan.Actions.Count > 0 || plan.LifecycleUpdates.Count > 0)
        {
            Apply(plan, target);
        }
    }
}
