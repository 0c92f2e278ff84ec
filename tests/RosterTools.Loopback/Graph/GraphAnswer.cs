using System.Text.Json.Nodes;

namespace RosterTools.Testing.Loopback.Graph;

/// <summary>What the fake answers one request: status, body, and Retry-After when it throttles.</summary>
internal sealed class GraphAnswer
{
    public GraphAnswer(int status, JsonNode? body = null, string? retryAfter = null)
    {
        Status = status;
        Body = body;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public JsonNode? Body { get; }

    public string? RetryAfter { get; }

    public static GraphAnswer Error(int status, string code, string message, string? detail = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (detail is not null)
        {
            error["details"] = new JsonArray(new JsonObject { ["code"] = detail, ["message"] = message });
        }

        return new GraphAnswer(status, new JsonObject { ["error"] = error });
    }

    public static GraphAnswer NotFound(string what) => Error(404, "Request_ResourceNotFound", $"Resource '{what}' does not exist or one of its queried reference-property objects are not present.");

    public static GraphAnswer BadRequest(string message, string? detail = null) => Error(400, "Request_BadRequest", message, detail);
}
