using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RosterTools.OneRoster;

namespace RosterTools.Profiles;

/// <summary>
/// A data-minimisation profile: what one vendor receives of a roster. Which files (a file that is not named is not
/// sent), which columns of each (a password only when named, demographics only when the file is named), which
/// extension columns (<c>metadata.*</c>, only those named), and which schools, roles and grades are in scope.
/// Read from YAML with <see cref="Load"/> or <see cref="Parse"/>; see examples/profiles/ for the format.
/// </summary>
public sealed class ExportProfile
{
    internal ExportProfile(string? name, string? description, string? path, OneRosterVersion? version, IReadOnlyDictionary<OneRosterEntity, FileRule> files, ProfileScope scope, IReadOnlyList<string> warnings)
    {
        Name = name;
        Description = description;
        Path = path;
        Version = version;
        Files = files;
        Scope = scope;
        Warnings = warnings;
    }

    /// <summary>The profile's name (<c>name:</c>), or the file's name without extension.</summary>
    public string? Name { get; }

    /// <summary>What the profile is for (<c>description:</c>).</summary>
    public string? Description { get; }

    /// <summary>The file the profile was read from, if any.</summary>
    public string? Path { get; }

    /// <summary>The OneRoster version the vendor takes (<c>version:</c>), when the profile says; otherwise the roster's or the one asked for.</summary>
    public OneRosterVersion? Version { get; }

    /// <summary>The files the vendor receives, and what of each.</summary>
    public IReadOnlyDictionary<OneRosterEntity, FileRule> Files { get; }

    /// <summary>The schools, roles and grades in scope.</summary>
    public ProfileScope Scope { get; }

    /// <summary>What is legal but worth knowing: a required column left out, which makes the files non-conformant.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Reads a profile from a YAML file.</summary>
    /// <exception cref="ProfileException">The profile is not valid; the message gives the line and column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ExportProfile Load(string path)
    {
        var text = File.ReadAllText(path);
        return ProfileReader.Read(text, path);
    }

    /// <summary>Reads a profile from YAML text.</summary>
    /// <exception cref="ProfileException">The profile is not valid; the message gives the line and column.</exception>
    public static ExportProfile Parse(string yaml, string? source = null) => ProfileReader.Read(yaml, source);

    /// <summary>Whether the profile sends a collection.</summary>
    public bool Includes(OneRosterEntity entity) => Files.ContainsKey(entity);

    /// <summary>The name and the files.</summary>
    public override string ToString() => $"{Name}: {string.Join(", ", Files.Keys.Select(entity => entity.SpecName()))}";
}
