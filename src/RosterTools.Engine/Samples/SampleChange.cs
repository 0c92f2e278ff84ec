using System;
using System.Collections.Generic;
using RosterTools.Compare;

namespace RosterTools.Samples;

/// <summary>
/// One change the "next night" generator made, as a comparison of the two nights must report it: the collection
/// (or <c>persons</c>), the sourcedId, Added, Removed or Modified, and for Modified the properties that changed.
/// </summary>
public sealed class SampleChange
{
    internal SampleChange(string entity, string sourcedId, ChangeType change, params string[] properties)
    {
        Entity = entity;
        SourcedId = sourcedId;
        Change = change;
        Properties = properties;
    }

    /// <summary>The collection as the specification names it, or <c>persons</c>.</summary>
    public string Entity { get; }

    /// <summary>The sourcedId of the record (for persons: of the user).</summary>
    public string SourcedId { get; }

    /// <summary>Added, Removed or Modified.</summary>
    public ChangeType Change { get; }

    /// <summary>For Modified: the names of the properties that changed, in the order a comparison lists them.</summary>
    public IReadOnlyList<string> Properties { get; }

    /// <summary><c>users u1 Modified (familyName)</c>, the form <see cref="RosterChange.ToString"/> has.</summary>
    public override string ToString() =>
        $"{Entity} {SourcedId} {Change}" + (Properties.Count == 0 ? string.Empty : " (" + string.Join(", ", Properties) + ")");
}

/// <summary>What kinds of change the next night has, and how many of each.</summary>
public sealed class SampleChangeCounts
{
    /// <summary>Students who left with their families.</summary>
    public int Withdrawn { get; internal set; }

    /// <summary>Students new to the district, with their families.</summary>
    public int Enrolled { get; internal set; }

    /// <summary>Students who moved to another school.</summary>
    public int SchoolMoves { get; internal set; }

    /// <summary>Students who changed sections in their school.</summary>
    public int SectionChanges { get; internal set; }

    /// <summary>Students whose family, given or preferred name changed.</summary>
    public int NameChanges { get; internal set; }

    /// <summary>Students whose account was disabled (enabledUser false).</summary>
    public int Disabled { get; internal set; }

    /// <summary>Every student with a change.</summary>
    public int Students => Withdrawn + Enrolled + SchoolMoves + SectionChanges + NameChanges + Disabled;

    /// <summary>The counts on one line.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Withdrawn} withdrawn, {Enrolled} enrolled, {SchoolMoves} school moves, {SectionChanges} section changes, {NameChanges} name changes, {Disabled} disabled");
}
