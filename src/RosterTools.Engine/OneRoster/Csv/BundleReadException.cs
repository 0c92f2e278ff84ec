using System;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// A bundle that cannot be read at all: the path does not exist, the zip is damaged, or the zip was refused
/// (a zip bomb, an entry whose path leaves the bundle). Problems inside readable files are findings instead.
/// </summary>
public sealed class BundleReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BundleReadException(string path, string message, string? file = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        File = file;
    }

    /// <summary>The bundle (folder or zip) being read.</summary>
    public string Path { get; }

    /// <summary>The file of the bundle the problem is in, when it is in one.</summary>
    public string? File { get; }
}
