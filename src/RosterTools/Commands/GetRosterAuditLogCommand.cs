using System;
using System.IO;
using System.Management.Automation;
using RosterTools.Audit;
using RosterTools.Pipeline;
using RosterTools.Planning;
using RosterTools.Targets;

namespace RosterTools.Commands;

/// <summary>
/// Get-RosterAuditLog: the audit log of a state folder, oldest first, filtered by time, account, action and run:
/// who had access to what, when, and who changed it. Help: docs/help/Get-RosterAuditLog.md.
/// </summary>
[Cmdlet(VerbsCommon.Get, "RosterAuditLog")]
[OutputType(typeof(AuditEntry))]
public sealed class GetRosterAuditLogCommand : RosterCmdlet
{
    /// <summary>The state folder; the current target's when not given.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? StatePath { get; set; }

    /// <summary>Entries at or after this time.</summary>
    [Parameter]
    public DateTime? Since { get; set; }

    /// <summary>Entries before this time.</summary>
    [Parameter]
    public DateTime? Until { get; set; }

    /// <summary>Entries about this account: its name, anchor or id (wildcards).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Username", "SamAccountName")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? Account { get; set; }

    /// <summary>Entries of this action. A string, not the engine's enum: see Loading/ModuleInitializer.cs.</summary>
    [Parameter]
    [ValidateSet("Create", "Adopt", "Update", "Rename", "Move", "Enable", "Disable", "RevokeSessions", "CreateGroup", "AddMember", "RemoveMember", "AssignLicense", "RemoveLicense", "Delete")]
    public string? Action { get; set; }

    /// <summary>Entries of this run.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RunId { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        string folder;
        if (StatePath is not null)
        {
            folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(StatePath);
        }
        else if (TargetSession.Current is RosterTarget target)
        {
            folder = target.StatePath;
        }
        else
        {
            ThrowTerminatingError(ApplyErrors.NotConnected());
            return;
        }

        var query = new AuditQuery { Since = Since, Until = Until, Account = Account, RunId = RunId };
        if (Action is not null)
        {
            query.Action = (ActionType)Enum.Parse(typeof(ActionType), Action, ignoreCase: true);
        }

        try
        {
            foreach (var entry in AuditLog.Read(folder, query))
            {
                StopToken.ThrowIfCancellationRequested();
                WriteObject(entry);
            }
        }
        catch (Exception e) when (e is IOException || e is InvalidDataException || e is UnauthorizedAccessException)
        {
            ThrowTerminatingError(ApplyErrors.Audit(e, folder));
        }
    }
}
