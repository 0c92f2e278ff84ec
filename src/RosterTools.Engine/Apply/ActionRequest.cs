using RosterTools.Planning;

namespace RosterTools.Apply;

/// <summary>One action of a plan handed to a target, with what only the applier knows.</summary>
public sealed class ActionRequest
{
    /// <summary>Creates a request.</summary>
    public ActionRequest(PlanAction action)
    {
        Action = action;
    }

    /// <summary>The action.</summary>
    public PlanAction Action { get; }

    /// <summary>
    /// For a Create: the initial password, generated at apply time from the policy's password rule. It goes to the
    /// target and to nothing else (not to results, the journal or the audit log).
    /// </summary>
    public string? InitialPassword { get; set; }

    /// <summary>The target's own id of the account, when an earlier action of the run (a Create) or the read learned it.</summary>
    public string? AccountId { get; set; }
}
