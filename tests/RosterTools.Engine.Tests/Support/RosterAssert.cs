using RosterTools.Compare;
using RosterTools.OneRoster;

namespace RosterTools.Tests;

/// <summary>Assertions about rosters that say what differs when they fail.</summary>
internal static class RosterAssert
{
    /// <summary>Asserts that two rosters hold the same records with the same values, every collection and column (status and dateLastModified aside).</summary>
    public static void Equivalent(Roster expected, Roster actual, string? because = null)
    {
        var entities = OneRosterEntities.ReadOrder.Select(e => e.SpecName()).ToList();
        var changes = RosterComparer.Compare(expected, actual, new CompareOptions { Entities = entities }).Take(20).ToList();
        Assert.True(changes.Count == 0, (because is null ? string.Empty : because + ": ") + "the rosters differ:\n  " + string.Join("\n  ", changes.Select(c => c + " " + c.Summary)));
        foreach (var entity in OneRosterEntities.ReadOrder)
        {
            Assert.Equal(expected.Records(entity).Count, actual.Records(entity).Count);
        }

        // Gradebook and resources files are carried along; files that are not OneRoster's cannot be declared in a manifest.
        static IEnumerable<string> Raw(Roster roster) => roster.OtherFiles
            .Where(t => BundleFiles.IsIn(System.IO.Path.GetFileNameWithoutExtension(t.FileName), roster.Version))
            .Select(t => t.FileName + ":" + string.Join(",", t.Header) + ":" + string.Join("|", t.Rows.Select(r => string.Join(",", r.Values))));
        Assert.Equal(Raw(expected), Raw(actual));
    }
}
