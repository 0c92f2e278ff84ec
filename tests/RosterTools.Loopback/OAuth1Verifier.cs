using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace RosterTools.Testing.Loopback;

/// <summary>
/// Checks OAuth 1.0a signatures (RFC 5849) as a provider does, written apart from the engine's signer: it rebuilds
/// the signature base string from the request as it arrived (method, scheme, host, port, path, the raw query
/// parameters and the oauth_* header parameters), signs it with the shared secret, and compares. Nonces may not be
/// used twice, and timestamps must be within five minutes.
/// </summary>
internal sealed class OAuth1Verifier
{
    private readonly string _clientId;
    private readonly string _secret;
    private readonly ISet<string> _methods;
    private readonly ConcurrentDictionary<string, bool> _nonces = new(StringComparer.Ordinal);

    public OAuth1Verifier(string clientId, string secret, ISet<string> methods)
    {
        _clientId = clientId;
        _secret = secret;
        _methods = methods;
    }

    /// <summary>Null when the request is signed right; else why not.</summary>
    public string? Verify(string method, string scheme, string host, int port, string path, string rawQuery, string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("OAuth ", StringComparison.Ordinal))
        {
            return "no OAuth Authorization header";
        }

        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in authorization.Substring(6).Split(','))
        {
            var equals = part.IndexOf('=');
            if (equals < 0)
            {
                return "a malformed Authorization header";
            }

            header[Decode(part.Substring(0, equals).Trim())] = Decode(part.Substring(equals + 1).Trim().Trim('"'));
        }

        if (!header.TryGetValue("oauth_consumer_key", out var key) || key != _clientId)
        {
            return "an unknown consumer key";
        }

        if (!header.TryGetValue("oauth_signature_method", out var signatureMethod) || !_methods.Contains(signatureMethod))
        {
            return $"signature method {signatureMethod} is not accepted";
        }

        if (!header.TryGetValue("oauth_timestamp", out var stamp) || !long.TryParse(stamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300)
        {
            return "the timestamp is missing or more than five minutes off";
        }

        if (!header.TryGetValue("oauth_nonce", out var nonce) || !_nonces.TryAdd(nonce, true))
        {
            return "the nonce is missing or was used before";
        }

        if (!header.TryGetValue("oauth_signature", out var signature))
        {
            return "no signature";
        }

        var parameters = new List<(string, string)>();
        foreach (var pair in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            parameters.Add((Decode(equals < 0 ? pair : pair.Substring(0, equals)), equals < 0 ? string.Empty : Decode(pair.Substring(equals + 1))));
        }

        parameters.AddRange(header.Where(entry => entry.Key != "oauth_signature" && entry.Key != "realm").Select(entry => (entry.Key, entry.Value)));
        var normalized = string.Join("&", parameters.Select(p => (Name: Percent(p.Item1), Value: Percent(p.Item2))).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => p.Name + "=" + p.Value));
        var defaultPort = (scheme == "http" && port == 80) || (scheme == "https" && port == 443);
        var baseUri = scheme.ToLowerInvariant() + "://" + host.ToLowerInvariant() + (defaultPort ? string.Empty : ":" + port) + path;
        var baseString = method.ToUpperInvariant() + "&" + Percent(baseUri) + "&" + Percent(normalized);
        var keyBytes = Encoding.ASCII.GetBytes(Percent(_secret) + "&");
        using HMAC hmac = signatureMethod == "HMAC-SHA1" ? new HMACSHA1(keyBytes) : new HMACSHA256(keyBytes);
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.ASCII.GetBytes(baseString)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)) ? null : "the signature does not match";
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string Percent(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
