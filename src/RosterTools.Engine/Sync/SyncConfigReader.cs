using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.Naming;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RosterTools.Sync;

/// <summary>
/// Reads a sync config (YAML). Every mistake is a <see cref="SyncConfigException"/> with the line and column, and
/// a suggestion when a key is close to a known one.
/// <code>
/// source:
///   path: ../data/oneroster-1.2          # a bundle folder or .zip, relative to this file
/// policy: ../policies/district.policy.yaml
/// target:
///   local: {}                            # the local store in the state folder
/// state: ./state
/// safety: { maxDisableCount: 40 }        # replaces the policy's limits, key by key
/// snapshots: { keep: 30 }
/// notify: { summaryFile: ./last-summary.json, webhook: https://hooks.example.org/rostertools }
/// </code>
/// </summary>
public static class SyncConfigReader
{
    private static readonly string[] TopKeys = { "source", "policy", "target", "state", "safety", "snapshots", "notify" };
    private static readonly string[] SourceKeys = { "path" };
    private static readonly string[] SafetyKeys = { "maxDisableCount", "maxDisablePercent", "maxDeleteCount", "maxDeletePercent", "minSourceUsers", "refuseOnSourceErrors", "refuseOnPartialSource" };
    private static readonly string[] NotifyKeys = { "summaryFile", "webhook" };

    /// <summary>Reads the config file at <paramref name="path"/>.</summary>
    /// <exception cref="SyncConfigException">The file is not a valid sync config.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SyncConfig Load(string path)
    {
        var full = Path.GetFullPath(path);
        return Parse(File.ReadAllText(full), full);
    }

    /// <summary>Reads a config from text; <paramref name="file"/> names it in messages and anchors its relative paths.</summary>
    public static SyncConfig Parse(string yaml, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new SyncConfigException(file, (int)ex.Start.Line, (int)ex.Start.Column, ex.InnerException?.Message ?? ex.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SyncConfigException(file, 0, 0, "a sync config is a mapping with source, policy, target and state (see examples/quickstart/sync.yaml).");
        }

        return new Reader(file).Config(root);
    }

    private sealed class Reader
    {
        private readonly string _file;
        private readonly string _folder;

        public Reader(string file)
        {
            _file = file;
            _folder = Path.GetDirectoryName(file) ?? ".";
        }

        public SyncConfig Config(YamlMappingNode root)
        {
            var map = Keys(root, TopKeys, "a sync config");
            var config = new SyncConfig { File = _file };
            var source = Required(root, map, "source", "source: { path: <bundle folder or .zip> }");
            var sourceMap = Keys(Mapping(source, "source"), SourceKeys, "source");
            config.SourcePath = PathOf(Required(source, sourceMap, "path", "path: <bundle folder or .zip>"));
            config.PolicyPath = PathOf(Required(root, map, "policy", "policy: <policy file>"));
            config.StateFolder = PathOf(Required(root, map, "state", "state: <folder>"));
            config.Target = Target(map.TryGetValue("target", out var target) ? target : null);
            if (map.TryGetValue("safety", out var safety))
            {
                config.Safety = Safety(safety);
            }

            if (map.TryGetValue("snapshots", out var snapshots))
            {
                var keep = Keys(Mapping(snapshots, "snapshots"), new[] { "keep" }, "snapshots");
                if (keep.TryGetValue("keep", out var count))
                {
                    config.KeepSnapshots = Integer(count, 1, 10_000);
                }
            }

            if (map.TryGetValue("notify", out var notify))
            {
                var keys = Keys(Mapping(notify, "notify"), NotifyKeys, "notify");
                config.SummaryFile = keys.TryGetValue("summaryFile", out var file) ? PathOf(file) : null;
                config.Webhook = keys.TryGetValue("webhook", out var hook) ? Url(hook) : null;
            }

            return config;
        }

        private TargetConfig Target(YamlNode? node)
        {
            if (node is null)
            {
                return new TargetConfig();
            }

            var kinds = Keys(Mapping(node, "target"), SyncTargets.Kinds, "target");
            if (kinds.Count != 1)
            {
                throw Error(node, $"target: names one directory ({string.Join(", ", SyncTargets.Kinds)}).");
            }

            var kind = kinds.Single();
            var settings = kind.Value switch
            {
                YamlMappingNode map => map,
                YamlScalarNode { Value: "" or null } => null,
                _ => throw Error(kind.Value, $"target: {kind.Key}: takes a mapping of settings ({{}} for none)."),
            };
            var target = new TargetConfig { Kind = kind.Key, Settings = settings, Line = (int)node.Start.Line };
            SyncTargets.Check(target, _file);
            return target;
        }

        private SafetyOverrides Safety(YamlNode node)
        {
            var safety = new SafetyOverrides();
            foreach (var pair in Keys(Mapping(node, "safety"), SafetyKeys, "safety"))
            {
                switch (pair.Key)
                {
                    case "maxDisableCount": safety.MaxDisableCount = Integer(pair.Value, 0); break;
                    case "maxDeleteCount": safety.MaxDeleteCount = Integer(pair.Value, 0); break;
                    case "minSourceUsers": safety.MinSourceUsers = Integer(pair.Value, 0); break;
                    case "maxDisablePercent": safety.MaxDisablePercent = Percent(pair.Value); break;
                    case "maxDeletePercent": safety.MaxDeletePercent = Percent(pair.Value); break;
                    case "refuseOnSourceErrors": safety.RefuseOnSourceErrors = Boolean(pair.Value); break;
                    case "refuseOnPartialSource": safety.RefuseOnPartialSource = Boolean(pair.Value); break;
                }
            }

            return safety;
        }

        private Dictionary<string, YamlNode> Keys(YamlMappingNode map, IReadOnlyCollection<string> known, string section)
        {
            var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var pair in map.Children)
            {
                var key = pair.Key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;
                if (!known.Contains(key))
                {
                    var closest = Spelling.Closest(key, known);
                    throw Error(pair.Key, $"'{key}' is not a key of {section}" + (closest is null ? $"; the keys are {string.Join(", ", known)}." : $"; did you mean '{closest}'?"));
                }

                if (keys.ContainsKey(key))
                {
                    throw Error(pair.Key, $"'{key}' is given twice in {section}.");
                }

                keys[key] = pair.Value;
            }

            return keys;
        }

        private YamlMappingNode Mapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error(node, $"{what}: is a mapping of keys and values.");

        private YamlNode Required(YamlNode parent, Dictionary<string, YamlNode> map, string key, string example) =>
            map.TryGetValue(key, out var node) ? node : throw Error(parent, $"'{key}' is missing: {example}.");

        private string Text(YamlNode node)
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } value } && !(node is YamlScalarNode { Style: ScalarStyle.Plain } && value is "~" or "null"))
            {
                return value;
            }

            throw Error(node, "a value is needed here.");
        }

        private string PathOf(YamlNode node) => Path.GetFullPath(Path.Combine(_folder, Text(node)));

        private string Url(YamlNode node)
        {
            var text = Text(node);
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                ? text
                : throw Error(node, $"'{text}' is not an http or https address.");
        }

        private int Integer(YamlNode node, int min, int max = int.MaxValue)
        {
            var text = Text(node);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw Error(node, $"'{text}' is not a whole number from {min:N0} to {max:N0}.");
        }

        private double Percent(YamlNode node)
        {
            var text = Text(node);
            return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 100
                ? value
                : throw Error(node, $"'{text}' is not a percentage from 0 to 100.");
        }

        private bool Boolean(YamlNode node) => Text(node) switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            var text => throw Error(node, $"'{text}' is not true or false."),
        };

        private SyncConfigException Error(YamlNode node, string problem) => new(_file, (int)node.Start.Line, (int)node.Start.Column, problem);
    }
}
