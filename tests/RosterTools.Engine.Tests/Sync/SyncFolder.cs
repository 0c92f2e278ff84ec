using System.IO;
using RosterTools.Sync;

namespace RosterTools.Tests.Sync;

/// <summary>A sync config in a temporary folder, with its state folder, pointing at a source that a test changes night by night.</summary>
internal sealed class SyncFolder : IDisposable
{
    private readonly TestBundle _temp = new();

    public SyncFolder(string source, string extra = "", string? policy = null, string target = "  local: {}\n")
        : this(Text(source, extra, policy, target), true)
    {
    }

    private SyncFolder(string yaml, bool _)
    {
        Root = _temp.Scratch("sync");
        Directory.CreateDirectory(Root);
        ConfigPath = Path.Combine(Root, "sync.yaml");
        File.WriteAllText(ConfigPath, yaml);
        Config = SyncConfigReader.Load(ConfigPath);
    }

    /// <summary>A config of the text given (paths in it relative to the folder the config is in).</summary>
    public static SyncFolder FromYaml(string yaml) => new(yaml, true);

    public string Root { get; }

    public string ConfigPath { get; }

    public SyncConfig Config { get; }

    public string State => Config.StateFolder;

    public SyncSummary Run(bool whatIf = false) => SyncRunner.Run(Config, new SyncOptions { WhatIf = whatIf, Today = new DateTime(2026, 11, 21) });

    public string Scratch(string name) => _temp.Scratch(name);

    public void Dispose() => _temp.Dispose();

    private static string Text(string source, string extra, string? policy, string target) =>
        $"source:\n  path: \"{source}\"\npolicy: \"{policy ?? Paths.Examples("policies", "district.policy.yaml")}\"\ntarget:\n{target}state: ./state\n{extra}";
}
