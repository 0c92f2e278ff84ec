using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.Targets;
using RosterTools.Targets.Local;

namespace RosterTools.Sync;

/// <summary>
/// The kinds of directory a sync config's <c>target:</c> can name. The engine knows the local store; a host adds
/// the kinds that live in other assemblies (Entra ID) with <see cref="Register"/> before it reads a config.
/// </summary>
public static class SyncTargets
{
    private static readonly Dictionary<string, ISyncTargetKind> Registered = new(StringComparer.Ordinal)
    {
        ["local"] = new LocalKind(),
        ["scim"] = new ScimTargetKind(),
    };

    /// <summary>The kinds known, sorted.</summary>
    public static IReadOnlyList<string> Kinds
    {
        get
        {
            lock (Registered)
            {
                return Registered.Keys.OrderBy(name => name, StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>Adds a kind of target (or replaces the one of the same name).</summary>
    public static void Register(ISyncTargetKind kind)
    {
        lock (Registered)
        {
            Registered[kind.Name] = kind;
        }
    }

    /// <summary>Checks the settings of <paramref name="target"/> while the config is read, so that mistakes name their line.</summary>
    /// <exception cref="SyncConfigException">The settings cannot work.</exception>
    public static void Check(TargetConfig target, ConfigYaml yaml) => KindOf(target, yaml.File).Check(target, yaml);

    /// <summary>Opens the target the config names.</summary>
    public static IDirectoryTarget Open(SyncConfig config) => KindOf(config.Target, config.File).Open(config);

    private static ISyncTargetKind KindOf(TargetConfig target, string file)
    {
        lock (Registered)
        {
            return Registered.TryGetValue(target.Kind, out var kind)
                ? kind
                : throw new SyncConfigException(file, target.Line, 1, $"the target '{target.Kind}' is not known here; the targets are {string.Join(", ", Registered.Keys)}.");
        }
    }

    /// <summary>The local store in the state folder: no settings.</summary>
    private sealed class LocalKind : ISyncTargetKind
    {
        public string Name => "local";

        public void Check(TargetConfig target, ConfigYaml yaml)
        {
            if (target.Settings is { Children.Count: > 0 } settings)
            {
                throw yaml.Error(settings, "target: local: takes no settings ({}): the store lives in the state folder.");
            }
        }

        public IDirectoryTarget Open(SyncConfig config) => LocalStoreTarget.Open(config.StateFolder);
    }
}

/// <summary>A kind of directory a sync config can name under <c>target:</c>.</summary>
public interface ISyncTargetKind
{
    /// <summary>The key under <c>target:</c> (local, scim, entra).</summary>
    string Name { get; }

    /// <summary>Checks the settings; a mistake is a <see cref="SyncConfigException"/> with the line and column (<see cref="ConfigYaml.Error"/>).</summary>
    void Check(TargetConfig target, ConfigYaml yaml);

    /// <summary>Opens the target (secrets from the environment variables the settings name).</summary>
    IDirectoryTarget Open(SyncConfig config);
}
