using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RosterTools.OneRoster.Csv;

/// <summary>A bundle in a folder.</summary>
internal sealed class FolderBundleSource : BundleSource
{
    private readonly string[] _names;

    public FolderBundleSource(string path)
        : base(path)
    {
        // Names are listed, not probed, so that matching is the same on case-insensitive file systems.
        _names = Directory.EnumerateFiles(path).Select(System.IO.Path.GetFileName).OrderBy(name => name, System.StringComparer.Ordinal).ToArray()!;
    }

    public override IReadOnlyList<string> FileNames => _names;

    public override Stream Open(string fileName) =>
        new FileStream(System.IO.Path.Combine(Path, fileName), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    public override long Length(string fileName) => new FileInfo(System.IO.Path.Combine(Path, fileName)).Length;
}
