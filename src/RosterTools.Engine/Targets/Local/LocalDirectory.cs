using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.Apply;
using RosterTools.Planning;

namespace RosterTools.Targets.Local;

/// <summary>
/// The accounts and groups of the local store in memory, with the lookups an action needs (id, anchor, username,
/// user principal name). <see cref="Execute"/> decides what an action does (Done with the change to make,
/// AlreadyDone, Failed); <see cref="Apply"/> makes a change, both for a new action and when the change log is
/// replayed at load.
/// </summary>
internal sealed class LocalDirectory
{
    private readonly Dictionary<string, DirectoryAccount> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DirectoryAccount> _byAnchor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectoryAccount> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LocalGroup> _groups = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<DirectoryAccount> Accounts => _byId.Values;

    public IEnumerable<LocalGroup> Groups => _groups.Values;

    public int AccountCount => _byId.Count;

    /// <summary>Adds an account read from the store file.</summary>
    public void Load(DirectoryAccount account) => Index(account);

    /// <summary>Adds a group read from the store file.</summary>
    public void Load(LocalGroup group) => _groups[group.Name] = group;

    /// <summary>What <paramref name="request"/> does here: the result, and the change to make when it is Done.</summary>
    public (ActionResult Result, LocalChange? Change) Execute(ActionRequest request)
    {
        var action = request.Action;
        if (action.Action == ActionType.CreateGroup)
        {
            var name = action.Group ?? action.Account;
            return _groups.ContainsKey(name)
                ? (ActionResult.For(action, ActionStatus.AlreadyDone, $"the group '{name}' exists"), null)
                : (ActionResult.For(action, ActionStatus.Done, $"created group '{name}'"), new LocalChange { Op = ActionType.CreateGroup, Group = name, AccountId = NewId() });
        }

        if (action.Action == ActionType.Create)
        {
            return Create(action);
        }

        var account = Find(request);
        if (account is null)
        {
            return action.Action == ActionType.Delete
                ? (ActionResult.For(action, ActionStatus.AlreadyDone, "no such account"), null)
                : (ActionResult.For(action, ActionStatus.Failed, error: $"the account '{action.Identity ?? action.Anchor ?? action.Account}' does not exist"), null);
        }

        var change = new LocalChange { Op = action.Action, AccountId = account.Id };
        string? already = null;
        string done;
        switch (action.Action)
        {
            case ActionType.Adopt:
                change.Anchor = action.EmployeeID ?? action.Anchor;
                if (change.Anchor is not null && _byAnchor.TryGetValue(change.Anchor, out var holder) && holder != account)
                {
                    return Fail(action, $"the anchor '{change.Anchor}' is already on '{holder.Label}'");
                }

                already = account.Anchor == change.Anchor ? "the anchor is set" : null;
                done = $"anchor {account.Anchor ?? "(none)"} → {change.Anchor}";
                break;
            case ActionType.Update:
                change.GivenName = action.GivenName ?? After(action, "GivenName") ?? account.GivenName;
                change.Surname = action.Surname ?? After(action, "Surname") ?? account.Surname;
                change.DisplayName = action.DisplayName ?? After(action, "DisplayName") ?? account.DisplayName;
                already = change.GivenName == account.GivenName && change.Surname == account.Surname && change.DisplayName == account.DisplayName ? "the names are set" : null;
                done = "updated names";
                break;
            case ActionType.Rename:
                change.Username = action.SamAccountName ?? action.MailNickname ?? After(action, "Username") ?? account.Username;
                change.UserPrincipalName = action.UserPrincipalName ?? After(action, "UserPrincipalName") ?? account.UserPrincipalName;
                change.Email = action.EmailAddress ?? After(action, "Email") ?? account.Email;
                if ((NameTaken(change.Username, account) ?? NameTaken(change.UserPrincipalName, account)) is { } taken)
                {
                    return Fail(action, $"the name '{taken}' is in use by another account");
                }

                already = Same(change.Username, account.Username) && Same(change.UserPrincipalName, account.UserPrincipalName) && Same(change.Email, account.Email) ? "the names are set" : null;
                done = $"renamed {account.Username} → {change.Username}";
                break;
            case ActionType.Move:
                change.Container = action.Path ?? After(action, "Container");
                already = Same(change.Container, account.Container) ? "already in " + change.Container : null;
                done = $"moved to {change.Container}";
                break;
            case ActionType.Enable:
            case ActionType.Disable:
                change.Enabled = action.Action == ActionType.Enable;
                already = account.Enabled == change.Enabled ? (account.Enabled ? "already enabled" : "already disabled") : null;
                done = account.Enabled ? "disabled" : "enabled";
                break;
            case ActionType.RevokeSessions:
                return (ActionResult.For(action, ActionStatus.AlreadyDone, "the local store keeps no sign-in sessions"), null);
            case ActionType.AddMember:
            case ActionType.RemoveMember:
                change.Group = action.Group;
                change.Role = action.MemberRole;
                if (action.Group is null || !_groups.TryGetValue(action.Group, out var group))
                {
                    return Fail(action, $"the group '{action.Group}' does not exist");
                }

                var member = account.IsMemberOf(group.Name);
                already = action.Action == ActionType.AddMember
                    ? (member && (action.MemberRole != MemberRole.Owner || group.Owners.Contains(account.Id!)) ? "already a member" : null)
                    : (member ? null : "not a member");
                done = action.Action == ActionType.AddMember ? $"added to {group.Name}" : $"removed from {group.Name}";
                break;
            case ActionType.AssignLicense:
            case ActionType.RemoveLicense:
                change.License = action.License;
                var has = account.Licenses.Contains(action.License!, StringComparer.OrdinalIgnoreCase);
                already = action.Action == ActionType.AssignLicense ? (has ? "already assigned" : null) : (has ? null : "not assigned");
                done = (action.Action == ActionType.AssignLicense ? "assigned " : "removed ") + action.License;
                break;
            case ActionType.Delete:
                done = "deleted";
                break;
            default:
                return Fail(action, $"the local store does not carry out {action.Action}");
        }

        var result = already is null ? ActionResult.For(action, ActionStatus.Done, done) : ActionResult.For(action, ActionStatus.AlreadyDone, already);
        result.AccountId = account.Id;
        return (result, already is null ? change : null);
    }

    /// <summary>Makes a change. Replaying a change the state already holds changes nothing.</summary>
    public void Apply(LocalChange change)
    {
        if (change.Op == ActionType.CreateGroup)
        {
            if (!_groups.ContainsKey(change.Group!))
            {
                _groups[change.Group!] = new LocalGroup(change.Group!, change.AccountId);
            }

            return;
        }

        if (change.Op == ActionType.Create)
        {
            if (_byId.TryGetValue(change.AccountId!, out var previous))
            {
                Unindex(previous);
            }

            Index(new DirectoryAccount
            {
                Id = change.AccountId, Anchor = change.Anchor, Username = change.Username, UserPrincipalName = change.UserPrincipalName, Email = change.Email,
                GivenName = change.GivenName, Surname = change.Surname, DisplayName = change.DisplayName, Container = change.Container, Enabled = change.Enabled ?? true,
            });
            return;
        }

        if (!_byId.TryGetValue(change.AccountId!, out var account))
        {
            return;
        }

        switch (change.Op)
        {
            case ActionType.Adopt:
                Unindex(account);
                account.Anchor = change.Anchor;
                Index(account);
                break;
            case ActionType.Update:
                account.GivenName = change.GivenName;
                account.Surname = change.Surname;
                account.DisplayName = change.DisplayName;
                break;
            case ActionType.Rename:
                Unindex(account);
                account.Username = change.Username;
                account.UserPrincipalName = change.UserPrincipalName;
                account.Email = change.Email;
                Index(account);
                break;
            case ActionType.Move:
                account.Container = change.Container;
                break;
            case ActionType.Enable:
            case ActionType.Disable:
                account.Enabled = change.Enabled ?? account.Enabled;
                break;
            case ActionType.AddMember:
                if (!account.IsMemberOf(change.Group!))
                {
                    account.Groups.Add(change.Group!);
                }

                if (change.Role == MemberRole.Owner && _groups.TryGetValue(change.Group!, out var owned))
                {
                    owned.Owners.Add(account.Id!);
                }

                break;
            case ActionType.RemoveMember:
                RemoveAll(account.Groups, change.Group!);
                if (_groups.TryGetValue(change.Group!, out var left))
                {
                    left.Owners.Remove(account.Id!);
                }

                break;
            case ActionType.AssignLicense:
                if (!account.Licenses.Contains(change.License!, StringComparer.OrdinalIgnoreCase))
                {
                    account.Licenses.Add(change.License!);
                }

                break;
            case ActionType.RemoveLicense:
                RemoveAll(account.Licenses, change.License!);
                break;
            case ActionType.Delete:
                Unindex(account);
                foreach (var group in _groups.Values)
                {
                    group.Owners.Remove(account.Id!);
                }

                break;
        }
    }

    private (ActionResult, LocalChange?) Create(PlanAction action)
    {
        var anchor = action.EmployeeID ?? action.Anchor;
        if (anchor is not null && _byAnchor.TryGetValue(anchor, out var existing))
        {
            var result = ActionResult.For(action, ActionStatus.AlreadyDone, $"an account with anchor {anchor} exists ({existing.Label})");
            result.AccountId = existing.Id;
            return (result, null);
        }

        var username = action.SamAccountName ?? action.MailNickname ?? action.Name ?? action.Account;
        if ((NameTaken(username, null) ?? NameTaken(action.UserPrincipalName, null)) is { } taken)
        {
            return Fail(action, $"the name '{taken}' is in use by another account");
        }

        var change = new LocalChange
        {
            Op = ActionType.Create, AccountId = NewId(), Anchor = anchor, Username = username, UserPrincipalName = action.UserPrincipalName, Email = action.EmailAddress,
            GivenName = action.GivenName, Surname = action.Surname, DisplayName = action.DisplayName, Container = action.Path, Enabled = action.Enabled ?? true,
        };
        var created = ActionResult.For(action, ActionStatus.Done, "created id=" + change.AccountId);
        created.AccountId = change.AccountId;
        return (created, change);
    }

    private DirectoryAccount? Find(ActionRequest request)
    {
        var action = request.Action;
        if (request.AccountId is not null && _byId.TryGetValue(request.AccountId, out var byId))
        {
            return byId;
        }

        if (action.Anchor is not null && _byAnchor.TryGetValue(action.Anchor, out var byAnchor))
        {
            return byAnchor;
        }

        var identity = action.Identity ?? action.Account;
        if (_byId.TryGetValue(identity, out var account) || _byName.TryGetValue(identity, out account))
        {
            return account;
        }

        // Adopted and renamed accounts are also found by the anchor the action sets.
        return action.EmployeeID is not null && _byAnchor.TryGetValue(action.EmployeeID, out var adopted) ? adopted : null;
    }

    private string? NameTaken(string? name, DirectoryAccount? self) =>
        name is not null && _byName.TryGetValue(name, out var holder) && holder != self ? name : null;

    private void Index(DirectoryAccount account)
    {
        _byId[account.Id!] = account;
        if (account.Anchor is not null)
        {
            _byAnchor[account.Anchor] = account;
        }

        if (account.Username is not null)
        {
            _byName[account.Username] = account;
        }

        if (account.UserPrincipalName is not null)
        {
            _byName[account.UserPrincipalName] = account;
        }
    }

    private void Unindex(DirectoryAccount account)
    {
        _byId.Remove(account.Id!);
        RemoveIf(_byAnchor, account.Anchor, account);
        RemoveIf(_byName, account.Username, account);
        RemoveIf(_byName, account.UserPrincipalName, account);
    }

    private static void RemoveIf(Dictionary<string, DirectoryAccount> index, string? key, DirectoryAccount account)
    {
        if (key is not null && index.TryGetValue(key, out var held) && held == account)
        {
            index.Remove(key);
        }
    }

    private static void RemoveAll(IList<string> list, string value)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (string.Equals(list[i], value, StringComparison.OrdinalIgnoreCase))
            {
                list.RemoveAt(i);
            }
        }
    }

    private static string? After(PlanAction action, string attribute) =>
        action.Changes.FirstOrDefault(change => string.Equals(change.Attribute, attribute, StringComparison.OrdinalIgnoreCase))?.After;

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string NewId() => Guid.NewGuid().ToString();

    private static (ActionResult, LocalChange?) Fail(PlanAction action, string error) => (ActionResult.For(action, ActionStatus.Failed, error: error), null);
}

/// <summary>A group of the local store: its name, id and owners (members are on the accounts).</summary>
internal sealed class LocalGroup
{
    public LocalGroup(string name, string? id)
    {
        Name = name;
        Id = id ?? Guid.NewGuid().ToString();
    }

    public string Name { get; }

    public string Id { get; }

    /// <summary>The ids of the accounts that own the group.</summary>
    public HashSet<string> Owners { get; } = new(StringComparer.OrdinalIgnoreCase);
}
