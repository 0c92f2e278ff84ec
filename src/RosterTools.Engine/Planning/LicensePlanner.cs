using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.Policy;

namespace RosterTools.Planning;

/// <summary>The licences a role gets, and which SKUs RosterTools manages (only those it ever removes).</summary>
internal sealed class LicensePlanner
{
    private readonly RosterPolicy _policy;
    private readonly HashSet<string> _managed;

    public LicensePlanner(RosterPolicy policy)
    {
        _policy = policy;
        _managed = new HashSet<string>(policy.Licenses.Values.SelectMany(skus => skus), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The SKUs a person of <paramref name="role"/> gets.</summary>
    public IList<string> For(string role) => RosterPolicy.ForRole(_policy.Licenses, role) ?? (IList<string>)Array.Empty<string>();

    /// <summary>Whether the policy gives this SKU to anyone (RosterTools leaves the others alone).</summary>
    public bool IsManaged(string sku) => _managed.Contains(sku);
}
