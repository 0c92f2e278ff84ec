using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>classes.csv: a section or homeroom of a course, in a school, for one or more terms.</summary>
public sealed class Class : OneRosterRecord
{
    private const int ClassTypeField = 1;
    private byte _classType;
    private IReadOnlyList<string> _grades = System.Array.Empty<string>();
    private IReadOnlyList<string> _termSourcedIds = System.Array.Empty<string>();
    private IReadOnlyList<string> _subjects = System.Array.Empty<string>();
    private IReadOnlyList<string> _subjectCodes = System.Array.Empty<string>();
    private IReadOnlyList<string> _periods = System.Array.Empty<string>();

    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.Classes;

    /// <summary>The title, such as "Algebra I - Period 3".</summary>
    public string? Title { get; set; }

    /// <summary>The grades the class is for (CEDS codes).</summary>
    public IReadOnlyList<string> Grades
    {
        get => _grades;
        set => _grades = Packed.SetList(value);
    }

    /// <summary>The course the class is a section of.</summary>
    public string? CourseSourcedId { get; set; }

    /// <summary>The class code.</summary>
    public string? ClassCode { get; set; }

    /// <summary>homeroom or scheduled.</summary>
    public SpecEnum<ClassType> ClassType
    {
        get => Packed.GetEnum<ClassType>(_classType, _extras, ClassTypeField);
        set => _classType = Packed.SetEnum(value, ref _extras, ClassTypeField);
    }

    /// <summary>Where the class meets.</summary>
    public string? Location { get; set; }

    /// <summary>The school (an org of type school).</summary>
    public string? SchoolSourcedId { get; set; }

    /// <summary>The terms (academic sessions) the class runs in.</summary>
    public IReadOnlyList<string> TermSourcedIds
    {
        get => _termSourcedIds;
        set => _termSourcedIds = Packed.SetList(value);
    }

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

    /// <summary>The periods the class meets in.</summary>
    public IReadOnlyList<string> Periods
    {
        get => _periods;
        set => _periods = Packed.SetList(value);
    }

    /// <summary>The title and sourcedId.</summary>
    public override string ToString() => $"{Title} ({SourcedId})";
}
