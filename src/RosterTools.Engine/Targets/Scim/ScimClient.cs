using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Targets.Scim.Http;

namespace RosterTools.Targets.Scim;

/// <summary>
/// The SCIM protocol (RFC 7644) over the transport: what the service supports (ServiceProviderConfig, the User
/// resource type's extensions), lists read page by page with startIndex and count, lookups by filter, and changes
/// as PATCH operations, or PUT of the whole resource where the service does not support PATCH, with If-Match where
/// it offers ETags.
/// </summary>
internal sealed class ScimClient
{
    private static readonly HttpMethod Patch = new("PATCH");
    private readonly string _base;
    private readonly int _pageSize;
    private readonly SemaphoreSlim _discovering = new(1, 1);
    private ScimCapabilities? _capabilities;

    public ScimClient(Uri baseUrl, ScimTransport transport, int pageSize)
    {
        _base = baseUrl.ToString().TrimEnd('/');
        Transport = transport;
        _pageSize = Math.Max(1, pageSize);
    }

    public ScimTransport Transport { get; }

    /// <summary>What the service supports, asked once.</summary>
    public async Task<ScimCapabilities> CapabilitiesAsync(CancellationToken cancellationToken)
    {
        if (_capabilities is { } known)
        {
            return known;
        }

        await _discovering.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_capabilities is null)
            {
                var config = await SendAsync(HttpMethod.Get, "/ServiceProviderConfig", null, null, cancellationToken).ConfigureAwait(false);
                if (!config.IsSuccess && config.Status != 404)
                {
                    throw new ScimException($"{_base}/ServiceProviderConfig answered {config.Describe()}; is {_base} the SCIM base URL?", _base + "/ServiceProviderConfig", config.Status);
                }

                var types = await SendAsync(HttpMethod.Get, "/ResourceTypes", null, null, cancellationToken).ConfigureAwait(false);
                var user = types.IsSuccess ? Resources(types.Body).FirstOrDefault(type => ScimUsers.Text(type, "name") == "User") : null;
                var enterprise = user?["schemaExtensions"] is JsonArray extensions && extensions.OfType<JsonObject>().Any(extension => ScimUsers.Text(extension, "schema") == ScimUsers.EnterpriseSchema);
                _capabilities = new ScimCapabilities(
                    Patch: !config.IsSuccess || Supported(config.Body, "patch") != false,
                    ETags: config.IsSuccess && Supported(config.Body, "etag") == true,
                    MaxResults: config.Body?["filter"]?["maxResults"] is JsonValue max && max.TryGetValue<int>(out var most) && most > 0 ? most : (int?)null,
                    EnterpriseUser: enterprise);
            }

            return _capabilities;
        }
        finally
        {
            _discovering.Release();
        }
    }

    /// <summary>Every resource of a collection that matches <paramref name="filter"/> (all when null), page by page.</summary>
    public async Task<List<JsonObject>> ListAsync(string collection, string? filter, string? attributes, CancellationToken cancellationToken, Action<int>? progress = null)
    {
        var capabilities = await CapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        var count = Math.Min(_pageSize, capabilities.MaxResults ?? int.MaxValue);
        var all = new List<JsonObject>();
        for (var startIndex = 1; ; )
        {
            var query = $"?startIndex={startIndex.ToString(CultureInfo.InvariantCulture)}&count={count.ToString(CultureInfo.InvariantCulture)}"
                + (filter is null ? string.Empty : "&filter=" + Uri.EscapeDataString(filter))
                + (attributes is null ? string.Empty : "&attributes=" + Uri.EscapeDataString(attributes));
            var page = await SendAsync(HttpMethod.Get, "/" + collection + query, null, null, cancellationToken).ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                throw new ScimListException(collection, filter, page);
            }

            var resources = Resources(page.Body).ToList();
            all.AddRange(resources);
            progress?.Invoke(all.Count);
            var total = page.Body?["totalResults"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : all.Count;
            if (resources.Count == 0 || all.Count >= total)
            {
                return all;
            }

            startIndex += resources.Count;
        }
    }

    /// <summary>The first resource that matches <paramref name="filter"/>; null when none does.</summary>
    public async Task<JsonObject?> FindAsync(string collection, string filter, CancellationToken cancellationToken)
    {
        var found = await SendAsync(HttpMethod.Get, $"/{collection}?filter={Uri.EscapeDataString(filter)}&startIndex=1&count=2", null, null, cancellationToken).ConfigureAwait(false);
        return found.IsSuccess ? Resources(found.Body).FirstOrDefault() : throw new ScimListException(collection, filter, found);
    }

    /// <summary>A resource by id; null when the service does not have it.</summary>
    public async Task<ScimResponse?> GetAsync(string collection, string id, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, $"/{collection}/{Uri.EscapeDataString(id)}", null, null, cancellationToken).ConfigureAwait(false);
        return response.Status == 404 ? null : response;
    }

    public Task<ScimResponse> CreateAsync(string collection, JsonObject resource, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/" + collection, resource, null, cancellationToken);

    /// <summary>
    /// Sets attributes of a resource: PATCH with replace operations, or (where PATCH is not supported) PUT of
    /// <paramref name="current"/> with the changes in it. <paramref name="version"/> goes into If-Match where the
    /// service offers ETags.
    /// </summary>
    public async Task<ScimResponse> ReplaceAsync(string collection, JsonObject current, IReadOnlyList<ScimChange> changes, string? version, CancellationToken cancellationToken)
    {
        var capabilities = await CapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        var id = ScimUsers.Text(current, "id")!;
        var ifMatch = capabilities.ETags ? version : null;
        if (capabilities.Patch)
        {
            var operations = new JsonArray(changes.Select(change => (JsonNode)new JsonObject { ["op"] = "replace", ["path"] = change.Path, ["value"] = change.Value?.DeepClone() }).ToArray());
            return await SendAsync(Patch, $"/{collection}/{Uri.EscapeDataString(id)}", PatchOp(operations), ifMatch, cancellationToken).ConfigureAwait(false);
        }

        var replacement = (JsonObject)current.DeepClone();
        replacement.Remove("meta");
        foreach (var change in changes)
        {
            ScimUsers.Apply(replacement, change);
        }

        return await SendAsync(HttpMethod.Put, $"/{collection}/{Uri.EscapeDataString(id)}", replacement, ifMatch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds or removes one member of a group: a PATCH add or remove, or a PUT of the group's new member list.</summary>
    public async Task<ScimResponse> ChangeMemberAsync(string groupId, string userId, bool add, CancellationToken cancellationToken)
    {
        var capabilities = await CapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        var path = "/Groups/" + Uri.EscapeDataString(groupId);
        if (capabilities.Patch)
        {
            // One member added or removed is no read-modify-write, so it needs no If-Match.
            var operation = add
                ? new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = new JsonArray(new JsonObject { ["value"] = userId }) }
                : new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq {Quote(userId)}]" };
            return await SendAsync(Patch, path, PatchOp(new JsonArray(operation)), null, cancellationToken).ConfigureAwait(false);
        }

        var group = await GetAsync("Groups", groupId, cancellationToken).ConfigureAwait(false);
        if (group is null || !group.IsSuccess || group.Body is not JsonObject body)
        {
            return group ?? new ScimResponse(404, null, null);
        }

        var members = body["members"] as JsonArray ?? new JsonArray();
        var kept = members.OfType<JsonObject>().Where(member => ScimUsers.Text(member, "value") != userId).Select(member => (JsonNode)new JsonObject { ["value"] = ScimUsers.Text(member, "value") }).ToList();
        if (add)
        {
            kept.Add(new JsonObject { ["value"] = userId });
        }

        body.Remove("meta");
        body["members"] = new JsonArray(kept.ToArray());
        return await SendAsync(HttpMethod.Put, path, body, capabilities.ETags ? group.Version : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether a user is a member of a group: a filter on the group's members, or the group read whole where the filter is not supported.</summary>
    public async Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken)
    {
        var filter = $"id eq {Quote(groupId)} and members.value eq {Quote(userId)}";
        var found = await SendAsync(HttpMethod.Get, $"/Groups?filter={Uri.EscapeDataString(filter)}&attributes=id", null, null, cancellationToken).ConfigureAwait(false);
        if (found.IsSuccess)
        {
            return Resources(found.Body).Any();
        }

        var group = await GetAsync("Groups", groupId, cancellationToken).ConfigureAwait(false);
        return group?.Body?["members"] is JsonArray members && members.OfType<JsonObject>().Any(member => ScimUsers.Text(member, "value") == userId);
    }

    public async Task<ScimResponse> DeleteAsync(string collection, string id, string? version, CancellationToken cancellationToken)
    {
        var capabilities = await CapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        return await SendAsync(HttpMethod.Delete, $"/{collection}/{Uri.EscapeDataString(id)}", null, capabilities.ETags ? version : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A filter's value: a JSON string literal (RFC 7644 section 3.4.2.2).</summary>
    public static string Quote(string value) => JsonValue.Create(value)!.ToJsonString();

    private Task<ScimResponse> SendAsync(HttpMethod method, string relative, JsonNode? body, string? ifMatch, CancellationToken cancellationToken) =>
        Transport.SendAsync(method, new Uri(_base + relative), body, ifMatch, cancellationToken);

    private static JsonObject PatchOp(JsonArray operations) => new() { ["schemas"] = new JsonArray(ScimUsers.PatchOpSchema), ["Operations"] = operations };

    private static IEnumerable<JsonObject> Resources(JsonNode? list) => list?["Resources"] is JsonArray resources ? resources.OfType<JsonObject>() : Enumerable.Empty<JsonObject>();

    private static bool? Supported(JsonNode? config, string feature) =>
        config?[feature]?["supported"] is JsonValue value && value.TryGetValue<bool>(out var supported) ? supported : null;
}

/// <summary>What a SCIM service supports, from its ServiceProviderConfig and ResourceTypes.</summary>
internal sealed record ScimCapabilities(bool Patch, bool ETags, int? MaxResults, bool EnterpriseUser);

/// <summary>A list or lookup the service refused.</summary>
internal sealed class ScimListException : Exception
{
    public ScimListException(string collection, string? filter, ScimResponse response)
        : base($"Listing {collection}{(filter is null ? string.Empty : " with filter " + filter)}: the service answered {response.Describe()}.")
    {
        Status = response.Status;
    }

    public int Status { get; }
}
