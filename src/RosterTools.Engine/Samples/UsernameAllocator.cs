using System.Collections.Generic;
using System.Globalization;

namespace RosterTools.Samples;

/// <summary>
/// Usernames unique across the district, as an SIS hands them out: given.family in ASCII, and a number from 2 on
/// for the next person whose name folds to the same letters (maria.garcia, maria.garcia2...). Names hold no
/// digits, so a numbered username never meets a plain one.
/// </summary>
internal sealed class UsernameAllocator
{
    private readonly Dictionary<string, int> _taken = new(System.StringComparer.Ordinal);

    public string Next(string givenFolded, string familyFolded)
    {
        var name = givenFolded + "." + familyFolded;
        _taken.TryGetValue(name, out var count);
        _taken[name] = ++count;
        return count == 1 ? name : name + count.ToString(CultureInfo.InvariantCulture);
    }
}
