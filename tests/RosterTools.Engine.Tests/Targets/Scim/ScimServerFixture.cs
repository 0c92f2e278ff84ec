using System.IO;
using System.Net.Http;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Security;
using System.Text.Json.Nodes;
using RosterTools.Targets.Scim;

namespace RosterTools.Tests.Targets.Scim;

/// <summary>
/// The SCIM server of tests/scim-server (scimmy and scimmy-routers over an in-memory store, under Node) on a free
/// loopback port, for the tests of a collection. `npm ci` runs first when its packages are not installed yet.
/// Each test resets it (<see cref="Reset"/>).
/// </summary>
public sealed class ScimServerFixture : IDisposable
{
    public const string Token = "scim-test-token";
    public const string ClientId = "scim-client";
    public const string ClientSecret = "scim-secret";
    private readonly Process _node;

    public ScimServerFixture()
    {
        var folder = Path.Combine(Paths.Repository, "tests", "scim-server");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "scimmy-routers")))
        {
            Run("npm", "ci --no-audit --no-fund", folder);
        }

        _node = Process.Start(new ProcessStartInfo("node", "server.js --port 0")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node did not start");
        var line = _node.StandardOutput.ReadLine();
        if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The SCIM test server did not start: {line} {_node.StandardError.ReadToEnd()}");
        }

        BaseUrl = new Uri($"http://127.0.0.1:{line.Substring("listening ".Length).Trim()}");
        Control = new HttpClient { BaseAddress = BaseUrl };
    }

    public Uri BaseUrl { get; }

    /// <summary>The test server's control endpoints (/_test/...).</summary>
    public HttpClient Control { get; }

    public void Reset() => Control.PostAsync("/_test/reset", null).Result.EnsureSuccessStatusCode();

    /// <summary>The next <paramref name="count"/> requests (of <paramref name="method"/> only, when given) are answered 429 (or <paramref name="status"/>), with Retry-After when given.</summary>
    public void Throttle(int count, string? retryAfter = "1", int status = 429, string? method = null) =>
        Control.PostAsJsonAsync("/_test/throttle", new { count, retryAfter, status, method }).Result.EnsureSuccessStatusCode();

    /// <summary>Revokes every OAuth token issued so far: the next request with one is answered 401.</summary>
    public void RevokeTokens() => Control.PostAsync("/_test/revoke", null).Result.EnsureSuccessStatusCode();

    /// <summary>Turns PATCH support off (ServiceProviderConfig says so, and PATCH is answered 501).</summary>
    public void Patch(bool supported) => Control.PostAsJsonAsync("/_test/patch", new { supported }).Result.EnsureSuccessStatusCode();

    /// <summary>The requests the server received since the last reset (method, path, If-Match, Content-Type, whether authorized).</summary>
    public JsonArray Requests() => (JsonArray)JsonNode.Parse(Control.GetStringAsync("/_test/requests").Result)!;

    public JsonObject Stats() => (JsonObject)JsonNode.Parse(Control.GetStringAsync("/_test/stats").Result)!;

    /// <summary>The bulkUpload documents the server accepted.</summary>
    public JsonArray Bulk() => (JsonArray)JsonNode.Parse(Control.GetStringAsync("/_test/bulk").Result)!;

    public ScimTarget Target(Action<ScimTargetSettings>? configure = null)
    {
        var settings = new ScimTargetSettings { BaseUrl = BaseUrl, BearerToken = Secure(Token), RetryDelay = TimeSpan.FromMilliseconds(50), PageSize = 100 };
        configure?.Invoke(settings);
        return ScimTarget.Open(settings);
    }

    public static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }

    public void Dispose()
    {
        Control.Dispose();
        try
        {
            _node.Kill(entireProcessTree: true);
            _node.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }

        _node.Dispose();
    }

    private static void Run(string file, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} in {folder} failed: {error.Result}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ScimServerCollection : ICollectionFixture<ScimServerFixture>
{
    public const string Name = "SCIM server";
}
