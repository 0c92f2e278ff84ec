using System;
using System.Collections.Generic;
using System.Globalization;
using RosterTools.Policy;

namespace RosterTools.Naming;

/// <summary>
/// Hands out unique names. It holds the names already taken, in any case (the directory's accounts and the
/// names planned in this run): <c>JSmith</c> and <c>jsmith</c> are one name. One allocator per namespace that
/// must be unique (usernames; user principal names). Not thread-safe: one planning run uses it from one thread.
/// </summary>
public sealed class NameAllocator
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    // The next number to try for a collision base: every lower number was taken when last looked, and names are
    // never released, so a run with thousands of Maria Garcias stays linear.
    private readonly Dictionary<string, long> _next = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An allocator with no name taken.</summary>
    public NameAllocator()
    {
    }

    /// <summary>An allocator with <paramref name="taken"/> reserved.</summary>
    public NameAllocator(IEnumerable<string> taken)
    {
        foreach (var name in taken)
        {
            Reserve(name);
        }
    }

    /// <summary>How many names are taken.</summary>
    public int Count => _taken.Count;

    /// <summary>Marks <paramref name="name"/> as taken (an existing account, or a name kept by a person). Blank names are ignored.</summary>
    public void Reserve(string name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            _taken.Add(name);
        }
    }

    /// <summary>Whether <paramref name="name"/> is taken, in any case.</summary>
    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>
    /// The first of <paramref name="candidates"/> (each already rendered and sanitised; cut here to
    /// <paramref name="maxLength"/> without a dangling period) that is free. When none is, the first non-empty
    /// candidate made unique by <paramref name="collision"/>: a counter from <see cref="CollisionRule.Start"/>
    /// (mgarcia2, mgarcia3...) or a number of <see cref="CollisionRule.Digits"/> digits from Start (mgarcia001
    /// with Start 1), cutting the candidate so that it and the number fit <paramref name="maxLength"/>
    /// (maxLength 8: mgarcia9, then mgarci10). The name returned is reserved. Null when no unique name fits:
    /// every candidate is empty, the number no longer fits, or a fixed number of digits has run out.
    /// </summary>
    public string? Allocate(IReadOnlyList<string> candidates, int maxLength, CollisionRule collision)
    {
        if (candidates is null)
        {
            throw new ArgumentNullException(nameof(candidates));
        }

        if (collision is null)
        {
            throw new ArgumentNullException(nameof(collision));
        }

        if (collision.Kind == CollisionKind.Digits && collision.Digits is < 1 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(collision), collision.Digits, "Digits must be from 1 to 9.");
        }

        string? first = null;
        foreach (var candidate in candidates)
        {
            var name = NameSanitizer.Truncate(candidate ?? string.Empty, maxLength);
            if (name.Length == 0)
            {
                continue;
            }

            first ??= candidate!;
            if (!_taken.Contains(name))
            {
                _taken.Add(name);
                return name;
            }
        }

        return first is null ? null : Number(first, maxLength, collision);
    }

    private string? Number(string candidate, int maxLength, CollisionRule collision)
    {
        var digits = collision.Kind == CollisionKind.Digits;
        var key = string.Concat(
            candidate, "\n", maxLength.ToString(CultureInfo.InvariantCulture), "\n", digits ? collision.Digits.ToString(CultureInfo.InvariantCulture) : "c", "\n", collision.Start.ToString(CultureInfo.InvariantCulture));
        var format = digits ? "D" + collision.Digits.ToString(CultureInfo.InvariantCulture) : "D";
        var last = digits ? (long)Math.Pow(10, collision.Digits) - 1 : long.MaxValue - 1;
        _next.TryGetValue(key, out var number);
        number = Math.Max(number, Math.Max(0L, collision.Start));
        for (; number <= last; number++)
        {
            var suffix = number.ToString(format, CultureInfo.InvariantCulture);
            var stem = NameSanitizer.Truncate(candidate, maxLength - suffix.Length);
            if (stem.Length == 0)
            {
                break;
            }

            var name = stem + suffix;
            if (!_taken.Contains(name))
            {
                _taken.Add(name);
                _next[key] = number + 1;
                return name;
            }
        }

        _next[key] = number;
        return null;
    }
}
