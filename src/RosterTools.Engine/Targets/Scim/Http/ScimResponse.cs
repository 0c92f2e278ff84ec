using System.Text.Json.Nodes;

namespace RosterTools.Targets.Scim.Http;

/// <summary>What a SCIM service answered: the status, the JSON body (null when there is none), and the ETag.</summary>
internal sealed class ScimResponse
{
    public ScimResponse(int status, JsonNode? body, string? etag)
    {
        Status = status;
        Body = body;
        ETag = etag;
    }

    public int Status { get; }

    public JsonNode? Body { get; }

    public string? ETag { get; }

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The resource's version: the ETag header, else meta.version.</summary>
    public string? Version => ETag ?? Body?["meta"]?["version"]?.GetValue<string>();

    /// <summary>"HTTP 409 uniqueness: userName 'x' is already taken": the status with the SCIM error's scimType and detail.</summary>
    public string Describe()
    {
        var text = $"HTTP {Status}";
        if (Body is JsonObject error)
        {
            if (error["scimType"] is JsonValue type && type.TryGetValue<string>(out var scimType) && scimType.Length > 0)
            {
                text += " " + scimType;
            }

            if (error["detail"] is JsonValue detail && detail.TryGetValue<string>(out var said) && said.Trim().Length > 0)
            {
                text += ": " + said.Trim().TrimEnd('.');
            }
        }

        return text;
    }
}
