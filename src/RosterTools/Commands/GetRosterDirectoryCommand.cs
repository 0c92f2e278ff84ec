using System;
using System.IO;
using System.Management.Automation;
using RosterTools.Pipeline;
using RosterTools.Targets;

namespace RosterTools.Commands;

/// <summary>
/// Get-RosterDirectory: the accounts a target holds now (with their groups and licences), as New-RosterPlan reads
/// them. Help: docs/help/Get-RosterDirectory.md.
/// </summary>
[Cmdlet(VerbsCommon.Get, "RosterDirectory")]
[OutputType(typeof(DirectoryAccount))]
public sealed class GetRosterDirectoryCommand : TargetCmdlet
{
    /// <summary>Only accounts whose username, user principal name or anchor matches one of these (wildcards).</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        var target = ResolveTarget();
        var patterns = Name is null ? null : Array.ConvertAll(Name, name => new WildcardPattern(name, WildcardOptions.IgnoreCase));
        DirectorySnapshot snapshot;
        using (var directory = OpenTarget(target))
        {
            try
            {
                snapshot = directory.ReadAsync(null, StopToken).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException)
            {
                ThrowTerminatingError(ApplyErrors.Unavailable(e, target));
                return;
            }
        }

        foreach (var account in snapshot.Accounts)
        {
            if (patterns is null || Array.Exists(patterns, pattern => Matches(pattern, account)))
            {
                WriteObject(account);
            }
        }
    }

    private static bool Matches(WildcardPattern pattern, DirectoryAccount account) =>
        (account.Username is not null && pattern.IsMatch(account.Username))
        || (account.UserPrincipalName is not null && pattern.IsMatch(account.UserPrincipalName))
        || (account.Anchor is not null && pattern.IsMatch(account.Anchor));
}
