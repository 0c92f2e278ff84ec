namespace RosterTools.OneRoster;

/// <summary>enrollments.csv role: what a user is in a class.</summary>
public enum EnrollmentRole
{
    /// <summary>An administrator of the class.</summary>
    Administrator,

    /// <summary>A proctor.</summary>
    Proctor,

    /// <summary>A student.</summary>
    Student,

    /// <summary>A teacher.</summary>
    Teacher,
}
