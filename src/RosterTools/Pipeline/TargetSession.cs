namespace RosterTools.Pipeline;

/// <summary>The target Connect-RosterTarget connected to last in this session: the default -Target of the cmdlets that use one.</summary>
internal static class TargetSession
{
    /// <summary>The current target (a RosterTools.Targets.RosterTarget), or null. Typed object so this class never loads the engine early.</summary>
    public static object? Current { get; set; }
}
