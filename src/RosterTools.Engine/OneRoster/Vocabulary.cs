using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace RosterTools.OneRoster;

/// <summary>
/// The spec spellings of a vocabulary enum's members, the versions that define them, and lookups from text.
/// Vocabulary enums number their members 0, 1, 2... in declaration order, so a member fits in a byte.
/// </summary>
internal static class Vocabulary<T>
    where T : struct, Enum
{
    private static readonly T[] Members;
    private static readonly string[] Names;
    private static readonly VersionSet[] Versions;
    private static readonly Dictionary<string, int> Exact = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, int> IgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    static Vocabulary()
    {
        var fields = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static);
        Members = new T[fields.Length];
        Names = new string[fields.Length];
        Versions = new VersionSet[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var member = (T)field.GetValue(null)!;
            if (Enum.GetUnderlyingType(typeof(T)) != typeof(int) || Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture) != i)
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{field.Name} must be an int with the value {i}: vocabulary members are numbered in declaration order.");
            }

            Members[i] = member;
            Names[i] = field.GetCustomAttribute<SpecNameAttribute>()?.Name ?? LowerCamel(field.Name);
            Versions[i] = field.GetCustomAttribute<SpecVersionsAttribute>()?.Versions ?? VersionSet.All;
            Exact[Names[i]] = i;
            if (!IgnoringCase.ContainsKey(Names[i]))
            {
                IgnoringCase[Names[i]] = i;
            }
        }
    }

    /// <summary>How many members the vocabulary has.</summary>
    public static int Count => Members.Length;

    /// <summary>The member numbered <paramref name="ordinal"/>.</summary>
    public static T Member(int ordinal) => Members[ordinal];

    /// <summary>The number of a member.</summary>
    public static int OrdinalOf(T member) => Unsafe.As<T, int>(ref member);

    /// <summary>The spec spelling of a member.</summary>
    public static string Name(T member) => Names[OrdinalOf(member)];

    /// <summary>The versions that define a member.</summary>
    public static VersionSet VersionsOf(T member) => Versions[OrdinalOf(member)];

    /// <summary>The spellings of the members that <paramref name="version"/> defines, for messages.</summary>
    public static IEnumerable<string> NamesIn(OneRosterVersion version)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (Versions[i].Includes(version))
            {
                yield return Names[i];
            }
        }
    }

    /// <summary>Finds the member spelled exactly <paramref name="text"/>.</summary>
    public static bool TryExact(string text, out T member) => Find(Exact, text, out member);

    /// <summary>Finds the member spelled <paramref name="text"/> in any case, ignoring surrounding spaces.</summary>
    public static bool TryIgnoringCase(string text, out T member) => Find(IgnoringCase, text.Trim(), out member);

    private static bool Find(Dictionary<string, int> names, string text, out T member)
    {
        if (names.TryGetValue(text, out var ordinal))
        {
            member = Members[ordinal];
            return true;
        }

        member = default;
        return false;
    }

    private static string LowerCamel(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
