using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.State;
using static RosterTools.Json.JsonFields;

namespace RosterTools.Targets.Local;

/// <summary>
/// The local store: accounts, groups, memberships and licences in the state folder, so that RosterTools runs end to
/// end on a machine with nothing else. The store is <c>directory.json</c>, written atomically, plus a change log
/// <c>directory.log</c> (JSON lines, flushed to disk after each batch) that is folded into the file when it grows
/// and when the store is closed; a crash at any point loses nothing that a batch reported as done.
/// </summary>
/// <remarks>
/// One process at a time: the open store holds the change log open for writing, and a second <see cref="Open"/>
/// fails with a clear message until the first is closed (or its process has died). The store keeps no passwords.
/// </remarks>
public sealed class LocalStoreTarget : IDirectoryTarget
{
    /// <summary>The store's file in the state folder.</summary>
    public const string FileName = "directory.json";

    /// <summary>The change log beside it.</summary>
    public const string LogFileName = "directory.log";

    private const string Format = "rostertools-local-directory";
    private const long MinimumLogBytes = 16L * 1024 * 1024;

    private readonly LocalDirectory _directory;
    private readonly FileStream _log;
    private readonly MemoryStream _pending = new();
    private int _loggedChanges;
    private long _storeBytes;
    private bool _disposed;

    private LocalStoreTarget(string folder, LocalDirectory directory, FileStream log, int loggedChanges)
    {
        Folder = folder;
        _directory = directory;
        _log = log;
        _loggedChanges = loggedChanges;
        var file = new FileInfo(Path.Combine(folder, FileName));
        _storeBytes = file.Exists ? file.Length : 0;
    }

    /// <summary>The state folder.</summary>
    public string Folder { get; }

    /// <inheritdoc />
    public string Description => "local store " + Folder;

    /// <inheritdoc />
    public int PreferredBatchSize => 1000;

    /// <inheritdoc />
    public TargetStatistics Statistics { get; } = new();

    /// <summary>How many accounts the store holds.</summary>
    public int AccountCount => _directory.AccountCount;

    /// <summary>Opens the store in <paramref name="folder"/> (created empty when it has none).</summary>
    /// <exception cref="InvalidDataException">The store file or its change log cannot be read (the message names the file and line).</exception>
    /// <exception cref="IOException">Another process has the store open.</exception>
    public static LocalStoreTarget Open(string folder)
    {
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        FileStream log;
        var logPath = Path.Combine(folder, LogFileName);
        try
        {
            log = new FileStream(logPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IOException($"The local store in '{folder}' is in use by another RosterTools process ({ex.Message.TrimEnd('.')}). Wait for it to finish.", ex);
        }

        try
        {
            var directory = new LocalDirectory();
            ReadFile(Path.Combine(folder, FileName), directory);
            var replayed = Replay(log, logPath, directory);
            return new LocalStoreTarget(folder, directory, log, replayed);
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public Task<DirectorySnapshot> ReadAsync(IProgress<int>? accountsRead, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var accounts = new List<DirectoryAccount>(_directory.AccountCount);
        foreach (var account in _directory.Accounts)
        {
            accounts.Add(Copy(account));
            if ((accounts.Count & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                accountsRead?.Report(accounts.Count);
            }
        }

        accountsRead?.Report(accounts.Count);
        var groups = _directory.Groups.Select(group => new DirectoryGroup { Name = group.Name, Id = group.Id }).ToList();
        return Task.FromResult(new DirectorySnapshot(accounts, groups, Description));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ActionResult>> ApplyAsync(IReadOnlyList<ActionRequest> requests, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var results = new ActionResult[requests.Count];
        _pending.SetLength(0);
        var changes = 0;
        using (var json = new Utf8JsonWriter(_pending))
        {
            for (var i = 0; i < requests.Count; i++)
            {
                var (result, change) = _directory.Execute(requests[i]);
                if (change is not null)
                {
                    _directory.Apply(change);
                    change.Write(json);
                    json.Flush();
                    json.Reset();
                    _pending.WriteByte((byte)'\n');
                    changes++;
                }

                results[i] = result;
            }
        }

        Statistics.AddRequest(requests.Count);
        if (changes > 0)
        {
            // The batch's changes reach the disk before any of them is reported done.
            _log.Seek(0, SeekOrigin.End);
            _pending.WriteTo(_log);
            _log.Flush(flushToDisk: true);
            _loggedChanges += changes;

            // Folded in once the log outgrows the store file: the replay at open never costs more than reading the file again.
            if (_log.Length > Math.Max(_storeBytes, MinimumLogBytes))
            {
                Compact();
            }
        }

        return Task.FromResult<IReadOnlyList<ActionResult>>(results);
    }

    /// <summary>Writes the accounts as CSV (<see cref="DirectoryCsv"/>'s columns), atomically.</summary>
    public void ExportCsv(string path, string anchorAttribute = "EmployeeID")
    {
        ThrowIfDisposed();
        AtomicFile.Write(path, stream => DirectoryCsv.Write(stream, _directory.Accounts.OrderBy(account => account.Username, StringComparer.OrdinalIgnoreCase), anchorAttribute));
    }

    /// <summary>Folds the change log into the store file (atomically), then empties the log.</summary>
    public void Compact()
    {
        ThrowIfDisposed();
        var path = Path.Combine(Folder, FileName);
        WriteFile(path, _directory);
        _storeBytes = new FileInfo(path).Length;
        _log.SetLength(0);
        _log.Flush(flushToDisk: true);
        _loggedChanges = 0;
    }

    /// <summary>Compacts the store and releases it.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            if (_loggedChanges > 0)
            {
                Compact();
            }
        }
        finally
        {
            _disposed = true;
            _log.Dispose();
        }
    }

    /// <summary>Releases the store without compacting it, as a process that dies does (for tests of recovery).</summary>
    internal void Abandon()
    {
        _disposed = true;
        _log.Dispose();
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(LocalStoreTarget), "The local store is closed.");
        }
    }

    private static DirectoryAccount Copy(DirectoryAccount account) => new()
    {
        Id = account.Id, Anchor = account.Anchor, Username = account.Username, UserPrincipalName = account.UserPrincipalName, Email = account.Email,
        GivenName = account.GivenName, Surname = account.Surname, DisplayName = account.DisplayName, Enabled = account.Enabled, Container = account.Container,
        DistinguishedName = account.DistinguishedName, Groups = account.Groups.ToList(), Licenses = account.Licenses.ToList(),
    };

    /// <summary>Replays the change log; a last line cut short by a crash (no newline) is the batch that never reported done.</summary>
    private static int Replay(FileStream log, string path, LocalDirectory directory)
    {
        var count = 0;
        var reader = new StreamReader(log, System.Text.Encoding.UTF8, false, 64 * 1024, leaveOpen: true);
        var text = reader.ReadToEnd();
        var lineNumber = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                break;
            }

            lineNumber++;
            var line = text.Substring(start, end - start);
            start = end + 1;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                directory.Apply(LocalChange.Read(document.RootElement));
                count++;
            }
            catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a local store change ({ex.Message}). Restore the state folder from a backup.", ex);
            }
        }

        if (start < text.Length)
        {
            // Cut the torn tail off, so that the next batch starts on a line of its own.
            log.SetLength(System.Text.Encoding.UTF8.GetByteCount(text.Substring(0, start)));
        }

        return count;
    }

    private static void ReadFile(string path, LocalDirectory directory)
    {
        if (!File.Exists(path))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (!root.TryGetProperty("format", out var format) || format.GetString() != Format)
            {
                throw new InvalidDataException($"'{path}' is not a RosterTools local store (its \"format\" is not \"{Format}\").");
            }

            foreach (var group in root.GetProperty("groups").EnumerateArray())
            {
                var loaded = new LocalGroup(group.GetProperty("name").GetString()!, Text(group, "id"));
                if (group.TryGetProperty("owners", out var owners))
                {
                    foreach (var owner in owners.EnumerateArray())
                    {
                        loaded.Owners.Add(owner.GetString()!);
                    }
                }

                directory.Load(loaded);
            }

            foreach (var entry in root.GetProperty("accounts").EnumerateArray())
            {
                directory.Load(new DirectoryAccount
                {
                    Id = entry.GetProperty("id").GetString(),
                    Anchor = Text(entry, "anchor"),
                    Username = Text(entry, "username"),
                    UserPrincipalName = Text(entry, "userPrincipalName"),
                    Email = Text(entry, "email"),
                    GivenName = Text(entry, "givenName"),
                    Surname = Text(entry, "surname"),
                    DisplayName = Text(entry, "displayName"),
                    Enabled = entry.GetProperty("enabled").GetBoolean(),
                    Container = Text(entry, "container"),
                    Groups = Strings(entry, "groups"),
                    Licenses = Strings(entry, "licenses"),
                });
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"'{path}' is not a readable RosterTools local store: {ex.Message} Restore it from a backup.", ex);
        }
    }

    private static void WriteFile(string path, LocalDirectory directory)
    {
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", 1);
            json.WriteStartArray("groups");
            foreach (var group in directory.Groups.OrderBy(group => group.Name, StringComparer.OrdinalIgnoreCase))
            {
                json.WriteStartObject();
                json.WriteString("name", group.Name);
                json.WriteString("id", group.Id);
                if (group.Owners.Count > 0)
                {
                    Strings(json, "owners", group.Owners);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("accounts");
            foreach (var account in directory.Accounts)
            {
                json.WriteStartObject();
                json.WriteString("id", account.Id);
                Optional(json, "anchor", account.Anchor);
                Optional(json, "username", account.Username);
                Optional(json, "userPrincipalName", account.UserPrincipalName);
                Optional(json, "email", account.Email);
                Optional(json, "givenName", account.GivenName);
                Optional(json, "surname", account.Surname);
                Optional(json, "displayName", account.DisplayName);
                json.WriteBoolean("enabled", account.Enabled);
                Optional(json, "container", account.Container);
                Strings(json, "groups", account.Groups);
                Strings(json, "licenses", account.Licenses);
                json.WriteEndObject();
                json.Flush();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
