using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using RosterTools.Planning;

namespace RosterTools.Targets.Scim;

/// <summary>
/// SCIM User resources (RFC 7643 section 4.1) and RosterTools' accounts: a new user from a Create action, the
/// attributes an action on an existing user sets (only those that differ), and the account a user is.
/// externalId holds the anchor; the enterprise extension's employeeNumber repeats it where the service has that
/// extension.
/// </summary>
internal static class ScimUsers
{
    public const string UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string EnterpriseSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string GroupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string PatchOpSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public const string ListResponseSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    /// <summary>The userName an action gives the account.</summary>
    public static string? UserNameOf(PlanAction action, ScimUserName userName) => userName == ScimUserName.Username
        ? action.SamAccountName ?? action.Name ?? action.MailNickname
        : action.UserPrincipalName;

    /// <summary>The user a Create action makes.</summary>
    public static JsonObject New(PlanAction action, ScimUserName userName, bool enterprise, string? password)
    {
        var anchor = action.EmployeeID ?? action.Anchor;
        var schemas = new JsonArray(UserSchema);
        var user = new JsonObject { ["schemas"] = schemas, ["userName"] = UserNameOf(action, userName) ?? action.Account };
        if (anchor is not null)
        {
            user["externalId"] = anchor;
        }

        var name = new JsonObject();
        if (action.GivenName is not null)
        {
            name["givenName"] = action.GivenName;
        }

        if (action.Surname is not null)
        {
            name["familyName"] = action.Surname;
        }

        if (name.Count > 0)
        {
            user["name"] = name;
        }

        if (action.DisplayName is not null)
        {
            user["displayName"] = action.DisplayName;
        }

        if (action.EmailAddress is not null)
        {
            user["emails"] = Emails(action.EmailAddress);
        }

        user["active"] = action.Enabled ?? true;
        if (password is not null)
        {
            user["password"] = password;
        }

        if (enterprise && anchor is not null)
        {
            schemas.Add(EnterpriseSchema);
            user[EnterpriseSchema] = new JsonObject { ["employeeNumber"] = anchor };
        }

        return user;
    }

    /// <summary>
    /// The attributes <paramref name="action"/> sets on <paramref name="user"/> that it does not have yet, as SCIM
    /// attribute paths and values; empty when the action's effect is already there.
    /// </summary>
    public static List<ScimChange> ChangesFor(PlanAction action, JsonObject user, ScimUserName userName, bool enterprise)
    {
        var changes = new List<ScimChange>();
        void Set(string path, string? wanted, string? now)
        {
            if (wanted is not null && !string.Equals(wanted, now, StringComparison.Ordinal))
            {
                changes.Add(new ScimChange(path, JsonValue.Create(wanted)));
            }
        }

        switch (action.Action)
        {
            case ActionType.Adopt:
                Set("externalId", action.EmployeeID ?? action.Anchor, Text(user, "externalId"));
                if (enterprise)
                {
                    Set(EnterpriseSchema + ":employeeNumber", action.EmployeeID ?? action.Anchor, Text(user, EnterpriseSchema, "employeeNumber"));
                }

                break;
            case ActionType.Update:
                Set("name.givenName", action.GivenName, Text(user, "name", "givenName"));
                Set("name.familyName", action.Surname, Text(user, "name", "familyName"));
                Set("displayName", action.DisplayName, Text(user, "displayName"));
                break;
            case ActionType.Rename:
                var wanted = UserNameOf(action, userName);
                if (wanted is not null && !string.Equals(wanted, Text(user, "userName"), StringComparison.Ordinal))
                {
                    changes.Add(new ScimChange("userName", JsonValue.Create(wanted)));
                }

                if (action.EmailAddress is not null && !string.Equals(action.EmailAddress, PrimaryEmail(user), StringComparison.OrdinalIgnoreCase))
                {
                    changes.Add(new ScimChange("emails", Emails(action.EmailAddress)));
                }

                break;
            case ActionType.Enable:
            case ActionType.Disable:
                var active = action.Enabled ?? action.Action == ActionType.Enable;
                if (IsActive(user) != active)
                {
                    changes.Add(new ScimChange("active", JsonValue.Create(active)));
                }

                break;
        }

        return changes;
    }

    /// <summary>The account a SCIM user is. Groups come from the groups' members, not from the user.</summary>
    public static DirectoryAccount ToAccount(JsonObject user, ScimUserName userName)
    {
        var name = Text(user, "userName");
        return new DirectoryAccount
        {
            Id = Text(user, "id"),
            Anchor = Text(user, "externalId"),
            Username = userName == ScimUserName.Username ? name : null,
            UserPrincipalName = userName == ScimUserName.UserPrincipalName ? name : null,
            Email = PrimaryEmail(user),
            GivenName = Text(user, "name", "givenName"),
            Surname = Text(user, "name", "familyName"),
            DisplayName = Text(user, "displayName"),
            Enabled = IsActive(user),
        };
    }

    /// <summary>The value at a path of string attributes; null when any step is missing or not a string.</summary>
    public static string? Text(JsonNode? node, params string[] path)
    {
        foreach (var step in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(step, out var next) ? next : null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    /// <summary>Whether a user is active; a user without the attribute is (RFC 7643 leaves the default to the service).</summary>
    public static bool IsActive(JsonObject user) =>
        !(user["active"] is JsonValue value && ((value.TryGetValue<bool>(out var flag) && !flag) || (value.TryGetValue<string>(out var text) && text.Equals("false", StringComparison.OrdinalIgnoreCase))));

    /// <summary>Sets the attribute at a change's path in a full resource (what a PUT sends where PATCH is not supported).</summary>
    public static void Apply(JsonObject resource, ScimChange change)
    {
        var value = change.Value?.DeepClone();
        if (change.Path.StartsWith(EnterpriseSchema + ":", StringComparison.Ordinal))
        {
            if (resource[EnterpriseSchema] is not JsonObject extension)
            {
                resource[EnterpriseSchema] = extension = new JsonObject();
            }

            extension[change.Path.Substring(EnterpriseSchema.Length + 1)] = value;
            return;
        }

        var steps = change.Path.Split('.');
        var target = resource;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            if (target[steps[i]] is not JsonObject next)
            {
                target[steps[i]] = next = new JsonObject();
            }

            target = next;
        }

        target[steps[steps.Length - 1]] = value;
    }

    public static JsonArray Emails(string address) => new(new JsonObject { ["value"] = address, ["type"] = "work", ["primary"] = true });

    private static string? PrimaryEmail(JsonObject user)
    {
        if (user["emails"] is not JsonArray emails)
        {
            return null;
        }

        var all = emails.OfType<JsonObject>().ToList();
        var primary = all.FirstOrDefault(email => email["primary"] is JsonValue flag && flag.TryGetValue<bool>(out var yes) && yes) ?? all.FirstOrDefault();
        return Text(primary, "value");
    }
}

/// <summary>One attribute to set: its SCIM path ("name.givenName", "active") and the value.</summary>
internal sealed record ScimChange(string Path, JsonNode? Value);
