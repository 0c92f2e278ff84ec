using System;
using System.IO;
using System.Text;

namespace RosterTools.Apply.Passwords;

/// <summary>
/// The protected output of initial passwords an admin asks for (CSV: account, userPrincipalName, sourcedId, password).
/// The file must not exist (it is never overwritten or appended to); on Linux and macOS it is created readable by its
/// owner only, on Windows it takes the folder's permissions, so write it into a folder only you can read. Each line is
/// flushed as the account is created, so a run that stops part way still leaves the passwords of what it created.
/// </summary>
public sealed class PasswordFile : IDisposable
{
    private readonly StreamWriter _writer;

    private PasswordFile(StreamWriter writer, string path)
    {
        _writer = writer;
        Path = path;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Passwords written.</summary>
    public int Count { get; private set; }

    /// <summary>Creates the file.</summary>
    /// <exception cref="IOException">The file exists, or cannot be created.</exception>
    public static PasswordFile Create(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new IOException($"The password file {full} exists; RosterTools never overwrites or adds to one. Move it away (or hand it out and delete it) first.");
        }

        var stream = Open(full);
        var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n" };
        writer.WriteLine("account,userPrincipalName,sourcedId,password");
        writer.Flush();
        return new PasswordFile(writer, full);
    }

    /// <summary>Writes one password and flushes it to disk.</summary>
    public void Write(IssuedPassword issued)
    {
        _writer.WriteLine(string.Join(",", Cell(issued.Account), Cell(issued.UserPrincipalName), Cell(issued.SourcedId), Cell(issued.Password)));
        _writer.Flush();
        Count++;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private static FileStream Open(string path)
    {
#if NET8_0_OR_GREATER
        if (!OperatingSystem.IsWindows())
        {
            return new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite });
        }
#endif
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
    }

    /// <summary>A CSV cell: quoted when it holds a comma, a quote or a line break (passwords can hold any symbol).</summary>
    private static string Cell(string? value) =>
        value is null ? string.Empty
        : value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 && !value.StartsWith("=", StringComparison.Ordinal) ? value
        : "\"" + value.Replace("\"", "\"\"") + "\"";
}
