namespace RosterTools.OneRoster;

/// <summary>academicSessions.csv type.</summary>
public enum SessionType
{
    /// <summary>A grading period.</summary>
    GradingPeriod,

    /// <summary>A semester.</summary>
    Semester,

    /// <summary>A school year.</summary>
    SchoolYear,

    /// <summary>A term.</summary>
    Term,
}
