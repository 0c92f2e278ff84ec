using System.Globalization;

namespace RosterTools.Samples;

/// <summary>Who teaches a course: teachers are hired per department, and part-time ones are shared between schools.</summary>
internal enum Department : byte
{
    Homeroom,
    English,
    Math,
    Science,
    SocialStudies,
    WorldLanguages,
    Art,
    Music,
    PhysicalEducation,
    ComputerScience,
    Theater,
    Journalism,
    Psychology,
    Engineering,
}

/// <summary>A subject and its code (a SCED subject area; elementary courses use the prior-to-secondary codes, 50 higher).</summary>
internal sealed class Subject
{
    public static readonly Subject English = new("English Language Arts", 1);
    public static readonly Subject Math = new("Mathematics", 2);
    public static readonly Subject Science = new("Science", 3);
    public static readonly Subject SocialStudies = new("Social Studies", 4);
    public static readonly Subject Arts = new("Fine and Performing Arts", 5);
    public static readonly Subject PhysicalEducation = new("Physical Education", 8);
    public static readonly Subject Health = new("Health Education", 8);
    public static readonly Subject ComputerScience = new("Computer Science", 10);
    public static readonly Subject Engineering = new("Engineering and Technology", 21);
    public static readonly Subject WorldLanguages = new("World Languages", 24);

    private Subject(string name, int area)
    {
        Name = name;
        Area = area;
    }

    public string Name { get; }

    /// <summary>The secondary subject area (01-24).</summary>
    public int Area { get; }

    public string Code(bool elementary) => (elementary ? Area + 50 : Area).ToString("00", CultureInfo.InvariantCulture);
}

/// <summary>A course of the catalog. A school gets its own course (courses.csv row) for each definition it uses.</summary>
internal sealed class CourseDefinition
{
    public CourseDefinition(string title, string code, Department department, Subject[] subjects, string? location = null, SessionTerms terms = SessionTerms.Year, bool homeroom = false)
    {
        Title = title;
        Code = code;
        Department = department;
        Subjects = subjects;
        Location = location;
        Terms = terms;
        IsHomeroom = homeroom;
    }

    public string Title { get; }

    public string Code { get; }

    public Department Department { get; }

    public Subject[] Subjects { get; }

    /// <summary>Where its classes meet (Gym, Art Room); null for the teacher's or homeroom's room.</summary>
    public string? Location { get; }

    public SessionTerms Terms { get; }

    public bool IsHomeroom { get; }
}

/// <summary>The semesters a class runs in.</summary>
internal enum SessionTerms : byte
{
    Fall = 1,
    Spring = 2,
    Year = Fall | Spring,
}

/// <summary>
/// The courses a student takes. Elementary students have a homeroom class (the core subjects) and specials that
/// they take with their homeroom; middle school students have five core classes and two electives in seven
/// periods; high school students have six core periods (Health in the fall and Physical Education in the spring
/// share one) and an elective.
/// </summary>
internal static class CourseCatalog
{
    /// <summary>The core periods of middle school, in slot order; slots 5 and 6 are the electives.</summary>
    public const int MiddleCoreSlots = 5;

    /// <summary>The core periods of high school, in slot order; slot 6 is the elective.</summary>
    public const int HighCoreSlots = 6;

    private static readonly Subject[] Core = { Subject.English, Subject.Math, Subject.Science, Subject.SocialStudies };

    /// <summary>The homeroom course of each elementary grade (KG to 05).</summary>
    public static readonly CourseDefinition[] Homerooms = Grades(0, 5, grade => new CourseDefinition(SampleGrades.Title(grade) + " Homeroom", "HR-" + SampleGrades.Code(grade), Department.Homeroom, Core, homeroom: true));

    /// <summary>The specials of each elementary grade; World Languages from grade 3.</summary>
    public static readonly CourseDefinition[][] Specials = Grades(0, 5, grade =>
    {
        var suffix = " (" + SampleGrades.Title(grade) + ")";
        var code = "-" + SampleGrades.Code(grade);
        var specials = new[]
        {
            new CourseDefinition("Art" + suffix, "ART" + code, Department.Art, new[] { Subject.Arts }, "Art Room"),
            new CourseDefinition("Music" + suffix, "MUS" + code, Department.Music, new[] { Subject.Arts }, "Music Room"),
            new CourseDefinition("Physical Education" + suffix, "PE" + code, Department.PhysicalEducation, new[] { Subject.PhysicalEducation }, "Gym"),
            new CourseDefinition("Health" + suffix, "HLTH" + code, Department.PhysicalEducation, new[] { Subject.Health }, "Health Room"),
            new CourseDefinition("STEM Lab" + suffix, "STEM" + code, Department.ComputerScience, new[] { Subject.Science, Subject.ComputerScience }, "STEM Lab"),
        };
        return grade < 3 ? specials : Append(specials, new CourseDefinition("Spanish" + suffix, "SPAN" + code, Department.WorldLanguages, new[] { Subject.WorldLanguages }, "Language Lab"));
    });

    /// <summary>The core courses of middle school, by grade (06 to 08, at index grade - 6) and slot.</summary>
    public static readonly CourseDefinition[][] MiddleCore =
    {
        MiddleGrade(6, "Math 6", "MATH6", "Earth Science", "ESCI", "World Cultures", "WCUL"),
        MiddleGrade(7, "Math 7", "MATH7", "Life Science", "LSCI", "World History", "WHIS7"),
        MiddleGrade(8, "Pre-Algebra", "PALG", "Physical Science", "PSCI", "U.S. History", "USHIS8"),
    };

    /// <summary>The first elective period of middle school (a course for all of 06-08).</summary>
    public static readonly CourseDefinition[] MiddleElectivesA =
    {
        new("Art", "ART-MS", Department.Art, new[] { Subject.Arts }, "Art Studio"),
        new("Band", "BAND-MS", Department.Music, new[] { Subject.Arts }, "Band Room"),
        new("Choir", "CHOR-MS", Department.Music, new[] { Subject.Arts }, "Choir Room"),
    };

    /// <summary>The second elective period of middle school.</summary>
    public static readonly CourseDefinition[] MiddleElectivesB =
    {
        new("Exploring Spanish", "SPAN-MS", Department.WorldLanguages, new[] { Subject.WorldLanguages }),
        new("Computer Science Discoveries", "CSD-MS", Department.ComputerScience, new[] { Subject.ComputerScience }),
        new("Theater", "THTR-MS", Department.Theater, new[] { Subject.Arts }, "Auditorium"),
    };

    /// <summary>High school Health, in the fall (declared before <see cref="HighCore"/>, which uses it).</summary>
    public static readonly CourseDefinition HighHealth = new("Health", "HLTH-HS", Department.PhysicalEducation, new[] { Subject.Health }, "Health Room", SessionTerms.Fall);

    /// <summary>High school Physical Education, in the spring, in the period of fall Health.</summary>
    public static readonly CourseDefinition HighPhysicalEducation = new("Physical Education", "PE-HS", Department.PhysicalEducation, new[] { Subject.PhysicalEducation }, "Gym", SessionTerms.Spring);

    /// <summary>The core courses of high school, by grade (09 to 12, at index grade - 9) and slot; slot 5 is Health then Physical Education.</summary>
    public static readonly CourseDefinition[][] HighCore =
    {
        HighGrade(9, "Algebra I", "ALG1", "Biology", "BIO", "World Geography", "WGEO", "Spanish I", "SPAN1"),
        HighGrade(10, "Geometry", "GEOM", "Chemistry", "CHEM", "World History", "WHIS", "Spanish II", "SPAN2"),
        HighGrade(11, "Algebra II", "ALG2", "Physics", "PHYS", "U.S. History", "USHIS", "Spanish III", "SPAN3"),
        HighGrade(12, "Precalculus", "PCAL", "Environmental Science", "ENVS", "Government and Economics", "GOVEC", "Spanish IV", "SPAN4"),
    };

    /// <summary>The elective period of high school (a course for all of 09-12).</summary>
    public static readonly CourseDefinition[] HighElectives =
    {
        new("Studio Art", "ART-HS", Department.Art, new[] { Subject.Arts }, "Art Studio"),
        new("Concert Band", "BAND-HS", Department.Music, new[] { Subject.Arts }, "Band Room"),
        new("Choir", "CHOR-HS", Department.Music, new[] { Subject.Arts }, "Choir Room"),
        new("Computer Science Principles", "CSP-HS", Department.ComputerScience, new[] { Subject.ComputerScience }),
        new("Journalism", "JOUR-HS", Department.Journalism, new[] { Subject.English }),
        new("Theater Arts", "THTR-HS", Department.Theater, new[] { Subject.Arts }, "Auditorium"),
        new("Psychology", "PSYC-HS", Department.Psychology, new[] { Subject.SocialStudies }),
        new("Engineering Design", "ENGR-HS", Department.Engineering, new[] { Subject.Engineering, Subject.Math }),
    };

    /// <summary>Whether a course is for every grade of its school rather than one grade.</summary>
    public static bool IsSchoolWide(CourseDefinition course) =>
        course.Code.EndsWith("-MS", System.StringComparison.Ordinal) || course.Code.EndsWith("-HS", System.StringComparison.Ordinal);

    private static CourseDefinition[] MiddleGrade(int grade, string math, string mathCode, string science, string scienceCode, string social, string socialCode)
    {
        var g = grade.ToString(CultureInfo.InvariantCulture);
        return new[]
        {
            new CourseDefinition("English Language Arts " + g, "ELA" + g, Department.English, new[] { Subject.English }),
            new CourseDefinition(math, mathCode, Department.Math, new[] { Subject.Math }),
            new CourseDefinition(science, scienceCode, Department.Science, new[] { Subject.Science }),
            new CourseDefinition(social, socialCode, Department.SocialStudies, new[] { Subject.SocialStudies }),
            new CourseDefinition("Physical Education " + g, "PE" + g, Department.PhysicalEducation, new[] { Subject.PhysicalEducation }, "Gym"),
        };
    }

    private static CourseDefinition[] HighGrade(int grade, string math, string mathCode, string science, string scienceCode, string social, string socialCode, string language, string languageCode)
    {
        var g = grade.ToString(CultureInfo.InvariantCulture);
        return new[]
        {
            new CourseDefinition("English " + g, "ENG" + g, Department.English, new[] { Subject.English }),
            new CourseDefinition(math, mathCode, Department.Math, new[] { Subject.Math }),
            new CourseDefinition(science, scienceCode, Department.Science, new[] { Subject.Science }),
            new CourseDefinition(social, socialCode, Department.SocialStudies, new[] { Subject.SocialStudies }),
            new CourseDefinition(language, languageCode, Department.WorldLanguages, new[] { Subject.WorldLanguages }),
            HighHealth,
        };
    }

    private static T[] Grades<T>(int first, int last, System.Func<int, T> make)
    {
        var items = new T[last - first + 1];
        for (var grade = first; grade <= last; grade++)
        {
            items[grade - first] = make(grade);
        }

        return items;
    }

    private static CourseDefinition[] Append(CourseDefinition[] items, CourseDefinition item)
    {
        var all = new CourseDefinition[items.Length + 1];
        items.CopyTo(all, 0);
        all[items.Length] = item;
        return all;
    }
}
