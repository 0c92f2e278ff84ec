using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace RosterTools.Tests;

/// <summary>A OneRoster bundle written to a temporary folder for one test, deleted afterwards.</summary>
internal sealed class TestBundle : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rostertools-tests", Guid.NewGuid().ToString("N"));

    public TestBundle()
    {
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The bundle folder.</summary>
    public string Folder => Path.Combine(_root, "bundle");

    /// <summary>Writes manifest.csv for a version, with a row for every file of the version: the given modes, absent for the rest.</summary>
    public TestBundle Manifest(string version, params (string File, string Mode)[] files)
    {
        var lines = new List<string> { "propertyName,value", "manifest.version,1.0", "oneroster.version," + version };
        var all = RosterTools.OneRoster.OneRosterVersions.TryParse(version, out var parsed) ? RosterTools.OneRoster.BundleFiles.Of(parsed) : Array.Empty<string>();
        lines.AddRange(files.Select(file => $"file.{file.File},{file.Mode}"));
        lines.AddRange(all.Where(name => files.All(file => file.File != name)).Select(name => $"file.{name},absent"));
        return Text("manifest.csv", string.Join("\n", lines) + "\n");
    }

    /// <summary>Writes a file from lines joined with LF and ending with LF.</summary>
    public TestBundle File(string name, params string[] lines) => Text(name, string.Join("\n", lines) + "\n");

    /// <summary>Writes a file exactly as given (line endings, BOM, final newline are the caller's).</summary>
    public TestBundle Text(string name, string content, bool bom = false)
    {
        var bytes = new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(content)).ToArray();
        System.IO.File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        return this;
    }

    /// <summary>Writes raw bytes (for invalid UTF-8).</summary>
    public TestBundle Bytes(string name, byte[] content)
    {
        System.IO.File.WriteAllBytes(Path.Combine(Folder, name), content);
        return this;
    }

    /// <summary>Zips the bundle's files (at the root of the zip, or under <paramref name="folderInZip"/>) and returns the zip's path.</summary>
    public string Zip(string? folderInZip = null)
    {
        var zip = Path.Combine(_root, "bundle.zip");
        System.IO.File.Delete(zip);
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(file);
            archive.CreateEntryFromFile(file, folderInZip is null ? name : folderInZip + "/" + name);
        }

        return zip;
    }

    /// <summary>A path in the test's temporary root (outside the bundle folder).</summary>
    public string Scratch(string name) => Path.Combine(_root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file may still be open on a slow file system; the temp folder is cleaned up later.
        }
    }
}
