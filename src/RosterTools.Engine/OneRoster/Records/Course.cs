using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>courses.csv: a course, of which classes are the sections.</summary>
public sealed class Course : OneRosterRecord
{
    private IReadOnlyList<string> _grades = System.Array.Empty<string>();
    private IReadOnlyList<string> _subjects = System.Array.Empty<string>();
    private IReadOnlyList<string> _subjectCodes = System.Array.Empty<string>();

    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.Courses;

    /// <summary>The school year (an academic session of type schoolYear).</summary>
    public string? SchoolYearSourcedId { get; set; }

    /// <summary>The title, such as "Algebra I".</summary>
    public string? Title { get; set; }

    /// <summary>The course code.</summary>
    public string? CourseCode { get; set; }

    /// <summary>The grades the course is for (CEDS codes).</summary>
    public IReadOnlyList<string> Grades
    {
        get => _grades;
        set => _grades = Packed.SetList(value);
    }

    /// <summary>The org (school or district) that offers the course.</summary>
    public string? OrgSourcedId { get; set; }

    /// <summary>Subjects, in the order of <see cref="SubjectCodes"/>.</summary>
    public IReadOnlyList<string> Subjects
    {
        get => _subjects;
        set => _subjects = Packed.SetList(value);
    }

    /// <summary>Machine-readable subject codes, in the order of <see cref="Subjects"/>.</summary>
    public IReadOnlyList<string> SubjectCodes
    {
        get => _subjectCodes;
        set => _subjectCodes = Packed.SetList(value);
    }

    /// <summary>The title and sourcedId.</summary>
    public override string ToString() => $"{Title} ({SourcedId})";
}
