using System;
using System.Collections.Generic;
using System.Text.Json;
using RosterTools.Planning;

namespace RosterTools.Json;

/// <summary>The small reads and writes of optional, list and change fields that the state files (plan, lifecycle, local store, audit log, run JSON) share.</summary>
internal static class JsonFields
{
    /// <summary>Writes <paramref name="name"/> only when there is a value.</summary>
    public static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes an array of strings.</summary>
    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>A string property, or null when it is missing or not a string.</summary>
    public static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An array of strings, empty when it is missing.</summary>
    public static IList<string> Strings(JsonElement json, string name)
    {
        var values = new List<string>();
        if (json.TryGetProperty(name, out var array))
        {
            foreach (var value in array.EnumerateArray())
            {
                values.Add(value.GetString() ?? string.Empty);
            }
        }

        return values;
    }

    /// <summary>Writes a "changes" array of attribute before/after values, when there are any; <paramref name="secret"/> says which attributes show as "(secret)".</summary>
    public static void Changes(Utf8JsonWriter json, IList<AttributeChange> changes, Func<string, bool>? secret = null)
    {
        if (changes.Count == 0)
        {
            return;
        }

        json.WriteStartArray("changes");
        foreach (var change in changes)
        {
            var hidden = secret?.Invoke(change.Attribute) == true;
            json.WriteStartObject();
            json.WriteString("attribute", change.Attribute);
            json.WriteString("before", hidden && change.Before is not null ? "(secret)" : change.Before);
            json.WriteString("after", hidden && change.After is not null ? "(secret)" : change.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Reads a "changes" array into <paramref name="changes"/>.</summary>
    public static void Changes(JsonElement json, IList<AttributeChange> changes)
    {
        if (json.TryGetProperty("changes", out var array))
        {
            foreach (var change in array.EnumerateArray())
            {
                changes.Add(new AttributeChange(Text(change, "attribute") ?? string.Empty, Text(change, "before"), Text(change, "after")));
            }
        }
    }
}
