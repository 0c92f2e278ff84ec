using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Where a bundle is written: a folder, or a .zip file with the CSV files at its root. Either way nothing is in
/// place until every file is complete: a folder's files are written under temporary names
/// (<c>users.csv.partial</c>) and moved into place, manifest.csv last; a zip is written to a temporary file beside
/// it and renamed. A cancelled or failed write leaves what was there as it was. With overwrite, the OneRoster files
/// of an earlier bundle that the new one does not have are removed (the new manifest declares them absent); files
/// that are not OneRoster bundle files are never touched.
/// </summary>
internal abstract class BundleTarget : IDisposable
{
    private protected const string PartialSuffix = ".partial";

    private protected BundleTarget(string path) => Path = path;

    /// <summary>The full path of the folder or zip file.</summary>
    public string Path { get; }

    /// <summary>Whether the target is a zip file.</summary>
    public abstract bool IsZip { get; }

    /// <summary>
    /// Opens a folder, or a zip file when <paramref name="path"/> ends in .zip. A folder is created when missing.
    /// </summary>
    /// <exception cref="IOException">The folder is a file (or the zip a folder), or it holds files (the zip exists) and <paramref name="overwrite"/> is false.</exception>
    public static BundleTarget Open(string path, bool overwrite) =>
        path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ZipTarget.Open(path, overwrite) : FolderTarget.Open(path, overwrite);

    /// <summary>Opens a folder whatever its name.</summary>
    public static BundleTarget OpenFolder(string path, bool overwrite) => FolderTarget.Open(path, overwrite);

    /// <summary>Creates a file of the bundle; write it and dispose it before creating the next.</summary>
    public abstract Stream Create(string fileName);

    /// <summary>Puts the bundle in place and returns its size in bytes (the zip's, or the sum of the folder's files).</summary>
    public abstract long Commit();

    /// <summary>Removes what was written, after a failure or cancellation (best effort).</summary>
    public abstract void Abandon();

    /// <inheritdoc/>
    public virtual void Dispose()
    {
    }

    /// <summary>manifest.csv and every data file of either version.</summary>
    private protected static IEnumerable<string> BundleFileNames() =>
        new[] { BundleFiles.ManifestFileName }.Concat(BundleFiles.Of(OneRosterVersion.V1_2).Select(name => name + ".csv"));

    private protected static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private protected static void BestEffort(Action action)
    {
        try
        {
            action();
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed class FolderTarget : BundleTarget
    {
        private readonly List<string> _written = new();

        private FolderTarget(string path)
            : base(path)
        {
        }

        public override bool IsZip => false;

        public static new FolderTarget Open(string folder, bool overwrite)
        {
            var path = System.IO.Path.GetFullPath(folder);
            if (File.Exists(path))
            {
                throw new IOException($"'{path}' is a file. Give the folder to write the bundle to.");
            }

            if (!overwrite && Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
            {
                throw new IOException($"The folder '{path}' is not empty. Pass Overwrite (-Force, --force) to replace the OneRoster files in it, or choose an empty or new folder.");
            }

            Directory.CreateDirectory(path);
            var target = new FolderTarget(path);
            foreach (var name in BundleFileNames())
            {
                DeleteIfPresent(target.Full(name + PartialSuffix)); // left by a run that was killed
            }

            return target;
        }

        public override Stream Create(string fileName)
        {
            _written.Add(fileName);
            return new FileStream(Full(fileName + PartialSuffix), FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.SequentialScan);
        }

        public override long Commit()
        {
            DeleteIfPresent(Full(BundleFiles.ManifestFileName));
            foreach (var name in BundleFileNames().Where(name => !_written.Contains(name, StringComparer.Ordinal)))
            {
                DeleteIfPresent(Full(name));
            }

            long bytes = 0;
            foreach (var name in _written.OrderBy(name => name == BundleFiles.ManifestFileName ? 1 : 0))
            {
                DeleteIfPresent(Full(name));
                File.Move(Full(name + PartialSuffix), Full(name));
                bytes += new FileInfo(Full(name)).Length;
            }

            return bytes;
        }

        public override void Abandon()
        {
            foreach (var name in _written)
            {
                BestEffort(() => DeleteIfPresent(Full(name + PartialSuffix)));
            }
        }

        private string Full(string fileName) => System.IO.Path.Combine(Path, fileName);
    }

    private sealed class ZipTarget : BundleTarget
    {
        private readonly string _temporary;
        private FileStream? _file;
        private ZipArchive? _archive;

        private ZipTarget(string path, string temporary)
            : base(path)
        {
            _temporary = temporary;
        }

        public override bool IsZip => true;

        public static new ZipTarget Open(string zip, bool overwrite)
        {
            var path = System.IO.Path.GetFullPath(zip);
            if (Directory.Exists(path))
            {
                throw new IOException($"'{path}' is a folder. Give the .zip file to write the bundle to, or a folder name without .zip.");
            }

            if (!overwrite && File.Exists(path))
            {
                throw new IOException($"'{path}' already exists. Pass Overwrite (-Force, --force) to replace it, or choose another name.");
            }

            var folder = System.IO.Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            var temporary = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + PartialSuffix);
            var target = new ZipTarget(path, temporary);
            target._file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
            target._archive = new ZipArchive(target._file, ZipArchiveMode.Create, leaveOpen: true);
            return target;
        }

        public override Stream Create(string fileName) =>
            (_archive ?? throw new ObjectDisposedException(nameof(ZipTarget))).CreateEntry(fileName, CompressionLevel.Optimal).Open();

        public override long Commit()
        {
            _archive!.Dispose();
            _archive = null;
            _file!.Flush(flushToDisk: true);
            var bytes = _file.Length;
            _file.Dispose();
            _file = null;
            if (File.Exists(Path))
            {
                File.Replace(_temporary, Path, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            else
            {
                File.Move(_temporary, Path);
            }

            return bytes;
        }

        public override void Abandon()
        {
            BestEffort(() => _archive?.Dispose());
            BestEffort(() => _file?.Dispose());
            _archive = null;
            _file = null;
            BestEffort(() => DeleteIfPresent(_temporary));
        }

        public override void Dispose()
        {
            if (_file is not null)
            {
                Abandon();
            }
        }
    }
}
