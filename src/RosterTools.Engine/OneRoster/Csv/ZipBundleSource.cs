using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// A bundle in a zip file, read in place: entries are streamed, never extracted to disk. The zip is refused
/// as a whole when an entry's path could leave the bundle or when it would unpack to more than the limits
/// allow; and each entry is checked as it is read against the length and CRC-32 its header declares.
/// </summary>
internal sealed class ZipBundleSource : BundleSource
{
    private readonly FileStream _file;
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly string[] _names;
    private readonly BundleLimits _limits;

    private ZipBundleSource(string path, FileStream file, ZipArchive archive, Dictionary<string, ZipArchiveEntry> entries, BundleLimits limits)
        : base(path)
    {
        _file = file;
        _archive = archive;
        _entries = entries;
        _names = entries.Keys.OrderBy(name => name, StringComparer.Ordinal).ToArray();
        _limits = limits;
    }

    public override IReadOnlyList<string> FileNames => _names;

    public static new ZipBundleSource Open(string path, BundleLimits limits)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException ex)
            {
                throw new BundleReadException(path, $"'{path}' is not a folder and not a readable zip file: {ex.Message}", innerException: ex);
            }

            var entries = SelectEntries(path, archive, limits);
            return new ZipBundleSource(path, file, archive, entries, limits);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public override Stream Open(string fileName)
    {
        var entry = _entries[fileName];
        return new CheckedStream(entry.Open(), entry.Length, StoredCrc(entry), Path, fileName);
    }

    public override long Length(string fileName) => _entries[fileName].Length;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _archive.Dispose();
            _file.Dispose();
        }
    }

    /// <summary>
    /// Checks every entry, then picks the files of the bundle: those at the root, or those of the one folder that
    /// holds manifest.csv when the zip was made from a folder rather than from its files.
    /// </summary>
    private static Dictionary<string, ZipArchiveEntry> SelectEntries(string path, ZipArchive archive, BundleLimits limits)
    {
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName;
            if (name.IndexOf('\\') >= 0 || name.StartsWith("/", StringComparison.Ordinal) || name.IndexOf(':') >= 0
                || name.Split('/').Any(part => part == ".."))
            {
                throw new BundleReadException(path, $"The zip entry '{name}' has a path that could leave the bundle (absolute, '..', a drive or backslashes). The zip was refused; make it again from the bundle's files.", name);
            }

            total += entry.Length;
            if (total > limits.MaxUncompressedBytes)
            {
                throw new BundleReadException(path, $"The zip unpacks to more than {Format(limits.MaxUncompressedBytes)}, the limit for a bundle. The zip was refused (it may be a zip bomb).", name);
            }

            if (entry.Length >= limits.RatioCheckThreshold && entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
            {
                throw new BundleReadException(
                    path,
                    string.Format(CultureInfo.InvariantCulture, "The zip entry '{0}' unpacks to {1:N0} times its compressed size, more than the limit of {2:N0}. The zip was refused (it may be a zip bomb).", name, (double)entry.Length / entry.CompressedLength, limits.MaxCompressionRatio),
                    name);
            }
        }

        var files = archive.Entries.Where(entry => entry.Name.Length > 0).ToList();
        var root = files.Where(entry => entry.FullName.IndexOf('/') < 0).ToList();
        if (!root.Any(entry => entry.Name.Equals("manifest.csv", StringComparison.OrdinalIgnoreCase)))
        {
            var folders = files.Where(entry => entry.Name.Equals("manifest.csv", StringComparison.OrdinalIgnoreCase))
                .Select(entry => entry.FullName.Substring(0, entry.FullName.Length - entry.Name.Length))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (folders.Count == 1)
            {
                root = files.Where(entry => entry.FullName.StartsWith(folders[0], StringComparison.Ordinal) && entry.FullName.IndexOf('/', folders[0].Length) < 0).ToList();
            }
        }

        var selected = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in root)
        {
            selected[entry.Name] = entry;
        }

        return selected;
    }

    /// <summary>
    /// The CRC-32 the zip stores for an entry. .NET (Core) exposes it; .NET Framework, which Windows PowerShell 5.1
    /// runs on, does not, and there the length check alone applies.
    /// </summary>
    private static uint? StoredCrc(ZipArchiveEntry entry) => Crc32Property?.GetValue(entry) is uint crc ? crc : null;

    private static readonly System.Reflection.PropertyInfo? Crc32Property = typeof(ZipArchiveEntry).GetProperty("Crc32");

    private static string Format(long bytes) => string.Format(CultureInfo.InvariantCulture, "{0:N1} GiB", bytes / (1024.0 * 1024 * 1024));

    /// <summary>
    /// Reads an entry and checks it against its header: it must unpack to exactly the length the header declares
    /// and have the stored CRC-32. The deflate stream stops at the declared length, so an entry whose header was
    /// edited to declare less would otherwise lose its last rows without a word (and a bulk file that lost rows
    /// reads as people who left).
    /// </summary>
    private sealed class CheckedStream : Stream
    {
        private readonly Stream _inner;
        private readonly long _declared;
        private readonly uint? _storedCrc;
        private readonly string _path;
        private readonly string _name;
        private readonly Crc32 _crc = new();
        private long _read;
        private bool _checked;

        public CheckedStream(Stream inner, long declared, uint? storedCrc, string path, string name)
        {
            _inner = inner;
            _declared = declared;
            _storedCrc = storedCrc;
            _path = path;
            _name = name;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _declared;

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            _read += read;
            if (_read > _declared)
            {
                throw Refused($"unpacks to more than the {_declared:N0} bytes its header declares");
            }

            _crc.Add(buffer, offset, read);
            if (read == 0 && count > 0 && !_checked)
            {
                _checked = true;
                if (_read != _declared)
                {
                    throw Refused($"ends after {_read:N0} of the {_declared:N0} bytes its header declares");
                }

                if (_storedCrc is uint stored && stored != _crc.Value)
                {
                    throw Refused("does not match its stored checksum (CRC-32): it is damaged, or its header was changed");
                }
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private BundleReadException Refused(string what) =>
            new(_path, $"The zip entry '{_name}' {what}. The bundle was refused; nothing of it was used. Make the zip again from the SIS export.", _name);
    }
}
