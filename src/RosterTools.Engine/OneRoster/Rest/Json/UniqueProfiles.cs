using System;
using System.Collections.Generic;

namespace RosterTools.OneRoster.Rest.Json;

/// <summary>
/// Makes 1.2 user profiles' sourcedIds unique across users. A profileId is unique only within its user (the binding
/// says so), so a profile whose profileId another user's profile already has becomes <c>user/profileId</c>, and that
/// user's roles follow it. Records must come in the order the reader gives them: each user, then its profiles, then
/// its roles.
/// </summary>
internal sealed class UniqueProfiles
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);

    public void Accept(OneRosterRecord record)
    {
        switch (record)
        {
            case User:
                _renamed.Clear();
                break;
            case UserProfile profile when profile.SourcedId.Length > 0 && !_seen.Add(profile.SourcedId):
                var unique = profile.UserSourcedId + "/" + profile.SourcedId;
                _renamed[profile.SourcedId] = unique;
                profile.SourcedId = unique;
                _seen.Add(unique);
                break;
            case RoleAssignment role when role.UserProfileSourcedId is { } profileId && _renamed.TryGetValue(profileId, out var renamed):
                role.UserProfileSourcedId = renamed;
                break;
        }
    }
}
