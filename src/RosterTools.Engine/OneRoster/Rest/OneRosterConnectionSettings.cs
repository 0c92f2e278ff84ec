using System;
using System.Collections.Generic;
using System.Security;

namespace RosterTools.OneRoster.Rest;

/// <summary>
/// Where a OneRoster REST provider is and how to authenticate to it, and how hard to push it. Plain setters (the
/// cmdlets set them; see the engine's binary-compatibility rule). The secret is a <see cref="SecureString"/>: the
/// connection keeps its own read-only copy and never shows it.
/// </summary>
public sealed class OneRosterConnectionSettings
{
    /// <summary>
    /// The provider: its root (<c>https://sis.example.org</c>, to which the version's base path is added) or the
    /// service URL itself (ending in <c>/ims/oneroster/v1p1</c> or <c>/ims/oneroster/rostering/v1p2</c>).
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The OneRoster version the provider serves: 1.1 or 1.2.</summary>
    public OneRosterVersion Version { get; set; } = OneRosterVersion.V1_2;

    /// <summary>How to authenticate: OAuth 2 client credentials (the default) or OAuth 1.0a signatures.</summary>
    public OneRosterAuthentication Authentication { get; set; } = OneRosterAuthentication.OAuth2ClientCredentials;

    /// <summary>The client id (OAuth 1.0a: the consumer key).</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret (OAuth 1.0a: the consumer secret).</summary>
    public SecureString? ClientSecret { get; set; }

    /// <summary>OAuth 2: the provider's token endpoint. Required for OAuth 2.</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>
    /// OAuth 2: the scopes to ask for. Empty (the default): the scopes the specification gives each endpoint,
    /// <c>…/scope/roster-core.readonly</c> for the rostering collections and <c>…/scope/roster-demographics.readonly</c>
    /// for demographics, each in its own token.
    /// </summary>
    public IList<string> Scopes { get; set; } = new List<string>();

    /// <summary>OAuth 1.0a: HMAC-SHA256 (the default) or HMAC-SHA1.</summary>
    public OAuth1SignatureMethod SignatureMethod { get; set; } = OAuth1SignatureMethod.HmacSha256;

    /// <summary>How many records to ask for per page (limit). A provider that allows fewer gives fewer; the read follows its page size.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>How many requests may be in flight at once, over all collections.</summary>
    public int MaxConcurrentRequests { get; set; } = 8;

    /// <summary>How many times a request is tried before the read fails (throttled, failed with a 5xx, cut off, or short).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first wait before a retry; it doubles with each retry (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry, a provider's Retry-After included: a provider that asks for longer fails the read.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);
}
