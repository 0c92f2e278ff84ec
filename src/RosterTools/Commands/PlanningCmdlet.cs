using System;
using System.IO;
using System.Management.Automation;
using RosterTools.OneRoster;
using RosterTools.Pipeline;
using RosterTools.Policy;
using RosterTools.Targets;

namespace RosterTools.Commands;

/// <summary>
/// What New-RosterPlan and Resolve-RosterUserName share: the roster (-Roster or -Path), the policy, the directory's
/// accounts (-Directory: a CSV path or account objects) and -Today. Both gather their pipeline input first and do
/// their work once, in EndProcessing.
/// </summary>
public abstract class PlanningCmdlet : RosterCmdlet
{
    /// <summary>The parameter set of -Roster.</summary>
    protected const string RosterSet = "Roster";

    /// <summary>The parameter set of -Path.</summary>
    protected const string PathSet = "Path";

    /// <summary>The roster, from Import-OneRoster or Merge-Roster.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RosterSet)]
    [ValidateNotNull]
    public Roster? Roster { get; set; }

    /// <summary>The path of a OneRoster bundle (folder or .zip), read here.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>The district's policy file (YAML).</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string Policy { get; set; } = string.Empty;

    /// <summary>The directory's accounts: the path of a CSV (the columns Get-ADUser and Get-MgUser give), or the account objects themselves.</summary>
    [Parameter]
    public object[]? Directory { get; set; }

    /// <summary>The day grace periods, grades and graduation years count from (today by default).</summary>
    [Parameter]
    public DateTime? Today { get; set; }

    /// <summary>Reads -Directory's values and the accounts piped in.</summary>
    private protected DirectoryInput DirectoryAccounts => _directory ??= new DirectoryInput(this);

    private DirectoryInput? _directory;

    /// <summary>Does the work, once all input is in; Ctrl+C stops the pipeline as in ProcessRecord.</summary>
    protected sealed override void EndProcessing()
    {
        try
        {
            EndInput();
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>The work, in EndProcessing.</summary>
    protected abstract void EndInput();

    /// <summary>The policy; null (and the error written) when it cannot be read.</summary>
    private protected RosterPolicy? LoadPolicy()
    {
        try
        {
            return PolicyLoader.Load(SessionState.Path.GetUnresolvedProviderPathFromPSPath(Policy));
        }
        catch (Exception e) when (e is PolicyException || e is IOException || e is UnauthorizedAccessException || e is SessionStateException || e is NotSupportedException)
        {
            WriteError(PlanErrors.Policy(Policy, e));
            return null;
        }
    }

    /// <summary>The roster of -Roster, or the bundle of -Path read with a progress bar; null (and the error written) when it cannot be read.</summary>
    private protected Roster? LoadRoster() =>
        new RosterInput(this, StopToken).Resolve(ParameterSetName == RosterSet ? Roster : Path, ParameterSetName == RosterSet ? nameof(Roster) : nameof(Path));

    /// <summary>The directory snapshot of -Directory and the pipeline; null when it cannot be used (errors written).</summary>
    private protected DirectorySnapshot? LoadDirectory(RosterPolicy policy)
    {
        DirectoryAccounts.Add(Directory);
        var directory = DirectoryAccounts.Read(policy.Identity.Attribute);
        return DirectoryAccounts.Failed > 0 ? null : directory;
    }
}
