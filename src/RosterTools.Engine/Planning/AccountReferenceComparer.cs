using System.Collections.Generic;
using System.Runtime.CompilerServices;
using RosterTools.Targets;

namespace RosterTools.Planning;

/// <summary>
/// Accounts compared by reference, hashed by their anchor when they have one. A set of a million directory accounts
/// hashed by object identity spent most of its time giving each object its identity hash (measured in the plan
/// benchmark); the anchor's string hash is cheap and as good a spread.
/// </summary>
internal sealed class AccountReferenceComparer : IEqualityComparer<DirectoryAccount>
{
    public static readonly AccountReferenceComparer Instance = new();

    public bool Equals(DirectoryAccount? x, DirectoryAccount? y) => ReferenceEquals(x, y);

    public int GetHashCode(DirectoryAccount account) => account.Anchor is { } anchor ? anchor.GetHashCode() : RuntimeHelpers.GetHashCode(account);
}
