using RosterTools.Compare;
using RosterTools.Export;
using RosterTools.Merge;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Tests.Merge;

/// <summary>
/// The property: for generated districts A and B (B the night after A), the delta exported from A to B, read back
/// and merged onto A, gives B exactly. Over several districts, both versions, folders and zips.
/// </summary>
public class MergePropertyTests
{
    public static TheoryData<OneRosterVersion, int, int, double> Districts => new()
    {
        { OneRosterVersion.V1_2, 1, 7, 0.02 },
        { OneRosterVersion.V1_2, 2, 8, 0.08 },
        { OneRosterVersion.V1_1, 3, 9, 0.02 },
        { OneRosterVersion.V1_1, 4, 10, 0.08 },
        { OneRosterVersion.V1_2, 5, 11, 0.3 },
    };

    [Theory]
    [MemberData(nameof(Districts))]
    public void Merging_the_delta_from_A_to_B_onto_A_gives_B(OneRosterVersion version, int seed, int changeSeed, double rate)
    {
        using var nights = new Nights(2500, version, seed, changeSeed, rate);
        var deltaPath = nights.Scratch(seed % 2 == 0 ? "delta.zip" : "delta");

        var export = OneRosterWriter.Write(nights.Second, deltaPath, new ExportOptions { Since = nights.First, Timestamp = new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc) });
        var delta = OneRosterReader.Read(deltaPath);
        var merged = RosterMerger.Merge(nights.First, delta);

        Assert.True(export.IsDelta);
        Assert.Equal(0, delta.ErrorCount);
        Assert.Equal(0, merged.Roster.ErrorCount);
        Assert.Equal(0, merged.Stale);
        Assert.Equal(0, merged.CascadeRemoved);
        RosterAssert.Equivalent(nights.Second, merged.Roster);
        Assert.Equal(nights.Second.WarningCount, merged.Roster.WarningCount);
        Assert.True(merged.Roster.IsCompleteSnapshot);

        // The delta holds the changed records only: far fewer rows than B.
        Assert.True(export.Rows < nights.Second.Counts.ByCollection.Values.Sum() / 4, $"{export.Rows} rows in the delta");
    }

    [Fact]
    public void An_empty_delta_changes_nothing_and_writes_only_the_manifest()
    {
        using var nights = new Nights(300, OneRosterVersion.V1_2, 1, 2, 0);

        var export = OneRosterWriter.Write(nights.Second, nights.Scratch("delta"), new ExportOptions { Since = nights.First });

        Assert.Empty(export.Files);
        Assert.Equal(new[] { "manifest.csv" }, System.IO.Directory.GetFiles(nights.Scratch("delta")).Select(System.IO.Path.GetFileName));
        var merged = RosterMerger.Merge(nights.First, OneRosterReader.Read(nights.Scratch("delta")));
        RosterAssert.Equivalent(nights.First, merged.Roster);
    }

    [Fact]
    public void A_delta_marks_its_rows_active_or_tobedeleted_with_the_export_time()
    {
        using var nights = new Nights(1500, OneRosterVersion.V1_2, 6, 12, 0.1);
        var when = new DateTime(2026, 11, 21, 2, 30, 15, 123, DateTimeKind.Utc);

        OneRosterWriter.Write(nights.Second, nights.Scratch("delta"), new ExportOptions { Since = nights.First, Timestamp = when });
        var delta = OneRosterReader.Read(nights.Scratch("delta"));

        Assert.Equal(ProcessingMode.Delta, delta.ModeOf(OneRosterEntity.Users));
        Assert.All(delta.Users, user => Assert.Equal(when, user.DateLastModified));
        Assert.Contains(delta.Users, user => user.IsToBeDeleted);
        Assert.Contains(delta.Users, user => user.Status.Is(RecordStatus.Active));
        Assert.Equal(ProcessingMode.Absent, delta.ModeOf(OneRosterEntity.Orgs));
        var removed = nights.Result.Changes.Where(c => c.Entity == "users" && c.Change == ChangeType.Removed).Select(c => c.SourcedId).OrderBy(s => s);
        Assert.Equal(removed, delta.Users.Where(u => u.IsToBeDeleted).Select(u => u.SourcedId).OrderBy(s => s));
    }
}
