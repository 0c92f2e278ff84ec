using System.IO;
using System.Text;
using RosterTools.Samples;
using RosterTools.Validation;

namespace RosterTools.Tests.Samples;

/// <summary>
/// Sample districts carry the names that trip systems up (diacritics, apostrophes, hyphens, spaces) and come back
/// from the reader exactly as they were; two different students in one school share a name and are not taken for
/// one person.
/// </summary>
[Collection(SampleDistrictCollection.Name)]
public sealed class SampleNamesTests
{
    private readonly SampleDistrictFixture _districts;

    public SampleNamesTests(SampleDistrictFixture districts) => _districts = districts;

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Names_with_diacritics_apostrophes_hyphens_and_spaces_round_trip_exactly(string version)
    {
        var users = _districts[version].Roster.Users;
        var given = new HashSet<string>(users.Select(user => user.GivenName!), StringComparer.Ordinal);
        var family = new HashSet<string>(users.Select(user => user.FamilyName!), StringComparer.Ordinal);

        Assert.Superset(new HashSet<string> { "Zoë", "José", "Søren", "Łukasz", "François", "Léa", "Thảo", "Ahmed", "Zeynep" }, given); // diacritics
        Assert.Superset(new HashSet<string> { "Nguyễn", "Müller", "Ñúñez", "Wiśniewski", "Yılmaz" }, family); // diacritics
        Assert.Superset(new HashSet<string> { "O'Brien", "D'Angelo" }, family); // apostrophes
        Assert.Superset(new HashSet<string> { "Smith-Jones", "Al-Sayed" }, family); // hyphens
        Assert.Contains("Jean-Luc", given);
        Assert.Superset(new HashSet<string> { "De La Cruz", "Van der Berg" }, family); // spaces
        Assert.Contains("Ana Lucía", given);

        // Nothing was mangled on the way: every name read is a name of the pool (family names possibly hyphenated pairs).
        var pool = NamePool.Instance;
        Assert.All(given.Concat(users.Where(user => user.MiddleName is not null).Select(user => user.MiddleName!)), name => Assert.Contains(name, pool.GivenNames));
        Assert.All(family, name => Assert.True(pool.FamilyNames.Contains(name) || IsPair(name, pool), name));
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void The_files_are_utf8_without_a_byte_order_mark_and_precomposed(string version)
    {
        var bytes = File.ReadAllBytes(_districts[version].PathOf("users.csv"));

        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains(",Nguyễn,", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Two_students_of_one_school_and_grade_share_a_name_and_are_not_flagged_as_one_person(string version)
    {
        var district = _districts[version];

        var pair = district.Students.Where(student => student.GivenName == FamilyBuilder.DuplicateGiven && student.FamilyName == FamilyBuilder.DuplicateFamily)
            .GroupBy(student => (district.RolesOf(student).Single().OrgSourcedId, student.Grades[0]))
            .First(group => group.Count() >= 2).Take(2).ToList();

        Assert.NotEqual(pair[0].SourcedId, pair[1].SourcedId);
        Assert.NotEqual(pair[0].Identifier, pair[1].Identifier);
        Assert.NotEqual(pair[0].Username, pair[1].Username);
        Assert.NotEqual(pair[0].Email, pair[1].Email);
        Assert.Empty(pair[0].AgentSourcedIds.Intersect(pair[1].AgentSourcedIds)); // different families
        Assert.All(pair, student => Assert.StartsWith("maria.garcia", student.Username));
        FindingAssert.None(district.Roster.Findings, FindingCodes.PossibleDuplicatePerson);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Usernames_spell_names_in_plain_ascii(string version)
    {
        var users = _districts[version].Roster.Users;

        Assert.StartsWith("zoe.obrien", users.First(user => user.GivenName == "Zoë" && user.FamilyName == "O'Brien").Username);
        Assert.StartsWith("thao.nguyen", users.First(user => user.GivenName == "Thảo" && user.FamilyName == "Nguyễn").Username);
        Assert.StartsWith("jose.delacruz", users.First(user => user.GivenName == "José" && user.FamilyName == "De La Cruz").Username);
        Assert.StartsWith("lukasz.wisniewski", users.First(user => user.GivenName == "Łukasz" && user.FamilyName == "Wiśniewski").Username);
    }

    [Theory]
    [InlineData("José", "jose")]
    [InlineData("Zoë", "zoe")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("Müller", "muller")]
    [InlineData("Søren", "soren")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Ñúñez", "nunez")]
    [InlineData("Yılmaz", "yilmaz")]
    [InlineData("Đức", "duc")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("Smith-Jones", "smithjones")]
    [InlineData("De La Cruz", "delacruz")]
    [InlineData("St. John", "stjohn")]
    public void Names_fold_to_ascii(string name, string folded) => Assert.Equal(folded, AsciiFold.Fold(name));

    [Fact]
    public void Every_name_of_the_pool_folds_to_ascii_letters()
    {
        var pool = NamePool.Instance;

        Assert.All(pool.GivenNames.Concat(pool.FamilyNames), name => Assert.Matches("^[a-z]+$", AsciiFold.Fold(name)));
        Assert.All(pool.GivenNames.Concat(pool.FamilyNames), name => Assert.True(name.IsNormalized(NormalizationForm.FormC), name));
        Assert.Throws<ArgumentException>(() => AsciiFold.Fold("李明"));
    }

    private static bool IsPair(string name, NamePool pool)
    {
        for (var i = name.IndexOf('-'); i > 0; i = name.IndexOf('-', i + 1))
        {
            if (pool.FamilyNames.Contains(name.Substring(0, i)) && pool.FamilyNames.Contains(name.Substring(i + 1)))
            {
                return true;
            }
        }

        return false;
    }
}
