using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace RosterTools.OneRoster.Rest.Auth;

/// <summary>
/// Signs each request with OAuth 1.0a (RFC 5849), two-legged as OneRoster 1.1 uses it: consumer key and secret, no
/// token, a fresh nonce and timestamp per request, the signature in the Authorization header.
/// </summary>
internal sealed class OAuth1Authenticator : IRequestAuthenticator
{
    private static readonly RandomNumberGenerator Random = RandomNumberGenerator.Create();
    private readonly string _clientId;
    private readonly ClientSecret _secret;
    private readonly OAuth1SignatureMethod _method;

    public OAuth1Authenticator(string clientId, ClientSecret secret, OAuth1SignatureMethod method)
    {
        _clientId = clientId;
        _secret = secret;
        _method = method;
    }

    public string Description => $"OAuth 1.0a ({OAuth1Signature.MethodName(_method)})";

    public Task<object?> ApplyAsync(HttpRequestMessage request, ApiScope scope, CancellationToken cancellationToken)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("oauth_consumer_key", _clientId),
            new("oauth_nonce", Nonce()),
            new("oauth_signature_method", OAuth1Signature.MethodName(_method)),
            new("oauth_timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new("oauth_version", "1.0"),
        };
        var baseString = OAuth1Signature.BaseString(request.Method.Method, request.RequestUri!, parameters);
        parameters.Add(new KeyValuePair<string, string>("oauth_signature", _secret.UseUtf8(secret => OAuth1Signature.Sign(baseString, secret, null, _method))));
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", OAuth1Signature.AuthorizationHeader(parameters));
        return Task.FromResult<object?>(null);
    }

    /// <summary>A signature does not expire: a refused one will be refused again.</summary>
    public bool Refused(ApiScope scope, object? applied) => false;

    public void Dispose() => _secret.Dispose();

    private static string Nonce()
    {
        var bytes = new byte[16];
        lock (Random)
        {
            Random.GetBytes(bytes);
        }

        return BitConverter.ToString(bytes).Replace("-", string.Empty).ToLowerInvariant();
    }
}
