using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using RosterTools.Apply;
using RosterTools.Planning;
using static RosterTools.Json.JsonFields;

namespace RosterTools.Audit;

/// <summary>
/// The audit log: append-only JSON lines in the <c>audit</c> folder of the state folder, one entry per action
/// outcome, in files by month (<c>audit-202611-001.jsonl</c>) that roll over to the next number when they reach
/// <see cref="MaxFileBytes"/>. Nothing is ever rewritten or deleted; rotation only starts a new file.
/// </summary>
public sealed class AuditLog : IDisposable
{
    /// <summary>The folder in the state folder.</summary>
    public const string FolderName = "audit";

    private readonly string _folder;
    private readonly MemoryStream _buffer = new();
    private FileStream? _file;
    private string? _month;
    private int _number;

    /// <summary>Opens the audit log of a state folder for appending (the folder is made on the first entry).</summary>
    public AuditLog(string stateFolder, long maxFileBytes = 64L * 1024 * 1024)
    {
        _folder = Path.Combine(Path.GetFullPath(stateFolder), FolderName);
        MaxFileBytes = maxFileBytes;
    }

    /// <summary>The size at which a month's file rolls over to the next.</summary>
    public long MaxFileBytes { get; }

    /// <summary>Appends entries, each in its month's file, flushed to disk before it returns.</summary>
    public void Append(IReadOnlyList<AuditEntry> entries)
    {
        var start = 0;
        while (start < entries.Count)
        {
            // One write per run of entries in the same month (almost always the whole batch).
            var month = Month(entries[start].TimeUtc);
            var end = start + 1;
            while (end < entries.Count && Month(entries[end].TimeUtc) == month)
            {
                end++;
            }

            _buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(_buffer))
            {
                for (var i = start; i < end; i++)
                {
                    Write(json, entries[i]);
                    json.Flush();
                    json.Reset();
                    _buffer.WriteByte((byte)'\n');
                }
            }

            var file = FileFor(month);
            _buffer.WriteTo(file);
            file.Flush(flushToDisk: true);
            start = end;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file?.Dispose();

    /// <summary>The entries of a state folder's audit log that match <paramref name="query"/>, oldest first, read as they are needed.</summary>
    /// <exception cref="InvalidDataException">A line is not an audit entry (the message names the file and line).</exception>
    public static IEnumerable<AuditEntry> Read(string stateFolder, AuditQuery? query = null)
    {
        query ??= new AuditQuery();
        var folder = Path.Combine(Path.GetFullPath(stateFolder), FolderName);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var firstMonth = query.Since is DateTime since ? Month(since.ToUniversalTime()) : null;
        var lastMonth = query.Until is DateTime until ? Month(until.ToUniversalTime()) : null;
        foreach (var path in Directory.GetFiles(folder, "audit-*.jsonl").OrderBy(path => path, StringComparer.Ordinal))
        {
            var month = Path.GetFileName(path).Substring(6, 6);
            if ((firstMonth is not null && string.CompareOrdinal(month, firstMonth) < 0) || (lastMonth is not null && string.CompareOrdinal(month, lastMonth) > 0))
            {
                continue;
            }

            foreach (var entry in ReadFile(path))
            {
                if (query.Matches(entry))
                {
                    yield return entry;
                }
            }
        }
    }

    private static IEnumerable<AuditEntry> ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            AuditEntry entry;
            try
            {
                using var document = JsonDocument.Parse(line);
                entry = Parse(document.RootElement);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or KeyNotFoundException or InvalidOperationException)
            {
                if (!line.TrimEnd().EndsWith("}", StringComparison.Ordinal))
                {
                    continue; // Torn by a process that died while writing it; the journal still holds that outcome as in flight.
                }

                throw new InvalidDataException($"{path}:{number}: not an audit entry ({ex.Message}).", ex);
            }

            yield return entry;
        }
    }

    private static string Month(DateTime timeUtc) => timeUtc.ToString("yyyyMM", CultureInfo.InvariantCulture);

    private FileStream FileFor(string month)
    {
        if (_file is not null && month == _month && _file.Length < MaxFileBytes)
        {
            return _file;
        }

        _file?.Dispose();
        Directory.CreateDirectory(_folder);
        if (month != _month)
        {
            _month = month;
            _number = Directory.GetFiles(_folder, $"audit-{month}-*.jsonl").Select(NumberOf).DefaultIfEmpty(1).Max();
        }

        while (true)
        {
            var path = Path.Combine(_folder, $"audit-{month}-{_number:000}.jsonl");
            _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 64 * 1024);
            if (_file.Length < MaxFileBytes)
            {
                EndTornLine(path, _file);
                return _file;
            }

            _file.Dispose();
            _number++;
        }
    }

    /// <summary>Ends a line torn by a process that died while writing it, so that new entries start on their own line.</summary>
    private static void EndTornLine(string path, FileStream file)
    {
        if (file.Length == 0)
        {
            return;
        }

        using (var read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read.Seek(-1, SeekOrigin.End);
            if (read.ReadByte() == '\n')
            {
                return;
            }
        }

        file.WriteByte((byte)'\n');
    }

    private static int NumberOf(string path) =>
        int.TryParse(Path.GetFileNameWithoutExtension(path).Substring(13), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;

    private static void Write(Utf8JsonWriter json, AuditEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("time", entry.TimeUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        json.WriteString("runId", entry.RunId);
        json.WriteString("user", entry.User);
        json.WriteString("machine", entry.Machine);
        Optional(json, "target", entry.Target);
        json.WriteString("actionId", entry.ActionId);
        json.WriteString("action", entry.Action.ToString());
        json.WriteString("stage", entry.Stage.ToString());
        json.WriteString("account", entry.Account);
        Optional(json, "anchor", entry.Anchor);
        Optional(json, "accountId", entry.AccountId);
        Optional(json, "sourcedId", entry.SourcedId);
        Optional(json, "group", entry.Group);
        Optional(json, "license", entry.License);
        Changes(json, entry.Changes, AuditEntry.IsSecret);
        json.WriteString("reason", entry.Reason);
        Optional(json, "source", entry.Source);
        Optional(json, "snapshot", entry.Snapshot);
        Optional(json, "policy", entry.Policy);
        json.WriteString("result", entry.Result.ToString());
        Optional(json, "response", entry.Response);
        Optional(json, "error", entry.Error);
        json.WriteEndObject();
    }

    private static AuditEntry Parse(JsonElement json)
    {
        var entry = new AuditEntry
        {
            TimeUtc = DateTime.Parse(Text(json, "time")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            RunId = Text(json, "runId") ?? string.Empty,
            User = Text(json, "user") ?? string.Empty,
            Machine = Text(json, "machine") ?? string.Empty,
            Target = Text(json, "target"),
            ActionId = Text(json, "actionId") ?? string.Empty,
            Action = (ActionType)Enum.Parse(typeof(ActionType), Text(json, "action")!),
            Stage = (ActionStage)Enum.Parse(typeof(ActionStage), Text(json, "stage")!),
            Account = Text(json, "account") ?? string.Empty,
            Anchor = Text(json, "anchor"),
            AccountId = Text(json, "accountId"),
            SourcedId = Text(json, "sourcedId"),
            Group = Text(json, "group"),
            License = Text(json, "license"),
            Reason = Text(json, "reason") ?? string.Empty,
            Source = Text(json, "source"),
            Snapshot = Text(json, "snapshot"),
            Policy = Text(json, "policy"),
            Result = (ActionStatus)Enum.Parse(typeof(ActionStatus), Text(json, "result")!),
            Response = Text(json, "response"),
            Error = Text(json, "error"),
        };
        Changes(json, entry.Changes);

        return entry;
    }
}
