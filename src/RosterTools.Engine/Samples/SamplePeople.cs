using System.Collections.Generic;

namespace RosterTools.Samples;

/// <summary>Sex as the generator draws it; 1.1 has no <see cref="Unspecified"/>, so it writes such people's sex blank.</summary>
internal enum PersonSex : byte
{
    Female,
    Male,
    Unspecified,
}

/// <summary>A student: a few numbers, not strings, so a million of them take little memory.</summary>
internal struct StudentRecord
{
    public int School;
    public int Family;
    public short Given;
    public short Middle;
    public short Preferred;
    public short Surname;
    public short Surname2;
    public byte Grade;
    public PersonSex Sex;
    public Heritage Heritage;
}

/// <summary>A family: its children (in <see cref="SamplePeople.FamilyChildren"/>) and its one or two guardians.</summary>
internal struct FamilyRecord
{
    public int FirstChild;
    public int FirstGuardian;
    public short Surname;

    /// <summary>The second guardian's family name when it differs, else -1.</summary>
    public short Surname2;
    public byte Children;
    public byte Guardians;
    public Heritage Heritage;

    /// <summary>Whether the children carry both family names, hyphenated.</summary>
    public bool Hyphenate;
}

/// <summary>A parent or guardian.</summary>
internal struct GuardianRecord
{
    public int Family;
    public short Given;
    public short Middle;
    public short Preferred;
    public short Surname;
    public short Phone;
    public PersonSex Sex;

    /// <summary>Whether the role is guardian rather than parent.</summary>
    public bool IsGuardian;
}

/// <summary>What a staff member does; <see cref="SampleVocabulary"/> says how each version spells it.</summary>
internal enum StaffRole : byte
{
    DistrictAdministrator,
    SystemAdministrator,
    Principal,
    SiteAdministrator,
    Counselor,
    Aide,
    Teacher,
}

/// <summary>A member of staff. There are few enough (one per ~20 students) to be objects.</summary>
internal sealed class StaffRecord
{
    public StaffRole Role { get; set; }

    /// <summary>The school of the primary role, or -1 for the district office.</summary>
    public int School { get; set; }

    /// <summary>The school of a second (secondary) role, or -1.</summary>
    public int SecondSchool { get; set; } = -1;

    public short Given { get; set; }

    public short Middle { get; set; } = -1;

    public short Preferred { get; set; } = -1;

    public short Surname { get; set; }

    public PersonSex Sex { get; set; }

    /// <summary>Pronouns (1.2), or null.</summary>
    public string? Pronouns { get; set; }

    /// <summary>Whether the person has a user profile (1.2 userProfiles.csv).</summary>
    public bool HasProfile { get; set; }
}

/// <summary>Everyone in the district: students, families and guardians, and staff.</summary>
internal sealed class SamplePeople
{
    public SamplePeople(StudentRecord[] students, FamilyRecord[] families, int[] familyChildren, GuardianRecord[] guardians, List<StaffRecord> staff, int[] duplicatePair)
    {
        Students = students;
        Families = families;
        FamilyChildren = familyChildren;
        Guardians = guardians;
        Staff = staff;
        DuplicatePair = duplicatePair;
    }

    public StudentRecord[] Students { get; }

    public FamilyRecord[] Families { get; }

    /// <summary>The children of every family, family after family.</summary>
    public int[] FamilyChildren { get; }

    public GuardianRecord[] Guardians { get; }

    public List<StaffRecord> Staff { get; }

    /// <summary>The two students (if the district has room for them) with the same given and family name in one school.</summary>
    public int[] DuplicatePair { get; }
}
