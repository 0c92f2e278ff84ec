namespace RosterTools.Apply;

/// <summary>How an action ended.</summary>
public enum ActionStatus
{
    /// <summary>Carried out now.</summary>
    Done,

    /// <summary>Its effect was already in place (an earlier run did it, or someone by hand): nothing was changed.</summary>
    AlreadyDone,

    /// <summary>Not attempted: an action it depends on failed, the admin declined it (-WhatIf, -Confirm), or the run stopped.</summary>
    Skipped,

    /// <summary>Attempted and refused or failed; <see cref="ActionResult.Error"/> says why.</summary>
    Failed,
}
