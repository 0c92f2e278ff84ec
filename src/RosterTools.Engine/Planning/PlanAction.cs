using System.Collections.Generic;

namespace RosterTools.Planning;

/// <summary>
/// One thing a plan does to a directory, with the reason in words and the SIS record behind it. The properties
/// named as Active Directory's and Graph's cmdlets name their parameters (SamAccountName, UserPrincipalName,
/// GivenName, Surname, DisplayName, Path, EmployeeID, Enabled...) are filled where the action sets them, so that a
/// Create action can be piped to New-ADUser and an Update to Set-ADUser.
/// </summary>
public sealed class PlanAction
{
    /// <summary>A stable id: the same action in another plan has the same id (the journal relies on it).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>What the action does. (Not named Type: New-ADUser would bind that to its -Type parameter.)</summary>
    public ActionType Action { get; set; }

    /// <summary>Whether Invoke-Provision or Invoke-Deprovision carries it out.</summary>
    public ActionStage Stage { get; set; }

    /// <summary>The account, as people know it (its username, or the user principal name).</summary>
    public string Account { get; set; } = string.Empty;

    /// <summary>The existing account, as the directory finds it (distinguished name, id or username); null for a new one.</summary>
    public string? Identity { get; set; }

    /// <summary>The anchor: what ties the account to its SIS person.</summary>
    public string? Anchor { get; set; }

    /// <summary>The SIS record behind the action (the user's sourcedId); null for actions on accounts no longer in the SIS.</summary>
    public string? SourcedId { get; set; }

    /// <summary>The school of the person, for summaries (its identifier, else its name).</summary>
    public string? School { get; set; }

    /// <summary>Why, in words: "not in SIS bulk export of 2026-11-21, disabled 31 days ago, grace period 30 days".</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>The attributes the action sets, before and after.</summary>
    public IList<AttributeChange> Changes { get; set; } = new List<AttributeChange>();

    /// <summary>The ids of actions that must be done first (add to a group after the account is created).</summary>
    public IList<string> DependsOn { get; set; } = new List<string>();

    /// <summary>The account's name in the directory (New-ADUser -Name): the username.</summary>
    public string? Name { get; set; }

    /// <summary>The username (sAMAccountName).</summary>
    public string? SamAccountName { get; set; }

    /// <summary>The mail nickname (Entra); the username.</summary>
    public string? MailNickname { get; set; }

    /// <summary>The user principal name.</summary>
    public string? UserPrincipalName { get; set; }

    /// <summary>The email address.</summary>
    public string? EmailAddress { get; set; }

    /// <summary>The given name.</summary>
    public string? GivenName { get; set; }

    /// <summary>The surname.</summary>
    public string? Surname { get; set; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The container (OU distinguished name, or administrative unit) the account goes to.</summary>
    public string? Path { get; set; }

    /// <summary>The anchor attribute's value to set (employeeId by default).</summary>
    public string? EmployeeID { get; set; }

    /// <summary>Whether the account is enabled after the action (Create, Enable, Disable).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The group of a membership action.</summary>
    public string? Group { get; set; }

    /// <summary>Member or owner, for membership actions.</summary>
    public MemberRole? MemberRole { get; set; }

    /// <summary>The licence SKU of a licence action.</summary>
    public string? License { get; set; }

    /// <summary>The role whose password rule makes the new account's password (the password itself is never in a plan).</summary>
    public string? PasswordRule { get; set; }

    /// <summary>"Create jdoe: reason".</summary>
    public override string ToString() => $"{Action} {Account}{(Group is null ? string.Empty : " in " + Group)}{(License is null ? string.Empty : " " + License)}: {Reason}";
}
