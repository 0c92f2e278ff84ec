using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace RosterTools.State;

/// <summary>
/// One run at a time on a state folder: the lock is a file held open without sharing, so the operating system
/// releases it when the process ends, however it ends (no stale lock after a crash or a killed task).
/// </summary>
public sealed class StateLock : IDisposable
{
    /// <summary>The lock file's name in the state folder.</summary>
    public const string FileName = "sync.lock";

    private readonly FileStream _file;

    private StateLock(FileStream file) => _file = file;

    /// <summary>Takes the lock on <paramref name="folder"/> (created if missing).</summary>
    /// <exception cref="StateLockedException">Another run holds it; the message says which process, when it can tell.</exception>
    public static StateLock Acquire(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new StateLockedException($"Another RosterTools run is using the state folder {folder} ({Holder(path)}). Two runs on one state folder would repeat and undo each other's work; wait for it to finish.", ex);
        }

        using var process = Process.GetCurrentProcess();
        var owner = Encoding.UTF8.GetBytes(string.Format(CultureInfo.InvariantCulture, "process {0} on {1}, since {2:yyyy-MM-dd HH:mm:ss} UTC", process.Id, Environment.MachineName, DateTime.UtcNow));
        file.SetLength(0);
        file.Write(owner, 0, owner.Length);
        file.Flush(true);
        return new StateLock(file);
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _file.Dispose();

    /// <summary>Who holds the lock, as its file says; the file cannot be read while it is held on Windows.</summary>
    private static string Holder(string path)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var text = reader.ReadToEnd();
            return text.Length > 0 ? "held by " + text : "held by another process";
        }
        catch (IOException)
        {
            return "held by another process";
        }
    }
}

/// <summary>The state folder is in use by another run.</summary>
public sealed class StateLockedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StateLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
