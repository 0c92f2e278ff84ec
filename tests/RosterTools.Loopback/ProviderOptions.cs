using System;
using System.Collections.Generic;
using RosterTools.OneRoster;

namespace RosterTools.Testing.Loopback;

/// <summary>How the loopback provider authenticates clients.</summary>
public enum ProviderAuthentication
{
    /// <summary>Bearer tokens from the token endpoint (client credentials).</summary>
    OAuth2,

    /// <summary>OAuth 1.0a signatures (HMAC-SHA256 or HMAC-SHA1, as <see cref="ProviderOptions.SignatureMethods"/> allows).</summary>
    OAuth1,
}

/// <summary>How next links are written.</summary>
public enum LinkStyle
{
    /// <summary>rel=next/last/first/prev with limit and offset, as the OneRoster binding has them.</summary>
    Offset,

    /// <summary>An opaque cursor in rel=next only (a provider whose pages cannot be asked for by offset).</summary>
    Cursor,

    /// <summary>No Link header.</summary>
    None,
}

/// <summary>What the loopback provider serves, and how.</summary>
public sealed class ProviderOptions
{
    /// <summary>The rosters served, by version: 1.1 at /ims/oneroster/v1p1, 1.2 at /ims/oneroster/rostering/v1p2.</summary>
    public Dictionary<OneRosterVersion, Roster> Rosters { get; } = new();

    /// <summary>The client id the provider knows.</summary>
    public string ClientId { get; set; } = "rostertools-test";

    /// <summary>The client secret the provider knows.</summary>
    public string ClientSecret { get; set; } = "s3cret+/= with spaces&more";

    public ProviderAuthentication Authentication { get; set; } = ProviderAuthentication.OAuth2;

    /// <summary>OAuth 1.0a: the signature methods accepted.</summary>
    public HashSet<string> SignatureMethods { get; } = new(StringComparer.Ordinal) { "HMAC-SHA256", "HMAC-SHA1" };

    /// <summary>OAuth 2: the scopes the client may have (the core and demographics scopes of both versions by default).</summary>
    public HashSet<string> GrantableScopes { get; } = new(StringComparer.Ordinal)
    {
        "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly",
        "https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly",
        "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly",
        "https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly",
        "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly",
        "https://purl.imsglobal.org/spec/or/v1p1/scope/roster-demographics.readonly",
    };

    /// <summary>OAuth 2: how long a token lives (expires_in).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>OAuth 2: revoke every token after this many API requests (a token that expires mid-read); 0 never.</summary>
    public int RevokeTokensAfterRequests { get; set; }

    /// <summary>The most records a page holds, whatever limit asks.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Added to every API request before it is answered.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Whether pages carry X-Total-Count.</summary>
    public bool SendTotalCount { get; set; } = true;

    /// <summary>Collections whose pages never carry X-Total-Count, whatever <see cref="SendTotalCount"/> says.</summary>
    public HashSet<string> Uncounted { get; } = new(StringComparer.Ordinal);

    public LinkStyle Links { get; set; } = LinkStyle.Offset;

    /// <summary>The host (and port) the links name instead of the request's: a provider whose links lead elsewhere.</summary>
    public string? LinkHost { get; set; }

    /// <summary>Whether fields= is served (else 400 invalid_selection_field).</summary>
    public bool SupportsFields { get; set; } = true;

    /// <summary>The dateLastModified of records that have none (bulk CSV records).</summary>
    public DateTime Stamp { get; set; } = new(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Keep the body of every API answer in the request log (for checking what clients parse).</summary>
    public bool KeepBodies { get; set; }

    /// <summary>Faults to inject, tried in order on every API request.</summary>
    public List<ProviderFault> Faults { get; } = new();
}
