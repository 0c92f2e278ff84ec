using RosterTools.Compare;
using RosterTools.OneRoster;
using RosterTools.Samples;

namespace RosterTools.Tests.Samples;

/// <summary>The "next night" district: valid, changed where the generator says, and compare finds exactly those changes.</summary>
public class NextNightTests
{
    public static TheoryData<OneRosterVersion, int> Districts => new()
    {
        { OneRosterVersion.V1_2, 11 },
        { OneRosterVersion.V1_1, 12 },
        { OneRosterVersion.V1_2, 13 },
    };

    [Theory]
    [MemberData(nameof(Districts))]
    public void Compare_lists_exactly_the_changes_the_generator_made(OneRosterVersion version, int changeSeed)
    {
        using var nights = new Nights(6000, version, seed: 3, changeSeed, rate: 0.03);

        var expected = nights.Result.Changes.Select(c => c.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();
        // A person who joined or left is described by the comparison; the generator lists only who it was.
        var actual = RosterComparer.Compare(nights.First, nights.Second)
            .Select(c => c.Change == ChangeType.Modified ? c.ToString() : $"{c.Entity} {c.SourcedId} {c.Change}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();

        var missing = expected.Except(actual).Take(15).ToList();
        var extra = actual.Except(expected).Take(15).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"{nights.Result.ChangeCounts}\nmissing:\n  {string.Join("\n  ", missing)}\nextra:\n  {string.Join("\n  ", extra)}");
        Assert.Equal(expected.Count, actual.Count);
        var counts = nights.Result.ChangeCounts!;
        Assert.True(counts.Withdrawn > 0 && counts.Enrolled > 0 && counts.SchoolMoves > 0 && counts.SectionChanges > 0 && counts.NameChanges > 0 && counts.Disabled > 0, counts.ToString());
    }

    [Theory]
    [MemberData(nameof(Districts))]
    public void The_next_night_is_as_valid_as_the_first_and_keeps_everyone_s_username(OneRosterVersion version, int changeSeed)
    {
        using var nights = new Nights(3000, version, seed: 5, changeSeed, rate: 0.05);

        Assert.Equal(0, nights.Second.ErrorCount);
        Assert.Equal(nights.First.WarningCount > 0, nights.Second.WarningCount > 0);
        foreach (var user in nights.Second.Users)
        {
            if (nights.First.Users.Find(user.SourcedId) is { } before)
            {
                Assert.Equal(before.Username, user.Username);
            }
        }

        var usernames = nights.Second.Users.Select(u => u.Username).ToList();
        Assert.Equal(usernames.Count, usernames.Distinct().Count());
    }

    [Fact]
    public void The_same_seeds_give_the_same_next_night_and_no_change_seed_gives_the_first_night()
    {
        using var temp = new TestBundle();
        var options = new SampleDistrictOptions { Students = 500, Seed = 9, NextNightSeed = 4 };
        var a = SampleDistrict.Write(temp.Scratch("a"), options);
        var b = SampleDistrict.Write(temp.Scratch("b"), options);

        Assert.Equal(a.Changes.Select(c => c.ToString()), b.Changes.Select(c => c.ToString()));
        foreach (var file in System.IO.Directory.GetFiles(temp.Scratch("a")))
        {
            Assert.Equal(System.IO.File.ReadAllBytes(file), System.IO.File.ReadAllBytes(System.IO.Path.Combine(temp.Scratch("b"), System.IO.Path.GetFileName(file))));
        }

        var first = SampleDistrict.Write(temp.Scratch("c"), new SampleDistrictOptions { Students = 500, Seed = 9 });
        Assert.Empty(first.Changes);
        Assert.Null(first.ChangeCounts);
    }

    [Fact]
    public void A_change_rate_outside_0_to_half_is_refused()
    {
        using var temp = new TestBundle();
        var ex = Assert.Throws<ArgumentException>(() => SampleDistrict.Write(temp.Scratch("x"), new SampleDistrictOptions { NextNightSeed = 1, ChangeRate = 0.9 }));
        Assert.Contains("ChangeRate", ex.Message);
    }
}
