using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;

namespace RosterTools.Targets.Scim;

/// <summary>
/// Carries out one plan action on a SCIM service, idempotently: each action first looks at what the service holds
/// and is AlreadyDone when its effect is there. Users are found by the id the run knows, else by externalId (the
/// anchor), or by userName (an account being adopted, and a Create's name, which must be free); groups by
/// displayName. Actions SCIM has no meaning for (Move, licences, RevokeSessions) are Skipped,
/// with the reason; nothing is sent for them.
/// </summary>
internal sealed class ScimActions
{
    private const int MaxConflicts = 3;
    private readonly ScimClient _client;
    private readonly ScimTargetSettings _settings;
    private readonly ConcurrentDictionary<string, string> _groupIds = new(StringComparer.OrdinalIgnoreCase);

    public ScimActions(ScimClient client, ScimTargetSettings settings)
    {
        _client = client;
        _settings = settings;
    }

    /// <summary>Remembers the ids of groups a read found.</summary>
    public void KnowGroup(string name, string id) => _groupIds[name] = id;

    public async Task<ActionResult> ApplyAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        try
        {
            return action.Action switch
            {
                ActionType.Create => await CreateAsync(request, cancellationToken).ConfigureAwait(false),
                ActionType.Adopt or ActionType.Update or ActionType.Rename or ActionType.Enable or ActionType.Disable => await ChangeAsync(request, cancellationToken).ConfigureAwait(false),
                ActionType.Delete => await DeleteAsync(request, cancellationToken).ConfigureAwait(false),
                ActionType.CreateGroup => await CreateGroupAsync(action, cancellationToken).ConfigureAwait(false),
                ActionType.AddMember or ActionType.RemoveMember => await MemberAsync(request, cancellationToken).ConfigureAwait(false),
                _ => Skipped(action, NoMeaning(action.Action)),
            };
        }
        catch (Exception e) when (e is ScimRequestFailedException or ScimListException)
        {
            return ActionResult.For(action, ActionStatus.Failed, error: e.Message);
        }
    }

    /// <summary>Why an action type has nothing to do on a SCIM service (null when it has).</summary>
    public static string NoMeaning(ActionType type) => type switch
    {
        ActionType.Move => "SCIM has no containers (OUs): nothing was sent",
        ActionType.AssignLicense or ActionType.RemoveLicense => "SCIM has no licences: nothing was sent",
        ActionType.RevokeSessions => "SCIM has no sign-in sessions to revoke (a disabled user, active=false, is the app's signal): nothing was sent",
        _ => $"{type} has no SCIM meaning: nothing was sent",
    };

    private async Task<ActionResult> CreateAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var capabilities = await _client.CapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        var anchor = action.EmployeeID ?? action.Anchor;
        if (anchor is not null && await _client.FindAsync("Users", "externalId eq " + ScimClient.Quote(anchor), cancellationToken).ConfigureAwait(false) is { } existing)
        {
            var id = ScimUsers.Text(existing, "id");
            return WithId(ActionResult.For(action, ActionStatus.AlreadyDone, $"a user with externalId '{anchor}' exists: userName '{ScimUsers.Text(existing, "userName")}', id={id}"), id);
        }

        var user = ScimUsers.New(action, _settings.UserName, capabilities.EnterpriseUser, _settings.SendPassword ? request.InitialPassword : null);
        var userName = ScimUsers.Text(user, "userName")!;

        // Not every app refuses a second user with the same userName: look first, rather than make a duplicate.
        if (await _client.FindAsync("Users", "userName eq " + ScimClient.Quote(userName), cancellationToken).ConfigureAwait(false) is { } holder)
        {
            return ActionResult.For(action, ActionStatus.Failed, error: $"userName '{userName}' is taken by user id={ScimUsers.Text(holder, "id")} (externalId {ScimUsers.Text(holder, "externalId") ?? "none"}): adopt that account, or rename one of them");
        }

        var created = await _client.CreateAsync("Users", user, cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess)
        {
            return ActionResult.For(action, ActionStatus.Failed, created.Describe(), $"POST /Users answered {created.Describe()}");
        }

        var newId = ScimUsers.Text(created.Body, "id");
        return WithId(ActionResult.For(action, ActionStatus.Done, $"{created.Status} Created id={newId}"), newId);
    }

    /// <summary>Adopt, Update, Rename, Enable, Disable: the attributes that differ, replaced (again after a 412 with what is there now).</summary>
    private async Task<ActionResult> ChangeAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var capabilities = await _client.CapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        for (var conflicts = 0; ; conflicts++)
        {
            var found = await FindUserAsync(request, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return ActionResult.For(action, ActionStatus.Failed, error: NotFound(action));
            }

            var (user, version) = found.Value;
            var id = ScimUsers.Text(user, "id");
            var changes = ScimUsers.ChangesFor(action, user, _settings.UserName, capabilities.EnterpriseUser);
            if (changes.Count == 0)
            {
                return WithId(ActionResult.For(action, ActionStatus.AlreadyDone, "the user already has " + Describe(action)), id);
            }

            var answer = await _client.ReplaceAsync("Users", user, changes, version, cancellationToken).ConfigureAwait(false);
            if (answer.Status == 412 && conflicts < MaxConflicts)
            {
                continue; // Changed by someone else since it was read: read it again.
            }

            var how = capabilities.Patch ? "PATCH" : "PUT";
            var paths = string.Join(", ", changes.Select(change => change.Path));
            return answer.IsSuccess
                ? WithId(ActionResult.For(action, ActionStatus.Done, $"{answer.Status} {how} {paths}"), id)
                : WithId(ActionResult.For(action, ActionStatus.Failed, answer.Describe(), $"{how} /Users/{id} ({paths}) answered {answer.Describe()}"), id);
        }
    }

    private async Task<ActionResult> DeleteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        for (var conflicts = 0; ; conflicts++)
        {
            var found = await FindUserAsync(request, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return ActionResult.For(action, ActionStatus.AlreadyDone, "no such user: already deleted");
            }

            var id = ScimUsers.Text(found.Value.User, "id")!;
            var answer = await _client.DeleteAsync("Users", id, found.Value.Version, cancellationToken).ConfigureAwait(false);
            if (answer.Status == 412 && conflicts < MaxConflicts)
            {
                continue;
            }

            return answer.IsSuccess ? WithId(ActionResult.For(action, ActionStatus.Done, $"{answer.Status} deleted id={id}"), id)
                : answer.Status == 404 ? ActionResult.For(action, ActionStatus.AlreadyDone, "no such user: already deleted")
                : WithId(ActionResult.For(action, ActionStatus.Failed, answer.Describe(), $"DELETE /Users/{id} answered {answer.Describe()}"), id);
        }
    }

    private async Task<ActionResult> CreateGroupAsync(PlanAction action, CancellationToken cancellationToken)
    {
        var name = action.Group ?? action.Account;
        if (await GroupIdAsync(name, cancellationToken).ConfigureAwait(false) is { } id)
        {
            return ActionResult.For(action, ActionStatus.AlreadyDone, $"the group exists, id={id}");
        }

        var group = new JsonObject { ["schemas"] = new JsonArray(ScimUsers.GroupSchema), ["displayName"] = name };
        var created = await _client.CreateAsync("Groups", group, cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess)
        {
            return ActionResult.For(action, ActionStatus.Failed, created.Describe(), $"POST /Groups answered {created.Describe()}");
        }

        var newId = ScimUsers.Text(created.Body, "id")!;
        _groupIds[name] = newId;
        return ActionResult.For(action, ActionStatus.Done, $"{created.Status} Created group id={newId}");
    }

    private async Task<ActionResult> MemberAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var add = action.Action == ActionType.AddMember;
        var groupId = await GroupIdAsync(action.Group!, cancellationToken).ConfigureAwait(false);
        if (groupId is null)
        {
            return add
                ? ActionResult.For(action, ActionStatus.Failed, error: $"the service has no group '{action.Group}'")
                : ActionResult.For(action, ActionStatus.AlreadyDone, "the group does not exist: not a member");
        }

        var found = await FindUserAsync(request, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return add ? ActionResult.For(action, ActionStatus.Failed, error: NotFound(action)) : ActionResult.For(action, ActionStatus.AlreadyDone, "no such user: not a member");
        }

        var userId = ScimUsers.Text(found.Value.User, "id")!;
        var owner = action.MemberRole == MemberRole.Owner ? " (SCIM groups have no owners: as a member)" : string.Empty;
        for (var conflicts = 0; ; conflicts++)
        {
            if (await _client.IsMemberAsync(groupId, userId, cancellationToken).ConfigureAwait(false) == add)
            {
                return WithId(ActionResult.For(action, ActionStatus.AlreadyDone, (add ? "already a member" : "not a member") + owner), userId);
            }

            var answer = await _client.ChangeMemberAsync(groupId, userId, add, cancellationToken).ConfigureAwait(false);
            if (answer.Status == 412 && conflicts < MaxConflicts)
            {
                continue;
            }

            return answer.IsSuccess
                ? WithId(ActionResult.For(action, ActionStatus.Done, $"{answer.Status} {(add ? "added to" : "removed from")} group id={groupId}{owner}"), userId)
                : WithId(ActionResult.For(action, ActionStatus.Failed, answer.Describe(), $"changing the members of group {groupId} answered {answer.Describe()}"), userId);
        }
    }

    /// <summary>The user an action is about: by the id the run knows, the plan's identity (a SCIM id), else the anchor.</summary>
    private async Task<(JsonObject User, string? Version)?> FindUserAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        foreach (var id in new[] { request.AccountId, request.Action.Identity }.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal))
        {
            var got = await _client.GetAsync("Users", id!, cancellationToken).ConfigureAwait(false);
            if (got is { IsSuccess: true, Body: JsonObject user })
            {
                return (user, got.Version);
            }

            if (got is not null && got.Status != 400)
            {
                throw new ScimRequestFailedException($"GET /Users/{id} answered {got.Describe()}");
            }
        }

        // An account being adopted has no anchor yet: it is the one with the plan's account name.
        var anchor = request.Action.Anchor ?? request.Action.EmployeeID;
        var filter = request.Action.Action == ActionType.Adopt ? "userName eq " + ScimClient.Quote(request.Action.Account)
            : anchor is null ? null
            : "externalId eq " + ScimClient.Quote(anchor);
        var found = filter is null ? null : await _client.FindAsync("Users", filter, cancellationToken).ConfigureAwait(false);
        return found is null ? null : (found, ScimUsers.Text(found, "meta", "version"));
    }

    private async Task<string?> GroupIdAsync(string name, CancellationToken cancellationToken)
    {
        if (_groupIds.TryGetValue(name, out var id))
        {
            return id;
        }

        var group = await _client.FindAsync("Groups", "displayName eq " + ScimClient.Quote(name), cancellationToken).ConfigureAwait(false);
        if (ScimUsers.Text(group, "id") is { } found)
        {
            _groupIds[name] = found;
            return found;
        }

        return null;
    }

    private static ActionResult Skipped(PlanAction action, string why) => ActionResult.For(action, ActionStatus.Skipped, why, why);

    private static ActionResult WithId(ActionResult result, string? id)
    {
        result.AccountId = id;
        return result;
    }

    private static string NotFound(PlanAction action) =>
        $"no user found for {action.Account} (id {action.Identity ?? "unknown"}, externalId {action.Anchor ?? "none"})";

    private static string Describe(PlanAction action) => action.Action switch
    {
        ActionType.Adopt => $"externalId '{action.EmployeeID ?? action.Anchor}'",
        ActionType.Enable => "active=true",
        ActionType.Disable => "active=false",
        _ => action.Changes.Count == 0 ? "what the action sets" : string.Join(", ", action.Changes.Select(change => $"{change.Attribute} '{change.After}'")),
    };
}
