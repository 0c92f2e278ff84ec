using System.Collections.Generic;

namespace RosterTools.Policy;

/// <summary>
/// How the accounts of one role are named. Templates use placeholders such as <c>{givenName}</c> and transforms
/// such as <c>{givenName|first:1|lower}</c> (see RosterTools.Naming.NameTemplate).
/// </summary>
public sealed class NamingRule
{
    /// <summary>Username templates, tried in order until one gives a name that is free.</summary>
    public IList<string> Username { get; set; } = new List<string> { "{givenName|first:1}{familyName}" };

    /// <summary>The user principal name template (may use {username}).</summary>
    public string UserPrincipalName { get; set; } = "{username}@example.org";

    /// <summary>The email template (may use {username}); null to leave email to the directory.</summary>
    public string? Email { get; set; }

    /// <summary>The display name template.</summary>
    public string DisplayName { get; set; } = "{preferredGivenName,givenName} {preferredFamilyName,familyName}";

    /// <summary>The longest username the directory takes (sAMAccountName takes 20).</summary>
    public int MaxLength { get; set; } = 20;

    /// <summary>What to do when every template gives a name that is taken.</summary>
    public CollisionRule Collision { get; set; } = new();

    /// <summary>Whether a name change in the SIS renames existing accounts (Auto), or is only reported (Never).</summary>
    public RenameMode Rename { get; set; } = RenameMode.Never;
}

/// <summary>How a taken name is made unique.</summary>
public sealed class CollisionRule
{
    /// <summary>Append a counter (jdoe2, jdoe3...), or a number with a fixed count of digits (jdoe001).</summary>
    public CollisionKind Kind { get; set; } = CollisionKind.Counter;

    /// <summary>The first counter value.</summary>
    public int Start { get; set; } = 2;

    /// <summary>For <see cref="CollisionKind.Digits"/>: how many digits.</summary>
    public int Digits { get; set; } = 3;
}

/// <summary>How a taken name is made unique.</summary>
public enum CollisionKind
{
    /// <summary>Append 2, 3, 4...</summary>
    Counter,

    /// <summary>Append a zero-padded number of a fixed width.</summary>
    Digits,
}

/// <summary>Whether accounts are renamed when the SIS name changes.</summary>
public enum RenameMode
{
    /// <summary>Never rename: a person keeps the name they have; changes are reported.</summary>
    Never,

    /// <summary>Rename to what the templates give now.</summary>
    Auto,
}
