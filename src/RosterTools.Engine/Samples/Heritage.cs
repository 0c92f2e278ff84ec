namespace RosterTools.Samples;

/// <summary>
/// Where a family's names come from. It chooses names and shapes the demographics that go with them, so a district
/// looks like a real one: many Garcias and Nguyens, and names with accents, apostrophes, hyphens and spaces.
/// </summary>
internal enum Heritage : byte
{
    Anglo,
    Hispanic,
    African,
    European,
    EastAsian,
    SouthAsian,
    Vietnamese,
    MiddleEastern,
}
