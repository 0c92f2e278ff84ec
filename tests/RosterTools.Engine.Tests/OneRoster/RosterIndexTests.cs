using RosterTools.OneRoster.Csv;

namespace RosterTools.Tests.OneRoster;

public class RosterIndexTests
{
    [Fact]
    public void The_roster_answers_the_questions_the_planner_asks()
    {
        using var bundle = MinimalBundles.Valid12();
        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.Equal(new[] { "r2" }, roster.RolesOf("u2").Select(r => r.SourcedId));
        Assert.Equal(new[] { "s1" }, roster.OrgsOf("u2").Select(o => o.SourcedId));
        Assert.Equal(new[] { "e2" }, roster.EnrollmentsOf("u2").Select(e => e.SourcedId));
        Assert.Equal(new[] { "k1" }, roster.ClassesOf("u2").Select(c => c.SourcedId));
        Assert.Equal(new[] { "e1", "e2", "e3" }, roster.EnrollmentsIn("k1").Select(e => e.SourcedId));
        Assert.Equal(new[] { "u2", "u3" }, roster.StudentsOf("k1").Select(u => u.SourcedId));
        Assert.Equal(new[] { "u1" }, roster.TeachersOf("k1").Select(u => u.SourcedId));
        Assert.Equal(new[] { "u1", "u2", "u3", "g1" }, roster.UsersOf("s1").Select(u => u.SourcedId));
        Assert.Empty(roster.RolesOf("nobody"));
        Assert.Empty(roster.StudentsOf("no-class"));
        Assert.Equal(4, roster.Counts.Users);
        Assert.Equal(3, roster.Counts.ByCollection["enrollments"]);
    }
}
