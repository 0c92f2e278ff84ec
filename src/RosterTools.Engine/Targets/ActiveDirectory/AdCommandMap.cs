using System;
using System.Collections.Generic;
using RosterTools.Apply;
using RosterTools.Planning;

namespace RosterTools.Targets.ActiveDirectory;

/// <summary>
/// Maps each plan action to the ActiveDirectory module commands that carry it out, with -Server and -Credential
/// from the options: New-ADUser, Set-ADUser, Rename-ADObject, Move-ADObject, Enable-/Disable-ADAccount,
/// New-ADGroup, Add-/Remove-ADGroupMember, Remove-ADUser. The account is named by the id the run knows (its
/// objectGUID, which survives renames and moves), else by the plan's identity (its distinguished name), else by
/// its username.
/// </summary>
public static class AdCommandMap
{
    /// <summary>The commands for one request.</summary>
    public static AdActionCommands For(ActionRequest request, AdTargetOptions options)
    {
        var action = request.Action;
        var identity = request.AccountId ?? action.Identity ?? action.SamAccountName ?? action.Account;
        var anchor = action.EmployeeID ?? action.Anchor;
        AdActionCommands Run(params AdCommand[] commands) => new(action, commands);
        switch (action.Action)
        {
            case ActionType.Create:
                var create = new List<AdParameter>();
                Add(create, "Name", action.Name ?? action.SamAccountName ?? action.Account);
                Add(create, "SamAccountName", action.SamAccountName);
                Add(create, "UserPrincipalName", action.UserPrincipalName);
                Add(create, "GivenName", action.GivenName);
                Add(create, "Surname", action.Surname);
                Add(create, "DisplayName", action.DisplayName);
                Add(create, "EmailAddress", action.EmailAddress);
                Add(create, "Path", action.Path);
                AddAnchor(create, options.AnchorAttribute, anchor, forNewUser: true);
                create.Add(new AdParameter("Enabled", action.Enabled ?? true));
                create.Add(new AdParameter("AccountPassword", AdPlaceholder.AccountPassword));
                create.Add(new AdParameter("PassThru", true));
                return new AdActionCommands(action, new[] { Command("New-ADUser", create, options) }, check: anchor is null ? null : FindByAnchor(options, anchor), checkFindsDone: true);
            case ActionType.Adopt:
                var adopt = new List<AdParameter> { new("Identity", identity) };
                AddAnchor(adopt, options.AnchorAttribute, anchor, forNewUser: false);
                return Run(Command("Set-ADUser", adopt, options));
            case ActionType.Update:
                var update = new List<AdParameter> { new("Identity", identity) };
                Add(update, "GivenName", action.GivenName);
                Add(update, "Surname", action.Surname);
                Add(update, "DisplayName", action.DisplayName);
                return Run(Command("Set-ADUser", update, options));
            case ActionType.Rename:
                // Set-ADUser keeps the distinguished name, so Rename-ADObject still finds the account by it.
                var rename = new List<AdParameter> { new("Identity", identity) };
                Add(rename, "SamAccountName", action.SamAccountName);
                Add(rename, "UserPrincipalName", action.UserPrincipalName);
                Add(rename, "EmailAddress", action.EmailAddress);
                var commands = new List<AdCommand> { Command("Set-ADUser", rename, options) };
                if (action.SamAccountName is not null)
                {
                    commands.Add(Command("Rename-ADObject", new List<AdParameter> { new("Identity", identity), new("NewName", action.SamAccountName) }, options));
                }

                return Run(commands.ToArray());
            case ActionType.Move:
                return Run(Command("Move-ADObject", new List<AdParameter> { new("Identity", identity), new("TargetPath", action.Path) }, options));
            case ActionType.Enable:
                return Run(Command("Enable-ADAccount", new List<AdParameter> { new("Identity", identity) }, options));
            case ActionType.Disable:
                return Run(Command("Disable-ADAccount", new List<AdParameter> { new("Identity", identity) }, options));
            case ActionType.CreateGroup:
                var name = action.Group ?? action.Account;
                var group = new List<AdParameter> { new("Name", name), new("SamAccountName", name), new("GroupScope", "Global"), new("GroupCategory", "Security") };
                Add(group, "Path", options.GroupPath);
                return new AdActionCommands(action, new[] { Command("New-ADGroup", group, options) }, check: Command("Get-ADGroup", new List<AdParameter> { new("Filter", $"sAMAccountName -eq {Quote(name)}") }, options), checkFindsDone: true);
            case ActionType.AddMember:
                // AD groups have a single managedBy, not owners: an owner (a class's teacher) is added as a member.
                return new AdActionCommands(action, new[] { Command("Add-ADGroupMember", new List<AdParameter> { new("Identity", action.Group), new("Members", new[] { identity }) }, options) }, alreadyDoneErrors: new[] { "1378", "already a member" });
            case ActionType.RemoveMember:
                return new AdActionCommands(action, new[] { Command("Remove-ADGroupMember", new List<AdParameter> { new("Identity", action.Group), new("Members", new[] { identity }), new("Confirm", false) }, options) }, alreadyDoneErrors: new[] { "1377", "1379", "not a member" });
            case ActionType.Delete:
                return new AdActionCommands(action, new[] { Command("Remove-ADUser", new List<AdParameter> { new("Identity", identity), new("Confirm", false) }, options) }, check: anchor is null ? null : FindByAnchor(options, anchor), checkFindsDone: false, alreadyDoneErrors: new[] { "ADIdentityNotFound" });
            case ActionType.RevokeSessions:
                return new AdActionCommands(action, Array.Empty<AdCommand>(), "Active Directory has no sign-in sessions to revoke (Kerberos tickets expire on their own): nothing was run");
            default:
                return new AdActionCommands(action, Array.Empty<AdCommand>(), $"Active Directory has no {action.Action} (licences are Entra ID's): nothing was run");
        }
    }

    /// <summary>Get-ADUser for every account with the properties the planner compares (Get-RosterDirectory's read).</summary>
    public static AdCommand ReadAccounts(AdTargetOptions options)
    {
        var parameters = new List<AdParameter>
        {
            new("Filter", "*"),
            new("Properties", new[] { options.AnchorAttribute, "mail", "displayName", "givenName", "sn", "memberOf", "userPrincipalName", "enabled" }),
        };
        Add(parameters, "SearchBase", options.SearchBase);
        return Command("Get-ADUser", parameters, options);
    }

    /// <summary>Get-ADUser for the account with an anchor.</summary>
    public static AdCommand FindByAnchor(AdTargetOptions options, string anchor) =>
        Command("Get-ADUser", new List<AdParameter> { new("Filter", $"{options.AnchorAttribute} -eq {Quote(anchor)}") }, options);

    private static AdCommand Command(string name, List<AdParameter> parameters, AdTargetOptions options)
    {
        Add(parameters, "Server", options.Server);
        if (options.UseCredential)
        {
            parameters.Add(new AdParameter("Credential", AdPlaceholder.Credential));
        }

        return new AdCommand(name, parameters);
    }

    private static void Add(List<AdParameter> parameters, string name, string? value)
    {
        if (value is not null)
        {
            parameters.Add(new AdParameter(name, value));
        }
    }

    /// <summary>The anchor as New-ADUser/Set-ADUser take it: -EmployeeID or -EmployeeNumber, else -OtherAttributes (new) or -Replace (existing).</summary>
    private static void AddAnchor(List<AdParameter> parameters, string attribute, string? anchor, bool forNewUser)
    {
        if (anchor is null)
        {
            return;
        }

        if (attribute.Equals("employeeID", StringComparison.OrdinalIgnoreCase))
        {
            parameters.Add(new AdParameter("EmployeeID", anchor));
        }
        else if (attribute.Equals("employeeNumber", StringComparison.OrdinalIgnoreCase))
        {
            parameters.Add(new AdParameter("EmployeeNumber", anchor));
        }
        else
        {
            parameters.Add(new AdParameter(forNewUser ? "OtherAttributes" : "Replace", new Dictionary<string, string> { [attribute] = anchor }));
        }
    }

    /// <summary>A value in an AD -Filter string: single-quoted, quotes doubled.</summary>
    private static string Quote(string value) => "'" + value.Replace("'", "''") + "'";
}
