namespace RosterTools.OneRoster;

/// <summary>classes.csv classType.</summary>
public enum ClassType
{
    /// <summary>A homeroom.</summary>
    Homeroom,

    /// <summary>A scheduled class (a section).</summary>
    Scheduled,
}
