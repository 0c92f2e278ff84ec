using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using RosterTools.Export;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;

namespace RosterTools.State.Snapshots;

/// <summary>
/// A folder of roster snapshots, so that comparing with "last night" needs no bookkeeping: each snapshot is a
/// compressed OneRoster bulk bundle (a .zip that any OneRoster reader opens) named by the UTC time it was taken
/// (<c>roster-20261121T023015Z.zip</c>), and <c>snapshots.json</c> indexes them with their version, source and
/// counts. Writes are atomic (a temporary file, flushed, then renamed), a lock file keeps two runs from saving at
/// once, and retention keeps the newest N snapshots or those of the last N days (never fewer than the newest one).
/// A snapshot holds what the roster holds, passwords included: protect the folder as you protect the SIS export.
/// </summary>
public sealed class SnapshotStore
{
    /// <summary>The index file's name.</summary>
    public const string IndexFileName = "snapshots.json";

    private const string Prefix = "roster-";
    private const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";
    private const string LockFileName = ".snapshots.lock";
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    /// <summary>Opens the store in <paramref name="folder"/> (created when the first snapshot is saved).</summary>
    public SnapshotStore(string folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new ArgumentException("Give the snapshot folder.", nameof(folder));
        }

        Folder = Path.GetFullPath(folder);
        if (File.Exists(Folder))
        {
            throw new IOException($"'{Folder}' is a file; a snapshot store is a folder.");
        }
    }

    /// <summary>The folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// The snapshots, oldest first: those of the index whose file is there, and any snapshot file the index does not
    /// list (an index lost or damaged is rebuilt from the file names).
    /// </summary>
    public IReadOnlyList<SnapshotInfo> List()
    {
        if (!Directory.Exists(Folder))
        {
            return Array.Empty<SnapshotInfo>();
        }

        var indexed = ReadIndex().Where(info => File.Exists(info.Path)).ToDictionary(info => info.Name, StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Folder, Prefix + "*.zip"))
        {
            var name = Path.GetFileName(file);
            if (!indexed.ContainsKey(name) && TryParseTime(name, out var created))
            {
                indexed[name] = new SnapshotInfo(name, file, created) { Bytes = new FileInfo(file).Length };
            }
        }

        return indexed.Values.OrderBy(info => info.CreatedUtc).ThenBy(info => info.Name.Length).ThenBy(info => info.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The newest snapshot, or null when the store has none.</summary>
    public SnapshotInfo? Latest() => List().LastOrDefault();

    /// <summary>Reads a snapshot back into a roster.</summary>
    /// <exception cref="BundleReadException">The snapshot's file cannot be read.</exception>
    public Roster Load(SnapshotInfo snapshot, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        OneRosterReader.Read((snapshot ?? throw new ArgumentNullException(nameof(snapshot))).Path, options, cancellationToken);

    /// <summary>
    /// Saves <paramref name="roster"/> as a new snapshot (a bulk bundle of its own version, everything in it), then
    /// removes the snapshots the retention does not keep.
    /// </summary>
    /// <exception cref="ArgumentException">The roster holds delta files: merge it onto the last snapshot first.</exception>
    /// <exception cref="IOException">The folder cannot be written, or another run holds the store's lock for too long.</exception>
    public SnapshotInfo Save(Roster roster, SnapshotOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (roster is null)
        {
            throw new ArgumentNullException(nameof(roster));
        }

        options ??= new SnapshotOptions();
        CheckRetention(options);
        var delta = OneRosterEntities.ReadOrder.Where(entity => roster.ModeOf(entity) == ProcessingMode.Delta).Select(entity => entity.FileName()).Distinct().ToList();
        if (delta.Count > 0)
        {
            throw new ArgumentException($"The roster holds delta files ({string.Join(", ", delta)}); a snapshot is a complete roster. Merge the delta onto the last snapshot first (Merge-Roster -SnapshotStore, rostertools merge --snapshots).", nameof(roster));
        }

        Directory.CreateDirectory(Folder);
        using var exclusive = Lock(cancellationToken);
        var now = (options.Now ?? DateTime.UtcNow).ToUniversalTime();
        var created = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var name = Prefix + created.ToString(TimeFormat, CultureInfo.InvariantCulture) + ".zip";
        for (var n = 2; File.Exists(Path.Combine(Folder, name)); n++)
        {
            name = Prefix + created.ToString(TimeFormat, CultureInfo.InvariantCulture) + "-" + n.ToString(CultureInfo.InvariantCulture) + ".zip";
        }

        var result = OneRosterWriter.Write(roster, Path.Combine(Folder, name), new ExportOptions { Progress = options.Progress }, cancellationToken);
        var snapshot = SnapshotInfo.For(name, result.Path, created, roster, result.Bytes);
        var snapshots = List().Where(info => info.Name != name).Append(snapshot).ToList();
        WriteIndex(snapshots);
        Prune(snapshots, options, created);
        return snapshot;
    }

    /// <summary>Removes the snapshots the retention does not keep (never the newest); returns those removed.</summary>
    public IReadOnlyList<SnapshotInfo> Prune(SnapshotOptions retention, CancellationToken cancellationToken = default)
    {
        if (retention is null)
        {
            throw new ArgumentNullException(nameof(retention));
        }

        CheckRetention(retention);
        if (!Directory.Exists(Folder))
        {
            return Array.Empty<SnapshotInfo>();
        }

        using var exclusive = Lock(cancellationToken);
        return Prune(List().ToList(), retention, (retention.Now ?? DateTime.UtcNow).ToUniversalTime());
    }

    private static void CheckRetention(SnapshotOptions options)
    {
        if (options.KeepCount is < 1)
        {
            throw new ArgumentException($"KeepCount is {options.KeepCount}; keep at least 1 snapshot.", nameof(options));
        }

        if (options.KeepDays is < 0)
        {
            throw new ArgumentException($"KeepDays is {options.KeepDays}; give 0 or more days.", nameof(options));
        }
    }

    private IReadOnlyList<SnapshotInfo> Prune(List<SnapshotInfo> snapshots, SnapshotOptions retention, DateTime now)
    {
        var ordered = snapshots.OrderBy(info => info.CreatedUtc).ThenBy(info => info.Name.Length).ThenBy(info => info.Name, StringComparer.Ordinal).ToList();
        var removed = new List<SnapshotInfo>();
        for (var i = 0; i < ordered.Count - 1; i++)
        {
            var info = ordered[i];
            var tooMany = retention.KeepCount is int count && ordered.Count - i > count;
            var tooOld = retention.KeepDays is int days && info.CreatedUtc < now.AddDays(-days);
            if (tooMany || tooOld)
            {
                // The file goes first: an index entry without its file is ignored, a file without an entry would come back.
                File.Delete(info.Path);
                removed.Add(info);
            }
        }

        if (removed.Count > 0)
        {
            WriteIndex(ordered.Except(removed).ToList());
        }

        return removed;
    }

    private IEnumerable<SnapshotInfo> ReadIndex()
    {
        var path = Path.Combine(Folder, IndexFileName);
        if (!File.Exists(path))
        {
            return Array.Empty<SnapshotInfo>();
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var list = new List<SnapshotInfo>();
            foreach (var item in document.RootElement.GetProperty("snapshots").EnumerateArray())
            {
                var name = item.GetProperty("name").GetString();
                if (name is null || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || !TryParseTime(name, out var created))
                {
                    continue;
                }

                list.Add(new SnapshotInfo(name, Path.Combine(Folder, name), created)
                {
                    Version = Text(item, "version"),
                    Source = Text(item, "source"),
                    Bytes = Number(item, "bytes", 0),
                    Users = (int)Number(item, "users", -1),
                    Enrollments = (int)Number(item, "enrollments", -1),
                    Errors = (int)Number(item, "errors", -1),
                });
            }

            return list;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return Array.Empty<SnapshotInfo>(); // a damaged index is rebuilt from the file names
        }

        static string? Text(JsonElement item, string name) => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        static long Number(JsonElement item, string name, long fallback) => item.TryGetProperty(name, out var value) && value.TryGetInt64(out var number) ? number : fallback;
    }

    private void WriteIndex(List<SnapshotInfo> snapshots) => AtomicFile.Write(Path.Combine(Folder, IndexFileName), stream =>
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("snapshots");
        foreach (var info in snapshots.OrderBy(info => info.CreatedUtc).ThenBy(info => info.Name.Length).ThenBy(info => info.Name, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", info.Name);
            json.WriteString("createdUtc", info.CreatedUtc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("version", info.Version);
            json.WriteString("source", info.Source);
            json.WriteNumber("bytes", info.Bytes);
            json.WriteNumber("users", info.Users);
            json.WriteNumber("enrollments", info.Enrollments);
            json.WriteNumber("errors", info.Errors);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Holds the store's lock file open (it is released when the process dies), waiting for another run to finish.</summary>
    private IDisposable Lock(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, LockFileName);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(200);
            }
            catch (IOException e)
            {
                throw new IOException($"Another run is saving a snapshot in '{Folder}' (it holds {LockFileName}); try again when it has finished.", e);
            }
        }
    }

    private static bool TryParseTime(string name, out DateTime created)
    {
        created = default;
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || name.Length < Prefix.Length + 16)
        {
            return false;
        }

        return DateTime.TryParseExact(name.Substring(Prefix.Length, 16), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out created);
    }
}
