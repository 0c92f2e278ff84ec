namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Gives a reference (a classSourcedId in enrollments.csv) the very string instance of the record it points to,
/// when that record has been read already, so that eight million enrollments do not hold eight million copies
/// of a few thousand class ids.
/// </summary>
internal interface IReferenceResolver
{
    /// <summary>The sourcedId string of the <paramref name="target"/> record <paramref name="sourcedId"/> when it is known, else <paramref name="sourcedId"/>.</summary>
    string Canonical(OneRosterEntity target, string sourcedId);
}

/// <summary>A resolver that leaves references as they are (streaming one file, with no other files read).</summary>
internal sealed class NoReferenceResolver : IReferenceResolver
{
    public static NoReferenceResolver Instance { get; } = new();

    public string Canonical(OneRosterEntity target, string sourcedId) => sourcedId;
}
