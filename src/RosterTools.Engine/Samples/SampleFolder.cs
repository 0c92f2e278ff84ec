using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RosterTools.OneRoster;

namespace RosterTools.Samples;

/// <summary>
/// The folder a sample bundle goes to. Files are written under temporary names (<c>users.csv.partial</c>) and moved
/// into place only when every file is complete, manifest.csv last: a cancelled or failed run leaves the folder as
/// it was. With Overwrite, the OneRoster files of an earlier bundle that the new one does not have (roles.csv
/// when a 1.1 bundle replaces a 1.2 one) are removed, since the new manifest would declare them absent; files
/// that are not OneRoster bundle files are never touched.
/// </summary>
internal sealed class SampleFolder
{
    private const string PartialSuffix = ".partial";
    private readonly List<string> _written = new();

    private SampleFolder(string path) => Path = path;

    /// <summary>The full path of the folder.</summary>
    public string Path { get; }

    /// <summary>Checks the folder and creates it when it is missing.</summary>
    /// <exception cref="IOException">The path is a file, or the folder holds files and <paramref name="overwrite"/> is false.</exception>
    public static SampleFolder Prepare(string folder, bool overwrite)
    {
        var path = System.IO.Path.GetFullPath(folder);
        if (File.Exists(path))
        {
            throw new IOException($"'{path}' is a file. Give the folder to write the sample bundle to.");
        }

        if (!overwrite && Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
        {
            throw new IOException($"The folder '{path}' is not empty. Pass Overwrite (-Force) to replace the OneRoster files in it, or choose an empty or new folder.");
        }

        Directory.CreateDirectory(path);
        var sample = new SampleFolder(path);
        foreach (var name in BundleFileNames())
        {
            sample.DeleteIfPresent(name + PartialSuffix); // left by a run that was killed
        }

        return sample;
    }

    /// <summary>Creates a file of the bundle (under its temporary name).</summary>
    public Stream Create(string fileName)
    {
        _written.Add(fileName);
        return new FileStream(Full(fileName + PartialSuffix), FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.SequentialScan);
    }

    /// <summary>Puts the written files in place, manifest.csv last, and returns the size of the bundle in bytes.</summary>
    public long Commit()
    {
        DeleteIfPresent(BundleFiles.ManifestFileName);
        foreach (var name in BundleFileNames().Where(name => !_written.Contains(name, StringComparer.Ordinal)))
        {
            DeleteIfPresent(name);
        }

        long bytes = 0;
        foreach (var name in _written.OrderBy(name => name == BundleFiles.ManifestFileName ? 1 : 0))
        {
            DeleteIfPresent(name);
            File.Move(Full(name + PartialSuffix), Full(name));
            bytes += new FileInfo(Full(name)).Length;
        }

        return bytes;
    }

    /// <summary>Removes what this run wrote, after a failure or cancellation (best effort: the first error is what matters).</summary>
    public void Abandon()
    {
        foreach (var name in _written)
        {
            try
            {
                DeleteIfPresent(name + PartialSuffix);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>manifest.csv and every data file of either version.</summary>
    private static IEnumerable<string> BundleFileNames() =>
        new[] { BundleFiles.ManifestFileName }.Concat(BundleFiles.Of(OneRosterVersion.V1_2).Select(name => name + ".csv"));

    private string Full(string fileName) => System.IO.Path.Combine(Path, fileName);

    private void DeleteIfPresent(string fileName)
    {
        var path = Full(fileName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
