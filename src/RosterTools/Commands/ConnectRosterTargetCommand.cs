using System;
using System.IO;
using System.Management.Automation;
using RosterTools.Pipeline;
using RosterTools.Targets;

namespace RosterTools.Commands;

/// <summary>
/// Connect-RosterTarget: chooses the directory that Invoke-Provision, Invoke-Deprovision and Get-RosterDirectory
/// work on, with its state folder, and makes it the session's current target. For now the local store
/// (-Local -StatePath); another kind of target adds its parameter set (in a partial file of this class) and its
/// case in <see cref="Create"/>, made with RosterTarget.Custom and the code that opens it. Help: docs/help/Connect-RosterTarget.md.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "RosterTarget", DefaultParameterSetName = LocalSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(RosterTarget))]
public sealed partial class ConnectRosterTargetCommand : RosterCmdlet
{
    private const string LocalSet = "Local";

    /// <summary>The local store: accounts and groups in a file in the state folder.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LocalSet)]
    public SwitchParameter Local { get; set; }

    /// <summary>The state folder: journal, audit log, lifecycle state (and, for the local store, the directory itself). Made when missing.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string StatePath { get; set; } = string.Empty;

    /// <summary>Return the target without making it the session's current one.</summary>
    [Parameter]
    public SwitchParameter NoDefault { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        var state = SessionState.Path.GetUnresolvedProviderPathFromPSPath(StatePath);
        var target = Create(state);
        if (!ShouldProcess(target.Description, "Connect"))
        {
            return;
        }

        try
        {
            // Opening checks the store can be read and is not in use; it is opened again for each run.
            using (target.Open())
            {
            }
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
        {
            ThrowTerminatingError(ApplyErrors.Unavailable(e, target));
        }

        if (!NoDefault)
        {
            TargetSession.Current = target;
        }

        WriteObject(target);
    }

    /// <summary>The target the parameter set describes: the one place where a kind of target is chosen.</summary>
    private RosterTarget Create(string state) => ParameterSetName switch
    {
        LocalSet => RosterTarget.Local(state),
        EntraSet => ConnectEntra(state),
        ActiveDirectorySet => ConnectActiveDirectory(state),
        _ => throw new PSNotSupportedException($"The parameter set {ParameterSetName} has no target."),
    };
}
