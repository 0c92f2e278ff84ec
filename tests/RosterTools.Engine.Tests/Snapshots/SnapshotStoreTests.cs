using System.IO;
using RosterTools.Compare;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.State.Snapshots;
using static RosterTools.Tests.MinimalBundles;

namespace RosterTools.Tests.Snapshots;

/// <summary>The snapshot store: one zip per run named by UTC time, an index, retention, atomic writes.</summary>
public class SnapshotStoreTests
{
    private static readonly DateTime Night1 = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_saved_snapshot_is_a_zip_named_by_its_UTC_time_that_reads_back_as_the_same_roster()
    {
        using var bundle = Valid12();
        var roster = OneRosterReader.Read(bundle.Folder);
        var store = new SnapshotStore(bundle.Scratch("snapshots"));

        var snapshot = store.Save(roster, new SnapshotOptions { Now = Night1.AddMilliseconds(456) });

        Assert.Equal("roster-20261120T020000Z.zip", snapshot.Name);
        Assert.Equal(Night1, snapshot.CreatedUtc);
        Assert.Equal(("1.2", 4, 3), (snapshot.Version, snapshot.Users, snapshot.Enrollments));
        Assert.True(File.Exists(Path.Combine(store.Folder, SnapshotStore.IndexFileName)));
        Assert.Equal(snapshot.Name, store.Latest()!.Name);
        RosterAssert.Equivalent(roster, store.Load(store.Latest()!));
        Assert.Empty(Directory.GetFiles(store.Folder, "*.tmp").Concat(Directory.GetFiles(store.Folder, "*.partial")));
    }

    [Fact]
    public void Latest_is_the_newest_and_two_saves_in_one_second_get_two_names()
    {
        using var bundle = Valid12();
        var roster = OneRosterReader.Read(bundle.Folder);
        var store = new SnapshotStore(bundle.Scratch("snapshots"));

        store.Save(roster, new SnapshotOptions { Now = Night1 });
        store.Save(roster, new SnapshotOptions { Now = Night1.AddDays(2) });
        var again = store.Save(roster, new SnapshotOptions { Now = Night1.AddDays(2) });

        Assert.Equal("roster-20261122T020000Z-2.zip", again.Name);
        Assert.Equal(3, store.List().Count);
        Assert.Equal(again.Name, store.Latest()!.Name);
        Assert.Equal(store.List().Select(s => s.CreatedUtc).OrderBy(t => t), store.List().Select(s => s.CreatedUtc));
    }

    [Fact]
    public void Retention_keeps_the_newest_N_or_those_of_the_last_N_days_and_never_less_than_the_newest()
    {
        using var bundle = Valid12();
        var roster = OneRosterReader.Read(bundle.Folder);
        var store = new SnapshotStore(bundle.Scratch("snapshots"));
        for (var day = 0; day < 6; day++)
        {
            store.Save(roster, new SnapshotOptions { Now = Night1.AddDays(day) });
        }

        var last = store.Save(roster, new SnapshotOptions { Now = Night1.AddDays(6), KeepCount = 4 });
        Assert.Equal(4, store.List().Count);
        Assert.Equal(4, Directory.GetFiles(store.Folder, "roster-*.zip").Length);

        var removed = store.Prune(new SnapshotOptions { KeepDays = 2, Now = Night1.AddDays(6).AddHours(1) });
        Assert.Equal(new[] { "roster-20261123T020000Z.zip", "roster-20261124T020000Z.zip" }, removed.Select(s => s.Name));
        Assert.Equal(2, store.List().Count);

        store.Prune(new SnapshotOptions { KeepDays = 0, Now = Night1.AddYears(1) });
        Assert.Equal(last.Name, Assert.Single(store.List()).Name);
        Assert.Throws<ArgumentException>(() => store.Prune(new SnapshotOptions { KeepCount = 0 }));
    }

    [Fact]
    public void A_lost_or_damaged_index_is_rebuilt_from_the_file_names()
    {
        using var bundle = Valid12();
        var roster = OneRosterReader.Read(bundle.Folder);
        var store = new SnapshotStore(bundle.Scratch("snapshots"));
        store.Save(roster, new SnapshotOptions { Now = Night1 });
        store.Save(roster, new SnapshotOptions { Now = Night1.AddDays(1) });

        File.WriteAllText(Path.Combine(store.Folder, SnapshotStore.IndexFileName), "{ not json");
        Assert.Equal(2, store.List().Count);
        Assert.Null(store.List()[0].Version);

        File.Delete(Path.Combine(store.Folder, SnapshotStore.IndexFileName));
        var third = store.Save(roster, new SnapshotOptions { Now = Night1.AddDays(2) });
        Assert.Equal(3, store.List().Count);
        Assert.Equal("1.2", store.Latest()!.Version);
        Assert.Equal(third.Name, store.Latest()!.Name);
    }

    [Fact]
    public void An_empty_store_has_no_latest_and_a_delta_roster_is_not_a_snapshot()
    {
        using var bundle = new TestBundle().Manifest("1.2", ("orgs", "delta")).File("orgs.csv", OrgsHeader, "d1,active,2026-11-21T02:00:00.000Z,District,district,,");
        var store = new SnapshotStore(bundle.Scratch("snapshots"));

        Assert.Null(store.Latest());
        Assert.Empty(store.List());
        var ex = Assert.Throws<ArgumentException>(() => store.Save(OneRosterReader.Read(bundle.Folder)));
        Assert.Contains("merge", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compare_with_the_last_snapshot_needs_no_bookkeeping()
    {
        using var nights = new Nights(800, OneRosterVersion.V1_2, 1, 2, 0.05);
        var store = new SnapshotStore(nights.Scratch("snapshots"));
        store.Save(nights.First, new SnapshotOptions { Now = Night1 });

        var changes = RosterComparer.Compare(store.Load(store.Latest()!), nights.Second).Where(c => c.Change == ChangeType.Modified).Select(c => c.ToString()).OrderBy(s => s);

        Assert.Equal(nights.Result.Changes.Where(c => c.Change == ChangeType.Modified).Select(c => c.ToString()).OrderBy(s => s), changes);
    }
}
