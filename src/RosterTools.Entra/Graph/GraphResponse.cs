using System;
using System.Text.Json;

namespace RosterTools.Targets.Entra.Graph;

/// <summary>Graph's answer to one request (from inside a $batch, or made up when no answer came).</summary>
internal sealed class GraphResponse
{
    public GraphResponse(int status, JsonElement? body, TimeSpan? retryAfter = null, string? failure = null)
    {
        Status = status;
        Body = body;
        RetryAfter = retryAfter;
        Failure = failure;
    }

    /// <summary>The HTTP status; 0 when no answer came (timeout, connection lost).</summary>
    public int Status { get; }

    /// <summary>The JSON body, when there is one.</summary>
    public JsonElement? Body { get; }

    /// <summary>What Retry-After asked for.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Why there is no real answer (status 0), or why the whole $batch was refused.</summary>
    public string? Failure { get; }

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Graph's error code (Request_BadRequest, Request_ResourceNotFound...), and the first detail code when there is one (ObjectConflict).</summary>
    public string? ErrorCode => Error("code");

    public string? DetailCode
    {
        get
        {
            if (Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array && details.GetArrayLength() > 0
                && details[0].ValueKind == JsonValueKind.Object && details[0].TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                return code.GetString();
            }

            return null;
        }
    }

    /// <summary>Graph's error message.</summary>
    public string? ErrorMessage => Error("message");

    /// <summary>"400 Request_BadRequest: Another object with the same value for property userPrincipalName already exists."</summary>
    public string Describe()
    {
        if (Status == 0)
        {
            return Failure ?? "no answer";
        }

        var code = ErrorCode;
        var message = ErrorMessage ?? Failure;
        return Status + (code is null ? string.Empty : " " + code) + (message is null ? string.Empty : ": " + message);
    }

    /// <summary>Whether the error message says <paramref name="text"/> (Graph's codes are too coarse to tell a conflict from other bad requests).</summary>
    public bool Says(string text) => ErrorMessage?.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>A string property of the body.</summary>
    public string? Text(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private string? Error(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
        && error.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
