using RosterTools.OneRoster;

namespace RosterTools.Naming;

/// <summary>The {gradYear} placeholder: the year a student in a grade graduates from grade 12.</summary>
public static class GraduationYear
{
    /// <summary>
    /// <paramref name="schoolYear"/> + 12 − grade, with KG as 0, TK and PK as −1 and PR and IT as −2 (a
    /// kindergartner of 2026-2027, school year 2027, graduates in 2039; a senior in 2027). Null for grades
    /// without a place on that path (13, PS, UG, Other, or not a CEDS code).
    /// </summary>
    public static int? For(string? grade, int schoolYear)
    {
        var ordinal = grade is null ? -1 : Grades.Ordinal(grade);
        var kindergarten = Grades.Ordinal("KG");
        if (ordinal < 0 || ordinal > Grades.Ordinal("12"))
        {
            return null;
        }

        var level = ordinal >= kindergarten ? ordinal - kindergarten : grade is "TK" or "PK" ? -1 : -2;
        return schoolYear + 12 - level;
    }
}
