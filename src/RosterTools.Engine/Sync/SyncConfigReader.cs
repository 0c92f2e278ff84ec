using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RosterTools.OneRoster.Rest;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RosterTools.Sync;

/// <summary>
/// Reads a sync config (YAML). Every mistake is a <see cref="SyncConfigException"/> with the line and column, and
/// a suggestion when a key is close to a known one.
/// <code>
/// source:
///   path: ../data/oneroster-1.2          # a bundle folder or .zip, relative to this file (or api: a REST provider)
/// policy: ../policies/district.policy.yaml
/// target:
///   local: {}                            # the local store in the state folder
/// state: ./state
/// safety: { maxDisableCount: 40 }        # replaces the policy's limits, key by key
/// snapshots: { keep: 30 }
/// passwords: { folder: ./passwords }     # the new accounts' initial passwords, one CSV per run
/// notify: { summaryFile: ./last-summary.json, webhook: https://hooks.example.org/rostertools }
/// </code>
/// </summary>
public static class SyncConfigReader
{
    private static readonly string[] TopKeys = { "source", "policy", "target", "state", "safety", "snapshots", "notify", "passwords" };
    private static readonly string[] SourceKeys = { "path", "api" };
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
        private readonly ConfigYaml _yaml;

        public Reader(string file) => _yaml = new ConfigYaml(file);

        public SyncConfig Config(YamlMappingNode root)
        {
            var map = _yaml.Keys(root, TopKeys, "a sync config");
            var config = new SyncConfig { File = _yaml.File };
            Source(config, _yaml.Required(root, map, "source", "source: { path: <bundle folder or .zip> } or source: { api: {...} }"));
            config.PolicyPath = _yaml.PathOf(_yaml.Required(root, map, "policy", "policy: <policy file>"));
            config.StateFolder = _yaml.PathOf(_yaml.Required(root, map, "state", "state: <folder>"));
            config.Target = Target(map.TryGetValue("target", out var target) ? target : null);
            if (map.TryGetValue("safety", out var safety))
            {
                config.Safety = Safety(safety);
            }

            if (map.TryGetValue("snapshots", out var snapshots))
            {
                var keep = _yaml.Keys(_yaml.Mapping(snapshots, "snapshots"), new[] { "keep" }, "snapshots");
                if (keep.TryGetValue("keep", out var count))
                {
                    config.KeepSnapshots = _yaml.Integer(count, 1, 10_000);
                }
            }

            if (map.TryGetValue("passwords", out var passwords))
            {
                var keys = _yaml.Keys(_yaml.Mapping(passwords, "passwords"), new[] { "folder" }, "passwords");
                config.PasswordFolder = _yaml.PathOf(_yaml.Required(passwords, keys, "folder", "folder: <a folder only IT can read>"));
            }

            if (map.TryGetValue("notify", out var notify))
            {
                var keys = _yaml.Keys(_yaml.Mapping(notify, "notify"), NotifyKeys, "notify");
                config.SummaryFile = keys.TryGetValue("summaryFile", out var file) ? _yaml.PathOf(file) : null;
                config.Webhook = keys.TryGetValue("webhook", out var hook) ? _yaml.Url(hook).ToString() : null;
            }

            return config;
        }

        private void Source(SyncConfig config, YamlNode node)
        {
            var source = _yaml.Keys(_yaml.Mapping(node, "source"), SourceKeys, "source");
            if (source.Count != 1)
            {
                throw _yaml.Error(node, "source: names one place: path: <bundle folder or .zip>, or api: <a OneRoster REST provider>.");
            }

            if (source.TryGetValue("path", out var path))
            {
                config.SourcePath = _yaml.PathOf(path);
                return;
            }

            try
            {
                config.SourceApi = ApiSourceSection.Read(source["api"], _yaml.File);
            }
            catch (ApiSourceException ex)
            {
                throw new SyncConfigException(ex.File, ex.Line, ex.Column, ex.Problem);
            }
        }

        private TargetConfig Target(YamlNode? node)
        {
            if (node is null)
            {
                return new TargetConfig();
            }

            var kinds = _yaml.Keys(_yaml.Mapping(node, "target"), SyncTargets.Kinds, "target");
            if (kinds.Count != 1)
            {
                throw _yaml.Error(node, $"target: names one directory ({string.Join(", ", SyncTargets.Kinds)}).");
            }

            var kind = kinds.Single();
            var settings = kind.Value switch
            {
                YamlMappingNode map => map,
                YamlScalarNode { Value: "" or null } => null,
                _ => throw _yaml.Error(kind.Value, $"target: {kind.Key}: takes a mapping of settings ({{}} for none)."),
            };
            var target = new TargetConfig { Kind = kind.Key, Settings = settings, Line = (int)node.Start.Line };
            SyncTargets.Check(target, _yaml);
            return target;
        }

        private SafetyOverrides Safety(YamlNode node)
        {
            var safety = new SafetyOverrides();
            foreach (var pair in _yaml.Keys(_yaml.Mapping(node, "safety"), SafetyKeys, "safety"))
            {
                switch (pair.Key)
                {
                    case "maxDisableCount": safety.MaxDisableCount = _yaml.Integer(pair.Value, 0); break;
                    case "maxDeleteCount": safety.MaxDeleteCount = _yaml.Integer(pair.Value, 0); break;
                    case "minSourceUsers": safety.MinSourceUsers = _yaml.Integer(pair.Value, 0); break;
                    case "maxDisablePercent": safety.MaxDisablePercent = _yaml.Percent(pair.Value); break;
                    case "maxDeletePercent": safety.MaxDeletePercent = _yaml.Percent(pair.Value); break;
                    case "refuseOnSourceErrors": safety.RefuseOnSourceErrors = _yaml.Boolean(pair.Value); break;
                    case "refuseOnPartialSource": safety.RefuseOnPartialSource = _yaml.Boolean(pair.Value); break;
                }
            }

            return safety;
        }
    }
}
