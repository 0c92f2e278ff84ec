using System;
using RosterTools.Planning;

namespace RosterTools.Apply;

/// <summary>The outcome of one plan action: what Invoke-Provision and Invoke-Deprovision write to the pipeline.</summary>
public sealed class ActionResult
{
    /// <summary>The plan action's stable id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>What was done (Create, AddMember...).</summary>
    public ActionType Action { get; set; }

    /// <summary>The account acted on.</summary>
    public string Account { get; set; } = string.Empty;

    /// <summary>The group, for memberships.</summary>
    public string? Group { get; set; }

    /// <summary>The licence SKU, for licence actions.</summary>
    public string? License { get; set; }

    /// <summary>How it ended.</summary>
    public ActionStatus Status { get; set; }

    /// <summary>What the target answered, in short ("201 Created id=...", "already a member"); never a secret.</summary>
    public string? Response { get; set; }

    /// <summary>Why it failed or was skipped.</summary>
    public string? Error { get; set; }

    /// <summary>The target's id of the account, when the target has one (the object id of a created Entra user).</summary>
    public string? AccountId { get; set; }

    /// <summary>When it ended (UTC).</summary>
    public DateTime CompletedUtc { get; set; }

    /// <summary>Creates a result for <paramref name="action"/>.</summary>
    public static ActionResult For(PlanAction action, ActionStatus status, string? response = null, string? error = null) => new()
    {
        Id = action.Id,
        Action = action.Action,
        Account = action.Account,
        Group = action.Group,
        License = action.License,
        Status = status,
        Response = response,
        Error = error,
        CompletedUtc = DateTime.UtcNow,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Status} {Action} {Account}{(Group is null ? string.Empty : " in " + Group)}{(Error is null ? string.Empty : ": " + Error)}";
}
