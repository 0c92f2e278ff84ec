using System.Collections.Generic;

namespace RosterTools.Policy;

/// <summary>What RosterTools never changes. Patterns use * and ? and ignore case.</summary>
public sealed class ProtectedPolicy
{
    /// <summary>Accounts by username, user principal name or distinguished name pattern.</summary>
    public IList<string> Accounts { get; set; } = new List<string>();

    /// <summary>Containers (OU distinguished names): accounts in them or below are not touched.</summary>
    public IList<string> Containers { get; set; } = new List<string>();

    /// <summary>Groups by name pattern: their memberships are not touched.</summary>
    public IList<string> Groups { get; set; } = new List<string>();
}
