using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using RosterTools.Policy;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// Collects a plan's actions: leaves out what touches protected accounts and groups (saying so once), remembers
/// which actions wait for which, and at the end orders them, gives each its stable id and counts them.
/// </summary>
internal sealed class ActionBuilder
{
    private readonly Plan _plan;
    private readonly ProtectedPolicy _protected;
    private readonly List<PlanAction> _actions = new();
    private readonly Dictionary<PlanAction, List<PlanAction>> _dependencies = new();
    private readonly Dictionary<string, PlanAction> _groupCreations = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _protectedReported = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(LifecycleUpdate Update, PlanAction? After)> _updates = new();

    public ActionBuilder(Plan plan, ProtectedPolicy protectedPolicy)
    {
        _plan = plan;
        _protected = protectedPolicy;
    }

    /// <summary>Whether the policy protects an account (by name pattern or container).</summary>
    public bool IsProtected(DirectoryAccount account) =>
        Wildcard.Any(_protected.Accounts, account.Username)
        || Wildcard.Any(_protected.Accounts, account.UserPrincipalName)
        || Wildcard.Any(_protected.Accounts, account.DistinguishedName)
        || _protected.Containers.Any(container => Wildcard.IsWithin(account.DistinguishedName ?? (account.Container is null ? null : "CN=x," + account.Container), container));

    /// <summary>Whether the policy protects a group.</summary>
    public bool IsProtectedGroup(string group) => Wildcard.Any(_protected.Groups, group);

    /// <summary>
    /// Adds an action on an existing account (or a new one when <paramref name="account"/> is null), unless the
    /// account or the action's group is protected. Returns the action, or null when it was left out.
    /// </summary>
    public PlanAction? Add(PlanAction action, DirectoryAccount? account, params PlanAction?[] dependsOn)
    {
        if (account is not null && IsProtected(account))
        {
            ReportProtected(account.Label, $"The account '{account.Label}' is protected by the policy; the plan leaves it alone ({action.Action}: {action.Reason}).", action.SourcedId);
            return null;
        }

        if (action.Group is not null && IsProtectedGroup(action.Group))
        {
            ReportProtected("group:" + action.Group, $"The group '{action.Group}' is protected by the policy; its memberships are left alone.", null);
            return null;
        }

        action.Stage = StageOf(action);
        _actions.Add(action);
        var waits = dependsOn.Where(dependency => dependency is not null).ToList();
        if (action.Group is not null && action.Action == ActionType.AddMember && _groupCreations.TryGetValue(action.Group, out var creation))
        {
            waits.Add(creation);
        }

        if (waits.Count > 0)
        {
            _dependencies[action] = waits!;
        }

        return action;
    }

    /// <summary>Adds the creation of a group, once per group.</summary>
    public void CreateGroup(string group, string reason)
    {
        if (_groupCreations.ContainsKey(group) || IsProtectedGroup(group))
        {
            return;
        }

        var action = new PlanAction { Action = ActionType.CreateGroup, Account = group, Group = group, Reason = reason };
        action.Stage = ActionStage.Provision;
        _actions.Add(action);
        _groupCreations[group] = action;
    }

    /// <summary>Adds a lifecycle update, applied with the plan or after <paramref name="after"/> is done.</summary>
    public void Update(LifecycleUpdate update, PlanAction? after = null) => _updates.Add((update, after));

    /// <summary>The actions added so far.</summary>
    public IReadOnlyList<PlanAction> Actions => _actions;

    /// <summary>Orders the actions, gives them ids, fills DependsOn, the lifecycle updates and the summary.</summary>
    public void Finish()
    {
        var ordered = _actions
            .Select((action, index) => (action, index))
            .OrderBy(item => PhaseOf(item.action))
            .ThenBy(item => item.action.School ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(item => item.action.Account, StringComparer.OrdinalIgnoreCase)
            .ThenBy(item => item.index)
            .Select(item => item.action)
            .ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using (var sha = SHA256.Create())
        {
            foreach (var action in ordered)
            {
                var id = IdOf(action, sha);
                action.Id = id;
                for (var n = 2; !ids.Add(action.Id); n++)
                {
                    action.Id = id + "-" + n;
                }
            }
        }

        foreach (var action in ordered)
        {
            if (_dependencies.TryGetValue(action, out var waits))
            {
                action.DependsOn = waits.Select(wait => wait.Id).Distinct(StringComparer.Ordinal).ToList();
            }

            _plan.Actions.Add(action);
            Count(action);
        }

        // A set, not _actions.Contains: a first run has a lifecycle update per additive membership, and a million actions.
        var added = new HashSet<PlanAction>(_actions);
        foreach (var (update, after) in _updates)
        {
            if (after is not null && !added.Contains(after))
            {
                continue; // The action it waits for was left out (a protected account).
            }

            update.AfterAction = after?.Id;
            _plan.LifecycleUpdates.Add(update);
        }
    }

    private void Count(PlanAction action)
    {
        var summary = _plan.Summary;
        summary.ByAction[action.Action] = summary.ByAction.TryGetValue(action.Action, out var count) ? count + 1 : 1;
        var school = action.School ?? "(none)";
        if (!summary.BySchool.TryGetValue(school, out var bySchool))
        {
            summary.BySchool[school] = bySchool = new SortedDictionary<ActionType, int>();
        }

        bySchool[action.Action] = bySchool.TryGetValue(action.Action, out var schoolCount) ? schoolCount + 1 : 1;
    }

    private void ReportProtected(string key, string message, string? sourcedId)
    {
        if (_protectedReported.Add(key))
        {
            _plan.Findings.Add(new Finding(Severity.Warning, FindingCodes.PlanProtected, message, sourcedId: sourcedId));
        }
    }

    /// <summary>Deprovisioning actions, and the move of a disabled account to the holding container, are Invoke-Deprovision's.</summary>
    private static ActionStage StageOf(PlanAction action) => action.Action switch
    {
        ActionType.Disable or ActionType.RevokeSessions or ActionType.RemoveMember or ActionType.RemoveLicense or ActionType.Delete => ActionStage.Deprovision,
        ActionType.Move when action.Enabled == false => ActionStage.Deprovision,
        _ => ActionStage.Provision,
    };

    /// <summary>The order actions run in: accounts before their memberships, and taking away after giving.</summary>
    private static int PhaseOf(PlanAction action) => action.Action switch
    {
        ActionType.Adopt => 0,
        ActionType.Create => 1,
        ActionType.CreateGroup => 2,
        ActionType.Update => 3,
        ActionType.Rename => 4,
        ActionType.Move when action.Stage == ActionStage.Provision => 5,
        ActionType.Enable => 6,
        ActionType.AddMember => 7,
        ActionType.AssignLicense => 8,
        ActionType.Disable => 10,
        ActionType.RevokeSessions => 11,
        ActionType.RemoveMember => 12,
        ActionType.RemoveLicense => 13,
        ActionType.Move => 14,
        _ => 15,
    };

    /// <summary>The same action (type, account, target, values) gets the same id in every plan.</summary>
    private static string IdOf(PlanAction action, SHA256 sha)
    {
        var key = new StringBuilder();
        key.Append(action.Action).Append('\u0001').Append(action.Anchor ?? action.Identity ?? action.Account).Append('\u0001')
            .Append(action.Group).Append('\u0001').Append(action.MemberRole).Append('\u0001').Append(action.License).Append('\u0001').Append(action.Path);
        foreach (var change in action.Changes)
        {
            key.Append('\u0001').Append(change.Attribute).Append('=').Append(change.After);
        }

        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(key.ToString()));
        var id = new StringBuilder("a", 17);
        for (var i = 0; i < 8; i++)
        {
            id.Append(digest[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return id.ToString();
    }
}
