using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Tests.Planning;

/// <summary>A small OneRoster 1.2 district for a planning scenario, written as a real bundle and read back.</summary>
internal sealed class DistrictBuilder
{
    private readonly List<string> _orgs = new() { "d1,,,Riverside District,district,RSD," };
    private readonly List<string> _users = new();
    private readonly List<string> _roles = new();
    private readonly List<string> _classes = new();
    private readonly List<string> _courses = new();
    private readonly List<string> _enrollments = new();
    private int _roleCount;

    public DistrictBuilder School(string sourcedId, string identifier, string name)
    {
        _orgs.Add($"{sourcedId},,,{name},school,{identifier},d1");
        return this;
    }

    /// <summary>Adds a student, or replaces the student with this sourcedId (their enrollments stay).</summary>
    public DistrictBuilder Student(string sourcedId, string given, string family, string grade, string school, string? preferredGiven = null, string? email = null, bool enabled = true, string status = "")
    {
        RemoveUser(sourcedId);
        _users.Add($"{sourcedId},{status},,{(enabled ? "true" : "false")},{sourcedId}.sis,,{Quote(given)},{Quote(family)},,{sourcedId.ToUpperInvariant()},{email},,,,{grade},,,{Quote(preferredGiven)},,,{school},");
        return Role(sourcedId, "student", school, primary: true);
    }

    /// <summary>Adds a teacher, or replaces the teacher with this sourcedId (their enrollments stay).</summary>
    public DistrictBuilder Teacher(string sourcedId, string given, string family, params string[] schools)
    {
        RemoveUser(sourcedId);
        _users.Add($"{sourcedId},,,true,{sourcedId}.sis,,{Quote(given)},{Quote(family)},,{sourcedId.ToUpperInvariant()},,,,,,,,,,,{schools[0]},");
        for (var i = 0; i < schools.Length; i++)
        {
            Role(sourcedId, "teacher", schools[i], primary: i == 0);
        }

        return this;
    }

    public DistrictBuilder Role(string user, string role, string org, bool primary, string? endDate = null)
    {
        _roles.Add($"r{++_roleCount},,,{user},{(primary ? "primary" : "secondary")},{role},,{endDate},{org},");
        return this;
    }

    public DistrictBuilder Class(string sourcedId, string code, string school, string teacher, params string[] students)
    {
        if (!_courses.Any(course => course.StartsWith("c-" + school + ",", StringComparison.Ordinal)))
        {
            _courses.Add($"c-{school},,,y27,Course at {school},,,{school},,");
        }

        _classes.Add($"{sourcedId},,,Class {code},,c-{school},{code},scheduled,,{school},t1,,,");
        _enrollments.Add($"e-{sourcedId}-{teacher},,,{sourcedId},{school},{teacher},teacher,true,,");
        foreach (var student in students)
        {
            _enrollments.Add($"e-{sourcedId}-{student},,,{sourcedId},{school},{student},student,,,");
        }

        return this;
    }

    /// <summary>Takes a user out of the district: their record, roles and enrollments.</summary>
    public DistrictBuilder Without(string user)
    {
        RemoveUser(user);
        _enrollments.RemoveAll(line => Field(line, 5) == user);
        return this;
    }

    /// <summary>Takes a class out of the district, with its enrollments.</summary>
    public DistrictBuilder WithoutClass(string sourcedId)
    {
        _classes.RemoveAll(line => Field(line, 0) == sourcedId);
        _enrollments.RemoveAll(line => Field(line, 3) == sourcedId);
        return this;
    }

    /// <summary>Moves a student out of one class and into another.</summary>
    public DistrictBuilder Transfer(string student, string fromClass, string toClass, string school)
    {
        _enrollments.RemoveAll(line => Field(line, 3) == fromClass && Field(line, 5) == student);
        _enrollments.Add($"e-{toClass}-{student},,,{toClass},{school},{student},student,,,");
        return this;
    }

    /// <summary>Writes the bundle (keeping only <paramref name="keepUsers"/> of the users, to make a truncated export) and reads it.</summary>
    public Roster Read(Func<string, bool>? keepUsers = null)
    {
        using var bundle = new TestBundle();
        var users = keepUsers is null ? _users : _users.Where(line => keepUsers(line.Split(',')[0])).ToList();
        bundle.Manifest("1.2", ("orgs", "bulk"), ("academicSessions", "bulk"), ("courses", "bulk"), ("classes", "bulk"), ("users", "bulk"), ("roles", "bulk"), ("enrollments", "bulk"))
            .File("orgs.csv", new[] { MinimalBundles.OrgsHeader }.Concat(_orgs).ToArray())
            .File("academicSessions.csv", MinimalBundles.SessionsHeader, "y27,,,2026-27,schoolYear,2026-08-24,2027-06-12,,2027", "t1,,,Fall 2026,term,2026-08-24,2027-01-15,y27,2027")
            .File("courses.csv", new[] { MinimalBundles.CoursesHeader }.Concat(_courses.DefaultIfEmpty("c0,,,y27,Nothing,,,d1,,")).ToArray())
            .File("classes.csv", new[] { MinimalBundles.ClassesHeader }.Concat(_classes.DefaultIfEmpty("k0,,,Nothing,,c0,,scheduled,,d1,t1,,,")).ToArray())
            .File("users.csv", new[] { MinimalBundles.Users12Header }.Concat(users).ToArray())
            .File("roles.csv", new[] { MinimalBundles.RolesHeader }.Concat(_roles.DefaultIfEmpty("r0,,,nobody,primary,student,,,d1,")).ToArray())
            .File("enrollments.csv", new[] { MinimalBundles.EnrollmentsHeader }.Concat(_enrollments.DefaultIfEmpty("e0,,,k0,d1,nobody,student,,,")).ToArray());
        return OneRosterReader.Read(bundle.Folder);
    }

    private void RemoveUser(string user)
    {
        _users.RemoveAll(line => Field(line, 0) == user);
        _roles.RemoveAll(line => Field(line, 3) == user);
    }

    private static string Field(string line, int index) => line.Split(',')[index];

    private static string Quote(string? text) => text is null ? string.Empty : text.Contains(',', StringComparison.Ordinal) ? "\"" + text + "\"" : text;
}
