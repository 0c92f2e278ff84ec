using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Tests.Planning;

/// <summary>A delta bundle whose only change is a class marked tobedeleted, as a SIS sends when a section is dropped.</summary>
internal static class ClassDeletion
{
    public static Roster Delta(string classSourcedId, string code = "WHS-BIO", string school = "s2")
    {
        using var bundle = new TestBundle();
        bundle.Manifest("1.2", ("orgs", "absent"), ("academicSessions", "absent"), ("courses", "absent"), ("classes", "delta"), ("users", "absent"), ("roles", "absent"), ("enrollments", "absent"))
            .File("classes.csv", MinimalBundles.ClassesHeader, $"{classSourcedId},tobedeleted,2026-11-21T20:00:00.000Z,Class {code},,c-{school},{code},scheduled,,{school},t1,,,");
        return OneRosterReader.Read(bundle.Folder);
    }
}
