using System;
using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>What manifest.csv says about a bundle: the versions, each file's mode, and the system that made it.</summary>
public sealed class BundleManifest
{
    /// <summary>Creates a manifest.</summary>
    public BundleManifest(bool isPresent, IReadOnlyDictionary<string, string> properties, IReadOnlyDictionary<string, ProcessingMode> files)
    {
        IsPresent = isPresent;
        Properties = properties;
        Files = files;
    }

    /// <summary>Whether the bundle had a manifest.csv (without one, every file present was read as bulk).</summary>
    public bool IsPresent { get; }

    /// <summary>Every property of the manifest, as written.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>The mode of each file, by the name the manifest gives it (users, lineItems...), as the bundle was read.</summary>
    public IReadOnlyDictionary<string, ProcessingMode> Files { get; }

    /// <summary>manifest.version.</summary>
    public string? ManifestVersion => Get("manifest.version");

    /// <summary>oneroster.version as written.</summary>
    public string? OneRosterVersion => Get("oneroster.version");

    /// <summary>source.systemName: the system that made the bundle.</summary>
    public string? SourceSystemName => Get("source.systemName");

    /// <summary>source.systemCode.</summary>
    public string? SourceSystemCode => Get("source.systemCode");

    /// <summary>The mode of a file (Absent when the manifest does not name it).</summary>
    public ProcessingMode ModeOf(string fileName) => Files.TryGetValue(fileName, out var mode) ? mode : ProcessingMode.Absent;

    private string? Get(string key) => Properties.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
