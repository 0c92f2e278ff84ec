using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets.Entra.Graph;
using RosterTools.Targets.Entra.Reading;

namespace RosterTools.Targets.Entra.Writing;

/// <summary>
/// Groups and memberships. New members of a group are added 20 at a time with one PATCH of members@odata.bind (the
/// most Graph takes); such a PATCH fails as a whole when any one of them cannot be added (already a member, gone),
/// so then each is added on its own, and "already a member" is AlreadyDone. Owners are added one by one ($ref).
/// </summary>
internal sealed class GroupWriter
{
    /// <summary>The most references one members@odata.bind holds.</summary>
    internal const int MaxBind = 20;

    private readonly GraphBatcher _graph;
    private readonly EntraTargetOptions _options;
    private readonly EntraDirectory _directory;
    private readonly AccountLocator _locator;

    public GroupWriter(GraphBatcher graph, EntraTargetOptions options, EntraDirectory directory, AccountLocator locator)
    {
        _graph = graph;
        _options = options;
        _directory = directory;
        _locator = locator;
    }

    /// <summary>Creates a security group, unless one of that name exists. Not retried blindly: Graph does not keep group names unique.</summary>
    public async Task<ActionResult> CreateGroupAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var name = action.Group ?? action.Account;
        for (var attempt = 1; ; attempt++)
        {
            // A read of every group (no group filter) already says whether it exists; after a failed attempt, or
            // with a filter that may have left it out, Graph is asked.
            var existing = attempt == 1 && _directory.Read && _options.GroupFilter is null
                ? (_directory.GroupIds.TryGetValue(name, out var known) ? known : null)
                : await FindGroupAsync(name, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                return Results.Already(action, $"the group exists (id {existing})", null);
            }

            var body = new JsonObject
            {
                ["displayName"] = name,
                ["mailNickname"] = MailNickname(name),
                ["mailEnabled"] = false,
                ["securityEnabled"] = true,
                ["description"] = "Managed by RosterTools: " + action.Reason,
            };
            var response = await _graph.SendAsync(new GraphRequest("POST", "/groups", body) { SafeToRepeat = false }, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccess && response.Text("id") is { } id)
            {
                _directory.GroupIds[name] = id;
                return Results.Done(action, $"{response.Status} created group id={id}", null);
            }

            // No answer, or a 5xx: the group may or may not have been made; look before trying again.
            if ((response.Status == 0 || response.Status >= 500) && attempt < 3)
            {
                continue;
            }

            return Results.Failed(action, $"creating the group {name} failed: {response.Describe()}");
        }
    }

    /// <summary>Adds accounts to groups: one result per request, in order.</summary>
    public async Task<ActionResult[]> AddMembersAsync(IReadOnlyList<ActionRequest> requests, CancellationToken cancellationToken)
    {
        var results = new ActionResult[requests.Count];
        var ready = new List<(int Index, string GroupId, string UserId)>();
        await Task.WhenAll(requests.Select(async (request, index) =>
        {
            var action = request.Action;
            var groupId = action.Group is null ? null : await FindGroupAsync(action.Group, cancellationToken).ConfigureAwait(false);
            if (groupId is null)
            {
                results[index] = Results.Failed(action, $"there is no group named '{action.Group}' in Entra ID");
                return;
            }

            var userId = await _locator.FindAsync(request, cancellationToken).ConfigureAwait(false);
            if (userId is null)
            {
                results[index] = Results.NotFound(action);
                return;
            }

            var role = action.MemberRole ?? MemberRole.Member;
            if (_directory.Memberships.ContainsKey(EntraDirectory.MembershipKey(groupId, userId, role)))
            {
                results[index] = Results.Already(action, $"already {(role == MemberRole.Owner ? "an owner" : "a member")}", userId);
                return;
            }

            if (role == MemberRole.Owner)
            {
                results[index] = await AddOneAsync(action, groupId, userId, role, cancellationToken).ConfigureAwait(false);
                return;
            }

            lock (ready)
            {
                ready.Add((index, groupId, userId));
            }
        })).ConfigureAwait(false);

        ready.Sort((a, b) => a.Index.CompareTo(b.Index)); // chunks in plan order, whatever order the look-ups ended in
        var binds = new List<Task>();
        foreach (var group in ready.GroupBy(item => item.GroupId, StringComparer.OrdinalIgnoreCase))
        {
            var members = group.GroupBy(item => item.UserId, StringComparer.OrdinalIgnoreCase).Select(same => same.ToList()).ToList();
            for (var start = 0; start < members.Count; start += MaxBind)
            {
                var chunk = members.Skip(start).Take(MaxBind).ToList();
                binds.Add(BindAsync(requests, results, group.Key, chunk, cancellationToken));
            }
        }

        await Task.WhenAll(binds).ConfigureAwait(false);
        return results;
    }

    public async Task<ActionResult> RemoveMemberAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var role = action.MemberRole ?? MemberRole.Member;
        var groupId = action.Group is null ? null : await FindGroupAsync(action.Group, cancellationToken).ConfigureAwait(false);
        if (groupId is null)
        {
            return Results.Already(action, $"there is no group named '{action.Group}': nothing to leave", null);
        }

        var userId = await _locator.FindAsync(request, cancellationToken).ConfigureAwait(false);
        if (userId is null)
        {
            return Results.Already(action, "the account is not in Entra ID: nothing to remove", null);
        }

        var relation = role == MemberRole.Owner ? "owners" : "members";
        var response = await _graph.SendAsync(GraphRequest.Delete($"/groups/{groupId}/{relation}/{userId}/$ref"), cancellationToken).ConfigureAwait(false);
        _directory.Memberships.TryRemove(EntraDirectory.MembershipKey(groupId, userId, role), out _);
        if (response.IsSuccess)
        {
            return Results.Done(action, $"{response.Status} removed from {action.Group}", userId);
        }

        return response.Status == 404
            ? Results.Already(action, $"not {(role == MemberRole.Owner ? "an owner" : "a member")} of {action.Group}", userId)
            : Results.Failed(action, $"removing from {action.Group} failed: {response.Describe()}", userId);
    }

    /// <summary>One members@odata.bind PATCH for up to 20 accounts; when it fails, each account on its own.</summary>
    private async Task BindAsync(IReadOnlyList<ActionRequest> requests, ActionResult[] results, string groupId, List<List<(int Index, string GroupId, string UserId)>> members, CancellationToken cancellationToken)
    {
        var references = new JsonArray(members.Select(member => (JsonNode)_locator.ObjectReference(member[0].UserId)).ToArray());
        var response = await _graph.SendAsync(GraphRequest.Patch($"/groups/{groupId}", new JsonObject { ["members@odata.bind"] = references }), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            foreach (var member in members)
            {
                _directory.Memberships[EntraDirectory.MembershipKey(groupId, member[0].UserId, MemberRole.Member)] = true;
                foreach (var item in member)
                {
                    var action = requests[item.Index].Action;
                    results[item.Index] = Results.Done(action, $"{response.Status} added to {action.Group} (with {members.Count - 1} others)", item.UserId);
                }
            }

            return;
        }

        await Task.WhenAll(members.Select(async member =>
        {
            var first = member[0];
            var result = await AddOneAsync(requests[first.Index].Action, groupId, first.UserId, MemberRole.Member, cancellationToken).ConfigureAwait(false);
            foreach (var item in member)
            {
                var action = requests[item.Index].Action;
                results[item.Index] = item.Index == first.Index ? result : Copy(result, action);
            }
        })).ConfigureAwait(false);
    }

    private async Task<ActionResult> AddOneAsync(PlanAction action, string groupId, string userId, MemberRole role, CancellationToken cancellationToken)
    {
        var relation = role == MemberRole.Owner ? "owners" : "members";
        var response = await _graph.SendAsync(GraphRequest.Post($"/groups/{groupId}/{relation}/$ref", new JsonObject { ["@odata.id"] = _locator.ObjectReference(userId) }), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess || (response.Status == 400 && response.Says("already exist")))
        {
            _directory.Memberships[EntraDirectory.MembershipKey(groupId, userId, role)] = true;
            return response.IsSuccess
                ? Results.Done(action, $"{response.Status} added to {action.Group}", userId)
                : Results.Already(action, $"already {(role == MemberRole.Owner ? "an owner" : "a member")} of {action.Group}", userId);
        }

        return Results.Failed(action, $"adding to {action.Group} failed: {response.Describe()}", userId);
    }

    /// <summary>The group's id: from the read or this run, else asked of Graph by display name.</summary>
    private async Task<string?> FindGroupAsync(string name, CancellationToken cancellationToken)
    {
        if (_directory.GroupIds.TryGetValue(name, out var known))
        {
            return known;
        }

        var filter = Uri.EscapeDataString($"displayName eq '{name.Replace("'", "''")}'");
        var response = await _graph.SendAsync(GraphRequest.Get($"/groups?$select=id,displayName&$filter={filter}"), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess && response.Body is { } body && body.TryGetProperty("value", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            var id = EntraReader.Text(value[0], "id");
            if (id is not null)
            {
                _directory.GroupIds[name] = id;
            }

            return id;
        }

        return null;
    }

    private static ActionResult Copy(ActionResult result, PlanAction action)
    {
        var copy = ActionResult.For(action, result.Status, result.Response, result.Error);
        copy.AccountId = result.AccountId;
        return copy;
    }

    /// <summary>A mail nickname from a group name: letters, digits and a few marks, at most 64 characters.</summary>
    internal static string MailNickname(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if ((c < 128 && char.IsLetterOrDigit(c)) || c is '-' or '_' or '.')
            {
                text.Append(c);
            }
        }

        var nickname = text.Length == 0 ? "group" : text.ToString();
        return nickname.Length > 64 ? nickname.Substring(0, 64) : nickname;
    }
}
