using System;
using System.Collections.Generic;
using System.Security;

namespace RosterTools.Targets.Scim;

/// <summary>
/// Where a SCIM 2.0 service provider is and how to talk to it: its base URL, a bearer token or OAuth 2 client
/// credentials, which plan name goes into userName, and the pace. Secrets are SecureStrings: no property of the
/// target returns them, and they never reach a message.
/// </summary>
public sealed class ScimTargetSettings
{
    /// <summary>The SCIM base URL (<c>https://app.example.com/scim/v2</c>); for <see cref="ScimMode.EntraBulkUpload"/> the full bulkUpload URL.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Plain SCIM, or Entra ID's API-driven inbound provisioning.</summary>
    public ScimMode Mode { get; set; } = ScimMode.Scim;

    /// <summary>A bearer token the app issued (or, for bulkUpload, a Graph access token). Give this or the OAuth 2 settings.</summary>
    public SecureString? BearerToken { get; set; }

    /// <summary>OAuth 2 client credentials: the token endpoint.</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>OAuth 2 client credentials: the client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>OAuth 2 client credentials: the client secret.</summary>
    public SecureString? ClientSecret { get; set; }

    /// <summary>OAuth 2 client credentials: the scopes to ask for (none by default; Graph: https://graph.microsoft.com/.default).</summary>
    public IList<string> Scopes { get; set; } = new List<string>();

    /// <summary>Which of the plan's names is the SCIM userName: the user principal name (what Entra sends apps) or the username.</summary>
    public ScimUserName UserName { get; set; } = ScimUserName.UserPrincipalName;

    /// <summary>Whether a Create sends the initial password (SCIM "password"); off for apps that sign in through single sign-on.</summary>
    public bool SendPassword { get; set; }

    /// <summary>Resources asked for per page when reading (the server may give fewer).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>The most requests in flight at once.</summary>
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>Attempts per request before an action fails (429, 5xx, timeouts and cut connections are tried again).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first wait before a retry when the server does not say (Retry-After); it doubles, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait allowed, asked for or not; a server that asks for more fails the request.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);
}

/// <summary>How the target talks to the service.</summary>
public enum ScimMode
{
    /// <summary>SCIM 2.0 (RFC 7644): Users and Groups read and changed one request at a time.</summary>
    Scim,

    /// <summary>
    /// Entra ID API-driven inbound provisioning: users sent as SCIM BulkRequest documents of at most 50 operations to
    /// the provisioning job's bulkUpload endpoint, which Entra (and its agent, for AD) applies asynchronously.
    /// </summary>
    EntraBulkUpload,
}

/// <summary>Which of a plan's names a SCIM app gets as userName.</summary>
public enum ScimUserName
{
    /// <summary>The user principal name (jdoe@example.org).</summary>
    UserPrincipalName,

    /// <summary>The username (sAMAccountName).</summary>
    Username,
}
