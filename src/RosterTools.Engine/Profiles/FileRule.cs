using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;

namespace RosterTools.Profiles;

/// <summary>
/// What a profile passes of one file: its columns (all, or those named; a secret such as a password only when
/// named), and which extension columns (<c>metadata.*</c>) pass. sourcedId, status and dateLastModified always pass.
/// </summary>
public sealed class FileRule
{
    private static readonly string[] AlwaysPassed = { "sourcedId", "status", "dateLastModified" };
    private readonly HashSet<string> _columns;
    private readonly Regex[] _extensions;

    internal FileRule(OneRosterEntity entity, bool allColumns, IEnumerable<string> columns, IEnumerable<string> extensionPatterns)
    {
        Entity = entity;
        AllColumns = allColumns;
        _columns = new HashSet<string>(columns.Concat(AlwaysPassed), StringComparer.Ordinal);
        ExtensionPatterns = extensionPatterns.ToArray();
        _extensions = ExtensionPatterns.Select(pattern => new Regex("^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.CultureInvariant)).ToArray();
    }

    /// <summary>The collection.</summary>
    public OneRosterEntity Entity { get; }

    /// <summary>Whether every column passes (secrets only when named).</summary>
    public bool AllColumns { get; }

    /// <summary>The columns named in the profile (with sourcedId, status and dateLastModified).</summary>
    public IReadOnlyCollection<string> Columns => _columns;

    /// <summary>The extension columns that pass, as names or wildcard patterns (<c>metadata.reading.*</c>).</summary>
    public IReadOnlyList<string> ExtensionPatterns { get; }

    /// <summary>Whether a column of the file passes.</summary>
    public bool Passes(FieldSpec field) => _columns.Contains(field.Name) || (AllColumns && !field.IsSecret);

    /// <summary>Whether an extension column passes.</summary>
    public bool PassesExtension(string header) => _extensions.Any(pattern => pattern.IsMatch(header));
}
