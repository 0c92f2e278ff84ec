using System.IO;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Samples;

namespace RosterTools.Tests.Samples;

/// <summary>
/// A 600-student district of each version (seed 1), generated and imported once for the tests that look at it,
/// and deleted afterwards.
/// </summary>
public sealed class SampleDistrictFixture : IDisposable
{
    private readonly Dictionary<string, GeneratedDistrict> _districts = new();

    public SampleDistrictFixture()
    {
        _districts["1.1"] = new GeneratedDistrict(OneRosterVersion.V1_1);
        _districts["1.2"] = new GeneratedDistrict(OneRosterVersion.V1_2);
    }

    public GeneratedDistrict this[string version] => _districts[version];

    public void Dispose()
    {
        foreach (var district in _districts.Values)
        {
            district.Dispose();
        }
    }
}

/// <summary>A generated district: the folder, what the generator said, what the reader made of it.</summary>
public sealed class GeneratedDistrict : IDisposable
{
    public const int StudentCount = 600;

    private readonly TestBundle _temp = new();

    internal GeneratedDistrict(OneRosterVersion version)
    {
        Folder = _temp.Folder;
        Result = SampleDistrict.Write(Folder, new SampleDistrictOptions { Students = StudentCount, Version = version, Seed = 1 }, new SynchronousProgress<SampleProgress>(Progress.Add));
        Roster = OneRosterReader.Read(Folder);
    }

    public string Folder { get; }

    public SampleDistrictResult Result { get; }

    public Roster Roster { get; }

    /// <summary>The progress reported while the district was written.</summary>
    public List<SampleProgress> Progress { get; } = new();

    /// <summary>The students: users with a grade.</summary>
    public IEnumerable<User> Students => Roster.Users.Where(user => user.Grades.Count > 0);

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>The role of a user as 1.2 roles.csv has it, or (1.1) as derived from users.csv.</summary>
    public IReadOnlyList<RoleAssignment> RolesOf(User user) => Roster.RolesOf(user.SourcedId);

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleDistrictCollection : ICollectionFixture<SampleDistrictFixture>
{
    public const string Name = "Sample districts";
}
