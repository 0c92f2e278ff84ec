using System.Collections.Generic;

namespace RosterTools.Compare;

/// <summary>
/// One property of a record (a column such as <c>familyName</c>, an extension column such as
/// <c>metadata.house</c>) or of a person (<c>orgs</c>, <c>classesJoined</c>) whose value differs. Values are what
/// a OneRoster CSV field holds, as text (dates and vocabulary values in their spec spelling), except booleans
/// (<see cref="bool"/>) and lists (an array of strings). A secret (a password) is reported as changed without
/// either value: <see cref="Old"/> and <see cref="New"/> are then null and <see cref="IsSecret"/> is true.
/// </summary>
public sealed class PropertyChange
{
    /// <summary>Creates a property change.</summary>
    public PropertyChange(string name, object? old, object? @new, bool isSecret = false)
    {
        Name = name;
        Old = isSecret ? null : old;
        New = isSecret ? null : @new;
        IsSecret = isSecret;
    }

    /// <summary>The column name as the specification spells it, the extension column's header, or a person-level name.</summary>
    public string Name { get; }

    /// <summary>The value in the reference roster: a string, a bool, an array of strings, or null when blank (or secret).</summary>
    public object? Old { get; }

    /// <summary>The value in the difference roster: a string, a bool, an array of strings, or null when blank (or secret).</summary>
    public object? New { get; }

    /// <summary>Whether the property is a credential: it changed, and neither value is given.</summary>
    public bool IsSecret { get; }

    /// <summary><see cref="Old"/> as one line of text: lists joined with commas, "(secret)" for a secret.</summary>
    public string OldText => Text(Old);

    /// <summary><see cref="New"/> as one line of text: lists joined with commas, "(secret)" for a secret.</summary>
    public string NewText => Text(New);

    /// <summary><c>name: old → new</c>.</summary>
    public override string ToString() => IsSecret ? Name + ": (changed)" : $"{Name}: {Quote(Old)} → {Quote(New)}";

    private string Text(object? value) => IsSecret ? "(secret)" : value switch
    {
        null => string.Empty,
        bool flag => flag ? "true" : "false",
        IEnumerable<string> items => string.Join(",", items),
        _ => value.ToString() ?? string.Empty,
    };

    private string Quote(object? value) => value is null ? "(blank)" : value is bool ? Text(value) : "'" + Text(value) + "'";
}
