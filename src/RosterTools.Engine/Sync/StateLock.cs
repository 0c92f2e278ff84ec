using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace RosterTools.Sync;

/// <summary>
/// Keeps two syncs from running on one state folder: <c>sync.lock</c> held open without sharing for the length of
/// the run. The operating system releases it when the process ends, however it ends, so a killed run leaves no lock.
/// </summary>
internal sealed class StateLock : IDisposable
{
    public const string FileName = "sync.lock";

    private readonly FileStream _file;

    private StateLock(FileStream file) => _file = file;

    /// <summary>Takes the lock, or returns null when another process holds it.</summary>
    public static StateLock? TryTake(string stateFolder)
    {
        Directory.CreateDirectory(stateFolder);
        try
        {
            var file = new FileStream(Path.Combine(stateFolder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            var note = Encoding.UTF8.GetBytes(string.Format(CultureInfo.InvariantCulture, "{0} {1} {2:O}\n", Environment.MachineName, GetProcessId(), DateTime.UtcNow));
            file.Write(note, 0, note.Length);
            file.Flush();
            return new StateLock(file);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();

    private static int GetProcessId()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.Id;
    }
}
