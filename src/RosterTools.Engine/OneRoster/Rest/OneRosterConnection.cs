using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using RosterTools.OneRoster.Rest.Auth;
using RosterTools.OneRoster.Rest.Http;
using RosterTools.OneRoster.Rest.Json;

namespace RosterTools.OneRoster.Rest;

/// <summary>
/// A connection to a OneRoster REST provider: where its rostering service is, who the client is and how it
/// authenticates, with the HTTP client and the cached OAuth 2 tokens that reads share. It shows the client id but
/// never the secret (no property returns it, and ToString leaves it out). Dispose it when done.
/// </summary>
public sealed class OneRosterConnection : IDisposable
{
    private readonly ApiTransport _transport;

    private OneRosterConnection(OneRosterConnectionSettings settings, Uri serviceUrl, ApiTransport transport)
    {
        ServiceUrl = serviceUrl;
        Version = settings.Version;
        Authentication = settings.Authentication;
        ClientId = settings.ClientId!;
        TokenUrl = settings.Authentication == OneRosterAuthentication.OAuth2ClientCredentials ? settings.TokenUrl : null;
        Scopes = settings.Scopes.Where(scope => !string.IsNullOrWhiteSpace(scope)).Select(scope => scope.Trim()).ToArray();
        SignatureMethod = settings.SignatureMethod;
        PageSize = settings.PageSize;
        MaxConcurrentRequests = settings.MaxConcurrentRequests;
        _transport = transport;
    }

    /// <summary>The rostering service: <c>https://sis.example.org/ims/oneroster/rostering/v1p2</c>.</summary>
    public Uri ServiceUrl { get; }

    /// <summary>The OneRoster version the provider serves.</summary>
    public OneRosterVersion Version { get; }

    /// <summary>How the client authenticates.</summary>
    public OneRosterAuthentication Authentication { get; }

    /// <summary>The client id (OAuth 1.0a: consumer key). Not a secret.</summary>
    public string ClientId { get; }

    /// <summary>OAuth 2: the token endpoint; null for OAuth 1.0a.</summary>
    public Uri? TokenUrl { get; }

    /// <summary>OAuth 2: the scopes asked for; empty when each endpoint's own scope is asked for.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>OAuth 1.0a: how requests are signed.</summary>
    public OAuth1SignatureMethod SignatureMethod { get; }

    /// <summary>The records asked for per page.</summary>
    public int PageSize { get; }

    /// <summary>The most requests in flight at once.</summary>
    public int MaxConcurrentRequests { get; }

    /// <summary>How the client authenticates, in words: "OAuth 2 client credentials", "OAuth 1.0a (HMAC-SHA256)".</summary>
    public string AuthenticationDescription => _transport.Authenticator.Description;

    internal ApiTransport Transport => _transport;

    /// <summary>Checks the settings and makes the connection; nothing is sent until it is used (see <see cref="Test"/>).</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range; the message says which and what to give.</exception>
    public static OneRosterConnection Open(OneRosterConnectionSettings settings)
    {
        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        var serviceUrl = ServiceUrlOf(settings);
        if (string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new ArgumentException("Give the client id (for OAuth 1.0a, the consumer key) that the provider issued.", nameof(settings));
        }

        if (settings.ClientSecret is null || settings.ClientSecret.Length == 0)
        {
            throw new ArgumentException("Give the client secret that the provider issued with the client id.", nameof(settings));
        }

        if (settings.Authentication == OneRosterAuthentication.OAuth2ClientCredentials)
        {
            CheckUrl(settings.TokenUrl, "token URL", "The token URL is required for OAuth 2 client credentials: the provider's token endpoint, such as https://sis.example.org/oauth/token.");
        }

        Range(settings.PageSize, 1, 100_000, "PageSize");
        Range(settings.MaxConcurrentRequests, 1, 64, "MaxConcurrentRequests");
        Range(settings.MaxAttempts, 1, 20, "MaxAttempts");
        if (settings.RequestTimeout <= TimeSpan.Zero || settings.RetryDelay < TimeSpan.Zero || settings.MaxRetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("RequestTimeout must be positive, and RetryDelay and MaxRetryDelay may not be negative.", nameof(settings));
        }

        var handler = new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
        };
        try
        {
            // .NET Framework allows two connections per server by default, which would serialize the reads.
            handler.MaxConnectionsPerServer = Math.Max(2, settings.MaxConcurrentRequests + 2);
        }
        catch (PlatformNotSupportedException)
        {
        }

        var http = new HttpClient(handler) { Timeout = settings.RequestTimeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("RosterTools/" + typeof(OneRosterConnection).Assembly.GetName().Version?.ToString(3));
        var retry = new RetryPolicy(settings.MaxAttempts, settings.RetryDelay, settings.MaxRetryDelay);
        var secret = new ClientSecret(settings.ClientSecret);
        IRequestAuthenticator authenticator = settings.Authentication == OneRosterAuthentication.OAuth1
            ? new OAuth1Authenticator(settings.ClientId!.Trim(), secret, settings.SignatureMethod)
            : new OAuth2ClientCredentials(http, settings.TokenUrl!, settings.ClientId!.Trim(), secret, settings.Version, settings.Scopes.Where(scope => !string.IsNullOrWhiteSpace(scope)).Select(scope => scope.Trim()).ToArray(), retry);
        return new OneRosterConnection(settings, serviceUrl, new ApiTransport(http, authenticator, retry, settings.MaxConcurrentRequests));
    }

    /// <summary>
    /// Checks that the provider answers as a OneRoster service to these credentials: asks for one org (and so, with
    /// OAuth 2, for a token).
    /// </summary>
    /// <exception cref="OneRosterAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="OneRosterApiException">The provider cannot be reached, or does not answer as a OneRoster service.</exception>
    public void Test(CancellationToken cancellationToken = default)
    {
        var url = ApiEndpoints.PageUrl(ServiceUrl, OneRosterEntity.Orgs, 1, 0, null, null);
        using var page = _transport.GetAsync(url, ApiScope.Core, "orgs", page =>
        {
            page.RecordCount = JsonCollectionReader.Count(page.Body, OneRosterEntity.Orgs);
            return null;
        }, new ApiStatistics(), cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>Closes the HTTP client and forgets the secret and the tokens.</summary>
    public void Dispose() => _transport.Dispose();

    /// <summary>"OneRoster 1.2 at https://… (OAuth 2 client credentials, client id '…')"; never the secret.</summary>
    public override string ToString() => $"OneRoster {Version.ToSpecString()} at {ServiceUrl} ({AuthenticationDescription}, client id '{ClientId}')";

    private static Uri ServiceUrlOf(OneRosterConnectionSettings settings)
    {
        CheckUrl(settings.BaseUrl, "URL", "Give the provider's URL: its root (https://sis.example.org) or its rostering service URL.");
        if (settings.Version is not (OneRosterVersion.V1_1 or OneRosterVersion.V1_2))
        {
            throw new ArgumentException($"Version '{settings.Version}' is not a OneRoster version; use V1_1 or V1_2.", nameof(settings));
        }

        return ApiEndpoints.ServiceUrl(settings.BaseUrl!, settings.Version);
    }

    /// <summary>An absolute https URL; http only to this computer (a test provider), since credentials travel with the requests.</summary>
    private static void CheckUrl(Uri? url, string what, string missing)
    {
        if (url is null)
        {
            throw new ArgumentException(missing, nameof(OneRosterConnectionSettings));
        }

        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The {what} '{url}' is not an http(s) URL.", nameof(OneRosterConnectionSettings));
        }

        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            throw new ArgumentException($"The {what} '{url}' is plain http; credentials and student data must travel over https. (http is accepted only for this computer, such as a test provider on 127.0.0.1.)", nameof(OneRosterConnectionSettings));
        }
    }

    private static void Range(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentException($"{name} is {value}; give {min} to {max:N0}.", nameof(OneRosterConnectionSettings));
        }
    }
}
