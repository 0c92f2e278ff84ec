namespace RosterTools.Planning;

/// <summary>What an action of a plan does.</summary>
public enum ActionType
{
    /// <summary>Create an account for a new person.</summary>
    Create,

    /// <summary>Tie an existing account without an anchor (made before RosterTools) to its SIS person: sets the anchor.</summary>
    Adopt,

    /// <summary>Change attributes of an account (given name, surname, display name).</summary>
    Update,

    /// <summary>Change an account's username, user principal name and email.</summary>
    Rename,

    /// <summary>Move an account to another container (OU or administrative unit).</summary>
    Move,

    /// <summary>Enable an account RosterTools disabled, for a person who came back.</summary>
    Enable,

    /// <summary>Disable an account whose person left.</summary>
    Disable,

    /// <summary>Revoke an account's sign-in sessions.</summary>
    RevokeSessions,

    /// <summary>Create a group the policy needs.</summary>
    CreateGroup,

    /// <summary>Add an account to a group (as member or owner).</summary>
    AddMember,

    /// <summary>Remove an account from a group.</summary>
    RemoveMember,

    /// <summary>Assign a licence.</summary>
    AssignLicense,

    /// <summary>Remove a licence.</summary>
    RemoveLicense,

    /// <summary>Delete an account whose grace period is over.</summary>
    Delete,
}

/// <summary>Which cmdlet carries an action out: Invoke-Provision or Invoke-Deprovision.</summary>
public enum ActionStage
{
    /// <summary>Giving access: accounts, names, places, memberships, licences.</summary>
    Provision,

    /// <summary>Taking access away: disabling, revoking, removing, deleting.</summary>
    Deprovision,
}

/// <summary>How an account is in a group.</summary>
public enum MemberRole
{
    /// <summary>A member.</summary>
    Member,

    /// <summary>An owner (a class section's teacher).</summary>
    Owner,
}
