using System.Management.Automation;
using RosterTools.Apply;

namespace RosterTools.Commands;

/// <summary>
/// Invoke-Deprovision: carries out a plan's deprovisioning actions (Disable, RevokeSessions, RemoveMember,
/// RemoveLicense, the move to the holding container, Delete) on the target: journaled, audited, each action through
/// ShouldProcess (ConfirmImpact High) and each Delete through ShouldContinue unless -Force.
/// Help: docs/help/Invoke-Deprovision.md.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "Deprovision", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(ActionResult))]
public sealed class InvokeDeprovisionCommand : PlanApplyCmdlet
{
    private protected override string Activity => "Deprovisioning";

    private protected override int StageValue => (int)ApplyStages.Deprovision;
}
