using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster;
using RosterTools.Validation;

namespace RosterTools.Export;

/// <summary>What an export wrote.</summary>
public sealed class ExportResult
{
    internal ExportResult(string path, OneRosterVersion version, bool isDelta, IReadOnlyDictionary<string, long> files, long bytes, FindingCollection findings, string? profile)
    {
        Path = path;
        Version = version;
        IsDelta = isDelta;
        Files = files;
        Bytes = bytes;
        Findings = findings;
        Profile = profile;
    }

    /// <summary>The folder or .zip file written.</summary>
    public string Path { get; }

    /// <summary>The OneRoster version written.</summary>
    public OneRosterVersion Version { get; }

    /// <summary>Whether the bundle is a delta (changes since a reference roster) rather than bulk.</summary>
    public bool IsDelta { get; }

    /// <summary>The data rows of each file written, by collection name (<c>users</c>...), in the order written. Files not written are absent in the manifest.</summary>
    public IReadOnlyDictionary<string, long> Files { get; }

    /// <summary>The data rows written, over all files.</summary>
    public long Rows => Files.Values.Sum();

    /// <summary>The size of the bundle in bytes (the zip's, or the folder's files').</summary>
    public long Bytes { get; }

    /// <summary>What the export changed or left out on the way (values converted between versions, columns a version does not have), as warnings.</summary>
    public FindingCollection Findings { get; }

    /// <summary>The name of the profile applied, if any.</summary>
    public string? Profile { get; }

    /// <summary>The version, kind and path.</summary>
    public override string ToString() => $"OneRoster {Version.ToSpecString()} {(IsDelta ? "delta" : "bulk")} bundle {Path}: {Rows:N0} rows in {Files.Count} files";
}
