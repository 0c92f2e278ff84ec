using System;
using System.Globalization;

namespace RosterTools.Samples;

/// <summary>
/// The shape of a sample district: its name and place, how many students are in each grade, its schools by level
/// and the students of each school and grade. Students are numbered school by school and, within a school, grade
/// by grade, so a school's grade is a range of student numbers.
/// </summary>
internal sealed class DistrictLayout
{
    /// <summary>About how many students a school of each level has: ~600 students make one school per level.</summary>
    private static readonly int[] TargetSchoolSize = { 1200, 1500, 2500 };

    /// <summary>Relative grade sizes, KG to 12 (high school shrinks a little towards grade 12).</summary>
    private static readonly int[] GradeWeights = { 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1010, 990, 960, 940 };

    private DistrictLayout(string town, string state, string stateFips, string areaCode, string name, string domain, string identifier, int[] gradeCounts, SampleSchool[] schools, int zones)
    {
        Town = town;
        State = state;
        StateFips = stateFips;
        AreaCode = areaCode;
        Name = name;
        Domain = domain;
        Identifier = identifier;
        GradeCounts = gradeCounts;
        Schools = schools;
        Zones = zones;
    }

    public string Town { get; }

    /// <summary>The state's two-letter abbreviation.</summary>
    public string State { get; }

    public string StateFips { get; }

    public string AreaCode { get; }

    public string Name { get; }

    /// <summary>The mail domain of the district's accounts.</summary>
    public string Domain { get; }

    /// <summary>An NCES-style LEA identifier: the state FIPS code and five digits.</summary>
    public string Identifier { get; }

    /// <summary>Students in each grade, KG to 12.</summary>
    public int[] GradeCounts { get; }

    /// <summary>Elementary schools, then middle, then high.</summary>
    public SampleSchool[] Schools { get; }

    /// <summary>Attendance zones: each has at least one school of every level, and siblings live in one zone.</summary>
    public int Zones { get; }

    public int Students => Schools.Length == 0 ? 0 : Schools[Schools.Length - 1].FirstStudent + Schools[Schools.Length - 1].StudentCount;

    public static DistrictLayout Create(int seed, int students)
    {
        var random = SampleRandom.For(seed, SampleStream.District, 0);
        var town = PlaceData.Towns[random.Next(PlaceData.Towns.Length)];
        var form = PlaceData.DistrictForms[random.Next(PlaceData.DistrictForms.Length)];
        var name = string.Format(CultureInfo.InvariantCulture, form, town[0]);
        var domain = AsciiFold.Fold(town[0]) + ".k12.example.org";
        var identifier = town[2] + random.Next(10000, 100000).ToString(CultureInfo.InvariantCulture);

        var gradeRandom = SampleRandom.For(seed, SampleStream.Grades, 0);
        var weights = new long[SampleGrades.Count];
        for (var grade = 0; grade < weights.Length; grade++)
        {
            weights[grade] = GradeWeights[grade] + gradeRandom.Next(-25, 26);
        }

        var gradeCounts = Apportion(students, weights);
        var schools = CreateSchools(seed, gradeCounts, identifier);
        var zones = int.MaxValue;
        foreach (SchoolLevel level in new[] { SchoolLevel.Elementary, SchoolLevel.Middle, SchoolLevel.High })
        {
            var count = Array.FindAll(schools, school => school.Level == level).Length;
            if (count > 0)
            {
                zones = Math.Min(zones, count);
            }
        }

        zones = zones == int.MaxValue ? 1 : zones;
        var position = new int[3];
        var totals = new int[3];
        foreach (var school in schools)
        {
            totals[(int)school.Level]++;
        }

        foreach (var school in schools)
        {
            var level = (int)school.Level;
            school.Zone = (int)((long)position[level]++ * zones / totals[level]);
        }

        return new DistrictLayout(town[0], town[1], town[2], town[3], name, domain, identifier, gradeCounts, schools, zones);
    }

    /// <summary>Splits <paramref name="total"/> in proportion to integer weights (largest remainder; ties go to the first).</summary>
    public static int[] Apportion(long total, long[] weights)
    {
        long sum = 0;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        var parts = new int[weights.Length];
        var remainders = new long[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            parts[i] = (int)(total * weights[i] / sum);
            remainders[i] = total * weights[i] % sum;
            given += parts[i];
        }

        for (var left = total - given; left > 0; left--)
        {
            var best = 0;
            for (var i = 1; i < remainders.Length; i++)
            {
                if (remainders[i] > remainders[best])
                {
                    best = i;
                }
            }

            parts[best]++;
            remainders[best] = -1;
        }

        return parts;
    }

    private static SampleSchool[] CreateSchools(int seed, int[] gradeCounts, string districtIdentifier)
    {
        var schools = new System.Collections.Generic.List<SampleSchool>();
        foreach (SchoolLevel level in new[] { SchoolLevel.Elementary, SchoolLevel.Middle, SchoolLevel.High })
        {
            var first = SampleGrades.FirstGrade(level);
            var last = SampleGrades.LastGrade(level);
            long levelStudents = 0;
            for (var grade = first; grade <= last; grade++)
            {
                levelStudents += gradeCounts[grade];
            }

            if (levelStudents == 0)
            {
                continue;
            }

            var target = TargetSchoolSize[(int)level];
            var count = (int)Math.Max(1, (levelStudents + (target / 2)) / target);
            var names = SchoolNames(seed, level, count);
            var sizeRandom = SampleRandom.For(seed, SampleStream.Schools, (int)level);
            var sizes = new long[count];
            for (var i = 0; i < count; i++)
            {
                sizes[i] = sizeRandom.Next(750, 1251);
            }

            var levelSchools = new SampleSchool[count];
            for (var i = 0; i < count; i++)
            {
                var index = schools.Count + i;
                levelSchools[i] = new SampleSchool(index, level, names[i], districtIdentifier + (100 + (index * 3)).ToString("00000", CultureInfo.InvariantCulture));
            }

            for (var grade = first; grade <= last; grade++)
            {
                var split = Apportion(gradeCounts[grade], sizes);
                for (var i = 0; i < count; i++)
                {
                    levelSchools[i].GradeCount[grade] = split[i];
                }
            }

            schools.AddRange(levelSchools);
        }

        var next = 0;
        foreach (var school in schools)
        {
            school.FirstStudent = next;
            for (var grade = 0; grade < SampleGrades.Count; grade++)
            {
                school.GradeStart[grade] = next;
                next += school.GradeCount[grade];
            }

            school.StudentCount = next - school.FirstStudent;
        }

        return schools.ToArray();
    }

    /// <summary>Distinct names for the schools of a level: places in a seeded order, then the same places with suffixes.</summary>
    private static string[] SchoolNames(int seed, SchoolLevel level, int count)
    {
        var places = PlaceData.SchoolPlaces;
        var order = new int[places.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = SampleRandom.For(seed, SampleStream.SchoolNames, (int)level);
        random.Shuffle(order, 0, order.Length);
        var kind = level switch
        {
            SchoolLevel.Elementary => " Elementary School",
            SchoolLevel.Middle => " Middle School",
            _ => " High School",
        };

        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            var round = i / places.Length;
            var place = places[order[i % places.Length]];
            var suffix = round < PlaceData.SchoolPlaceSuffixes.Length
                ? PlaceData.SchoolPlaceSuffixes[round]
                : " No. " + (round + 1).ToString(CultureInfo.InvariantCulture);
            names[i] = place + suffix + kind;
        }

        return names;
    }
}

/// <summary>A school of the sample district and the range of its students.</summary>
internal sealed class SampleSchool
{
    public SampleSchool(int index, SchoolLevel level, string name, string identifier)
    {
        Index = index;
        Level = level;
        Name = name;
        Identifier = identifier;
    }

    /// <summary>The school's number: its position in orgs.csv after the district.</summary>
    public int Index { get; }

    public SchoolLevel Level { get; }

    public string Name { get; }

    /// <summary>An NCES-style school identifier: the district's and five digits.</summary>
    public string Identifier { get; }

    public int Zone { get; set; }

    public int FirstStudent { get; set; }

    public int StudentCount { get; set; }

    /// <summary>The number of the first student of each grade (KG to 12).</summary>
    public int[] GradeStart { get; } = new int[SampleGrades.Count];

    /// <summary>The students in each grade (KG to 12); zero outside the school's level.</summary>
    public int[] GradeCount { get; } = new int[SampleGrades.Count];
}
