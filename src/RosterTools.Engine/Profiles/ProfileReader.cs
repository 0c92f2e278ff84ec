using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RosterTools.Profiles;

/// <summary>
/// Reads a profile's YAML. Every name is checked: a key the format does not have, a file that is not a OneRoster
/// rostering file, a column the file does not have, a role that is not a OneRoster role, each stops the reading
/// with a <see cref="ProfileException"/> that gives the line and column and, where one is close, the name meant.
/// </summary>
internal static class ProfileReader
{
    private const string All = "all";
    private static readonly string[] TopKeys = { "name", "description", "vendor", "version", "files", "scope" };
    private static readonly string[] FileKeys = { "columns", "metadata" };
    private static readonly string[] ScopeKeys = { "schools", "roles", "grades" };

    public static ExportProfile Read(string text, string? path)
    {
        var reader = new Reader(path);
        YamlStream stream;
        try
        {
            stream = new YamlStream();
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ProfileException(path, (int)e.Start.Line, (int)e.Start.Column, "the YAML is not well formed: " + Inner(e).Message, e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ProfileException(path, 1, 1, "a profile is a YAML mapping with 'files:' (and optionally name, description, version and scope).");
        }

        if (stream.Documents.Count > 1)
        {
            throw reader.Error(stream.Documents[1].RootNode, "a profile file holds one YAML document; remove the second one (after ---).");
        }

        return reader.Profile(root);
    }

    private static Exception Inner(Exception e) => e.InnerException is YamlException inner ? Inner(inner) : e;

    private sealed class Reader
    {
        private readonly string? _path;
        private readonly List<string> _warnings = new();

        public Reader(string? path) => _path = path;

        public ExportProfile Profile(YamlMappingNode root)
        {
            CheckKeys(root, TopKeys, "the top of a profile");
            var name = Text(root, "name") ?? (_path is null ? null : System.IO.Path.GetFileNameWithoutExtension(_path));
            var description = Text(root, "description");
            OneRosterVersion? version = null;
            if (Find(root, "version") is { } versionNode)
            {
                if (!OneRosterVersions.TryParse(Scalar(versionNode, "version"), out var parsed))
                {
                    throw Error(versionNode, $"'{Scalar(versionNode, "version")}' is not a OneRoster version; use \"1.1\" or \"1.2\".");
                }

                version = parsed;
            }

            var filesNode = Find(root, "files") as YamlMappingNode
                ?? throw Error(Find(root, "files") ?? root, "a profile needs 'files:', a mapping of the files the vendor receives (orgs: all, users: [sourcedId, username, ...]).");
            var files = new Dictionary<OneRosterEntity, FileRule>();
            foreach (var entry in filesNode.Children)
            {
                var key = Scalar(entry.Key, "a file name");
                var entity = FileOf(entry.Key, key);
                if (files.ContainsKey(entity))
                {
                    throw Error(entry.Key, $"'{key}' is named twice.");
                }

                files[entity] = File(entity, entry.Value);
            }

            if (files.Count == 0)
            {
                throw Error(filesNode, "'files:' names no file; name at least one (orgs, academicSessions, courses, classes, users, roles, enrollments, demographics, userProfiles).");
            }

            var scope = Find(root, "scope") is { } scopeNode ? Scope(scopeNode) : new ProfileScope(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());
            return new ExportProfile(name, description, _path, version, files, scope, _warnings);
        }

        private OneRosterEntity FileOf(YamlNode node, string key)
        {
            var name = key.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? key.Substring(0, key.Length - 4) : key;
            if (OneRosterEntities.TryParse(name, out var entity) && entity.SpecName() == name)
            {
                return entity;
            }

            if (OneRosterEntities.TryParse(name, out entity))
            {
                throw Error(node, $"'{key}' should be spelled '{entity.SpecName()}': OneRoster file names are case-sensitive.");
            }

            if (BundleFiles.IsKnown(name))
            {
                throw Error(node, $"'{key}' is a gradebook or resources file; profiles send the rostering files only (orgs, academicSessions, courses, classes, users, roles, enrollments, demographics, userProfiles).");
            }

            var known = OneRosterEntities.ReadOrder.Select(e => e.SpecName()).ToList();
            throw Error(node, $"'{key}' is not a OneRoster file{Suggest(name, known)}; the files are {string.Join(", ", known)}.");
        }

        private FileRule File(OneRosterEntity entity, YamlNode value)
        {
            var columnsNode = value;
            YamlNode? metadataNode = null;
            if (value is YamlMappingNode map)
            {
                CheckKeys(map, FileKeys, $"'{entity.SpecName()}'");
                columnsNode = Find(map, "columns") ?? throw Error(map, $"'{entity.SpecName()}' needs 'columns:' (all, or a list of column names).");
                metadataNode = Find(map, "metadata");
            }

            var schema = Schemas.For(entity);
            var all = false;
            var columns = new List<string>();
            var extensions = new List<string>();
            if (columnsNode is YamlScalarNode scalar && string.Equals(scalar.Value, All, StringComparison.OrdinalIgnoreCase))
            {
                all = true;
            }
            else if (columnsNode is YamlSequenceNode list)
            {
                foreach (var item in list)
                {
                    var column = Scalar(item, "a column name");
                    if (column.StartsWith("metadata.", StringComparison.Ordinal))
                    {
                        extensions.Add(column);
                        continue;
                    }

                    var field = schema.AllFields.FirstOrDefault(f => f.Name == column);
                    if (field is null)
                    {
                        var names = schema.AllFields.Select(f => f.Name).ToList();
                        var close = names.FirstOrDefault(n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase));
                        throw Error(item, close is not null
                            ? $"'{column}' should be spelled '{close}': column names are case-sensitive."
                            : $"'{column}' is not a column of {entity.FileName()}{Suggest(column, names)}. Its columns are {string.Join(", ", names)}; extension columns start with 'metadata.'.");
                    }

                    columns.Add(field.Name);
                }
            }
            else
            {
                throw Error(columnsNode, $"the columns of '{entity.SpecName()}' are 'all' or a list of column names ([sourcedId, username, ...]).");
            }

            if (metadataNode is not null)
            {
                if (metadataNode is not YamlSequenceNode patterns)
                {
                    throw Error(metadataNode, "'metadata:' is a list of extension column names or patterns ([metadata.reading.level, metadata.house.*]).");
                }

                extensions.AddRange(patterns.Select(item => Scalar(item, "an extension column name")));
            }

            if (!all)
            {
                foreach (var field in schema.AllFields.Where(f => f.Requirement == FieldRequirement.Required && f.Versions == VersionSet.All && !columns.Contains(f.Name) && f.Name != "sourcedId"))
                {
                    _warnings.Add($"{entity.FileName()}: the required column '{field.Name}' is left out, so the files the profile gives are not conformant OneRoster (the vendor may refuse them).");
                }
            }

            return new FileRule(entity, all, columns, extensions);
        }

        private ProfileScope Scope(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                throw Error(node, "'scope:' is a mapping of schools, roles and grades.");
            }

            CheckKeys(map, ScopeKeys, "'scope'");
            var schools = List(map, "schools");
            var roles = List(map, "roles");
            if (Find(map, "roles") is YamlSequenceNode roleNodes)
            {
                var known = Enum.GetValues(typeof(UserRole)).Cast<UserRole>().Select(role => new SpecEnum<UserRole>(role).Text!).ToList();
                foreach (var item in roleNodes)
                {
                    var role = Scalar(item, "a role");
                    if (!known.Contains(role) && !role.StartsWith("ext:", StringComparison.Ordinal))
                    {
                        throw Error(item, $"'{role}' is not a OneRoster role{Suggest(role, known)}; the roles are {string.Join(", ", known)}.");
                    }
                }
            }

            var grades = List(map, "grades");
            return new ProfileScope(schools, roles, grades);
        }

        private List<string> List(YamlMappingNode map, string key)
        {
            var node = Find(map, key);
            if (node is null)
            {
                return new List<string>();
            }

            if (node is YamlScalarNode single)
            {
                return new List<string> { Scalar(single, key) };
            }

            if (node is not YamlSequenceNode list)
            {
                throw Error(node, $"'{key}:' is a list ([a, b]).");
            }

            return list.Select(item => Scalar(item, key)).ToList();
        }

        private void CheckKeys(YamlMappingNode map, string[] allowed, string where)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = Scalar(key, "a key");
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    throw Error(key, $"'{name}' is not a key of {where}{Suggest(name, allowed)}; the keys are {string.Join(", ", allowed)}.");
                }
            }
        }

        private static YamlNode? Find(YamlMappingNode map, string key) =>
            map.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode scalar && scalar.Value == key).Value;

        private string? Text(YamlMappingNode map, string key) => Find(map, key) is { } node ? Scalar(node, key) : null;

        private string Scalar(YamlNode node, string what) =>
            node is YamlScalarNode { Value: { } value } ? value : throw Error(node, $"{what} must be text, not {(node is YamlSequenceNode ? "a list" : "a mapping")}.");

        public ProfileException Error(YamlNode node, string problem) => new(_path, (int)node.Start.Line, (int)node.Start.Column, problem);

        /// <summary>", did you mean 'x'" when a known name is within two edits.</summary>
        private static string Suggest(string name, IEnumerable<string> known)
        {
            var best = known.Select(k => (Name: k, Distance: Distance(name.ToLowerInvariant(), k.ToLowerInvariant()))).OrderBy(k => k.Distance).FirstOrDefault();
            return best.Name is not null && best.Distance <= 2 ? $" (did you mean '{best.Name}'?)" : string.Empty;
        }

        private static int Distance(string a, string b)
        {
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (var i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                previous = current;
            }

            return previous[b.Length];
        }
    }
}
