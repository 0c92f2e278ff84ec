using System.Collections.Generic;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// What the naming and placement policy gives one SIS person (Resolve-RosterUserName, <c>rostertools names</c>): the
/// names a plan would create the account with, or the names of the account they already have, and notes on how the
/// names came about (characters transliteration dropped, a name cut to the length limit, a fallback or a number
/// because a name was taken), to tune templates before the first run.
/// </summary>
public sealed class NamePreview
{
    /// <summary>The SIS user's sourcedId.</summary>
    public string SourcedId { get; set; } = string.Empty;

    /// <summary>The anchor value that ties the person to an account; null when the user has none.</summary>
    public string? Anchor { get; set; }

    /// <summary>The given name in the SIS.</summary>
    public string? GivenName { get; set; }

    /// <summary>The family name in the SIS.</summary>
    public string? FamilyName { get; set; }

    /// <summary>The role the policy names the person by (student, teacher...).</summary>
    public string? Role { get; set; }

    /// <summary>The school (its identifier, else its name).</summary>
    public string? School { get; set; }

    /// <summary>The grade.</summary>
    public string? Grade { get; set; }

    /// <summary>Whether the names are new, an existing account's, or why there are none.</summary>
    public NamePreviewStatus Status { get; set; }

    /// <summary>The username (sAMAccountName, mail nickname).</summary>
    public string? Username { get; set; }

    /// <summary>The user principal name.</summary>
    public string? UserPrincipalName { get; set; }

    /// <summary>The email address; null when the policy leaves email to the directory.</summary>
    public string? EmailAddress { get; set; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The container (OU distinguished name, or administrative unit) the policy places the account in.</summary>
    public string? Path { get; set; }

    /// <summary>The usernames the templates give, in order, before the length limit and uniqueness (empty for existing accounts).</summary>
    public IList<string> Candidates { get; set; } = new List<string>();

    /// <summary>How the names came about, and conflicts: dropped characters, truncation, collisions, no name at all.</summary>
    public IList<Finding> Findings { get; set; } = new List<Finding>();

    /// <summary>"tnguyen2036 (New): Thảo Nguyễn".</summary>
    public override string ToString() => $"{Username ?? "(no name)"} ({Status}): {GivenName} {FamilyName}".TrimEnd();
}

/// <summary>Whether a preview's names are new, an existing account's, or why there are none.</summary>
public enum NamePreviewStatus
{
    /// <summary>The person has no account: a plan would create one with these names.</summary>
    New,

    /// <summary>The person has an account (found by anchor): its names are kept (or renamed, with rename: auto).</summary>
    Existing,

    /// <summary>An account made before RosterTools matches the person: a plan adopts it and keeps its names.</summary>
    Adopted,

    /// <summary>The person is leaving (the deprovisioning rules say so) and has no account: none is made.</summary>
    Leaving,

    /// <summary>The policy's scope (roles, schools, grades) does not take the person in.</summary>
    OutOfScope,

    /// <summary>No names: no anchor, an anchor shared with someone else, an ambiguous match, or no unique name fits (see the findings).</summary>
    Unavailable,
}
