using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RosterTools.Sync;

/// <summary>
/// The nightly job in one file (<c>sync.yaml</c>): where the SIS export is, the policy, the state folder and the
/// target. Paths are relative to the config file. A key the config does not know, a missing one or a bad value is a
/// <see cref="SyncConfigException"/> naming the file, line and column.
/// </summary>
public sealed class SyncConfig
{
    private static readonly string[] Keys = { "source", "policy", "state", "target", "snapshots", "keepSnapshots" };

    /// <summary>The config file.</summary>
    public string Path { get; private set; } = string.Empty;

    /// <summary>The SIS export: a OneRoster bundle folder or .zip.</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>The policy file.</summary>
    public string Policy { get; private set; } = string.Empty;

    /// <summary>The state folder: the local store, journal, audit log, lifecycle state, lock.</summary>
    public string State { get; private set; } = string.Empty;

    /// <summary>The kind of target (<c>local</c>).</summary>
    public string TargetKind { get; private set; } = "local";

    /// <summary>The snapshot store of the exports applied; <c>&lt;state&gt;/snapshots</c> by default.</summary>
    public string Snapshots { get; private set; } = string.Empty;

    /// <summary>How many snapshots to keep (the newest); all when not given.</summary>
    public int? KeepSnapshots { get; private set; }

    /// <summary>Reads a config file.</summary>
    /// <exception cref="SyncConfigException">The file is missing or not a valid sync config.</exception>
    public static SyncConfig Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new SyncConfigException($"The sync config '{path}' does not exist.");
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(full))
            {
                stream.Load(reader);
            }

            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping
                ? mapping
                : throw new SyncConfigException($"{path}:1:1: a sync config is a mapping of settings ({string.Join(", ", Keys)}).");
        }
        catch (YamlException ex)
        {
            throw new SyncConfigException($"{path}:{ex.Start.Line}:{ex.Start.Column}: not valid YAML: {ex.Message}", ex);
        }

        var folder = System.IO.Path.GetDirectoryName(full)!;
        var config = new SyncConfig { Path = full };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in root.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(Keys, key) < 0)
            {
                throw Problem(path, entry.Key, $"'{key}' is not a sync setting; the settings are {string.Join(", ", Keys)}.");
            }

            seen.Add(key);
            switch (key)
            {
                case "source":
                    config.Source = PathValue(path, folder, entry.Value, key);
                    break;
                case "policy":
                    config.Policy = PathValue(path, folder, entry.Value, key);
                    break;
                case "state":
                    config.State = PathValue(path, folder, entry.Value, key);
                    break;
                case "snapshots":
                    config.Snapshots = PathValue(path, folder, entry.Value, key);
                    break;
                case "keepSnapshots":
                    config.KeepSnapshots = int.TryParse(Scalar(path, entry.Value, key), NumberStyles.None, CultureInfo.InvariantCulture, out var keep) && keep > 0
                        ? keep
                        : throw Problem(path, entry.Value, "keepSnapshots is a whole number of snapshots, 1 or more.");
                    break;
                case "target":
                    config.TargetKind = Target(path, entry.Value);
                    break;
            }
        }

        foreach (var required in new[] { "source", "policy", "state" })
        {
            if (!seen.Contains(required))
            {
                throw new SyncConfigException($"{path}:{root.Start.Line}:{root.Start.Column}: '{required}' is missing; a sync config names the source, the policy and the state folder.");
            }
        }

        if (config.Snapshots.Length == 0)
        {
            config.Snapshots = System.IO.Path.Combine(config.State, "snapshots");
        }

        return config;
    }

    private static string Target(string path, YamlNode node)
    {
        if (node is not YamlMappingNode target)
        {
            throw Problem(path, node, "target is a mapping: kind: local.");
        }

        var kind = "local";
        foreach (var entry in target.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value;
            if (key != "kind")
            {
                throw Problem(path, entry.Key, $"'{key}' is not a setting of the local target; it has kind: local.");
            }

            kind = Scalar(path, entry.Value, "target.kind");
            if (kind != "local")
            {
                throw Problem(path, entry.Value, $"target kind '{kind}' is not known to this version; use local.");
            }
        }

        return kind;
    }

    private static string PathValue(string path, string folder, YamlNode node, string key) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, Scalar(path, node, key)));

    private static string Scalar(string path, YamlNode node, string key) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Problem(path, node, $"{key} needs a value.");

    private static SyncConfigException Problem(string path, YamlNode node, string message) =>
        new($"{path}:{node.Start.Line}:{node.Start.Column}: {message}");
}

/// <summary>A sync config that cannot be used; the message names the file, line and column.</summary>
public sealed class SyncConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SyncConfigException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
