using System;
using System.Collections.Generic;
using System.Linq;

namespace RosterTools.Policy.Loading;

/// <summary>How a policy spells the members of one of its enums: lowerCamelCase (<c>sourcedId</c>, <c>toBeDeleted</c>).</summary>
internal static class PolicyEnum<T>
    where T : struct, Enum
{
    private static readonly Dictionary<string, T> Members =
        Enum.GetValues(typeof(T)).Cast<T>().ToDictionary(member => Spell(member), member => member, StringComparer.Ordinal);

    /// <summary>The spellings, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues(typeof(T)).Cast<T>().Select(member => Spell(member)).ToList();

    public static bool TryParse(string text, out T member) => Members.TryGetValue(text, out member);

    public static string Spell(T member)
    {
        var name = member.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
