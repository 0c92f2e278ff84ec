using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.Policy;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// The directory's accounts, found by anchor and (for accounts without one, made before RosterTools) by email,
/// username or user principal name. Anchors that two accounts share are conflicts: neither account is touched.
/// </summary>
internal sealed class AccountIndex
{
    private readonly Dictionary<string, DirectoryAccount> _byAnchor = new(StringComparer.Ordinal);
    private readonly HashSet<string> _duplicateAnchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DirectoryAccount>> _unanchoredByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<DirectoryAccount>> _unanchoredByUsername = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<DirectoryAccount>> _unanchoredByUpn = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _userPrincipalNames = new(StringComparer.OrdinalIgnoreCase);

    public AccountIndex(DirectorySnapshot directory, IList<Finding> findings)
    {
        Accounts = directory.Accounts;
        foreach (var account in directory.Accounts)
        {
            if (account.UserPrincipalName is { Length: > 0 } upn)
            {
                _userPrincipalNames.Add(upn);
            }

            if (string.IsNullOrEmpty(account.Anchor))
            {
                Add(_unanchoredByEmail, account.Email, account);
                Add(_unanchoredByEmail, account.UserPrincipalName, account);
                Add(_unanchoredByUsername, account.Username, account);
                Add(_unanchoredByUpn, account.UserPrincipalName, account);
                continue;
            }

            if (_byAnchor.TryGetValue(account.Anchor!, out var first))
            {
                if (_duplicateAnchors.Add(account.Anchor!))
                {
                    findings.Add(new Finding(Severity.Error, FindingCodes.PlanAnchorDuplicate, $"The accounts '{first.Label}' and '{account.Label}' both have the anchor '{account.Anchor}'. Neither is changed until one of them is fixed by hand.", sourcedId: account.Anchor));
                }

                continue;
            }

            _byAnchor.Add(account.Anchor!, account);
        }

        foreach (var anchor in _duplicateAnchors)
        {
            _byAnchor.Remove(anchor);
        }
    }

    public IReadOnlyList<DirectoryAccount> Accounts { get; }

    /// <summary>The accounts with an anchor that is not in conflict.</summary>
    public IEnumerable<DirectoryAccount> Anchored => _byAnchor.Values;

    /// <summary>Whether the anchor is shared by two accounts (and so must not be planned for).</summary>
    public bool IsDuplicate(string anchor) => _duplicateAnchors.Contains(anchor);

    public DirectoryAccount? ByAnchor(string anchor) => _byAnchor.TryGetValue(anchor, out var account) ? account : null;

    /// <summary>Whether a user principal name is taken by an existing account.</summary>
    public bool IsUpnTaken(string upn) => _userPrincipalNames.Contains(upn);

    /// <summary>Notes a user principal name a plan gives a new or renamed account.</summary>
    public void TakeUpn(string upn) => _userPrincipalNames.Add(upn);

    /// <summary>The accounts without an anchor that a value matches under a match rule.</summary>
    public IReadOnlyList<DirectoryAccount> Unanchored(MatchRule rule, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Array.Empty<DirectoryAccount>();
        }

        var index = rule switch
        {
            MatchRule.Email => _unanchoredByEmail,
            MatchRule.Username => _unanchoredByUsername,
            _ => _unanchoredByUpn,
        };
        return index.TryGetValue(value!, out var accounts) ? accounts : (IReadOnlyList<DirectoryAccount>)Array.Empty<DirectoryAccount>();
    }

    private static void Add(Dictionary<string, List<DirectoryAccount>> index, string? key, DirectoryAccount account)
    {
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        if (!index.TryGetValue(key!, out var accounts))
        {
            index[key!] = accounts = new List<DirectoryAccount>(1);
        }

        if (!accounts.Contains(account))
        {
            accounts.Add(account);
        }
    }
}
