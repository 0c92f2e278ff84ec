using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace RosterTools.Apply.Journal;

/// <summary>
/// The journal of one plan: JSON lines in <c>journal/&lt;plan key&gt;.jsonl</c> in the state folder. Before a batch
/// goes to the target, the intent of each action is appended; after, its outcome; each flushed to disk. A run of
/// the same plan reads it back: what has an outcome of Done or AlreadyDone is not done again, and what has an intent
/// without an outcome was in flight when the last run stopped.
/// </summary>
internal sealed class ApplyJournal : IDisposable
{
    /// <summary>The folder in the state folder.</summary>
    public const string FolderName = "journal";

    private readonly MemoryStream _buffer = new();
    private FileStream? _file;

    private ApplyJournal(string path) => Path = path;

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>The actions completed (Done or AlreadyDone) by earlier runs: by action id, the run and the account id learned.</summary>
    public Dictionary<string, JournalOutcome> Completed { get; } = new(StringComparer.Ordinal);

    /// <summary>The actions whose intent was written without an outcome, by action id: the run they were in flight in.</summary>
    public Dictionary<string, string> InFlight { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the journal of <paramref name="planKey"/> in a state folder (empty when there is none).</summary>
    /// <exception cref="InvalidDataException">A line other than a torn last one cannot be read (the message names file and line).</exception>
    public static ApplyJournal Open(string stateFolder, string planKey)
    {
        var journal = new ApplyJournal(System.IO.Path.Combine(System.IO.Path.GetFullPath(stateFolder), FolderName, planKey + ".jsonl"));
        if (File.Exists(journal.Path))
        {
            journal.Load();
        }

        return journal;
    }

    /// <summary>Appends the start of a run.</summary>
    public void Started(string runId, DateTime utc)
    {
        Begin();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartObject();
            json.WriteString("e", "run");
            json.WriteString("run", runId);
            json.WriteString("utc", utc.ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        End();
    }

    /// <summary>Appends the intents of a batch, flushed to disk.</summary>
    public void Intents(string runId, IReadOnlyList<ActionRequest> batch)
    {
        Begin();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            foreach (var request in batch)
            {
                json.WriteStartObject();
                json.WriteString("e", "intent");
                json.WriteString("run", runId);
                json.WriteString("id", request.Action.Id);
                json.WriteEndObject();
                json.Flush();
                json.Reset();
                _buffer.WriteByte((byte)'\n');
            }
        }

        End(newline: false);
    }

    /// <summary>Appends the outcomes of a batch, flushed to disk.</summary>
    public void Outcomes(string runId, IReadOnlyList<ActionResult> results)
    {
        Begin();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("e", "outcome");
                json.WriteString("run", runId);
                json.WriteString("id", result.Id);
                json.WriteString("status", result.Status.ToString());
                if (result.AccountId is not null)
                {
                    json.WriteString("accountId", result.AccountId);
                }

                json.WriteEndObject();
                json.Flush();
                json.Reset();
                _buffer.WriteByte((byte)'\n');
            }
        }

        End(newline: false);
    }

    /// <inheritdoc />
    public void Dispose() => _file?.Dispose();

    private void Begin() => _buffer.SetLength(0);

    private void End(bool newline = true)
    {
        if (newline)
        {
            _buffer.WriteByte((byte)'\n');
        }

        if (_file is null)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            _file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read, 64 * 1024);
        }

        _buffer.WriteTo(_file);
        _file.Flush(flushToDisk: true);
    }

    private void Load()
    {
        var bytes = File.ReadAllBytes(Path);
        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        if (complete < bytes.Length)
        {
            // A line torn by a process that died while writing it: cut it off, so the next line starts clean.
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.Read);
            file.SetLength(complete);
        }

        var lines = System.Text.Encoding.UTF8.GetString(bytes, 0, complete).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                var root = document.RootElement;
                var kind = root.GetProperty("e").GetString();
                var id = kind == "run" ? null : root.GetProperty("id").GetString()!;
                var run = root.GetProperty("run").GetString()!;
                if (kind == "intent")
                {
                    InFlight[id!] = run;
                }
                else if (kind == "outcome")
                {
                    InFlight.Remove(id!);
                    var status = (ActionStatus)Enum.Parse(typeof(ActionStatus), root.GetProperty("status").GetString()!);
                    if (status is ActionStatus.Done or ActionStatus.AlreadyDone)
                    {
                        Completed[id!] = new JournalOutcome(run, status, root.TryGetProperty("accountId", out var accountId) ? accountId.GetString() : null);
                    }
                }
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new InvalidDataException($"{Path}:{i + 1}: not a journal line ({ex.Message}). Move the journal aside to apply the plan without it.", ex);
            }
        }
    }
}

/// <summary>What the journal says about an action an earlier run completed.</summary>
internal sealed class JournalOutcome
{
    public JournalOutcome(string runId, ActionStatus status, string? accountId)
    {
        RunId = runId;
        Status = status;
        AccountId = accountId;
    }

    public string RunId { get; }

    public ActionStatus Status { get; }

    public string? AccountId { get; }
}
