using System.Collections.Generic;

namespace RosterTools.Policy;

/// <summary>
/// A district's rules, read from one YAML file: who is managed, how a SIS person is tied to an account, how
/// accounts are named and placed, which groups and licences people get, what leaving means, the safety limits,
/// and what RosterTools must never touch. Load one with PolicyLoader.
/// </summary>
public sealed class RosterPolicy
{
    /// <summary>A name for the policy, shown in plans and audit entries.</summary>
    public string Name { get; set; } = "policy";

    /// <summary>Which schools, roles and grades are managed.</summary>
    public ScopePolicy Scope { get; set; } = new();

    /// <summary>How a SIS person is tied to a directory account.</summary>
    public IdentityPolicy Identity { get; set; } = new();

    /// <summary>Naming rules by role (student, teacher...), with <c>default</c> for roles without their own.</summary>
    public IDictionary<string, NamingRule> Naming { get; set; } = new Dictionary<string, NamingRule>();

    /// <summary>The container (OU, or Entra administrative unit) template by role, with <c>default</c>.</summary>
    public IDictionary<string, string> Placement { get; set; } = new Dictionary<string, string>();

    /// <summary>The rules that put people in groups.</summary>
    public IList<GroupRule> Groups { get; set; } = new List<GroupRule>();

    /// <summary>How passwords of new accounts are made, by role, with <c>default</c>.</summary>
    public IDictionary<string, PasswordRule> Passwords { get; set; } = new Dictionary<string, PasswordRule>();

    /// <summary>Licence SKUs by role (Entra), with <c>default</c>.</summary>
    public IDictionary<string, IList<string>> Licenses { get; set; } = new Dictionary<string, IList<string>>();

    /// <summary>What leaving means, and what happens then.</summary>
    public DeprovisionPolicy Deprovision { get; set; } = new();

    /// <summary>The limits a single run must stay within.</summary>
    public SafetyPolicy Safety { get; set; } = new();

    /// <summary>Accounts, containers and groups RosterTools never changes.</summary>
    public ProtectedPolicy Protected { get; set; } = new();

    /// <summary>A SHA-256 of the policy file's text, so that a plan can say which policy made it.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>The entry of a by-role section for <paramref name="role"/>, or its <c>default</c>, or null.</summary>
    public static T? ForRole<T>(IDictionary<string, T> byRole, string role)
        where T : class =>
        byRole.TryGetValue(role, out var rule) ? rule : byRole.TryGetValue(DefaultRole, out var fallback) ? fallback : null;

    /// <summary>The key of the entry that applies to roles without their own.</summary>
    public const string DefaultRole = "default";
}
