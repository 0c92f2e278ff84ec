using System;
using System.Text.Json;

namespace RosterTools.OneRoster.Rest.Http;

/// <summary>
/// The imsx_StatusInfo of an error answer: codeMajor (failure), severity, a description, and the code minor values
/// (invalid_filter_field, server_busy...) that say what went wrong. Read from the body as it is, or wrapped in
/// <c>imsx_statusInfo</c> as some 1.1 providers send it; anything else is no status info.
/// </summary>
internal sealed class StatusInfo
{
    private StatusInfo(string? codeMajor, string? description, string? codeMinor)
    {
        CodeMajor = codeMajor;
        Description = description;
        CodeMinor = codeMinor;
    }

    public string? CodeMajor { get; }

    public string? Description { get; }

    /// <summary>The first code minor value.</summary>
    public string? CodeMinor { get; }

    /// <summary>Reads the status info of an error body; null when the body is not one.</summary>
    public static StatusInfo? TryRead(byte[] body, int length)
    {
        if (length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(new ReadOnlyMemory<byte>(body, 0, length));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Object && property.Name.Equals("imsx_statusInfo", StringComparison.OrdinalIgnoreCase))
                {
                    root = property.Value;
                    break;
                }
            }

            var major = Text(root, "imsx_codeMajor");
            var description = Text(root, "imsx_description");
            string? minor = null;
            if (Find(root, "imsx_CodeMinor") is { ValueKind: JsonValueKind.Object } codeMinor
                && Find(codeMinor, "imsx_codeMinorField") is { } fields)
            {
                var field = fields.ValueKind == JsonValueKind.Array ? (fields.GetArrayLength() > 0 ? fields[0] : default) : fields;
                minor = field.ValueKind == JsonValueKind.Object ? Text(field, "imsx_codeMinorFieldValue") : null;
            }

            return major is null && description is null && minor is null ? null : new StatusInfo(major, description, minor);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What a code minor value means, in words.</summary>
    public static string? Explain(string? codeMinor) => codeMinor switch
    {
        "invalid_filter_field" => "the provider does not support this filter",
        "invalid_selection_field" => "the provider does not support this selection of fields",
        "invaliddata" => "the provider found the request invalid",
        "unauthorisedrequest" => "the request was not authorised",
        "forbidden" => "the client may not read this",
        "server_busy" => "the provider is busy",
        "unknownobject" => "the provider does not know this object",
        "internal_server_error" => "the provider failed",
        _ => null,
    };

    private static string? Text(JsonElement element, string name) =>
        Find(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static JsonElement? Find(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
