using System;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Targets.Entra.Graph;
using RosterTools.Targets.Entra.Reading;

namespace RosterTools.Targets.Entra.Writing;

/// <summary>
/// Finds the object id of the account an action is about: the id the applier passes, else what the read or an
/// earlier action of the run learned (by anchor, by the identity the plan names, by user principal name), else
/// Graph is asked (by user principal name, then by anchor).
/// </summary>
internal sealed class AccountLocator
{
    private readonly GraphBatcher _graph;
    private readonly EntraTargetOptions _options;
    private readonly EntraDirectory _directory;

    public AccountLocator(GraphBatcher graph, EntraTargetOptions options, EntraDirectory directory)
    {
        _graph = graph;
        _options = options;
        _directory = directory;
    }

    /// <summary>The account's object id, or null when the tenant has no such account.</summary>
    public async Task<string?> FindAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        if (!string.IsNullOrEmpty(request.AccountId))
        {
            return request.AccountId;
        }

        var anchor = action.Anchor ?? action.EmployeeID;
        if (anchor is not null && _directory.IdsByAnchor.TryGetValue(anchor, out var byAnchor))
        {
            return byAnchor;
        }

        if (action.Identity is { } identity)
        {
            if (Guid.TryParse(identity, out _))
            {
                return identity;
            }

            if (_directory.IdsByUserPrincipalName.TryGetValue(identity, out var byIdentity))
            {
                return byIdentity;
            }
        }

        foreach (var name in new[] { action.Identity, action.Account })
        {
            if (name is not null && name.IndexOf('@') > 0)
            {
                if (_directory.IdsByUserPrincipalName.TryGetValue(name, out var known))
                {
                    return known;
                }

                var found = await _graph.SendAsync(GraphRequest.Get($"/users/{Uri.EscapeDataString(name)}?$select=id,userPrincipalName,{_options.AnchorAttribute}"), cancellationToken).ConfigureAwait(false);
                if (found.IsSuccess && found.Text("id") is { } id)
                {
                    _directory.Remember(id, found.Text(_options.AnchorAttribute), found.Text("userPrincipalName"));
                    return id;
                }
            }
        }

        if (anchor is not null)
        {
            var filter = $"{_options.AnchorAttribute} eq '{anchor.Replace("'", "''")}'";
            var search = new GraphRequest("GET", $"/users?$select=id,userPrincipalName&$count=true&$filter={Uri.EscapeDataString(filter)}") { ConsistencyLevel = "eventual" };
            var found = await _graph.SendAsync(search, cancellationToken).ConfigureAwait(false);
            if (found.IsSuccess && found.Body is { } body && body.TryGetProperty("value", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Array && value.GetArrayLength() == 1)
            {
                var id = EntraReader.Text(value[0], "id");
                if (id is not null)
                {
                    _directory.Remember(id, anchor, EntraReader.Text(value[0], "userPrincipalName"));
                    return id;
                }
            }
        }

        return null;
    }

    /// <summary>The @odata.id of a directory object, as members@odata.bind and $ref requests want it.</summary>
    public string ObjectReference(string id) => GraphBatcher.EnsureSlash(_options.GraphBaseUrl).AbsoluteUri + "directoryObjects/" + id;
}
