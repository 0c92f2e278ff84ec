using System;
using System.Globalization;
using System.Linq;
using RosterTools.Policy;
using RosterTools.State;
using RosterTools.Targets;

namespace RosterTools.Planning;

/// <summary>
/// The stages an account goes through once its person left, as the policy's deprovision section says: noted as
/// leaving, disabled (at once or after some days) with sessions revoked, memberships and licences removed and the
/// account moved to the holding container, and deleted after the grace period.
/// </summary>
internal sealed class Deprovisioner
{
    private readonly DeprovisionPolicy _policy;
    private readonly LifecycleState _state;
    private readonly DateTime _today;
    private readonly ActionBuilder _actions;
    private readonly GroupPlanner _groups;
    private readonly LicensePlanner _licenses;
    private readonly PlanSummary _summary;

    public Deprovisioner(DeprovisionPolicy policy, LifecycleState state, DateTime today, ActionBuilder actions, GroupPlanner groups, LicensePlanner licenses, PlanSummary summary)
    {
        _policy = policy;
        _state = state;
        _today = today.Date;
        _actions = actions;
        _groups = groups;
        _licenses = licenses;
        _summary = summary;
    }

    /// <summary>Plans what happens today to an account whose person is leaving for <paramref name="why"/>.</summary>
    public void Leaving(DirectoryAccount account, string anchor, string why, string? sourcedId, string? school)
    {
        var record = _state.Find(anchor);
        var since = record?.LeavingSince ?? _today;
        if (record?.LeavingSince is null)
        {
            _actions.Update(new LifecycleUpdate { Kind = LifecycleUpdateKind.Leaving, Anchor = anchor, Date = _today, Reason = why });
        }

        var days = (_today - since).Days;
        var seen = days == 0 ? "first seen today" : $"first seen {since:yyyy-MM-dd}, {Days(days)} ago";
        if (account.Enabled)
        {
            if (days < _policy.DisableAfterDays)
            {
                _summary.WaitingToDisable++;
                return;
            }

            var after = _policy.DisableAfterDays == 0 ? "the policy disables at once" : $"the policy disables after {Days(_policy.DisableAfterDays)}";
            Disable(account, anchor, $"{why} ({seen}); {after}", sourcedId, school);
            return;
        }

        if (_policy.DeleteAfterDays is int grace)
        {
            var disabledOn = record?.DisabledOn ?? since;
            var disabledDays = (_today - disabledOn).Days;
            if (disabledDays >= grace)
            {
                _actions.Add(
                    new PlanAction
                    {
                        Action = ActionType.Delete,
                        Account = account.Label,
                        Identity = IdentityOf(account),
                        Anchor = anchor,
                        SourcedId = sourcedId,
                        School = school,
                        Reason = $"{why}, disabled {Days(disabledDays)} ago, grace period {Days(grace)}",
                    },
                    account);
            }
        }
    }

    /// <summary>The account's identity as targets find it: distinguished name, id, or username.</summary>
    public static string? IdentityOf(DirectoryAccount account) => account.DistinguishedName ?? account.Id ?? account.Username ?? account.UserPrincipalName;

    /// <summary>
    /// Plans an account offboarded by hand: the policy's leaving stages now (the admin asked for it, so the waiting
    /// period before the disable does not apply). The delete is not planned: it follows the grace period in the
    /// nightly runs, counted from the dates this records. An account already disabled loses what it still has.
    /// </summary>
    public void Offboard(DirectoryAccount account, string anchor, string why)
    {
        var record = _state.Find(anchor);
        if (record?.LeavingSince is null)
        {
            _actions.Update(new LifecycleUpdate { Kind = LifecycleUpdateKind.Leaving, Anchor = anchor, Date = _today, Reason = why, ByHand = true });
        }

        if (account.Enabled)
        {
            Disable(account, anchor, why, null, null);
            return;
        }

        if (record?.DisabledOn is null)
        {
            _actions.Update(new LifecycleUpdate { Kind = LifecycleUpdateKind.Disabled, Anchor = anchor, Date = _today, HomeContainer = account.Container });
        }

        TakeAway(account, anchor, why + " (the account is already disabled)", null, null, null);
    }

    private void Disable(DirectoryAccount account, string anchor, string reason, string? sourcedId, string? school)
    {
        var disable = ActionOn(account, ActionType.Disable, anchor, reason, sourcedId, school);
        disable.Enabled = false;
        if (_actions.Add(disable, account) is null)
        {
            return;
        }

        _actions.Update(new LifecycleUpdate { Kind = LifecycleUpdateKind.Disabled, Anchor = anchor, Date = _today, HomeContainer = account.Container }, disable);
        TakeAway(account, anchor, reason, sourcedId, school, disable);
    }

    /// <summary>What goes with the disable, as the policy says: sessions, memberships, licences, the move to the holding container.</summary>
    private void TakeAway(DirectoryAccount account, string anchor, string reason, string? sourcedId, string? school, PlanAction? disable)
    {
        PlanAction Action(ActionType type) => ActionOn(account, type, anchor, reason, sourcedId, school);

        if (_policy.RevokeSessions)
        {
            _actions.Add(Action(ActionType.RevokeSessions), account, disable);
        }

        if (_policy.RemoveGroups)
        {
            foreach (var group in account.Groups.Where(group => _groups.IsManagedFor(group, anchor)))
            {
                var remove = Action(ActionType.RemoveMember);
                remove.Group = group;
                remove.MemberRole = MemberRole.Member;
                if (_actions.Add(remove, account, disable) is { } added && !_groups.IsOwned(group))
                {
                    _actions.Update(new LifecycleUpdate { Kind = LifecycleUpdateKind.MemberRemoved, Anchor = anchor, Group = group }, added);
                }
            }
        }

        if (_policy.RemoveLicenses)
        {
            foreach (var license in account.Licenses.Where(_licenses.IsManaged))
            {
                var remove = Action(ActionType.RemoveLicense);
                remove.License = license;
                _actions.Add(remove, account, disable);
            }
        }

        if (_policy.HoldingContainer is { Length: > 0 } holding && !string.Equals(holding, account.Container, StringComparison.OrdinalIgnoreCase))
        {
            var move = Action(ActionType.Move);
            move.Path = holding;
            move.Enabled = false;
            move.Changes.Add(new AttributeChange("Container", account.Container, holding));
            _actions.Add(move, account, disable);
        }
    }

    private static PlanAction ActionOn(DirectoryAccount account, ActionType type, string anchor, string reason, string? sourcedId, string? school) => new()
    {
        Action = type,
        Account = account.Label,
        Identity = IdentityOf(account),
        Anchor = anchor,
        SourcedId = sourcedId,
        School = school,
        Reason = reason,
    };

    private static string Days(int days) => days == 1 ? "1 day" : days.ToString(CultureInfo.InvariantCulture) + " days";
}
