using System;

namespace RosterTools.OneRoster;

/// <summary>demographics.csv: one row per user, with the user's sourcedId as its own.</summary>
public sealed class Demographics : OneRosterRecord
{
    private const int SexField = 1;
    private byte _sex;
    private int _birthDate;
    private byte _americanIndianOrAlaskaNative;
    private byte _asian;
    private byte _blackOrAfricanAmerican;
    private byte _nativeHawaiianOrOtherPacificIslander;
    private byte _white;
    private byte _demographicRaceTwoOrMoreRaces;
    private byte _hispanicOrLatinoEthnicity;

    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.Demographics;

    /// <summary>The date of birth.</summary>
    public DateTime? BirthDate
    {
        get => Packed.GetDate(_birthDate);
        set => _birthDate = Packed.SetDate(value);
    }

    /// <summary>male, female, unspecified or other.</summary>
    public SpecEnum<Sex> Sex
    {
        get => Packed.GetEnum<Sex>(_sex, _extras, SexField);
        set => _sex = Packed.SetEnum(value, ref _extras, SexField);
    }

    /// <summary>American Indian or Alaska Native.</summary>
    public bool? AmericanIndianOrAlaskaNative { get => Packed.GetBool(_americanIndianOrAlaskaNative); set => _americanIndianOrAlaskaNative = Packed.SetBool(value); }

    /// <summary>Asian.</summary>
    public bool? Asian { get => Packed.GetBool(_asian); set => _asian = Packed.SetBool(value); }

    /// <summary>Black or African American.</summary>
    public bool? BlackOrAfricanAmerican { get => Packed.GetBool(_blackOrAfricanAmerican); set => _blackOrAfricanAmerican = Packed.SetBool(value); }

    /// <summary>Native Hawaiian or Other Pacific Islander.</summary>
    public bool? NativeHawaiianOrOtherPacificIslander { get => Packed.GetBool(_nativeHawaiianOrOtherPacificIslander); set => _nativeHawaiianOrOtherPacificIslander = Packed.SetBool(value); }

    /// <summary>White.</summary>
    public bool? White { get => Packed.GetBool(_white); set => _white = Packed.SetBool(value); }

    /// <summary>Two or more races.</summary>
    public bool? DemographicRaceTwoOrMoreRaces { get => Packed.GetBool(_demographicRaceTwoOrMoreRaces); set => _demographicRaceTwoOrMoreRaces = Packed.SetBool(value); }

    /// <summary>Hispanic or Latino.</summary>
    public bool? HispanicOrLatinoEthnicity { get => Packed.GetBool(_hispanicOrLatinoEthnicity); set => _hispanicOrLatinoEthnicity = Packed.SetBool(value); }

    /// <summary>The country of birth code.</summary>
    public string? CountryOfBirthCode { get; set; }

    /// <summary>The state of birth.</summary>
    public string? StateOfBirthAbbreviation { get; set; }

    /// <summary>The city of birth.</summary>
    public string? CityOfBirth { get; set; }

    /// <summary>Where the user lives relative to the public school's boundaries.</summary>
    public string? PublicSchoolResidenceStatus { get; set; }
}
