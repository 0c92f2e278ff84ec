namespace RosterTools.Policy;

/// <summary>
/// The limits a single run must stay within. A plan that breaks one is blocked with the reason, and is only
/// applied with an explicit override: the defence against a truncated SIS export that would disable everyone.
/// </summary>
public sealed class SafetyPolicy
{
    /// <summary>The most accounts one run may disable.</summary>
    public int MaxDisableCount { get; set; } = 50;

    /// <summary>The most accounts one run may disable, as a percent of the managed accounts.</summary>
    public double MaxDisablePercent { get; set; } = 5;

    /// <summary>The most accounts one run may delete.</summary>
    public int MaxDeleteCount { get; set; } = 50;

    /// <summary>The most accounts one run may delete, as a percent of the managed accounts.</summary>
    public double MaxDeletePercent { get; set; } = 5;

    /// <summary>The fewest users the source must hold.</summary>
    public int MinSourceUsers { get; set; } = 1;

    /// <summary>Refuse when the source has errors.</summary>
    public bool RefuseOnSourceErrors { get; set; } = true;

    /// <summary>Refuse when the source is not a complete bulk snapshot but the plan would disable or delete by absence.</summary>
    public bool RefuseOnPartialSource { get; set; } = true;
}
