using System.Collections.Generic;

namespace RosterTools.Policy;

/// <summary>How a SIS person is tied to a directory account.</summary>
public sealed class IdentityPolicy
{
    /// <summary>The SIS value that is the anchor.</summary>
    public AnchorSource Anchor { get; set; } = AnchorSource.SourcedId;

    /// <summary>For <see cref="AnchorSource.UserId"/>: the type of the userIds entry ({LDAP:...} is LDAP).</summary>
    public string? UserIdType { get; set; }

    /// <summary>The directory attribute that holds the anchor (employeeId by default).</summary>
    public string Attribute { get; set; } = "employeeId";

    /// <summary>
    /// How accounts created before RosterTools (without an anchor) are found for a person, in order: by the
    /// SIS email, the SIS username, or the user principal name the naming policy gives. A match becomes an Adopt
    /// action, never a silent merge.
    /// </summary>
    public IList<MatchRule> Match { get; set; } = new List<MatchRule>();
}

/// <summary>The SIS value a person's account is anchored on.</summary>
public enum AnchorSource
{
    /// <summary>The OneRoster sourcedId.</summary>
    SourcedId,

    /// <summary>The users.csv identifier (student or staff number).</summary>
    Identifier,

    /// <summary>The 1.2 userMasterIdentifier.</summary>
    UserMasterIdentifier,

    /// <summary>A userIds entry of a given type.</summary>
    UserId,
}

/// <summary>A way to find an existing account that has no anchor yet.</summary>
public enum MatchRule
{
    /// <summary>The SIS email equals the account's email or user principal name.</summary>
    Email,

    /// <summary>The SIS username equals the account's username (sAMAccountName, mailNickname).</summary>
    Username,

    /// <summary>The user principal name the naming policy gives equals the account's.</summary>
    UserPrincipalName,
}
