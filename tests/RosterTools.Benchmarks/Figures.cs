using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RosterTools.Benchmarks;

/// <summary>What a scenario measured, and whether its targets were met, written as JSON.</summary>
internal sealed class Figures
{
    private readonly JsonObject _root = new();
    private readonly List<(string Name, bool Met, string Detail)> _targets = new();

    public JsonObject Root => _root;

    public bool TargetsMet => _targets.TrueForAll(target => target.Met);

    public void Target(string name, bool met, string detail) => _targets.Add((name, met, detail));

    public void WriteTo(TextWriter writer)
    {
        var targets = new JsonArray();
        foreach (var (name, met, detail) in _targets)
        {
            targets.Add(new JsonObject { ["target"] = name, ["met"] = met, ["measured"] = detail });
        }

        _root["targets"] = targets;
        writer.WriteLine(_root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
