using RosterTools.OneRoster;

namespace RosterTools.Samples;

/// <summary>
/// Race, ethnicity and place of birth that fit a student's family: every flag is true or false (none left
/// blank), Hispanic or Latino is an ethnicity alongside a race, and about one student in sixteen has two or more races.
/// </summary>
internal static class SampleDemographics
{
    private const int AmericanIndian = 0;
    private const int Asian = 1;
    private const int Black = 2;
    private const int PacificIslander = 3;
    private const int White = 4;

    /// <summary>Who is born abroad, by heritage (per thousand).</summary>
    private static readonly int[] BornAbroad = { 20, 200, 100, 150, 250, 250, 250, 250 };

    public static void SetRace(Demographics record, Heritage heritage, ref SampleRandom random)
    {
        var races = new bool[5];
        var hispanic = false;
        switch (heritage)
        {
            case Heritage.Hispanic:
                hispanic = random.Chance(0.95);
                var draw = random.NextDouble();
                if (draw < 0.65)
                {
                    races[White] = true;
                }
                else if (draw < 0.71)
                {
                    races[AmericanIndian] = true;
                }
                else if (draw < 0.76)
                {
                    races[Black] = true;
                }
                else if (draw < 0.90)
                {
                    races[White] = races[AmericanIndian] = true;
                }

                break;
            case Heritage.African:
                races[Black] = true;
                hispanic = random.Chance(0.03);
                break;
            case Heritage.EastAsian:
            case Heritage.SouthAsian:
            case Heritage.Vietnamese:
                races[Asian] = true;
                break;
            default:
                races[White] = true;
                hispanic = heritage == Heritage.Anglo && random.Chance(0.02);
                break;
        }

        if (random.Chance(0.06))
        {
            races[random.Next(5)] = true;
        }

        if (random.Chance(0.003))
        {
            races = new bool[5];
            races[PacificIslander] = true;
        }

        var count = 0;
        foreach (var race in races)
        {
            count += race ? 1 : 0;
        }

        record.AmericanIndianOrAlaskaNative = races[AmericanIndian];
        record.Asian = races[Asian];
        record.BlackOrAfricanAmerican = races[Black];
        record.NativeHawaiianOrOtherPacificIslander = races[PacificIslander];
        record.White = races[White];
        record.DemographicRaceTwoOrMoreRaces = count > 1;
        record.HispanicOrLatinoEthnicity = hispanic;
    }

    /// <summary>Most students are born in the district's state, many in its town; some abroad, in their family's country of origin.</summary>
    public static void SetBirthPlace(Demographics record, Heritage heritage, DistrictLayout layout, ref SampleRandom random)
    {
        if (random.Next(1000) < BornAbroad[(int)heritage])
        {
            var countries = PlaceData.Countries[(int)heritage];
            record.CountryOfBirthCode = countries[random.Next(countries.Length)];
            record.StateOfBirthAbbreviation = null;
            record.CityOfBirth = null;
            return;
        }

        record.CountryOfBirthCode = "US";
        if (random.Chance(0.85))
        {
            record.StateOfBirthAbbreviation = layout.State;
            record.CityOfBirth = random.Chance(0.8) ? layout.Town : null;
        }
        else
        {
            record.StateOfBirthAbbreviation = PlaceData.Towns[random.Next(PlaceData.Towns.Length)][1];
            record.CityOfBirth = null;
        }
    }
}
