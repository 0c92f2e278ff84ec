using System.Management.Automation;
using RosterTools.Targets;
using RosterTools.Targets.ActiveDirectory;

namespace RosterTools.Commands;

/// <summary>
/// Connect-RosterTarget -ActiveDirectory: Active Directory through the ActiveDirectory module in this session
/// (its cmdlets, the admin's rights). Plans are applied and accounts read on the pipeline thread.
/// </summary>
public sealed partial class ConnectRosterTargetCommand
{
    private const string ActiveDirectorySet = "ActiveDirectory";

    /// <summary>Active Directory, through the ActiveDirectory module (Get-ADUser, New-ADUser...) in this session.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ActiveDirectorySet)]
    public SwitchParameter ActiveDirectory { get; set; }

    /// <summary>The domain controller (or domain) the AD cmdlets talk to (-Server); by default theirs.</summary>
    [Parameter(ParameterSetName = ActiveDirectorySet)]
    [ValidateNotNullOrEmpty]
    public string? Server { get; set; }

    /// <summary>The account the AD cmdlets run as (-Credential); by default the current user.</summary>
    [Parameter(ParameterSetName = ActiveDirectorySet)]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>Where Get-ADUser looks for accounts (-SearchBase), such as the district's OU; by default the whole domain.</summary>
    [Parameter(ParameterSetName = ActiveDirectorySet)]
    [ValidateNotNullOrEmpty]
    public string? SearchBase { get; set; }

    /// <summary>The AD attribute that holds the anchor (employeeID by default), as the policy's identity.attribute says.</summary>
    [Parameter(ParameterSetName = ActiveDirectorySet)]
    [ValidateNotNullOrEmpty]
    public string AnchorAttribute { get; set; } = "employeeID";

    private RosterTarget ConnectActiveDirectory(string state)
    {
        var options = new AdTargetOptions { Server = Server, SearchBase = SearchBase, AnchorAttribute = AnchorAttribute };
        var credential = Credential;
        var description = "Active Directory" + (Server is null ? string.Empty : " " + Server) + (credential is null ? string.Empty : " as " + credential.UserName);
        return RosterTarget.Custom("activedirectory", state, description, () => new RosterTools.ActiveDirectory.ActiveDirectoryTarget(options, credential));
    }
}
