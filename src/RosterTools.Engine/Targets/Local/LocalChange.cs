using System;
using System.Collections.Generic;
using System.Text.Json;
using RosterTools.Planning;
using static RosterTools.Json.JsonFields;

namespace RosterTools.Targets.Local;

/// <summary>
/// One change to the local store, as its change log keeps it: the action type, the account's id, and the values the
/// change sets (absolute values, so that replaying the log over a state that already holds it changes nothing).
/// </summary>
internal sealed class LocalChange
{
    public ActionType Op { get; set; }

    public string? AccountId { get; set; }

    public string? Anchor { get; set; }

    public string? Username { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? Email { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? DisplayName { get; set; }

    public string? Container { get; set; }

    public bool? Enabled { get; set; }

    public string? Group { get; set; }

    public MemberRole? Role { get; set; }

    public string? License { get; set; }

    /// <summary>Writes the change as one JSON object (the caller ends the line).</summary>
    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("op", Op.ToString());
        Optional(json, "id", AccountId);
        Optional(json, "anchor", Anchor);
        Optional(json, "username", Username);
        Optional(json, "upn", UserPrincipalName);
        Optional(json, "email", Email);
        Optional(json, "givenName", GivenName);
        Optional(json, "surname", Surname);
        Optional(json, "displayName", DisplayName);
        Optional(json, "container", Container);
        if (Enabled is bool enabled)
        {
            json.WriteBoolean("enabled", enabled);
        }

        Optional(json, "group", Group);
        Optional(json, "role", Role?.ToString());
        Optional(json, "license", License);
        json.WriteEndObject();
    }

    /// <summary>Reads a change written by <see cref="Write"/>.</summary>
    /// <exception cref="FormatException">The line is not a change.</exception>
    public static LocalChange Read(JsonElement json)
    {
        if (!Enum.TryParse<ActionType>(Text(json, "op"), out var op))
        {
            throw new FormatException($"'{Text(json, "op")}' is not an action.");
        }

        return new LocalChange
        {
            Op = op,
            AccountId = Text(json, "id"),
            Anchor = Text(json, "anchor"),
            Username = Text(json, "username"),
            UserPrincipalName = Text(json, "upn"),
            Email = Text(json, "email"),
            GivenName = Text(json, "givenName"),
            Surname = Text(json, "surname"),
            DisplayName = Text(json, "displayName"),
            Container = Text(json, "container"),
            Enabled = json.TryGetProperty("enabled", out var enabled) ? enabled.GetBoolean() : null,
            Group = Text(json, "group"),
            Role = Text(json, "role") is { } role ? (MemberRole)Enum.Parse(typeof(MemberRole), role) : null,
            License = Text(json, "license"),
        };
    }
}
