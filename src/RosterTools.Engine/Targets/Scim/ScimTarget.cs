using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.OneRoster.Rest.Auth;
using RosterTools.OneRoster.Rest.Http;
using RosterTools.Targets.Scim.Http;

namespace RosterTools.Targets.Scim;

/// <summary>
/// A SCIM 2.0 app (RFC 7643/7644) as a RosterTools directory: users (externalId is the anchor) and groups, read page
/// by page and changed one idempotent request at a time, several in flight; or, in
/// <see cref="ScimMode.EntraBulkUpload"/>, Entra ID's API-driven inbound provisioning fed BulkRequest documents.
/// </summary>
public sealed class ScimTarget : IDirectoryTarget
{
    private readonly ScimTargetSettings _settings;
    private readonly ScimTransport _transport;
    private readonly ScimClient _client;
    private readonly ScimActions _actions;
    private readonly EntraBulkUpload? _bulk;

    private ScimTarget(ScimTargetSettings settings, ScimTransport transport)
    {
        _settings = settings;
        _transport = transport;
        _client = new ScimClient(settings.BaseUrl!, transport, settings.PageSize);
        _actions = new ScimActions(_client, settings);
        _bulk = settings.Mode == ScimMode.EntraBulkUpload ? new EntraBulkUpload(transport, settings.BaseUrl!, settings) : null;
        Description = (settings.Mode == ScimMode.EntraBulkUpload ? "Entra ID bulkUpload " : "SCIM ") + settings.BaseUrl!.GetLeftPart(UriPartial.Path);
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public int PreferredBatchSize => _bulk is null ? 5 * _settings.MaxConcurrentRequests : EntraBulkUpload.MaxOperations * _settings.MaxConcurrentRequests;

    /// <inheritdoc />
    public TargetStatistics Statistics => _transport.Statistics;

    /// <summary>Checks the settings and makes the target; nothing is sent until it is used.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range; the message says which.</exception>
    public static ScimTarget Open(ScimTargetSettings settings)
    {
        if (settings?.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("Give the SCIM base URL as an absolute http(s) URL (https://app.example.com/scim/v2).", nameof(settings));
        }

        var oauth = settings.TokenUrl is not null || settings.ClientId is not null || settings.ClientSecret is not null;
        if (oauth == (settings.BearerToken is not null))
        {
            throw new ArgumentException("Give either a bearer token, or the token URL, client id and client secret of OAuth 2 client credentials.", nameof(settings));
        }

        if (oauth && (settings.TokenUrl is not { IsAbsoluteUri: true } || string.IsNullOrWhiteSpace(settings.ClientId) || settings.ClientSecret is null))
        {
            throw new ArgumentException("OAuth 2 client credentials need the token URL (absolute), the client id and the client secret.", nameof(settings));
        }

        if (settings.PageSize < 1 || settings.MaxConcurrentRequests < 1 || settings.MaxAttempts < 1 || settings.RequestTimeout <= TimeSpan.Zero || settings.RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("PageSize, MaxConcurrentRequests, MaxAttempts and RequestTimeout must be positive, and RetryDelay may not be negative.", nameof(settings));
        }

        var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate, UseCookies = false };
        try
        {
            handler.MaxConnectionsPerServer = settings.MaxConcurrentRequests + 2;
        }
        catch (PlatformNotSupportedException)
        {
        }

        var http = new HttpClient(handler) { Timeout = settings.RequestTimeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("RosterTools/" + typeof(ScimTarget).Assembly.GetName().Version?.ToString(3));
        var retry = new RetryPolicy(settings.MaxAttempts, settings.RetryDelay, settings.MaxRetryDelay);
        IRequestAuthenticator authenticator = oauth
            ? new OAuth2ClientCredentials(http, settings.TokenUrl!, settings.ClientId!.Trim(), new ClientSecret(settings.ClientSecret!), null, settings.Scopes.Where(scope => !string.IsNullOrWhiteSpace(scope)).Select(scope => scope.Trim()).ToArray(), retry)
            : new StaticBearerToken(new ClientSecret(settings.BearerToken!));
        return new ScimTarget(settings, new ScimTransport(http, authenticator, retry, settings.MaxConcurrentRequests, new TargetStatistics()));
    }

    /// <summary>
    /// Reads every user (page by page) and every group with its members. Each account's Groups are the display
    /// names of the groups it is a member of.
    /// </summary>
    /// <exception cref="ScimException">The service cannot be read (refused credentials, not a SCIM service, failed after the retries), or the target is in bulkUpload mode, which cannot read.</exception>
    public async Task<DirectorySnapshot> ReadAsync(IProgress<int>? accountsRead, CancellationToken cancellationToken)
    {
        if (_bulk is not null)
        {
            throw new ScimException("Entra's bulkUpload endpoint only takes changes: read the accounts with the Entra target (or from AD) and plan against that snapshot.", _settings.BaseUrl!.ToString());
        }

        try
        {
            var users = await _client.ListAsync("Users", null, null, cancellationToken, count => accountsRead?.Report(count)).ConfigureAwait(false);
            var groups = await _client.ListAsync("Groups", null, null, cancellationToken).ConfigureAwait(false);
            var accounts = users.Select(user => ScimUsers.ToAccount(user, _settings.UserName)).ToList();
            var byId = accounts.Where(account => account.Id is not null).GroupBy(account => account.Id!).ToDictionary(same => same.Key, same => same.First(), StringComparer.Ordinal);
            var known = new List<DirectoryGroup>();
            foreach (var group in groups)
            {
                var name = ScimUsers.Text(group, "displayName");
                var id = ScimUsers.Text(group, "id");
                if (name is null || id is null)
                {
                    continue;
                }

                known.Add(new DirectoryGroup { Name = name, Id = id });
                _actions.KnowGroup(name, id);
                var members = group["members"] as JsonArray;
                if (!group.ContainsKey("members") && await _client.GetAsync("Groups", id, cancellationToken).ConfigureAwait(false) is { IsSuccess: true } whole)
                {
                    members = whole.Body?["members"] as JsonArray; // Some apps leave members out of lists.
                }

                foreach (var member in members?.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
                {
                    if (ScimUsers.Text(member, "value") is { } memberId && byId.TryGetValue(memberId, out var account))
                    {
                        account.Groups.Add(name);
                    }
                }
            }

            return new DirectorySnapshot(accounts, known, Description);
        }
        catch (Exception e) when (e is ScimRequestFailedException or ScimListException)
        {
            throw new ScimException($"Reading {Description}: {e.Message}", _settings.BaseUrl!.ToString(), (e as ScimListException)?.Status, e);
        }
    }

    /// <summary>Carries out the requests, several in flight; one result per request, in order.</summary>
    /// <exception cref="ScimException">The service refused the credentials (every action would fail the same way).</exception>
    public async Task<IReadOnlyList<ActionResult>> ApplyAsync(IReadOnlyList<ActionRequest> requests, CancellationToken cancellationToken)
    {
        if (_bulk is not null)
        {
            return await _bulk.ApplyAsync(requests, cancellationToken).ConfigureAwait(false);
        }

        // The transport bounds the requests in flight; each action waits for its own.
        var results = await Task.WhenAll(requests.Select(request => _actions.ApplyAsync(request, cancellationToken))).ConfigureAwait(false);
        return results;
    }

    /// <summary>The description; never a secret.</summary>
    public override string ToString() => Description;

    /// <inheritdoc />
    public void Dispose() => _transport.Dispose();
}
