using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace RosterTools.OneRoster.Rest.Auth;

/// <summary>
/// OAuth 1.0a request signing (RFC 5849 section 3.4): the signature base string of a request (method, base URI and
/// the normalized query and protocol parameters), and its HMAC-SHA256 or HMAC-SHA1 signature keyed with the
/// percent-encoded client secret and (for two-legged OneRoster requests, empty) token secret.
/// </summary>
internal static class OAuth1Signature
{
    private const string Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    /// <summary>The oauth_signature_method value.</summary>
    public static string MethodName(OAuth1SignatureMethod method) => method == OAuth1SignatureMethod.HmacSha1 ? "HMAC-SHA1" : "HMAC-SHA256";

    /// <summary>Percent-encodes the UTF-8 bytes of <paramref name="value"/> as RFC 5849 section 3.6 asks: all but unreserved characters, upper-case hex.</summary>
    public static string Encode(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var encoded = new StringBuilder(bytes.Length * 3 / 2);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b))
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    /// <summary>The base string URI (section 3.4.1.2): scheme and host in lower case, the port only when it is not the scheme's default, the path, no query.</summary>
    public static string BaseUri(Uri uri)
    {
        var scheme = uri.Scheme.ToLowerInvariant();
        var defaultPort = (scheme == "http" && uri.Port == 80) || (scheme == "https" && uri.Port == 443);
        return scheme + "://" + uri.Host.ToLowerInvariant() + (defaultPort ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture)) + uri.AbsolutePath;
    }

    /// <summary>The parameters of a query string, decoded (application/x-www-form-urlencoded: '+' is a space).</summary>
    public static IEnumerable<KeyValuePair<string, string>> QueryParameters(string query)
    {
        foreach (var pair in query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair.Substring(0, equals);
            var value = equals < 0 ? string.Empty : pair.Substring(equals + 1);
            yield return new KeyValuePair<string, string>(Decode(name), Decode(value));
        }
    }

    /// <summary>The signature base string (section 3.4.1) of a request with the given protocol parameters (oauth_signature excluded).</summary>
    public static string BaseString(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> protocolParameters)
    {
        var parameters = QueryParameters(uri.Query).Concat(protocolParameters)
            .Select(parameter => (Name: Encode(parameter.Key), Value: Encode(parameter.Value)))
            .OrderBy(parameter => parameter.Name, StringComparer.Ordinal)
            .ThenBy(parameter => parameter.Value, StringComparer.Ordinal)
            .Select(parameter => parameter.Name + "=" + parameter.Value);
        return method.ToUpperInvariant() + "&" + Encode(BaseUri(uri)) + "&" + Encode(string.Join("&", parameters));
    }

    /// <summary>The base64 signature of a base string, keyed with the encoded client secret (UTF-8 bytes) and token secret.</summary>
    public static string Sign(string baseString, byte[] clientSecretUtf8, string? tokenSecret, OAuth1SignatureMethod method)
    {
        var key = Key(clientSecretUtf8, tokenSecret);
        try
        {
            using HMAC hmac = method == OAuth1SignatureMethod.HmacSha1 ? new HMACSHA1(key) : new HMACSHA256(key);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.ASCII.GetBytes(baseString)));
        }
        finally
        {
            Array.Clear(key, 0, key.Length);
        }
    }

    /// <summary>The Authorization header value: <c>OAuth oauth_consumer_key="…", …</c>, every value percent-encoded.</summary>
    public static string AuthorizationHeader(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join(", ", parameters.Select(parameter => Encode(parameter.Key) + "=\"" + Encode(parameter.Value) + "\""));

    /// <summary>Percent-encodes UTF-8 bytes as <see cref="Encode"/> does, into bytes: a secret never becomes a string.</summary>
    public static byte[] EncodeUtf8(byte[] utf8)
    {
        var length = 0;
        foreach (var b in utf8)
        {
            length += IsUnreserved(b) ? 1 : 3;
        }

        var encoded = new byte[length];
        var position = 0;
        foreach (var b in utf8)
        {
            if (IsUnreserved(b))
            {
                encoded[position++] = b;
            }
            else
            {
                encoded[position++] = (byte)'%';
                encoded[position++] = (byte)"0123456789ABCDEF"[b >> 4];
                encoded[position++] = (byte)"0123456789ABCDEF"[b & 15];
            }
        }

        return encoded;
    }

    /// <summary>The HMAC key (section 3.4.2): encode(client secret) &amp; encode(token secret).</summary>
    private static byte[] Key(byte[] clientSecretUtf8, string? tokenSecret)
    {
        var secret = EncodeUtf8(clientSecretUtf8);
        var token = Encoding.ASCII.GetBytes(Encode(tokenSecret ?? string.Empty));
        var key = new byte[secret.Length + 1 + token.Length];
        Buffer.BlockCopy(secret, 0, key, 0, secret.Length);
        key[secret.Length] = (byte)'&';
        Buffer.BlockCopy(token, 0, key, secret.Length + 1, token.Length);
        Array.Clear(secret, 0, secret.Length);
        return key;
    }

    private static bool IsUnreserved(byte b) => b < 128 && Unreserved.IndexOf((char)b) >= 0;

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
