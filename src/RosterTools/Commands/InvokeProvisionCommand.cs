using System;
using System.Collections.Generic;
using System.Management.Automation;
using RosterTools.Apply;
using RosterTools.Pipeline;
using RosterTools.Policy;

namespace RosterTools.Commands;

/// <summary>
/// Invoke-Provision: carries out a plan's provisioning actions (Create, Adopt, Update, Rename, Move, Enable,
/// CreateGroup, AddMember, AssignLicense) on the target: journaled, audited, each action through ShouldProcess.
/// Help: docs/help/Invoke-Provision.md.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "Provision", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = PlanSet)]
[OutputType(typeof(ActionResult))]
public sealed class InvokeProvisionCommand : PlanApplyCmdlet
{
    /// <summary>The policy the plan was made with: its password rules make the new accounts' passwords.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Policy { get; set; }

    /// <summary>
    /// A CSV file for the initial passwords of the accounts this run creates, to hand out first sign-ins. It must not
    /// exist; on Linux and macOS only you can read it; on Windows, put it in a folder only you can read.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? PasswordPath { get; set; }

    private protected override string Activity => "Provisioning";

    private protected override string? PasswordFilePath() => PasswordPath is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(PasswordPath);

    private protected override int StageValue => (int)ApplyStages.Provision;

    private protected override IDictionary<string, PasswordRule>? PasswordRules()
    {
        if (Policy is null)
        {
            return null;
        }

        var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Policy);
        try
        {
            return PolicyLoader.Load(path).Passwords;
        }
        catch (Exception e) when (e is PolicyException || e is System.IO.IOException || e is UnauthorizedAccessException)
        {
            ThrowTerminatingError(ApplyErrors.Policy(e, path));
            return null;
        }
    }
}
