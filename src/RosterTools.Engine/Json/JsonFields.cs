using System.Collections.Generic;
using System.Text.Json;

namespace RosterTools.Json;

/// <summary>The small reads and writes of optional and list fields that the state files (local store, audit log, run JSON) share.</summary>
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
}
