using RosterTools.Planning;
using RosterTools.State;
using RosterTools.Targets;

namespace RosterTools.Tests.Planning;

/// <summary>
/// Carries a plan out on an in-memory directory, every action done, so that a scenario can run night after night.
/// (The local store target, with its journal and audit log, is the real one; this only moves the scenario on.)
/// </summary>
internal static class DirectorySimulator
{
    public static DirectorySnapshot Apply(DirectorySnapshot directory, Plan plan, LifecycleState state)
    {
        var accounts = directory.Accounts.Select(Copy).ToList();
        var groups = directory.Groups.ToList();
        DirectoryAccount Find(PlanAction action) =>
            accounts.Single(account => (action.Anchor is not null && account.Anchor == action.Anchor) || (action.Identity is not null && (account.DistinguishedName ?? account.Username) == action.Identity));

        foreach (var action in plan.Actions)
        {
            switch (action.Action)
            {
                case ActionType.Create:
                    accounts.Add(new DirectoryAccount
                    {
                        Anchor = action.EmployeeID, Username = action.SamAccountName, UserPrincipalName = action.UserPrincipalName, Email = action.EmailAddress,
                        GivenName = action.GivenName, Surname = action.Surname, DisplayName = action.DisplayName, Container = action.Path, Enabled = action.Enabled ?? true,
                    });
                    break;
                case ActionType.Adopt: Find(action).Anchor = action.EmployeeID; break;
                case ActionType.Update:
                    var updated = Find(action);
                    updated.GivenName = action.GivenName ?? updated.GivenName;
                    updated.Surname = action.Surname ?? updated.Surname;
                    updated.DisplayName = action.DisplayName ?? updated.DisplayName;
                    break;
                case ActionType.Rename:
                    var renamed = Find(action);
                    renamed.Username = action.SamAccountName;
                    renamed.UserPrincipalName = action.UserPrincipalName;
                    renamed.Email = action.EmailAddress ?? renamed.Email;
                    break;
                case ActionType.Move: Find(action).Container = action.Path; break;
                case ActionType.Enable: Find(action).Enabled = true; break;
                case ActionType.Disable: Find(action).Enabled = false; break;
                case ActionType.CreateGroup: groups.Add(new DirectoryGroup { Name = action.Group! }); break;
                case ActionType.AddMember: Find(action).Groups.Add(action.Group!); break;
                case ActionType.RemoveMember: Find(action).Groups.Remove(Find(action).Groups.First(group => string.Equals(group, action.Group, StringComparison.OrdinalIgnoreCase))); break;
                case ActionType.AssignLicense: Find(action).Licenses.Add(action.License!); break;
                case ActionType.RemoveLicense: Find(action).Licenses.Remove(action.License!); break;
                case ActionType.Delete: accounts.Remove(Find(action)); break;
            }
        }

        ApplyLifecycle(plan, state, _ => true);
        return new DirectorySnapshot(accounts, groups, "simulated");
    }

    /// <summary>Applies a plan's lifecycle updates to the state: those with no action to wait for, and those whose action <paramref name="done"/> says was done.</summary>
    public static void ApplyLifecycle(Plan plan, LifecycleState state, Func<string, bool> done)
    {
        foreach (var update in plan.LifecycleUpdates.Where(update => update.AfterAction is null || done(update.AfterAction)))
        {
            switch (update.Kind)
            {
                case LifecycleUpdateKind.Leaving:
                    state.Accounts[update.Anchor] = new LifecycleRecord { Anchor = update.Anchor, LeavingSince = update.Date, LeavingReason = update.Reason, ByHand = update.ByHand };
                    break;
                case LifecycleUpdateKind.Disabled:
                    var record = state.Find(update.Anchor) ?? (state.Accounts[update.Anchor] = new LifecycleRecord { Anchor = update.Anchor });
                    record.DisabledOn = update.Date;
                    record.HomeContainer = update.HomeContainer;
                    break;
                case LifecycleUpdateKind.Cleared: state.Accounts.Remove(update.Anchor); break;
                case LifecycleUpdateKind.MemberAdded:
                    if (!state.AddedMembers.TryGetValue(update.Group!, out var anchors))
                    {
                        state.AddedMembers[update.Group!] = anchors = new HashSet<string>();
                    }

                    anchors.Add(update.Anchor);
                    break;
                case LifecycleUpdateKind.MemberRemoved:
                    if (state.AddedMembers.TryGetValue(update.Group!, out var members))
                    {
                        members.Remove(update.Anchor);
                    }

                    break;
            }
        }
    }

    private static DirectoryAccount Copy(DirectoryAccount account) => new()
    {
        Id = account.Id, Anchor = account.Anchor, Username = account.Username, UserPrincipalName = account.UserPrincipalName, Email = account.Email, GivenName = account.GivenName,
        Surname = account.Surname, DisplayName = account.DisplayName, Enabled = account.Enabled, Container = account.Container, DistinguishedName = account.DistinguishedName,
        Groups = account.Groups.ToList(), Licenses = account.Licenses.ToList(),
    };
}
