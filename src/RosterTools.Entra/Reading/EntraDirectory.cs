using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace RosterTools.Targets.Entra.Reading;

/// <summary>
/// What the target knows of the tenant: object ids by anchor and by user principal name, groups and administrative
/// units by name, SKUs by part number, deleted users by anchor (to restore a returning person), memberships, and
/// the accounts as read. Filled by the read, kept up to date by the actions; safe to use from several threads.
/// </summary>
internal sealed class EntraDirectory
{
    public ConcurrentDictionary<string, string> IdsByAnchor { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, string> IdsByUserPrincipalName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<string, string> DeletedByAnchor { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, string> GroupIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<string, string> AdministrativeUnitIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>SKU ids by part number (STUDENT_A1 → guid) and back.</summary>
    public ConcurrentDictionary<string, string> SkuIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<string, string> SkuNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Accounts by object id, as read (and as changed by this run's actions).</summary>
    public ConcurrentDictionary<string, DirectoryAccount> Accounts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Memberships known: "groupId/userId/Member" or ".../Owner".</summary>
    public ConcurrentDictionary<string, bool> Memberships { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a read has filled this (before it, nothing can be known to be already done).</summary>
    public bool Read { get; set; }

    public static string MembershipKey(string groupId, string userId, Planning.MemberRole role) => groupId + "/" + userId + "/" + role;

    /// <summary>Remembers an account's object id under its anchor and user principal name.</summary>
    public void Remember(string id, string? anchor, string? userPrincipalName)
    {
        if (!string.IsNullOrEmpty(anchor))
        {
            IdsByAnchor[anchor!] = id;
            DeletedByAnchor.TryRemove(anchor!, out _);
        }

        if (!string.IsNullOrEmpty(userPrincipalName))
        {
            IdsByUserPrincipalName[userPrincipalName!] = id;
        }
    }

    /// <summary>The account as read, when it was.</summary>
    public DirectoryAccount? Account(string id) => Accounts.TryGetValue(id, out var account) ? account : null;

    /// <summary>Names of SKUs the tenant has, for a message.</summary>
    public string SkuList() => SkuIds.IsEmpty ? "(none)" : string.Join(", ", new SortedSet<string>(SkuIds.Keys, StringComparer.OrdinalIgnoreCase));
}
