using RosterTools.Apply;
using RosterTools.Planning;

namespace RosterTools.Targets.Entra.Writing;

/// <summary>Results of actions, with the account's object id when it is known.</summary>
internal static class Results
{
    public static ActionResult Done(PlanAction action, string response, string? accountId) => WithId(ActionResult.For(action, ActionStatus.Done, response), accountId);

    public static ActionResult Already(PlanAction action, string response, string? accountId) => WithId(ActionResult.For(action, ActionStatus.AlreadyDone, response), accountId);

    public static ActionResult Failed(PlanAction action, string error, string? accountId = null) => WithId(ActionResult.For(action, ActionStatus.Failed, error: error), accountId);

    public static ActionResult NotFound(PlanAction action) =>
        Failed(action, $"no account for '{action.Identity ?? action.Account}'{(action.Anchor is null ? string.Empty : " (anchor " + action.Anchor + ")")} is in Entra ID");

    private static ActionResult WithId(ActionResult result, string? accountId)
    {
        result.AccountId = accountId;
        return result;
    }
}
