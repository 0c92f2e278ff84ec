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
/// Reading the values of a sync config (and of a target's settings in it): each mistake a
/// <see cref="SyncConfigException"/> naming the file, line and column, with a suggestion for a misspelled key.
/// </summary>
public sealed class ConfigYaml
{
    private readonly string _folder;

    /// <summary>Reads values of <paramref name="file"/>; relative paths are relative to its folder.</summary>
    public ConfigYaml(string file)
    {
        File = file;
        _folder = Path.GetDirectoryName(file) ?? ".";
    }

    /// <summary>The config file.</summary>
    public string File { get; }

    /// <summary>The keys of a mapping, each checked against <paramref name="known"/> and given once.</summary>
    public Dictionary<string, YamlNode> Keys(YamlMappingNode map, IReadOnlyCollection<string> known, string section)
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

    /// <summary>The node as a mapping.</summary>
    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what}: is a mapping of keys and values.");

    /// <summary>The value of a required key.</summary>
    public YamlNode Required(YamlNode parent, Dictionary<string, YamlNode> map, string key, string example) =>
        map.TryGetValue(key, out var node) ? node : throw Error(parent, $"'{key}' is missing: {example}.");

    /// <summary>A text value (not empty).</summary>
    public string Text(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value } scalar && !(scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && value is "~" or "null"))
        {
            return value;
        }

        throw Error(node, "a value is needed here.");
    }

    /// <summary>A path, made full from the config file's folder.</summary>
    public string PathOf(YamlNode node) => Path.GetFullPath(Path.Combine(_folder, Text(node)));

    /// <summary>An http or https address.</summary>
    public Uri Url(YamlNode node)
    {
        var text = Text(node);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri
            : throw Error(node, $"'{text}' is not an http or https address.");
    }

    /// <summary>A whole number in a range.</summary>
    public int Integer(YamlNode node, int min, int max = int.MaxValue)
    {
        var text = Text(node);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Error(node, $"'{text}' is not a whole number from {min:N0} to {max:N0}.");
    }

    /// <summary>A percentage, 0 to 100.</summary>
    public double Percent(YamlNode node)
    {
        var text = Text(node);
        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 100
            ? value
            : throw Error(node, $"'{text}' is not a percentage from 0 to 100.");
    }

    /// <summary>true or false.</summary>
    public bool Boolean(YamlNode node) => Text(node) switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        var text => throw Error(node, $"'{text}' is not true or false."),
    };

    /// <summary>One of <paramref name="words"/>.</summary>
    public string Word(YamlNode node, params string[] words)
    {
        var text = Text(node);
        return words.Contains(text, StringComparer.Ordinal)
            ? text
            : throw Error(node, $"'{text}' is not one of {string.Join(", ", words)}" + (Spelling.Closest(text, words) is { } closest ? $"; did you mean '{closest}'?" : "."));
    }

    /// <summary>The name of an environment variable that holds a secret; the secret itself never goes in a config file.</summary>
    public string SecretVariable(YamlNode node)
    {
        var name = Text(node);
        return name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? name
            : throw Error(node, $"'{name.Substring(0, Math.Min(3, name.Length))}…' is not the name of an environment variable. Put the secret in an environment variable and give its name here: a config file never holds a secret.");
    }

    /// <summary>A mistake at <paramref name="node"/>.</summary>
    public SyncConfigException Error(YamlNode node, string problem) => new(File, (int)node.Start.Line, (int)node.Start.Column, problem);
}
