namespace RosterTools.Planning;

/// <summary>
/// What a plan was made from, with a hash of each input and of all of them: a plan whose inputs have changed
/// since (the directory moved on, another policy) is stale and must be made again, not applied.
/// </summary>
public sealed class PlanInputs
{
    /// <summary>The policy's name.</summary>
    public string PolicyName { get; set; } = string.Empty;

    /// <summary>SHA-256 of the policy file.</summary>
    public string PolicyHash { get; set; } = string.Empty;

    /// <summary>Where the roster came from.</summary>
    public string? RosterSource { get; set; }

    /// <summary>SHA-256 of the roster's records.</summary>
    public string RosterHash { get; set; } = string.Empty;

    /// <summary>Where the directory snapshot came from.</summary>
    public string? DirectorySource { get; set; }

    /// <summary>SHA-256 of the directory snapshot's accounts.</summary>
    public string DirectoryHash { get; set; } = string.Empty;

    /// <summary>SHA-256 of the lifecycle state.</summary>
    public string StateHash { get; set; } = string.Empty;

    /// <summary>SHA-256 of all of the above.</summary>
    public string InputHash { get; set; } = string.Empty;
}
