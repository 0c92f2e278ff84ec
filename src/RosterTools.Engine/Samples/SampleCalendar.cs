using System;

namespace RosterTools.Samples;

/// <summary>
/// The school year and its two semesters. The year starts on the Monday on or after 15 August and ends after the
/// first Friday on or after 5 June; the spring semester starts on the first Monday on or after 5 January. End
/// dates are exclusive, as OneRoster has them.
/// </summary>
internal sealed class SampleCalendar
{
    public SampleCalendar(int schoolYear)
    {
        SchoolYear = schoolYear;
        Start = OnOrAfter(new DateTime(schoolYear - 1, 8, 15), DayOfWeek.Monday);
        SpringStart = OnOrAfter(new DateTime(schoolYear, 1, 5), DayOfWeek.Monday);
        End = OnOrAfter(new DateTime(schoolYear, 6, 5), DayOfWeek.Friday).AddDays(1);
    }

    /// <summary>The calendar year in which the school year ends.</summary>
    public int SchoolYear { get; }

    /// <summary>The first day of school (and of the fall semester).</summary>
    public DateTime Start { get; }

    /// <summary>The first day of the spring semester (the exclusive end of the fall semester).</summary>
    public DateTime SpringStart { get; }

    /// <summary>The day after the last day of school.</summary>
    public DateTime End { get; }

    /// <summary>"2026-2027".</summary>
    public string Title => string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}-{1}", SchoolYear - 1, SchoolYear);

    /// <summary>
    /// The birth date of a student in a grade (KG is 0): children start kindergarten in the year they turn five by
    /// 1 September, and a few are a year older than their grade.
    /// </summary>
    public DateTime BirthDate(int grade, ref SampleRandom random)
    {
        var older = random.Chance(0.04) ? 1 : 0;
        var first = new DateTime(SchoolYear - 1 - 6 - grade - older, 9, 2);
        var days = (int)(first.AddYears(1) - first).TotalDays;
        return first.AddDays(random.Next(days));
    }

    private static DateTime OnOrAfter(DateTime date, DayOfWeek day) => date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);
}
