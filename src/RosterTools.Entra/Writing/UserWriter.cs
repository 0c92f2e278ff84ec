using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets.Entra.Graph;
using RosterTools.Targets.Entra.Reading;

namespace RosterTools.Targets.Entra.Writing;

/// <summary>
/// Carries out the actions on one user: create (or restore a deleted account of the same person), adopt, update,
/// rename, enable, disable, revoke sessions, move between administrative units, licences, delete. Each is
/// idempotent: what the read (or this run) shows already in place is AlreadyDone without a request, and an answer
/// that says the effect is there (the user principal name taken by this very person, a licence not assigned, a
/// user already gone) is AlreadyDone too.
/// </summary>
internal sealed class UserWriter
{
    private readonly GraphBatcher _graph;
    private readonly EntraTargetOptions _options;
    private readonly EntraDirectory _directory;
    private readonly AccountLocator _locator;

    public UserWriter(GraphBatcher graph, EntraTargetOptions options, EntraDirectory directory, AccountLocator locator)
    {
        _graph = graph;
        _options = options;
        _directory = directory;
        _locator = locator;
    }

    public async Task<ActionResult> CreateAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var anchor = action.EmployeeID ?? action.Anchor;
        if (anchor is null)
        {
            return Results.Failed(action, "the Create action has no anchor (EmployeeID) to tie the account to its person");
        }

        if (_directory.IdsByAnchor.TryGetValue(anchor, out var existing))
        {
            return Results.Already(action, $"an account with {_options.AnchorAttribute} {anchor} exists (id {existing})", existing);
        }

        if (string.IsNullOrEmpty(request.InitialPassword))
        {
            return Results.Failed(action, "no initial password was given for the new account (the applier makes one from the policy's password rule)");
        }

        if (_directory.DeletedByAnchor.TryGetValue(anchor, out var deletedId))
        {
            var restored = await RestoreAsync(request, deletedId, anchor, cancellationToken).ConfigureAwait(false);
            if (restored is not null)
            {
                return restored;
            }
        }

        var body = UserProperties.ForCreate(action, _options, anchor);
        body["passwordProfile"] = UserProperties.PasswordProfile(request.InitialPassword!, _options);
        var upn = body["userPrincipalName"]!.GetValue<string>();
        var response = await _graph.SendAsync(GraphRequest.Post("/users", body), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess && response.Text("id") is { } id)
        {
            _directory.Remember(id, anchor, upn);
            _directory.Accounts[id] = Account(id, action, anchor, upn);
            var placed = await PlaceAsync(id, action.Path, null, cancellationToken).ConfigureAwait(false);
            return Results.Done(action, $"{response.Status} created id={id}{placed}", id);
        }

        if (IsConflict(response))
        {
            return await ResolveConflictAsync(action, upn, anchor, cancellationToken).ConfigureAwait(false);
        }

        return Results.Failed(action, $"creating {upn} failed: {response.Describe()}");
    }

    /// <summary>The user principal name is taken: by this person (an earlier attempt went through), or by someone else.</summary>
    private async Task<ActionResult> ResolveConflictAsync(PlanAction action, string upn, string anchor, CancellationToken cancellationToken)
    {
        var holder = await _graph.SendAsync(GraphRequest.Get($"/users/{Uri.EscapeDataString(upn)}?$select=id,userPrincipalName,{_options.AnchorAttribute}"), cancellationToken).ConfigureAwait(false);
        if (holder.IsSuccess && holder.Text("id") is { } id)
        {
            var holderAnchor = holder.Text(_options.AnchorAttribute);
            if (string.Equals(holderAnchor, anchor, StringComparison.Ordinal))
            {
                _directory.Remember(id, anchor, upn);
                return Results.Already(action, $"{upn} exists with {_options.AnchorAttribute} {anchor} (id {id})", id);
            }

            return Results.Failed(action, $"the userPrincipalName {upn} already belongs to another account (id {id}, {_options.AnchorAttribute} {holderAnchor ?? "empty"}); the plan's naming must give this person another name, or adopt that account");
        }

        return holder.Status == 404
            ? Results.Failed(action, $"the userPrincipalName {upn} is taken, but not by a live account (a deleted user holds it for 30 days: restore or purge it)")
            : Results.Failed(action, $"the userPrincipalName {upn} is taken, and looking up its holder failed: {holder.Describe()}");
    }

    /// <summary>Restores a returning person's deleted account and sets it as the plan wants; null when there is nothing to restore after all.</summary>
    private async Task<ActionResult?> RestoreAsync(ActionRequest request, string deletedId, string anchor, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var restore = await _graph.SendAsync(GraphRequest.Post($"/directory/deletedItems/{deletedId}/restore", null), cancellationToken).ConfigureAwait(false);
        if (restore.Status == 404)
        {
            _directory.DeletedByAnchor.TryRemove(anchor, out _);
            return null; // Purged meanwhile: a new account is made.
        }

        if (!restore.IsSuccess)
        {
            return Results.Failed(action, $"restoring the deleted account {deletedId} of {_options.AnchorAttribute} {anchor} failed: {restore.Describe()}", deletedId);
        }

        var body = UserProperties.ForCreate(action, _options, anchor);
        body["passwordProfile"] = UserProperties.PasswordProfile(request.InitialPassword!, _options);
        var upn = body["userPrincipalName"]!.GetValue<string>();
        var patch = await _graph.SendAsync(GraphRequest.Patch($"/users/{deletedId}", body), cancellationToken).ConfigureAwait(false);
        _directory.Remember(deletedId, anchor, upn);
        if (!patch.IsSuccess)
        {
            return Results.Failed(action, $"the deleted account {deletedId} was restored, but setting its names and password failed: {patch.Describe()}", deletedId);
        }

        _directory.Accounts[deletedId] = Account(deletedId, action, anchor, upn);
        var placed = await PlaceAsync(deletedId, action.Path, null, cancellationToken).ConfigureAwait(false);
        return Results.Done(action, $"restored deleted account id={deletedId}{placed}", deletedId);
    }

    /// <summary>Adopt, Update, Rename, Enable, Disable: one PATCH of the properties the action sets.</summary>
    public async Task<ActionResult> PatchAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var id = await _locator.FindAsync(request, cancellationToken).ConfigureAwait(false);
        if (id is null)
        {
            return Results.NotFound(action);
        }

        var body = PatchBody(action);
        if (body.Count == 0)
        {
            return Results.Failed(action, $"the {action.Action} action sets nothing Entra ID has ({string.Join(", ", action.Changes.Select(change => change.Attribute))})", id);
        }

        var known = _directory.Account(id);
        if (known is not null && AlreadySet(known, body))
        {
            return Results.Already(action, "the account already has " + string.Join(", ", body.Select(property => property.Key)), id);
        }

        var response = await _graph.SendAsync(GraphRequest.Patch($"/users/{id}", body), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            if (known is not null)
            {
                Apply(known, body);
            }

            _directory.Remember(id, body[_options.AnchorAttribute]?.GetValue<string>(), body["userPrincipalName"]?.GetValue<string>());
            return Results.Done(action, $"{response.Status} updated " + string.Join(", ", body.Select(property => property.Key)), id);
        }

        if (response.Status == 404)
        {
            return Results.NotFound(action);
        }

        if (IsConflict(response))
        {
            return Results.Failed(action, $"{body["userPrincipalName"]?.GetValue<string>() ?? "a value"} is already used by another account: {response.Describe()}", id);
        }

        return Results.Failed(action, $"{action.Action} failed: {response.Describe()}", id);
    }

    public async Task<ActionResult> RevokeSessionsAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var id = await _locator.FindAsync(request, cancellationToken).ConfigureAwait(false);
        if (id is null)
        {
            return Results.NotFound(action);
        }

        var response = await _graph.SendAsync(GraphRequest.Post($"/users/{id}/revokeSignInSessions", null), cancellationToken).ConfigureAwait(false);
        return response.IsSuccess
            ? Results.Done(action, $"{response.Status} sign-in sessions revoked", id)
            : response.Status == 404 ? Results.NotFound(action) : Results.Failed(action, $"revoking sessions failed: {response.Describe()}", id);
    }

    /// <summary>Moves the account into the administrative unit the plan's path names (and out of the one it was in).</summary>
    public async Task<ActionResult> MoveAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        if (!_options.AdministrativeUnits)
        {
            return Results.Failed(action, $"Entra ID has no organisational units: to place accounts, turn on administrative units (AdministrativeUnits) and name them as the policy's placement does, or leave placement out of the policy for Entra (path '{action.Path}')");
        }

        var id = await _locator.FindAsync(request, cancellationToken).ConfigureAwait(false);
        if (id is null)
        {
            return Results.NotFound(action);
        }

        var known = _directory.Account(id);
        if (known is not null && string.Equals(known.Container, action.Path, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Already(action, "the account is in " + action.Path, id);
        }

        if (action.Path is null || !_directory.AdministrativeUnitIds.ContainsKey(action.Path))
        {
            return Results.Failed(action, $"there is no administrative unit named '{action.Path}'", id);
        }

        var before = action.Changes.FirstOrDefault(change => change.Attribute == "Container")?.Before ?? known?.Container;
        var placed = await PlaceAsync(id, action.Path, before, cancellationToken).ConfigureAwait(false);
        if (placed.StartsWith(" (not placed", StringComparison.Ordinal))
        {
            return Results.Failed(action, placed.Trim(' ', '(', ')'), id);
        }

        if (known is not null)
        {
            known.Container = action.Path;
        }

        return Results.Done(action, "moved to " + action.Path + placed, id);
    }

    public async Task<ActionResult> LicenseAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var assign = action.Action == ActionType.AssignLicense;
        if (action.License is null || !_directory.SkuIds.TryGetValue(action.License, out var skuId))
        {
            return Results.Failed(action, $"the tenant has no subscribed SKU '{action.License}' (it has: {_directory.SkuList()})");
        }

        var id = await _locator.FindAsync(request, cancellationToken).ConfigureAwait(false);
        if (id is null)
        {
            return Results.NotFound(action);
        }

        var known = _directory.Account(id);
        var has = known?.Licenses.Any(license => string.Equals(license, action.License, StringComparison.OrdinalIgnoreCase));
        if (has == assign)
        {
            return Results.Already(action, assign ? "the licence is assigned" : "the licence is not assigned", id);
        }

        var body = new JsonObject
        {
            ["addLicenses"] = assign ? new JsonArray(new JsonObject { ["skuId"] = skuId, ["disabledPlans"] = new JsonArray() }) : new JsonArray(),
            ["removeLicenses"] = assign ? new JsonArray() : new JsonArray(skuId),
        };
        var response = await _graph.SendAsync(GraphRequest.Post($"/users/{id}/assignLicense", body), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            if (known is not null)
            {
                if (assign)
                {
                    known.Licenses.Add(action.License);
                }
                else
                {
                    known.Licenses.Remove(action.License);
                }
            }

            return Results.Done(action, $"{response.Status} licence {(assign ? "assigned" : "removed")}", id);
        }

        if (!assign && response.Status == 400 && response.Says("does not have"))
        {
            return Results.Already(action, "the licence is not assigned", id);
        }

        return response.Status == 404 ? Results.NotFound(action) : Results.Failed(action, $"{(assign ? "assigning" : "removing")} {action.License} failed: {response.Describe()}", id);
    }

    /// <summary>Deletes the account (soft: Entra keeps it 30 days, and a returning person's Create restores it).</summary>
    public async Task<ActionResult> DeleteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var id = await _locator.FindAsync(request, cancellationToken).ConfigureAwait(false);
        if (id is null)
        {
            return Results.Already(action, "no such account in Entra ID (already deleted)", null);
        }

        var response = await _graph.SendAsync(GraphRequest.Delete($"/users/{id}"), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess || response.Status == 404)
        {
            _directory.Accounts.TryRemove(id, out var gone);
            var anchor = action.Anchor ?? gone?.Anchor;
            if (anchor is not null)
            {
                _directory.IdsByAnchor.TryRemove(anchor, out _);
                _directory.DeletedByAnchor[anchor] = id;
            }

            return response.IsSuccess
                ? Results.Done(action, $"{response.Status} deleted (restorable for 30 days)", id)
                : Results.Already(action, "the account was already deleted", id);
        }

        return Results.Failed(action, $"deleting failed: {response.Describe()}", id);
    }

    /// <summary>Adds the account to the administrative unit named <paramref name="path"/> (and removes it from <paramref name="from"/>); a note for the response.</summary>
    private async Task<string> PlaceAsync(string id, string? path, string? from, CancellationToken cancellationToken)
    {
        if (!_options.AdministrativeUnits || path is null)
        {
            return string.Empty;
        }

        if (!_directory.AdministrativeUnitIds.TryGetValue(path, out var unit))
        {
            return $" (not placed: no administrative unit named '{path}')";
        }

        var add = await _graph.SendAsync(GraphRequest.Post($"/directory/administrativeUnits/{unit}/members/$ref", new JsonObject { ["@odata.id"] = _locator.ObjectReference(id) }), cancellationToken).ConfigureAwait(false);
        if (!add.IsSuccess && !(add.Status == 400 && add.Says("already exist")))
        {
            return $" (not placed in {path}: {add.Describe()})";
        }

        if (from is not null && !string.Equals(from, path, StringComparison.OrdinalIgnoreCase) && _directory.AdministrativeUnitIds.TryGetValue(from, out var old))
        {
            var remove = await _graph.SendAsync(GraphRequest.Delete($"/directory/administrativeUnits/{old}/members/{id}/$ref"), cancellationToken).ConfigureAwait(false);
            if (!remove.IsSuccess && remove.Status != 404)
            {
                return $" (added to {path}, but not removed from {from}: {remove.Describe()})";
            }
        }

        return string.Empty;
    }

    private JsonObject PatchBody(PlanAction action)
    {
        var body = new JsonObject();
        switch (action.Action)
        {
            case ActionType.Enable:
            case ActionType.Disable:
                body["accountEnabled"] = action.Action == ActionType.Enable;
                break;
            case ActionType.Adopt:
                if (action.EmployeeID is not null)
                {
                    body[_options.AnchorAttribute] = action.EmployeeID;
                }

                break;
            default:
                foreach (var change in action.Changes)
                {
                    if (UserProperties.Of(change.Attribute, _options.AnchorAttribute, _options.SetMail) is { } property && change.After is not null)
                    {
                        body[property] = change.After;
                    }
                }

                break;
        }

        return body;
    }

    private bool AlreadySet(DirectoryAccount account, JsonObject body) => body.All(property => property.Key switch
    {
        "accountEnabled" => account.Enabled == property.Value!.GetValue<bool>(),
        _ => string.Equals(Current(account, property.Key), property.Value?.GetValue<string>(), property.Key is "userPrincipalName" or "mailNickname" or "mail" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal),
    });

    private string? Current(DirectoryAccount account, string property) => property switch
    {
        "givenName" => account.GivenName,
        "surname" => account.Surname,
        "displayName" => account.DisplayName,
        "mailNickname" => account.Username,
        "userPrincipalName" => account.UserPrincipalName,
        "mail" => account.Email,
        _ when property == _options.AnchorAttribute => account.Anchor,
        _ => null,
    };

    private void Apply(DirectoryAccount account, JsonObject body)
    {
        foreach (var property in body)
        {
            switch (property.Key)
            {
                case "accountEnabled": account.Enabled = property.Value!.GetValue<bool>(); break;
                case "givenName": account.GivenName = property.Value?.GetValue<string>(); break;
                case "surname": account.Surname = property.Value?.GetValue<string>(); break;
                case "displayName": account.DisplayName = property.Value?.GetValue<string>(); break;
                case "mailNickname": account.Username = property.Value?.GetValue<string>(); break;
                case "userPrincipalName": account.UserPrincipalName = property.Value?.GetValue<string>(); break;
                case "mail": account.Email = property.Value?.GetValue<string>(); break;
                default:
                    if (property.Key == _options.AnchorAttribute)
                    {
                        account.Anchor = property.Value?.GetValue<string>();
                    }

                    break;
            }
        }
    }

    private static bool IsConflict(GraphResponse response) =>
        (response.Status == 400 || response.Status == 409) && (string.Equals(response.DetailCode, "ObjectConflict", StringComparison.OrdinalIgnoreCase) || response.Says("already exists"));

    private static DirectoryAccount Account(string id, PlanAction action, string anchor, string upn) => new()
    {
        Id = id,
        Anchor = anchor,
        Username = action.MailNickname ?? action.SamAccountName,
        UserPrincipalName = upn,
        GivenName = action.GivenName,
        Surname = action.Surname,
        DisplayName = action.DisplayName,
        Enabled = action.Enabled ?? true,
        Container = action.Path,
    };
}
