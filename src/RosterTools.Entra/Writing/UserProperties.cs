using System;
using System.Text.Json.Nodes;
using RosterTools.Planning;

namespace RosterTools.Targets.Entra.Writing;

/// <summary>The Graph user properties the plan's attributes and action fields map to.</summary>
internal static class UserProperties
{
    /// <summary>The Graph property of a plan attribute (GivenName → givenName); null for Container, which is no property in Entra.</summary>
    public static string? Of(string attribute, string anchorAttribute, bool setMail)
    {
        switch (attribute)
        {
            case "GivenName": return "givenName";
            case "Surname": return "surname";
            case "DisplayName": return "displayName";
            case "Username": return "mailNickname";
            case "UserPrincipalName": return "userPrincipalName";
            case "Email": return setMail ? "mail" : null;
            case "Container": return null;
            case "EmployeeID": return anchorAttribute;
            default:
                return string.Equals(attribute, anchorAttribute, StringComparison.OrdinalIgnoreCase) ? anchorAttribute : attribute.Length > 0 ? char.ToLowerInvariant(attribute[0]) + attribute.Substring(1) : null;
        }
    }

    /// <summary>The body of a new user, without the password profile.</summary>
    public static JsonObject ForCreate(PlanAction action, EntraTargetOptions options, string anchor)
    {
        var upn = action.UserPrincipalName ?? action.Account;
        var body = new JsonObject
        {
            ["accountEnabled"] = action.Enabled ?? true,
            ["displayName"] = action.DisplayName ?? action.Name ?? action.Account,
            ["mailNickname"] = action.MailNickname ?? action.SamAccountName ?? LocalPart(upn),
            ["userPrincipalName"] = upn,
            [options.AnchorAttribute] = anchor,
        };
        Optional(body, "givenName", action.GivenName);
        Optional(body, "surname", action.Surname);
        Optional(body, "usageLocation", options.UsageLocation);
        if (options.SetMail)
        {
            Optional(body, "mail", action.EmailAddress);
        }

        return body;
    }

    /// <summary>The password profile of a new (or restored) account.</summary>
    public static JsonObject PasswordProfile(string password, EntraTargetOptions options) => new()
    {
        ["forceChangePasswordNextSignIn"] = options.ForceChangePasswordNextSignIn,
        ["password"] = password,
    };

    private static void Optional(JsonObject body, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            body[name] = value;
        }
    }

    private static string LocalPart(string upn)
    {
        var at = upn.IndexOf('@');
        return at > 0 ? upn.Substring(0, at) : upn;
    }
}
