namespace RosterTools.Samples;

/// <summary>The kinds of school: elementary (KG-05), middle (06-08), high (09-12).</summary>
internal enum SchoolLevel : byte
{
    Elementary,
    Middle,
    High,
}

/// <summary>Grades (0 is KG, 12 is 12) and what they belong to.</summary>
internal static class SampleGrades
{
    public const int Count = 13;

    /// <summary>The CEDS codes, each as a one-item list for grades columns.</summary>
    public static readonly string[][] Lists =
    {
        new[] { "KG" }, new[] { "01" }, new[] { "02" }, new[] { "03" }, new[] { "04" }, new[] { "05" }, new[] { "06" },
        new[] { "07" }, new[] { "08" }, new[] { "09" }, new[] { "10" }, new[] { "11" }, new[] { "12" },
    };

    public static string Code(int grade) => Lists[grade][0];

    /// <summary>"Kindergarten", "Grade 3".</summary>
    public static string Title(int grade) => grade == 0 ? "Kindergarten" : "Grade " + grade.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static SchoolLevel LevelOf(int grade) => grade <= 5 ? SchoolLevel.Elementary : grade <= 8 ? SchoolLevel.Middle : SchoolLevel.High;

    public static int FirstGrade(SchoolLevel level) => level switch
    {
        SchoolLevel.Elementary => 0,
        SchoolLevel.Middle => 6,
        _ => 9,
    };

    public static int LastGrade(SchoolLevel level) => level switch
    {
        SchoolLevel.Elementary => 5,
        SchoolLevel.Middle => 8,
        _ => 12,
    };
}
