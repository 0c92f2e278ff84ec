using System;

namespace RosterTools.OneRoster;

/// <summary>academicSessions.csv: a school year, semester, term or grading period.</summary>
public sealed class AcademicSession : OneRosterRecord
{
    private const int TypeField = 1;
    private byte _type;
    private int _startDate;
    private int _endDate;

    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.AcademicSessions;

    /// <summary>The title, such as "Fall 2026".</summary>
    public string? Title { get; set; }

    /// <summary>schoolYear, semester, term or gradingPeriod.</summary>
    public SpecEnum<SessionType> Type
    {
        get => Packed.GetEnum<SessionType>(_type, _extras, TypeField);
        set => _type = Packed.SetEnum(value, ref _extras, TypeField);
    }

    /// <summary>The first day (inclusive).</summary>
    public DateTime? StartDate
    {
        get => Packed.GetDate(_startDate);
        set => _startDate = Packed.SetDate(value);
    }

    /// <summary>The end (exclusive).</summary>
    public DateTime? EndDate
    {
        get => Packed.GetDate(_endDate);
        set => _endDate = Packed.SetDate(value);
    }

    /// <summary>The session this one is part of (a term's school year).</summary>
    public string? ParentSourcedId { get; set; }

    /// <summary>The school year, as the calendar year in which it ends (2027 for 2026-27).</summary>
    public int? SchoolYear { get; set; }

    /// <summary>The title and sourcedId.</summary>
    public override string ToString() => $"{Title} ({SourcedId})";
}
