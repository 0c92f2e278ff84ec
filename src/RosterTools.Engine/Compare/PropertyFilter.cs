using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace RosterTools.Compare;

/// <summary>Which property names pass -Property and -ExcludeProperty: wildcard patterns, case ignored.</summary>
internal sealed class PropertyFilter
{
    private readonly Regex[] _include;
    private readonly Regex[] _exclude;
    private readonly HashSet<string> _named;

    public PropertyFilter(IEnumerable<string>? include, IEnumerable<string>? exclude)
    {
        var includes = (include ?? Array.Empty<string>()).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        _include = includes.Select(Compile).ToArray();
        _exclude = (exclude ?? Array.Empty<string>()).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Compile(p.Trim())).ToArray();
        _named = new HashSet<string>(includes.Where(p => p.IndexOfAny(new[] { '*', '?' }) < 0), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether everything passes.</summary>
    public bool PassesAll => _include.Length == 0 && _exclude.Length == 0;

    public bool Passes(string name) =>
        (_include.Length == 0 || _include.Any(pattern => pattern.IsMatch(name))) && !_exclude.Any(pattern => pattern.IsMatch(name));

    /// <summary>Whether <paramref name="name"/> is named outright (not through a wildcard) by the include list.</summary>
    public bool Names(string name) => _named.Contains(name);

    private static Regex Compile(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
