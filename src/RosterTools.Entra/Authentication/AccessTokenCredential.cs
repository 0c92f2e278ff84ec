using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace RosterTools.Targets.Entra.Authentication;

/// <summary>
/// An access token the admin already has (Get-AzAccessToken, Connect-MgGraph's). It cannot be renewed: when it
/// expires, Graph answers 401 and the run stops with a message saying to get a new one.
/// </summary>
internal sealed class AccessTokenCredential : TokenCredential
{
    private readonly AccessToken _token;

    public AccessTokenCredential(string token, DateTimeOffset? expiresOn)
    {
        _token = new AccessToken(token, expiresOn ?? JwtExpiry(token) ?? DateTimeOffset.MaxValue);
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => _token;

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(_token);

    /// <summary>The exp claim of a JWT, when the token is one (Entra's are); null otherwise.</summary>
    internal static DateTimeOffset? JwtExpiry(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var document = System.Text.Json.JsonDocument.Parse(Convert.FromBase64String(payload));
            return document.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception e) when (e is FormatException || e is System.Text.Json.JsonException || e is ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
