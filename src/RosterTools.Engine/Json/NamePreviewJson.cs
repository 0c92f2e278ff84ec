using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using RosterTools.Planning;

namespace RosterTools.Json;

/// <summary>The JSON of <c>rostertools names</c>. The shape is a contract: fields may be added, never renamed or removed.</summary>
public static class NamePreviewJson
{
    /// <summary>
    /// An array of <c>{"sourcedId","anchor","givenName","familyName","role","school","grade","status","username",
    /// "userPrincipalName","email","displayName","path","candidates":[…],"findings":[…]}</c>; status is New, Existing,
    /// Adopted, Leaving, OutOfScope or Unavailable; findings have the shape of <c>validate --format json</c>.
    /// </summary>
    public static void Write(Stream stream, IEnumerable<NamePreview> previews)
    {
        using var json = new Utf8JsonWriter(stream, RosterJson.Options);
        json.WriteStartArray();
        foreach (var preview in previews)
        {
            json.WriteStartObject();
            json.WriteString("sourcedId", preview.SourcedId);
            json.WriteString("anchor", preview.Anchor);
            json.WriteString("givenName", preview.GivenName);
            json.WriteString("familyName", preview.FamilyName);
            json.WriteString("role", preview.Role);
            json.WriteString("school", preview.School);
            json.WriteString("grade", preview.Grade);
            json.WriteString("status", preview.Status.ToString());
            json.WriteString("username", preview.Username);
            json.WriteString("userPrincipalName", preview.UserPrincipalName);
            json.WriteString("email", preview.EmailAddress);
            json.WriteString("displayName", preview.DisplayName);
            json.WriteString("path", preview.Path);
            json.WriteStartArray("candidates");
            foreach (var candidate in preview.Candidates)
            {
                json.WriteStringValue(candidate);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in preview.Findings)
            {
                RosterJson.WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending > 64 * 1024)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
    }
}
