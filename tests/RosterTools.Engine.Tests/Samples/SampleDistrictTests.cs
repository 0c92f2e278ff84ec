using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using RosterTools.OneRoster;
using RosterTools.Validation;

namespace RosterTools.Tests.Samples;

/// <summary>
/// A 600-student sample district of each version imports with no findings at all, and looks like a district:
/// three schools, about seven classes per student, a primary teacher in every class, guardians linked to their
/// children, unique usernames and identifiers, birth dates that fit the grades.
/// </summary>
[Collection(SampleDistrictCollection.Name)]
public sealed class SampleDistrictTests
{
    private static readonly Regex Guid = new("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    private readonly SampleDistrictFixture _districts;

    public SampleDistrictTests(SampleDistrictFixture districts) => _districts = districts;

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void A_600_student_district_imports_with_no_errors_and_no_warnings(string version)
    {
        var district = _districts[version];

        Assert.Equal(version, district.Roster.Version.ToSpecString());
        FindingAssert.Clean(district.Roster.Findings);
        Assert.True(district.Roster.IsCompleteSnapshot);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void It_has_a_district_and_one_school_per_level(string version)
    {
        var roster = _districts[version].Roster;

        var district = Assert.Single(roster.Orgs, org => org.Type.Is(OrgType.District));
        var schools = roster.Orgs.Where(org => org.IsSchool).ToList();
        Assert.Equal(3, schools.Count);
        Assert.All(schools, school => Assert.Equal(district.SourcedId, school.ParentSourcedId));
        Assert.Equal(GeneratedDistrict.StudentCount, _districts[version].Students.Count());

        // Each school's students are of one level: KG-05, 06-08 or 09-12.
        var levels = schools.Select(school => roster.UsersOf(school.SourcedId).Where(user => user.Grades.Count > 0)
            .Select(user => Level(user.Grades[0])).Distinct().Single()).OrderBy(level => level);
        Assert.Equal(new[] { 0, 1, 2 }, levels);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void The_school_year_has_two_semesters(string version)
    {
        var sessions = _districts[version].Roster.AcademicSessions;

        var year = Assert.Single(sessions, session => session.Type.Is(SessionType.SchoolYear));
        Assert.Equal(2027, year.SchoolYear);
        var semesters = sessions.Where(session => session.Type.Is(SessionType.Semester)).OrderBy(session => session.StartDate).ToList();
        Assert.Equal(2, semesters.Count);
        Assert.All(semesters, semester => Assert.Equal(year.SourcedId, semester.ParentSourcedId));
        Assert.Equal(year.StartDate, semesters[0].StartDate);
        Assert.Equal(semesters[0].EndDate, semesters[1].StartDate);
        Assert.Equal(year.EndDate, semesters[1].EndDate);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Students_take_about_seven_classes_of_20_to_30_and_every_class_has_one_primary_teacher(string version)
    {
        var roster = _districts[version].Roster;

        var perStudent = _districts[version].Students.Select(student => roster.EnrollmentsOf(student.SourcedId).Count).ToList();
        Assert.InRange(perStudent.Average(), 6.0, 8.0);
        Assert.All(perStudent, count => Assert.InRange(count, 6, 8));

        foreach (var @class in roster.Classes)
        {
            var enrollments = roster.EnrollmentsIn(@class.SourcedId);
            var primary = Assert.Single(enrollments, enrollment => enrollment.Primary == true);
            Assert.True(primary.Role.Is(EnrollmentRole.Teacher));
            Assert.All(enrollments, enrollment => Assert.Equal(@class.SchoolSourcedId, enrollment.SchoolSourcedId));
            Assert.InRange(roster.StudentsOf(@class.SourcedId).Count, 20, 30);
        }
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Secondary_classes_have_periods_and_no_student_is_in_two_classes_at_once(string version)
    {
        var roster = _districts[version].Roster;
        var secondary = new HashSet<string>(roster.Orgs.Where(org => (org.Name ?? string.Empty).EndsWith(" Middle School", StringComparison.Ordinal) || (org.Name ?? string.Empty).EndsWith(" High School", StringComparison.Ordinal)).Select(org => org.SourcedId));

        Assert.All(roster.Classes, @class => Assert.Equal(secondary.Contains(@class.SchoolSourcedId!), @class.Periods.Count == 1));
        Assert.All(roster.Classes, @class => Assert.Equal(@class.ClassType.Is(ClassType.Homeroom), @class.Title!.Contains(" Homeroom - Room ")));
        foreach (var student in _districts[version].Students)
        {
            var slots = roster.ClassesOf(student.SourcedId).Where(@class => @class.Periods.Count > 0)
                .SelectMany(@class => @class.TermSourcedIds.Select(term => @class.Periods[0] + "@" + term)).ToList();
            Assert.Equal(slots.Count, slots.Distinct().Count());
        }
    }

    [Fact]
    public void In_1_2_every_user_has_exactly_one_primary_role_and_students_are_students_of_their_school()
    {
        var district = _districts["1.2"];
        var roster = district.Roster;

        Assert.All(roster.Users, user => Assert.Single(district.RolesOf(user), role => role.IsPrimary));
        foreach (var student in district.Students)
        {
            var role = Assert.Single(district.RolesOf(student));
            Assert.True(role.Role.Is(UserRole.Student));
            Assert.Equal(student.PrimaryOrgSourcedId, role.OrgSourcedId);
            Assert.Equal(new[] { role.OrgSourcedId }, roster.ClassesOf(student.SourcedId).Select(@class => @class.SchoolSourcedId).Distinct());
        }
    }

    [Fact]
    public void Version_1_2_has_roles_csv_with_the_1_2_vocabulary()
    {
        var district = _districts["1.2"];
        var roles = district.Roster.Roles.Select(role => role.Role.Value!.Value).Distinct().ToList();

        Assert.True(File.Exists(district.PathOf("roles.csv")));
        Assert.True(File.Exists(district.PathOf("userProfiles.csv")));
        Assert.DoesNotContain(UserRole.Administrator, roles);
        Assert.Superset(new HashSet<UserRole> { UserRole.Student, UserRole.Teacher, UserRole.Principal, UserRole.DistrictAdministrator, UserRole.Counselor, UserRole.Aide, UserRole.Parent, UserRole.Guardian }, new HashSet<UserRole>(roles));
        Assert.All(district.Roster.Roles, role => Assert.False(role.IsDerived));
        Assert.Contains(district.Roster.Users, user => user.PreferredGivenName is not null);
        Assert.All(district.Roster.UserProfiles, profile => Assert.Equal(district.Roster.Users.Find(profile.UserSourcedId)!.Username, profile.Username));
    }

    [Fact]
    public void Version_1_1_has_no_roles_csv_and_only_1_1_role_values()
    {
        var district = _districts["1.1"];

        Assert.False(File.Exists(district.PathOf("roles.csv")));
        Assert.False(File.Exists(district.PathOf("userProfiles.csv")));
        Assert.DoesNotContain("roles", district.Result.Rows.Keys);
        Assert.DoesNotContain(File.ReadAllLines(district.PathOf("manifest.csv")), line => line.StartsWith("file.roles", StringComparison.Ordinal));
        var roles = district.Roster.Roles.Select(role => role.Role).ToList();
        Assert.All(district.Roster.Roles, role => Assert.True(role.IsDerived));
        Assert.All(roles, role => Assert.True(Vocabulary<UserRole>.VersionsOf(role.Value!.Value).Includes(OneRosterVersion.V1_1), role.Text));
        Assert.Contains(roles, role => role.Is(UserRole.Administrator));
        Assert.All(district.Roster.Users, user => Assert.Null(user.PreferredGivenName));
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Some_teachers_work_in_two_schools(string version)
    {
        var district = _districts[version];
        var roster = district.Roster;

        var teachers = roster.Users.Where(user => district.RolesOf(user).Any(role => role.Role.Is(UserRole.Teacher))).ToList();
        var twoSchools = teachers.Where(teacher => district.RolesOf(teacher).Count == 2).ToList();

        Assert.NotEmpty(twoSchools);
        Assert.True(twoSchools.Count < teachers.Count / 2, $"{twoSchools.Count} of {teachers.Count} teachers in two schools");
        foreach (var teacher in twoSchools)
        {
            var roles = district.RolesOf(teacher);
            Assert.Equal(2, roles.Select(role => role.OrgSourcedId).Distinct().Count());
            Assert.Equal(new[] { true, false }, roles.Select(role => role.IsPrimary));
            Assert.All(roles, role => Assert.True(role.Role.Is(UserRole.Teacher)));

            // They teach in both schools.
            var taught = roster.ClassesOf(teacher.SourcedId).Select(@class => @class.SchoolSourcedId).Distinct().OrderBy(id => id);
            Assert.Equal(roles.Select(role => role.OrgSourcedId).OrderBy(id => id), taught);
        }
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Guardians_and_children_name_each_other_and_guardians_are_in_their_childrens_schools(string version)
    {
        var district = _districts[version];
        var roster = district.Roster;

        foreach (var user in roster.Users)
        {
            foreach (var agent in user.AgentSourcedIds)
            {
                Assert.Contains(user.SourcedId, roster.Users.Find(agent)!.AgentSourcedIds);
            }
        }

        Assert.All(district.Students, student => Assert.InRange(student.AgentSourcedIds.Count, 1, 2));
        var guardians = roster.Users.Where(user => user.Grades.Count == 0 && user.AgentSourcedIds.Count > 0).ToList();
        Assert.NotEmpty(guardians);
        Assert.Contains(guardians, guardian => guardian.AgentSourcedIds.Count > 1);
        foreach (var guardian in guardians)
        {
            Assert.InRange(guardian.AgentSourcedIds.Count, 1, 3);
            var roles = district.RolesOf(guardian);
            Assert.All(roles, role => Assert.True(role.Role.Is(UserRole.Parent) || role.Role.Is(UserRole.Guardian), role.Role.Text));
            var childSchools = guardian.AgentSourcedIds.Select(child => district.RolesOf(roster.Users.Find(child)!).Single().OrgSourcedId).Distinct().OrderBy(id => id);
            Assert.Equal(childSchools, roles.Select(role => role.OrgSourcedId).OrderBy(id => id));
        }

        Assert.Contains(guardians, guardian => district.RolesOf(guardian).Count > 1);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Usernames_identifiers_and_emails_are_unique_and_well_formed(string version)
    {
        var district = _districts[version];
        var users = district.Roster.Users;

        Assert.Equal(users.Count, users.Select(user => user.Username).Distinct().Count());
        Assert.Equal(users.Count, users.Select(user => user.Identifier).Distinct().Count());
        Assert.Equal(users.Count, users.Select(user => user.Email).Distinct().Count());
        Assert.All(users, user => Assert.Matches("^[a-z]+\\.[a-z]+[0-9]*$", user.Username));
        Assert.All(users, user => Assert.Equal(new UserId("SIS", user.Identifier!), Assert.Single(user.UserIds)));
        Assert.All(district.Students, student => Assert.Matches("^[1-9][0-9]{6}$", student.Identifier));
        Assert.All(district.Students, student => Assert.Equal(student.Username + "@" + district.Result.Domain, student.Email));
        var staff = users.Where(user => district.RolesOf(user).Any(role => !role.Role.Is(UserRole.Student) && !role.Role.Is(UserRole.Parent) && !role.Role.Is(UserRole.Guardian)));
        Assert.All(staff, member => Assert.Equal(member.Username + "@" + district.Result.Domain, member.Email));
        Assert.Contains(users, user => Regex.IsMatch(user.Username!, "[a-z]2$"));
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Every_sourcedId_is_a_lowercase_guid(string version)
    {
        var roster = _districts[version].Roster;

        foreach (var entity in OneRosterEntities.ReadOrder)
        {
            Assert.All(roster.Records(entity).Where(record => record is not RoleAssignment { IsDerived: true }), record => Assert.Matches(Guid, record.SourcedId));
        }
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Students_have_demographics_and_birth_dates_that_fit_their_grades(string version)
    {
        var district = _districts[version];
        var firstOfSeptember = new DateTime(2026, 9, 1);

        foreach (var student in district.Students)
        {
            var demographics = district.Roster.Demographics.Find(student.SourcedId)!;
            var grade = student.Grades[0] == "KG" ? 0 : int.Parse(student.Grades[0], CultureInfo.InvariantCulture);
            var birth = demographics.BirthDate!.Value;
            var age = firstOfSeptember.Year - birth.Year;
            if (birth.AddYears(age) > firstOfSeptember)
            {
                age--;
            }

            Assert.InRange(age, grade + 5, grade + 6);
            Assert.NotNull(demographics.White);
            Assert.NotNull(demographics.HispanicOrLatinoEthnicity);
            Assert.Equal("US".Length, demographics.CountryOfBirthCode!.Length);
        }

        Assert.Equal(district.Students.Count(), district.Roster.Demographics.Count);
        Assert.Contains(district.Roster.Demographics, d => d.Sex.Is(Sex.Female));
        Assert.Contains(district.Roster.Demographics, d => d.Sex.Is(Sex.Male));
        Assert.Contains(district.Roster.Demographics, d => d.HispanicOrLatinoEthnicity == true);
        Assert.Contains(district.Roster.Demographics, d => d.DemographicRaceTwoOrMoreRaces == true);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void The_result_says_what_the_files_hold(string version)
    {
        var district = _districts[version];
        var counts = district.Roster.Counts;
        var rows = district.Result.Rows;

        var expected = version == "1.1"
            ? new[] { "orgs", "academicSessions", "courses", "classes", "users", "enrollments", "demographics" }
            : new[] { "orgs", "academicSessions", "courses", "classes", "users", "userProfiles", "roles", "enrollments", "demographics" };
        Assert.Equal(expected, rows.Keys);
        Assert.Equal(counts.Orgs, rows["orgs"]);
        Assert.Equal(counts.AcademicSessions, rows["academicSessions"]);
        Assert.Equal(counts.Courses, rows["courses"]);
        Assert.Equal(counts.Classes, rows["classes"]);
        Assert.Equal(counts.Users, rows["users"]);
        Assert.Equal(counts.Enrollments, rows["enrollments"]);
        Assert.Equal(counts.Demographics, rows["demographics"]);
        if (version == "1.2")
        {
            Assert.Equal(counts.Roles, rows["roles"]);
            Assert.Equal(counts.UserProfiles, rows["userProfiles"]);
        }

        Assert.Equal(Directory.GetFiles(district.Folder).Sum(file => new FileInfo(file).Length), district.Result.Bytes);
        Assert.Equal(Path.GetFullPath(district.Folder), district.Result.Path);
        Assert.Equal(3, district.Result.Schools);
        Assert.Equal(GeneratedDistrict.StudentCount, district.Result.Students);
        Assert.Equal(counts.Users, district.Result.Students + district.Result.Staff + district.Result.Guardians);
        Assert.Equal(district.Roster.Orgs.Single(org => org.Type.Is(OrgType.District)).Name, district.Result.DistrictName);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Progress_names_the_files_and_climbs_to_100_percent(string version)
    {
        var progress = _districts[version].Progress;

        Assert.NotEmpty(progress);
        Assert.Equal(progress.Select(p => p.PercentComplete).OrderBy(p => p), progress.Select(p => p.PercentComplete));
        Assert.Equal(100, progress[progress.Count - 1].PercentComplete);
        Assert.Contains(progress, p => p.File == "enrollments.csv" && p.RowsWritten == 4096);
        Assert.Contains(progress, p => p.File == "users.csv" && p.RowsWritten == _districts[version].Roster.Users.Count);
    }

    private static int Level(string grade) => grade == "KG" || string.CompareOrdinal(grade, "05") <= 0 ? 0 : string.CompareOrdinal(grade, "08") <= 0 ? 1 : 2;
}
