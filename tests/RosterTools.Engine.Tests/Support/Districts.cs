using System.IO;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Samples;

namespace RosterTools.Tests;

/// <summary>A generated district and its next night, written to a temporary folder and read back.</summary>
internal sealed class Nights : IDisposable
{
    private readonly TestBundle _temp = new();

    public Nights(int students, OneRosterVersion version, int seed, int changeSeed, double rate = 0.02)
    {
        FirstFolder = _temp.Scratch("night1");
        SecondFolder = _temp.Scratch("night2");
        SampleDistrict.Write(FirstFolder, new SampleDistrictOptions { Students = students, Version = version, Seed = seed });
        Result = SampleDistrict.Write(SecondFolder, new SampleDistrictOptions { Students = students, Version = version, Seed = seed, NextNightSeed = changeSeed, ChangeRate = rate });
        First = OneRosterReader.Read(FirstFolder);
        Second = OneRosterReader.Read(SecondFolder);
    }

    public string FirstFolder { get; }

    public string SecondFolder { get; }

    public SampleDistrictResult Result { get; }

    public Roster First { get; }

    public Roster Second { get; }

    /// <summary>A path in the temporary folder.</summary>
    public string Scratch(string name) => _temp.Scratch(name);

    public void Dispose() => _temp.Dispose();
}
