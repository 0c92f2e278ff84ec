using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Planning;
using RosterTools.Targets.Entra.Graph;

namespace RosterTools.Targets.Entra.Reading;

/// <summary>
/// Reads what the planner needs from the tenant: the users in scope (only the properties used, $select), the
/// groups and their members and owners, the subscribed SKUs (to name licences), the administrative units when
/// they stand for containers, and the deleted users (a returning person's account is restored, not made anew).
/// Every collection is read to its last page; the member lists of many groups are read in parallel, packed into
/// $batch requests.
/// </summary>
internal sealed class EntraReader
{
    private readonly GraphBatcher _graph;
    private readonly EntraTargetOptions _options;
    private readonly EntraDirectory _directory;

    public EntraReader(GraphBatcher graph, EntraTargetOptions options, EntraDirectory directory)
    {
        _graph = graph;
        _options = options;
        _directory = directory;
    }

    public async Task<DirectorySnapshot> ReadAsync(IProgress<int>? accountsRead, CancellationToken cancellationToken)
    {
        var root = _options.GraphBaseUrl;
        var anchor = _options.AnchorAttribute;
        await GraphPaging.ReadAllAsync(_graph, root, GraphRequest.Get("/subscribedSkus?$select=skuId,skuPartNumber"), sku =>
        {
            var id = Text(sku, "skuId");
            var name = Text(sku, "skuPartNumber");
            if (id is not null && name is not null)
            {
                _directory.SkuIds[name] = id;
                _directory.SkuNames[id] = name;
            }
        }, null, cancellationToken).ConfigureAwait(false);

        var accounts = new List<DirectoryAccount>();
        var read = 0;
        var select = "id,userPrincipalName,mailNickname,mail,givenName,surname,displayName,accountEnabled,assignedLicenses," + anchor;
        await GraphPaging.ReadAllAsync(_graph, root, Scoped($"/users?$select={select}&$top={_options.PageSize}", _options.UserFilter), user =>
        {
            var account = ToAccount(user, anchor);
            accounts.Add(account);
            _directory.Accounts[account.Id!] = account;
            _directory.Remember(account.Id!, account.Anchor, account.UserPrincipalName);
        }, count =>
        {
            read += count;
            accountsRead?.Report(read);
        }, cancellationToken).ConfigureAwait(false);

        await GraphPaging.ReadAllAsync(_graph, root, GraphRequest.Get($"/directory/deletedItems/microsoft.graph.user?$select=id,userPrincipalName,{anchor}&$top={_options.PageSize}"), deleted =>
        {
            if (Text(deleted, "id") is { } id && Text(deleted, anchor) is { } value && !_directory.IdsByAnchor.ContainsKey(value))
            {
                _directory.DeletedByAnchor[value] = id;
            }
        }, null, cancellationToken).ConfigureAwait(false);

        var byId = accounts.ToDictionary(account => account.Id!, StringComparer.OrdinalIgnoreCase);
        var groups = new List<DirectoryGroup>();
        await GraphPaging.ReadAllAsync(_graph, root, Scoped($"/groups?$select=id,displayName&$top={_options.PageSize}", _options.GroupFilter), group =>
        {
            if (Text(group, "id") is { } id && Text(group, "displayName") is { } name)
            {
                groups.Add(new DirectoryGroup { Id = id, Name = name });
                _directory.GroupIds[name] = id;
            }
        }, null, cancellationToken).ConfigureAwait(false);

        var memberships = new ConcurrentBag<(string UserId, string Group)>();
        var reads = new List<Task>();
        foreach (var group in groups)
        {
            foreach (var role in new[] { MemberRole.Member, MemberRole.Owner })
            {
                var relation = role == MemberRole.Member ? "members" : "owners";
                reads.Add(GraphPaging.ReadAllAsync(_graph, root, GraphRequest.Get($"/groups/{group.Id}/{relation}/microsoft.graph.user?$select=id&$top={_options.PageSize}"), member =>
                {
                    if (Text(member, "id") is { } userId)
                    {
                        _directory.Memberships[EntraDirectory.MembershipKey(group.Id!, userId, role)] = true;
                        memberships.Add((userId, group.Name));
                    }
                }, null, cancellationToken));
            }
        }

        if (_options.AdministrativeUnits)
        {
            reads.Add(ReadAdministrativeUnitsAsync(byId, cancellationToken));
        }

        await Task.WhenAll(reads).ConfigureAwait(false);
        foreach (var (userId, group) in memberships)
        {
            if (byId.TryGetValue(userId, out var account) && !account.IsMemberOf(group))
            {
                account.Groups.Add(group);
            }
        }

        _directory.Read = true;
        return new DirectorySnapshot(accounts, groups, "Entra ID " + root.Host);
    }

    private async Task ReadAdministrativeUnitsAsync(Dictionary<string, DirectoryAccount> byId, CancellationToken cancellationToken)
    {
        var units = new List<(string Id, string Name)>();
        await GraphPaging.ReadAllAsync(_graph, _options.GraphBaseUrl, GraphRequest.Get("/directory/administrativeUnits?$select=id,displayName"), unit =>
        {
            if (Text(unit, "id") is { } id && Text(unit, "displayName") is { } name)
            {
                units.Add((id, name));
                _directory.AdministrativeUnitIds[name] = id;
            }
        }, null, cancellationToken).ConfigureAwait(false);

        var placed = new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await Task.WhenAll(units.Select(unit => GraphPaging.ReadAllAsync(_graph, _options.GraphBaseUrl, GraphRequest.Get($"/directory/administrativeUnits/{unit.Id}/members/microsoft.graph.user?$select=id&$top={_options.PageSize}"), member =>
        {
            if (Text(member, "id") is { } userId)
            {
                placed[userId] = unit.Name;
            }
        }, null, cancellationToken))).ConfigureAwait(false);
        foreach (var entry in placed)
        {
            if (byId.TryGetValue(entry.Key, out var account))
            {
                account.Container = entry.Value;
            }
        }
    }

    private DirectoryAccount ToAccount(JsonElement user, string anchor)
    {
        var account = new DirectoryAccount
        {
            Id = Text(user, "id"),
            Anchor = Text(user, anchor),
            Username = Text(user, "mailNickname"),
            UserPrincipalName = Text(user, "userPrincipalName"),
            Email = Text(user, "mail"),
            GivenName = Text(user, "givenName"),
            Surname = Text(user, "surname"),
            DisplayName = Text(user, "displayName"),
            Enabled = !(user.TryGetProperty("accountEnabled", out var enabled) && enabled.ValueKind == JsonValueKind.False),
        };
        if (account.Id is null)
        {
            throw new DirectoryReadException("Entra ID", $"Graph returned a user without an id ({account.Label}).");
        }

        if (user.TryGetProperty("assignedLicenses", out var licenses) && licenses.ValueKind == JsonValueKind.Array)
        {
            foreach (var license in licenses.EnumerateArray())
            {
                if (Text(license, "skuId") is { } skuId)
                {
                    account.Licenses.Add(_directory.SkuNames.TryGetValue(skuId, out var name) ? name : skuId);
                }
            }
        }

        return account;
    }

    /// <summary>A list request with the admin's $filter; advanced filters need ConsistencyLevel: eventual and $count.</summary>
    private static GraphRequest Scoped(string url, string? filter) =>
        string.IsNullOrWhiteSpace(filter)
            ? GraphRequest.Get(url)
            : new GraphRequest("GET", url + "&$count=true&$filter=" + Uri.EscapeDataString(filter!)) { ConsistencyLevel = "eventual" };

    internal static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
