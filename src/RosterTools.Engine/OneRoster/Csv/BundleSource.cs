using System;
using System.Collections.Generic;
using System.IO;

namespace RosterTools.OneRoster.Csv;

/// <summary>The files of a bundle, wherever they are: a folder or a zip. Files are opened as streams, one at a time.</summary>
internal abstract class BundleSource : IDisposable
{
    protected BundleSource(string path) => Path = path;

    /// <summary>The folder or zip, as given.</summary>
    public string Path { get; }

    /// <summary>The names of the files at the root of the bundle (file names only, as they are spelled there).</summary>
    public abstract IReadOnlyList<string> FileNames { get; }

    /// <summary>Opens a file of the bundle for reading.</summary>
    public abstract Stream Open(string fileName);

    /// <summary>The size of a file in bytes (uncompressed), for progress reports.</summary>
    public abstract long Length(string fileName);

    /// <summary>Opens a folder or a zip file as a bundle.</summary>
    public static BundleSource Open(string path, BundleLimits limits)
    {
        if (Directory.Exists(path))
        {
            return new FolderBundleSource(path);
        }

        if (File.Exists(path))
        {
            return ZipBundleSource.Open(path, limits);
        }

        throw new BundleReadException(path, $"'{path}' is neither a folder nor a file. Give the folder or the .zip file of a OneRoster bundle.");
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the bundle's files.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
