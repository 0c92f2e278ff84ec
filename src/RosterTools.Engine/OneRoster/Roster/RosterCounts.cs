using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>How many records of each collection a roster holds.</summary>
public sealed class RosterCounts
{
    internal RosterCounts(Roster roster)
    {
        Orgs = roster.Orgs.Count;
        AcademicSessions = roster.AcademicSessions.Count;
        Courses = roster.Courses.Count;
        Classes = roster.Classes.Count;
        Users = roster.Users.Count;
        UserProfiles = roster.UserProfiles.Count;
        Roles = roster.Roles.Count;
        Enrollments = roster.Enrollments.Count;
        Demographics = roster.Demographics.Count;
    }

    /// <summary>Orgs.</summary>
    public int Orgs { get; }

    /// <summary>Academic sessions.</summary>
    public int AcademicSessions { get; }

    /// <summary>Courses.</summary>
    public int Courses { get; }

    /// <summary>Classes.</summary>
    public int Classes { get; }

    /// <summary>Users.</summary>
    public int Users { get; }

    /// <summary>User profiles.</summary>
    public int UserProfiles { get; }

    /// <summary>Roles.</summary>
    public int Roles { get; }

    /// <summary>Enrollments.</summary>
    public int Enrollments { get; }

    /// <summary>Demographics.</summary>
    public int Demographics { get; }

    /// <summary>The counts by collection name as the specification spells it (orgs, academicSessions...).</summary>
    public IReadOnlyDictionary<string, int> ByCollection => new Dictionary<string, int>
    {
        ["orgs"] = Orgs,
        ["academicSessions"] = AcademicSessions,
        ["courses"] = Courses,
        ["classes"] = Classes,
        ["users"] = Users,
        ["userProfiles"] = UserProfiles,
        ["roles"] = Roles,
        ["enrollments"] = Enrollments,
        ["demographics"] = Demographics,
    };
}
