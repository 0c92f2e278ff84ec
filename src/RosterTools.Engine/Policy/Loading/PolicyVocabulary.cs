using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster;

namespace RosterTools.Policy.Loading;

/// <summary>The words a policy may use for roles and grades.</summary>
internal static class PolicyVocabulary
{
    /// <summary>The OneRoster role names (1.1 and 1.2), as the specification spells them.</summary>
    public static IReadOnlyList<string> Roles { get; } =
        Enum.GetValues(typeof(UserRole)).Cast<UserRole>().Select(role => Vocabulary<UserRole>.Name(role)).ToList();

    /// <summary>The keys of a by-role section: the roles and <c>default</c>.</summary>
    public static IReadOnlyList<string> RoleKeys { get; } = new[] { RosterPolicy.DefaultRole }.Concat(Roles).ToList();

    /// <summary>The roles managed when a policy names none.</summary>
    public static IReadOnlyList<string> DefaultManagedRoles { get; } = new[] { "student", "teacher" };

    /// <summary>The grades a range may start or end at: IT to 13.</summary>
    public static bool IsRangeEnd(string grade) => Grades.Ordinal(grade) is var ordinal && ordinal >= 0 && ordinal <= Grades.Ordinal("13");
}
