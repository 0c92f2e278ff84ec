using System;

namespace RosterTools.OneRoster;

/// <summary>
/// One entry of users.csv userIds: an identifier of the user in another system, with its type
/// (<c>{LDAP:jdoe}</c> is type LDAP, identifier jdoe).
/// </summary>
public sealed class UserId : IEquatable<UserId>
{
    /// <summary>Creates a user id.</summary>
    public UserId(string type, string identifier)
    {
        Type = type ?? string.Empty;
        Identifier = identifier ?? string.Empty;
    }

    /// <summary>The kind of identifier (LDAP, LTI, Fed, SIS...). Empty when the source did not give one.</summary>
    public string Type { get; }

    /// <summary>The identifier.</summary>
    public string Identifier { get; }

    /// <summary>The spec form <c>{type:identifier}</c>; an entry read without a type is written back as it was.</summary>
    public override string ToString() => Type.Length == 0 ? Identifier : "{" + Type + ":" + Identifier + "}";

    /// <inheritdoc/>
    public bool Equals(UserId? other) =>
        other is not null && string.Equals(Type, other.Type, StringComparison.Ordinal) && string.Equals(Identifier, other.Identifier, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UserId);

    /// <inheritdoc/>
    public override int GetHashCode() => (Type.GetHashCode() * 397) ^ Identifier.GetHashCode();
}
