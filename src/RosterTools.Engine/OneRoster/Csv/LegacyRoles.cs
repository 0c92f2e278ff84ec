using System.Collections.Generic;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Turns a 1.1 users.csv row's orgSourcedIds and role into role records, the way 1.2 has them in roles.csv:
/// the first org is the primary one. Their sourcedIds are made from the user's and the org's.
/// </summary>
internal static class LegacyRoles
{
    public static IEnumerable<RoleAssignment> Derive(User user, RowContext row)
    {
        var orgs = row.LegacyOrgSourcedIds;
        if (orgs is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var org in orgs)
        {
            if (!seen.Add(org))
            {
                continue;
            }

            yield return new RoleAssignment
            {
                SourcedId = SourcedIdFor(user.SourcedId, org),
                Status = user.Status,
                DateLastModified = user.DateLastModified,
                UserSourcedId = user.SourcedId,
                RoleType = seen.Count == 1 ? RoleType.Primary : RoleType.Secondary,
                Role = row.LegacyRole,
                OrgSourcedId = org,
                Line = user.Line,
                IsDerived = true,
            };
        }
    }

    /// <summary>The sourcedId of the role a 1.1 user holds in an org.</summary>
    public static string SourcedIdFor(string userSourcedId, string orgSourcedId) => userSourcedId + "@" + orgSourcedId;
}
