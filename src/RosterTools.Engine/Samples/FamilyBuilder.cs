using System;
using System.Collections.Generic;

namespace RosterTools.Samples;

/// <summary>
/// Makes the students, their families and their guardians. Siblings live in one attendance zone, so they may be
/// in different schools of it (an elementary and a middle school); a family has one to three children and one
/// or two guardians. The first families show off the names that trip systems up, and two students of one school
/// (and grade, where possible) are both named Maria Garcia: different people, as in every large district.
/// </summary>
internal static class FamilyBuilder
{
    /// <summary>Families whose names every district shows, however small: family name, heritage, first child's given name and sex.</summary>
    private static readonly (string Family, Heritage Heritage, string Given, PersonSex Sex)[] Showcase =
    {
        ("O'Brien", Heritage.Anglo, "Zoë", PersonSex.Female),
        ("De La Cruz", Heritage.Hispanic, "José", PersonSex.Male),
        ("Nguyễn", Heritage.Vietnamese, "Thảo", PersonSex.Female),
        ("Müller", Heritage.European, "Léa", PersonSex.Female),
        ("Van der Berg", Heritage.European, "Søren", PersonSex.Male),
        ("Smith-Jones", Heritage.Anglo, "Jean-Luc", PersonSex.Male),
        ("D'Angelo", Heritage.European, "François", PersonSex.Male),
        ("Ñúñez", Heritage.Hispanic, "Ana Lucía", PersonSex.Female),
        ("Wiśniewski", Heritage.European, "Łukasz", PersonSex.Male),
        ("Al-Sayed", Heritage.MiddleEastern, "Ahmed", PersonSex.Male),
        ("Yılmaz", Heritage.MiddleEastern, "Zeynep", PersonSex.Female),
        ("Jackson", Heritage.African, "DeShawn", PersonSex.Male),
    };

    /// <summary>The names of the two students who share a name.</summary>
    public const string DuplicateGiven = "Maria";

    /// <summary>The names of the two students who share a name.</summary>
    public const string DuplicateFamily = "Garcia";

    public static SamplePeople Build(int seed, DistrictLayout layout)
    {
        var pool = NamePool.Instance;
        var students = new StudentRecord[layout.Students];
        foreach (var school in layout.Schools)
        {
            for (var grade = 0; grade < SampleGrades.Count; grade++)
            {
                for (var i = 0; i < school.GradeCount[grade]; i++)
                {
                    students[school.GradeStart[grade] + i] = new StudentRecord { School = school.Index, Grade = (byte)grade, Middle = -1, Preferred = -1, Surname2 = -1 };
                }
            }
        }

        var (families, children) = FormFamilies(seed, layout, students);
        for (var f = 0; f < families.Length; f++)
        {
            DrawFamily(seed, f, ref families[f], pool);
        }

        for (var f = 0; f < Math.Min(Showcase.Length, families.Length); f++)
        {
            SetFamilyName(ref families[f], pool.FamilyNamed(Showcase[f].Family), Showcase[f].Heritage);
        }

        var duplicates = FindDuplicatePair(layout, students, Math.Min(Showcase.Length, families.Length));
        foreach (var student in duplicates)
        {
            SetFamilyName(ref families[students[student].Family], pool.FamilyNamed(DuplicateFamily), Heritage.Hispanic);
        }

        for (var i = 0; i < students.Length; i++)
        {
            DrawStudent(seed, i, ref students[i], families[students[i].Family], pool);
        }

        for (var f = 0; f < Math.Min(Showcase.Length, families.Length); f++)
        {
            Rename(ref students[children[families[f].FirstChild]], pool.GivenNamed(Showcase[f].Given), Showcase[f].Sex);
        }

        foreach (var student in duplicates)
        {
            Rename(ref students[student], pool.GivenNamed(DuplicateGiven), PersonSex.Female);
        }

        var guardians = DrawGuardians(seed, families, pool);
        return new SamplePeople(students, families, children, guardians, new List<StaffRecord>(), duplicates);
    }

    /// <summary>A family's heritage, family name(s) and number of guardians, from its own random stream.</summary>
    public static void DrawFamily(int seed, int index, ref FamilyRecord family, NamePool pool)
    {
        var random = SampleRandom.For(seed, SampleStream.Family, index);
        family.Heritage = pool.DrawHeritage(ref random);
        family.Surname = pool.DrawFamily(ref random, family.Heritage);
        family.Surname2 = -1;
        family.Guardians = (byte)(random.Chance(0.3) ? 1 : 2);
        if (family.Guardians == 2 && random.Chance(0.25))
        {
            var other = random.Chance(0.7) ? family.Heritage : pool.DrawHeritage(ref random);
            var surname = pool.DrawFamily(ref random, other);
            family.Surname2 = surname == family.Surname ? (short)-1 : surname;
            family.Hyphenate = family.Surname2 >= 0 && random.Chance(0.35);
        }
    }

    /// <summary>Shuffles each zone's students and cuts them into families of 1 (50%), 2 (35%) or 3 (15%) children.</summary>
    private static (FamilyRecord[] Families, int[] Children) FormFamilies(int seed, DistrictLayout layout, StudentRecord[] students)
    {
        var zoneStart = new int[layout.Zones + 1];
        foreach (var student in students)
        {
            zoneStart[layout.Schools[student.School].Zone + 1]++;
        }

        for (var zone = 0; zone < layout.Zones; zone++)
        {
            zoneStart[zone + 1] += zoneStart[zone];
        }

        var children = new int[students.Length];
        var fill = (int[])zoneStart.Clone();
        for (var i = 0; i < students.Length; i++)
        {
            children[fill[layout.Schools[students[i].School].Zone]++] = i;
        }

        var families = new List<FamilyRecord>(Math.Max(1, students.Length * 2 / 3));
        for (var zone = 0; zone < layout.Zones; zone++)
        {
            var random = SampleRandom.For(seed, SampleStream.Zones, zone);
            var start = zoneStart[zone];
            var end = zoneStart[zone + 1];
            random.Shuffle(children, start, end - start);
            while (start < end)
            {
                var draw = random.NextDouble();
                var size = Math.Min(end - start, draw < 0.5 ? 1 : draw < 0.85 ? 2 : 3);
                Array.Sort(children, start, size);
                for (var i = start; i < start + size; i++)
                {
                    students[children[i]].Family = families.Count;
                }

                families.Add(new FamilyRecord { FirstChild = start, Children = (byte)size });
                start += size;
            }
        }

        return (families.ToArray(), children);
    }

    /// <summary>Two students of the first school that has them, from different ordinary families, preferably in one grade.</summary>
    private static int[] FindDuplicatePair(DistrictLayout layout, StudentRecord[] students, int showcaseFamilies)
    {
        foreach (var school in layout.Schools)
        {
            var end = school.FirstStudent + school.StudentCount;
            for (var first = school.FirstStudent; first < end; first++)
            {
                if (students[first].Family < showcaseFamilies)
                {
                    continue;
                }

                var fallback = -1;
                for (var second = first + 1; second < end; second++)
                {
                    if (students[second].Family < showcaseFamilies || students[second].Family == students[first].Family)
                    {
                        continue;
                    }

                    if (students[second].Grade == students[first].Grade)
                    {
                        return new[] { first, second };
                    }

                    fallback = fallback < 0 ? second : fallback;
                }

                if (fallback >= 0)
                {
                    return new[] { first, fallback };
                }
            }
        }

        return Array.Empty<int>();
    }

    private static void SetFamilyName(ref FamilyRecord family, short surname, Heritage heritage)
    {
        family.Surname = surname;
        family.Surname2 = -1;
        family.Hyphenate = false;
        family.Heritage = heritage;
    }

    private static void Rename(ref StudentRecord student, short given, PersonSex sex)
    {
        student.Given = given;
        student.Sex = sex;
        student.Middle = -1;
        student.Preferred = -1;
    }

    /// <summary>A student's sex and names, from the student's own random stream.</summary>
    public static void DrawStudent(int seed, int index, ref StudentRecord student, FamilyRecord family, NamePool pool)
    {
        var random = SampleRandom.For(seed, SampleStream.Student, index);
        var draw = random.NextDouble();
        student.Sex = draw < 0.495 ? PersonSex.Female : draw < 0.99 ? PersonSex.Male : PersonSex.Unspecified;
        var female = student.Sex == PersonSex.Female || (student.Sex == PersonSex.Unspecified && random.Chance(0.5));
        var nameHeritage = random.Chance(0.88) ? family.Heritage : pool.DrawHeritage(ref random);
        student.Heritage = family.Heritage;
        student.Given = pool.DrawGiven(ref random, nameHeritage, female);
        student.Middle = random.Chance(0.65) ? pool.DrawMiddle(ref random, female) : (short)-1;
        var nickname = pool.Nickname(student.Given);
        student.Preferred = nickname >= 0 && random.Chance(0.25) ? nickname : (short)-1;
        student.Surname = family.Surname;
        student.Surname2 = family.Hyphenate ? family.Surname2 : (short)-1;
    }

    private static GuardianRecord[] DrawGuardians(int seed, FamilyRecord[] families, NamePool pool)
    {
        var count = 0;
        for (var f = 0; f < families.Length; f++)
        {
            families[f].FirstGuardian = count;
            count += families[f].Guardians;
        }

        var guardians = new GuardianRecord[count];
        for (var f = 0; f < families.Length; f++)
        {
            DrawGuardians(seed, f, families[f], guardians, families[f].FirstGuardian, pool);
        }

        return guardians;
    }

    /// <summary>
    /// The guardians of family <paramref name="index"/>, each from the random stream of its number (the family's
    /// FirstGuardian and on), into <paramref name="target"/> from <paramref name="targetStart"/>.
    /// </summary>
    public static void DrawGuardians(int seed, int index, FamilyRecord family, GuardianRecord[] target, int targetStart, NamePool pool)
    {
        var firstFemale = true;
        for (var slot = 0; slot < family.Guardians; slot++)
        {
            var number = family.FirstGuardian + slot;
            var random = SampleRandom.For(seed, SampleStream.Guardian, number);
            var female = slot == 0 ? random.Chance(family.Guardians == 1 ? 0.8 : 0.85) : random.Chance(0.92) ? !firstFemale : firstFemale;
            firstFemale = slot == 0 ? female : firstFemale;
            var heritage = random.Chance(0.9) ? family.Heritage : pool.DrawHeritage(ref random);
            var given = pool.DrawGiven(ref random, heritage, female);
            var nickname = pool.Nickname(given);
            target[targetStart + slot] = new GuardianRecord
            {
                Family = index,
                Given = given,
                Middle = random.Chance(0.45) ? pool.DrawMiddle(ref random, female) : (short)-1,
                Preferred = nickname >= 0 && random.Chance(0.35) ? nickname : (short)-1,
                Surname = slot == 1 && family.Surname2 >= 0 ? family.Surname2 : family.Surname,
                Phone = (short)random.Next(100),
                Sex = female ? PersonSex.Female : PersonSex.Male,
                IsGuardian = random.Chance(0.1),
            };
        }
    }
}
