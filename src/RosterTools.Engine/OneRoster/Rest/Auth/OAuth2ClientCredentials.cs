using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.OneRoster.Rest.Http;

namespace RosterTools.OneRoster.Rest.Auth;

/// <summary>
/// OAuth 2 client credentials (RFC 6749 section 4.4, as the 1EdTech Security Framework uses it): a bearer token from
/// the token endpoint, asked for with HTTP Basic client authentication and the scopes an endpoint needs. Tokens are
/// cached per scope and renewed shortly before they expire (a tenth of their life, at most a minute early), once
/// for all the requests in flight; a token the provider refuses (401) is dropped and a new one fetched. Without a
/// OneRoster version (a SCIM app's token endpoint) only the configured scopes are asked for, or none.
/// </summary>
internal sealed class OAuth2ClientCredentials : IRequestAuthenticator
{
    private readonly HttpClient _http;
    private readonly Uri _tokenUrl;
    private readonly string _clientId;
    private readonly ClientSecret _secret;
    private readonly OneRosterVersion? _version;
    private readonly IReadOnlyList<string> _scopes;
    private readonly RetryPolicy _retry;
    private readonly Dictionary<string, AccessToken> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _renewing = new(1, 1);

    public OAuth2ClientCredentials(HttpClient http, Uri tokenUrl, string clientId, ClientSecret secret, OneRosterVersion? version, IReadOnlyList<string> scopes, RetryPolicy retry)
    {
        _http = http;
        _tokenUrl = tokenUrl;
        _clientId = clientId;
        _secret = secret;
        _version = version;
        _scopes = scopes;
        _retry = retry;
    }

    public string Description => "OAuth 2 client credentials";

    /// <summary>How many tokens were fetched (for tests and statistics).</summary>
    public int TokensIssued { get; private set; }

    public async Task<object?> ApplyAsync(HttpRequestMessage request, ApiScope scope, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(ScopeOf(scope), cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        return token;
    }

    public bool Refused(ApiScope scope, object? applied)
    {
        lock (_tokens)
        {
            var key = ScopeOf(scope);
            if (_tokens.TryGetValue(key, out var current) && ReferenceEquals(current, applied))
            {
                _tokens.Remove(key);
            }
        }

        return applied is not null;
    }

    public void Dispose()
    {
        _secret.Dispose();
        _renewing.Dispose();
    }

    /// <summary>The scopes a request for <paramref name="scope"/> asks for: those configured, else the endpoint's own.</summary>
    private string ScopeOf(ApiScope scope) => _scopes.Count > 0 ? string.Join(" ", _scopes) : _version is { } version ? ApiEndpoints.Scope(version, scope) : string.Empty;

    private async Task<AccessToken> TokenAsync(string scope, CancellationToken cancellationToken)
    {
        if (Cached(scope) is { } cached)
        {
            return cached;
        }

        await _renewing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Cached(scope) is { } renewed)
            {
                return renewed;
            }

            var token = await RequestAsync(scope, cancellationToken).ConfigureAwait(false);
            lock (_tokens)
            {
                _tokens[scope] = token;
                TokensIssued++;
            }

            return token;
        }
        finally
        {
            _renewing.Release();
        }
    }

    private AccessToken? Cached(string scope)
    {
        lock (_tokens)
        {
            return _tokens.TryGetValue(scope, out var token) && DateTimeOffset.UtcNow < token.RenewAt ? token : null;
        }
    }

    private async Task<AccessToken> RequestAsync(string scope, CancellationToken cancellationToken)
    {
        string? lastProblem = null;
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUrl)
                {
                    Content = new FormUrlEncodedContent(scope.Length == 0
                        ? new[] { new KeyValuePair<string, string>("grant_type", "client_credentials") }
                        : new[] { new KeyValuePair<string, string>("grant_type", "client_credentials"), new KeyValuePair<string, string>("scope", scope) }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", BasicCredentials());
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                var issuedAt = DateTimeOffset.UtcNow;
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return Parse(body, issuedAt);
                }

                if (!RetryPolicy.IsTransient(status) || attempt >= _retry.MaxAttempts)
                {
                    throw Refusal(status, body, scope);
                }

                lastProblem = $"HTTP {status}";
                wait = RetryPolicy.RetryAfter(response, DateTimeOffset.UtcNow) ?? _retry.Backoff(attempt);
            }
            catch (Exception e) when ((e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)) && attempt < _retry.MaxAttempts)
            {
                lastProblem = e.Message;
                wait = _retry.Backoff(attempt);
            }
            catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new OneRosterAuthenticationException($"Cannot get a token from {_tokenUrl}: {e.Message} (after {attempt} attempts).", _tokenUrl.ToString(), innerException: e);
            }

            if (wait > _retry.MaxDelay)
            {
                throw new OneRosterAuthenticationException($"The token endpoint {_tokenUrl} asks to wait {wait.TotalSeconds:N0} s before trying again ({lastProblem}), longer than the {_retry.MaxDelay.TotalSeconds:N0} s allowed.", _tokenUrl.ToString());
            }

            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>base64(encode(client id) ":" encode(client secret)), as RFC 6749 section 2.3.1 asks.</summary>
    private string BasicCredentials() => _secret.UseUtf8(secret =>
    {
        var id = Encoding.ASCII.GetBytes(OAuth1Signature.Encode(_clientId) + ":");
        var encoded = OAuth1Signature.EncodeUtf8(secret);
        var both = new byte[id.Length + encoded.Length];
        try
        {
            Buffer.BlockCopy(id, 0, both, 0, id.Length);
            Buffer.BlockCopy(encoded, 0, both, id.Length, encoded.Length);
            return Convert.ToBase64String(both);
        }
        finally
        {
            Array.Clear(encoded, 0, encoded.Length);
            Array.Clear(both, 0, both.Length);
        }
    });

    private AccessToken Parse(byte[] body, DateTimeOffset issuedAt)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("access_token", out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()))
            {
                throw new OneRosterAuthenticationException($"The token endpoint {_tokenUrl} answered without an access_token.", _tokenUrl.ToString());
            }

            if (root.TryGetProperty("token_type", out var type) && type.ValueKind == JsonValueKind.String && !string.Equals(type.GetString(), "bearer", StringComparison.OrdinalIgnoreCase))
            {
                throw new OneRosterAuthenticationException($"The token endpoint {_tokenUrl} gave a token of type '{type.GetString()}'; only bearer tokens are supported.", _tokenUrl.ToString());
            }

            // Without expires_in the token is kept until the provider refuses it.
            var lifetime = root.TryGetProperty("expires_in", out var expires) ? Seconds(expires) : null;
            var renewAt = lifetime is double seconds
                ? issuedAt + TimeSpan.FromSeconds(seconds - Math.Min(60, seconds / 10))
                : DateTimeOffset.MaxValue;
            return new AccessToken(value.GetString()!, renewAt);
        }
        catch (JsonException e)
        {
            throw new OneRosterAuthenticationException($"The token endpoint {_tokenUrl} did not answer with JSON: {e.Message}", _tokenUrl.ToString(), innerException: e);
        }
    }

    private static double? Seconds(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetDouble(out var number) && number > 0 => number,
        JsonValueKind.String when double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var text) && text > 0 => text,
        _ => null,
    };

    /// <summary>A token request the endpoint refused: its OAuth error code and description say why.</summary>
    private OneRosterAuthenticationException Refusal(int status, byte[] body, string scope)
    {
        string? error = null;
        string? description = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                error = document.RootElement.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                description = document.RootElement.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            }
        }
        catch (JsonException)
        {
        }

        var reason = error is null ? $"HTTP {status}" : $"HTTP {status}, {error}" + (description is null ? string.Empty : ": " + description);
        var advice = error == "invalid_scope"
            ? $" The client may not have the scope '{scope}': ask the provider to grant it, or connect with the scopes the client has."
            : status is 400 or 401 or 403 ? " Check the client id and secret, and the token URL." : string.Empty;
        return new OneRosterAuthenticationException($"The token endpoint {_tokenUrl} refused to issue a token ({reason}).{advice}", _tokenUrl.ToString(), status, error);
    }

    private sealed record AccessToken(string Value, DateTimeOffset RenewAt);
}
