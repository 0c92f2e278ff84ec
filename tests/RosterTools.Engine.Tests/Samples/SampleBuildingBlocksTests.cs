using RosterTools.Samples;

namespace RosterTools.Tests.Samples;

/// <summary>
/// The parts the generator is made of: identifiers unique by construction, a district shape that scales from a
/// few hundred students to a million, and random numbers that stay the same across .NET versions.
/// </summary>
public sealed class SampleBuildingBlocksTests
{
    [Fact]
    public void SourcedIds_are_lowercase_version_4_guids_unique_across_kinds_and_seeded()
    {
        var ids = new SampleIds(1);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var kind in new[] { IdKind.Org, IdKind.Student, IdKind.Enrollment })
        {
            for (var i = 0; i < 50_000; i++)
            {
                var id = ids.SourcedId(kind, i);
                Assert.True(seen.Add(id), id);
            }
        }

        Assert.All(seen.Take(1000), id => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
        Assert.Equal(ids.SourcedId(IdKind.Class, 7), new SampleIds(1).SourcedId(IdKind.Class, 7));
        Assert.NotEqual(ids.SourcedId(IdKind.Class, 7), new SampleIds(2).SourcedId(IdKind.Class, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => ids.SourcedId(IdKind.Class, SampleIds.MaxIndex));
    }

    [Fact]
    public void Person_numbers_are_unique_have_seven_digits_and_hide_the_order()
    {
        var ids = new SampleIds(1);
        const int population = 200_000;

        var numbers = Enumerable.Range(0, population).Select(i => ids.Number(SampleStream.Student, i, population, 7)).ToList();

        Assert.Equal(population, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.All(numbers, number => Assert.Matches("^[1-9][0-9]{6}$", number));
        var ascending = numbers.Zip(numbers.Skip(1), (a, b) => string.CompareOrdinal(a, b) < 0).Count(up => up);
        Assert.InRange(ascending, population * 0.45, population * 0.55);
        Assert.Matches("^[1-9][0-9]{7}$", ids.Number(SampleStream.Student, 9_400_000, 9_500_000, 7)); // more than 9 million need eight digits
    }

    [Theory]
    [InlineData(600, 3, 3)]
    [InlineData(5_000, 4, 6)]
    [InlineData(1_000_000, 300, 900)]
    public void Schools_scale_with_the_students(int students, int minimumSchools, int maximumSchools)
    {
        var layout = DistrictLayout.Create(1, students);

        Assert.InRange(layout.Schools.Length, minimumSchools, maximumSchools);
        Assert.Equal(students, layout.Students);
        Assert.Equal(students, layout.GradeCounts.Sum());
        Assert.All(layout.GradeCounts, count => Assert.InRange(count, students / 13 * 0.9, students / 13 * 1.1 + 1));
        Assert.Equal(new[] { SchoolLevel.Elementary, SchoolLevel.Middle, SchoolLevel.High }, layout.Schools.Select(school => school.Level).Distinct());
        Assert.Equal(layout.Schools.Length, layout.Schools.Select(school => school.Name).Distinct().Count());
        Assert.Equal(layout.Schools.Length, layout.Schools.Select(school => school.Identifier).Distinct().Count());

        // Every zone has a school of each level, so siblings can always be in one zone.
        Assert.All(Enumerable.Range(0, layout.Zones), zone => Assert.Equal(3, layout.Schools.Where(school => school.Zone == zone).Select(school => school.Level).Distinct().Count()));
    }

    [Fact]
    public void A_tiny_district_has_only_the_schools_its_students_need()
    {
        var layout = DistrictLayout.Create(1, 1);

        var school = Assert.Single(layout.Schools);
        Assert.Equal(1, school.StudentCount);
    }

    [Fact]
    public void Apportion_splits_exactly_and_fairly()
    {
        Assert.Equal(new[] { 4, 3, 3 }, DistrictLayout.Apportion(10, new long[] { 1, 1, 1 }));
        Assert.Equal(new[] { 0, 1 }, DistrictLayout.Apportion(1, new long[] { 1, 2 }));
        Assert.Equal(1_000_001, DistrictLayout.Apportion(1_000_001, new long[] { 7, 11, 13, 17 }).Sum());
    }

    [Fact]
    public void The_random_numbers_do_not_change_between_runtimes()
    {
        // Golden values: System.Random makes no such promise, which is why the generator has its own. If this
        // fails, every sample district changed: update the values only on purpose.
        var random = SampleRandom.For(1, SampleStream.Student, 0);
        Assert.Equal(0xAF4CCB5387DC80B3UL, random.NextUInt64()); // SplitMix64, checked against an independent implementation
        Assert.Equal("eaf5eace-15d7-42e8-ab6c-486b32b772b2", new SampleIds(1).SourcedId(IdKind.Staff, 0));
    }

    [Fact]
    public void Groups_of_students_are_near_the_size_asked_for_and_never_above_the_maximum()
    {
        for (var students = 1; students < 2000; students++)
        {
            var groups = ScheduleBuilder.Groups(students, 25, 30);
            Assert.True((students + groups - 1) / groups <= 30, $"{students} students in {groups} groups");
            if (students >= 40)
            {
                Assert.True(students / groups >= 19, $"{students} students in {groups} groups");
            }
        }
    }
}
