using System;
using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>The rostering collections of OneRoster, named as the REST API names them (and as -Entity takes them).</summary>
public enum OneRosterEntity
{
    /// <summary>orgs.csv: districts, schools, departments.</summary>
    Orgs,

    /// <summary>academicSessions.csv: school years, terms, semesters, grading periods.</summary>
    AcademicSessions,

    /// <summary>courses.csv.</summary>
    Courses,

    /// <summary>classes.csv: sections and homerooms.</summary>
    Classes,

    /// <summary>users.csv: students, teachers, staff, guardians.</summary>
    Users,

    /// <summary>userProfiles.csv (1.2): a user's credentials for a vendor's system.</summary>
    UserProfiles,

    /// <summary>roles.csv (1.2): a user's role in an org. In 1.1 derived from users.csv orgSourcedIds and role.</summary>
    Roles,

    /// <summary>enrollments.csv: a user in a class.</summary>
    Enrollments,

    /// <summary>demographics.csv: one row per user.</summary>
    Demographics,
}

/// <summary>File names and parsing of <see cref="OneRosterEntity"/>.</summary>
public static class OneRosterEntities
{
    /// <summary>Every entity, in the order a bundle is read: each file refers only to files read before it (or to itself).</summary>
    public static IReadOnlyList<OneRosterEntity> ReadOrder { get; } = new[]
    {
        OneRosterEntity.Orgs,
        OneRosterEntity.AcademicSessions,
        OneRosterEntity.Courses,
        OneRosterEntity.Classes,
        OneRosterEntity.Users,
        OneRosterEntity.UserProfiles,
        OneRosterEntity.Roles,
        OneRosterEntity.Enrollments,
        OneRosterEntity.Demographics,
    };

    /// <summary>The collection name as the specification spells it: <c>academicSessions</c>, <c>userProfiles</c>.</summary>
    public static string SpecName(this OneRosterEntity entity) => entity switch
    {
        OneRosterEntity.Orgs => "orgs",
        OneRosterEntity.AcademicSessions => "academicSessions",
        OneRosterEntity.Courses => "courses",
        OneRosterEntity.Classes => "classes",
        OneRosterEntity.Users => "users",
        OneRosterEntity.UserProfiles => "userProfiles",
        OneRosterEntity.Roles => "roles",
        OneRosterEntity.Enrollments => "enrollments",
        OneRosterEntity.Demographics => "demographics",
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };

    /// <summary>The file name in a bundle: <c>academicSessions.csv</c>.</summary>
    public static string FileName(this OneRosterEntity entity) => entity.SpecName() + ".csv";

    /// <summary>Which versions define the file.</summary>
    public static VersionSet Versions(this OneRosterEntity entity) =>
        entity is OneRosterEntity.Roles or OneRosterEntity.UserProfiles ? VersionSet.V1_2 : VersionSet.All;

    /// <summary>Reads a collection name in any case: <c>users</c>, <c>Users</c>, <c>academicsessions</c>.</summary>
    public static bool TryParse(string? text, out OneRosterEntity entity)
    {
        foreach (var candidate in ReadOrder)
        {
            if (string.Equals(candidate.SpecName(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                entity = candidate;
                return true;
            }
        }

        entity = default;
        return false;
    }
}
