using RosterTools.Targets;
using RosterTools.Targets.Local;

namespace RosterTools.Sync;

/// <summary>Opens the directory a sync config's <c>target:</c> names.</summary>
public static class SyncTargets
{
    /// <summary>Opens the target.</summary>
    public static IDirectoryTarget Open(SyncConfig config) => config.Target.Kind switch
    {
        "local" => LocalStoreTarget.Open(config.StateFolder),
        var kind => throw new SyncConfigException(config.File, config.Target.Line, 1, $"the target '{kind}' is not known here."),
    };
}
