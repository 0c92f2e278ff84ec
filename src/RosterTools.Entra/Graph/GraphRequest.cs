using System.Text.Json.Nodes;

namespace RosterTools.Targets.Entra.Graph;

/// <summary>One Graph request, as a $batch step holds it: method, URL relative to the service root, optional JSON body.</summary>
internal sealed class GraphRequest
{
    public GraphRequest(string method, string url, JsonObject? body = null)
    {
        Method = method;
        Url = url;
        Body = body;
    }

    /// <summary>GET, POST, PATCH, DELETE.</summary>
    public string Method { get; }

    /// <summary>Relative to the service root, with a leading slash: "/users?$select=id".</summary>
    public string Url { get; }

    /// <summary>The JSON body; may hold a password (a Create), so it is never logged or put in a message.</summary>
    public JsonObject? Body { get; }

    /// <summary>
    /// Whether the request may be sent again when it is not known whether Graph carried it out (a timeout, a 5xx).
    /// True for everything whose repetition shows (a second create of a user meets its own userPrincipalName); false
    /// for creating a group, whose name Graph does not keep unique: the caller looks before it tries again.
    /// </summary>
    public bool SafeToRepeat { get; set; } = true;

    /// <summary>Extra headers (ConsistencyLevel: eventual for advanced queries).</summary>
    public string? ConsistencyLevel { get; set; }

    /// <summary>"POST /users": what a message may say about the request (never the body).</summary>
    public override string ToString()
    {
        var query = Url.IndexOf('?');
        return Method + " " + (query < 0 ? Url : Url.Substring(0, query));
    }

    public static GraphRequest Get(string url) => new("GET", url);

    public static GraphRequest Post(string url, JsonObject? body) => new("POST", url, body ?? new JsonObject());

    public static GraphRequest Patch(string url, JsonObject body) => new("PATCH", url, body);

    public static GraphRequest Delete(string url) => new("DELETE", url);
}
