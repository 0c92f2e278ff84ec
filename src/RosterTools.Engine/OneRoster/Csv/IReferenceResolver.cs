using System;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Finds the record a reference (a classSourcedId in enrollments.csv) points to, straight from the field's bytes,
/// so that the reference can take the very string instance of that record's sourcedId: eight million enrollments
/// then hold no copies of a few thousand class ids, and no string is made just to look one up.
/// </summary>
internal interface IReferenceResolver
{
    /// <summary>The sourcedId string of the <paramref name="target"/> record the UTF-8 bytes spell, or null when none has been read.</summary>
    string? Find(OneRosterEntity target, ReadOnlySpan<byte> utf8);

    /// <summary>Whether the whole of the <paramref name="target"/> collection has been read, so that a reference it does not find is missing.</summary>
    bool IsComplete(OneRosterEntity target);
}

/// <summary>A resolver that knows no records (streaming one file, with no other files read).</summary>
internal sealed class NoReferenceResolver : IReferenceResolver
{
    public static NoReferenceResolver Instance { get; } = new();

    public string? Find(OneRosterEntity target, ReadOnlySpan<byte> utf8) => null;

    public bool IsComplete(OneRosterEntity target) => false;
}
