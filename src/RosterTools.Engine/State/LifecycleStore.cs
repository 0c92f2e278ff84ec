using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using static RosterTools.Json.JsonFields;

namespace RosterTools.State;

/// <summary>Keeps the <see cref="LifecycleState"/> in <c>lifecycle.json</c> in the state folder, written atomically.</summary>
public static class LifecycleStore
{
    /// <summary>The file name in the state folder.</summary>
    public const string FileName = "lifecycle.json";

    /// <summary>Reads the state of a folder; an empty state when the folder has none yet.</summary>
    /// <exception cref="InvalidDataException">The file is not a lifecycle state (the message names the file and position).</exception>
    public static LifecycleState Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var state = new LifecycleState();
        if (!File.Exists(path))
        {
            return state;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.TryGetProperty("accounts", out var accounts))
            {
                foreach (var entry in accounts.EnumerateArray())
                {
                    var record = new LifecycleRecord
                    {
                        Anchor = entry.GetProperty("anchor").GetString() ?? string.Empty,
                        LeavingSince = Date(entry, "leavingSince"),
                        LeavingReason = Text(entry, "leavingReason"),
                        ByHand = entry.TryGetProperty("byHand", out var byHand) && byHand.GetBoolean(),
                        DisabledOn = Date(entry, "disabledOn"),
                        HomeContainer = Text(entry, "homeContainer"),
                    };
                    state.Accounts[record.Anchor] = record;
                }
            }

            if (document.RootElement.TryGetProperty("addedMembers", out var groups))
            {
                foreach (var group in groups.EnumerateObject())
                {
                    var anchors = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var anchor in group.Value.EnumerateArray())
                    {
                        anchors.Add(anchor.GetString()!);
                    }

                    state.AddedMembers[group.Name] = anchors;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"'{path}' is not a RosterTools lifecycle state: {ex.Message} Restore it from a backup; do not delete it, or grace periods start again.", ex);
        }

        return state;
    }

    /// <summary>Writes the state of a folder.</summary>
    public static void Save(string folder, LifecycleState state)
    {
        AtomicFile.Write(Path.Combine(folder, FileName), stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("accounts");
            foreach (var record in state.Accounts.Values)
            {
                json.WriteStartObject();
                json.WriteString("anchor", record.Anchor);
                WriteDate(json, "leavingSince", record.LeavingSince);
                json.WriteString("leavingReason", record.LeavingReason);
                if (record.ByHand)
                {
                    json.WriteBoolean("byHand", true);
                }

                WriteDate(json, "disabledOn", record.DisabledOn);
                json.WriteString("homeContainer", record.HomeContainer);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("addedMembers");
            foreach (var group in state.AddedMembers)
            {
                json.WriteStartArray(group.Key);
                foreach (var anchor in group.Value)
                {
                    json.WriteStringValue(anchor);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static DateTime? Date(JsonElement entry, string name) =>
        Text(entry, name) is { } text ? DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;

    private static void WriteDate(Utf8JsonWriter json, string name, DateTime? date)
    {
        if (date is DateTime day)
        {
            json.WriteString(name, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
