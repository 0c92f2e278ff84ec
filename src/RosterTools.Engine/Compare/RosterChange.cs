using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster;

namespace RosterTools.Compare;

/// <summary>
/// One difference between two rosters: a record of a collection that was added, removed or modified (with the
/// properties that differ), or a person whose school, role, grade, name, enabled flag or classes changed
/// (<see cref="Entity"/> <c>persons</c>), derived from the users, roles and enrollments: what admins act on.
/// </summary>
public sealed class RosterChange
{
    private static readonly IReadOnlyList<PropertyChange> NoProperties = Array.Empty<PropertyChange>();

    /// <summary>Creates a change.</summary>
    public RosterChange(string entity, string sourcedId, ChangeType change, IReadOnlyList<PropertyChange>? properties = null, string? label = null)
    {
        Entity = entity;
        SourcedId = sourcedId;
        Change = change;
        Properties = properties ?? NoProperties;
        Label = label;
    }

    /// <summary>The collection as the specification names it (<c>users</c>, <c>enrollments</c>...), or <c>persons</c> for a person-level change.</summary>
    public string Entity { get; }

    /// <summary>The sourcedId of the record (for a person: of the user).</summary>
    public string SourcedId { get; }

    /// <summary>Added, Removed or Modified.</summary>
    public ChangeType Change { get; }

    /// <summary>
    /// For Modified: the properties that differ, with old and new values. For a person that was added or removed:
    /// the person's school, role, grade, names and classes then. Empty for added and removed records.
    /// </summary>
    public IReadOnlyList<PropertyChange> Properties { get; }

    /// <summary>What the record is, for people: a user's or person's name and username, an org's name, a class's title. Null when there is nothing to say.</summary>
    public string? Label { get; }

    /// <summary>Whether this is a person-level change rather than a record of a collection.</summary>
    public bool IsPerson => string.Equals(Entity, ChangeEntities.Persons, StringComparison.Ordinal);

    /// <summary>The names of the changed properties, comma-separated.</summary>
    public string PropertyNames => string.Join(", ", Properties.Select(property => property.Name));

    /// <summary>The changed properties as one line: <c>familyName: 'Lee' → 'Lee-Park'; password: (changed)</c>.</summary>
    public string Summary => string.Join("; ", Properties.Select(property => property.ToString()));

    /// <summary><c>users u1 Modified (familyName)</c>.</summary>
    public override string ToString() =>
        $"{Entity} {SourcedId} {Change}" + (Properties.Count == 0 ? string.Empty : " (" + PropertyNames + ")");
}

/// <summary>The names <see cref="RosterChange.Entity"/> takes, and parsing of the names -Entity and --entity take.</summary>
public static class ChangeEntities
{
    /// <summary>The entity name of person-level changes.</summary>
    public const string Persons = "persons";

    /// <summary>Every name: the collections in read order, then <see cref="Persons"/>.</summary>
    public static IReadOnlyList<string> All { get; } = OneRosterEntities.ReadOrder.Select(entity => entity.SpecName()).Append(Persons).ToArray();

    /// <summary>The first of <paramref name="names"/> (each may be comma-separated) that is neither a collection nor "persons", or null when there is none.</summary>
    public static string? FirstUnknown(IEnumerable<string>? names) =>
        names?.SelectMany(name => name.Split(',')).Select(name => name.Trim()).FirstOrDefault(name => name.Length > 0 && !TryParse(name, out _));

    /// <summary>Reads a collection name or "persons", in any case; true for persons with <paramref name="entity"/> null.</summary>
    public static bool TryParse(string? text, out OneRosterEntity? entity)
    {
        if (string.Equals(text?.Trim(), Persons, StringComparison.OrdinalIgnoreCase))
        {
            entity = null;
            return true;
        }

        if (OneRosterEntities.TryParse(text, out var parsed))
        {
            entity = parsed;
            return true;
        }

        entity = null;
        return false;
    }
}
