using System.Collections;
using System.IO;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Schema;

namespace RosterTools.Tests.OneRoster;

/// <summary>Every field type, written by the engine's CSV writer and read back, gives the same value.</summary>
public class RoundTripTests
{
    private static readonly DateTime Modified = new(2026, 11, 21, 2, 30, 15, 123, DateTimeKind.Utc);

    [Theory]
    [InlineData(OneRosterVersion.V1_2)]
    [InlineData(OneRosterVersion.V1_1)]
    public void Every_field_of_every_entity_round_trips(OneRosterVersion version)
    {
        using var bundle = new TestBundle();
        var org = new Org { SourcedId = "s1", Status = RecordStatus.Active, DateLastModified = Modified, Name = "Riverside \"Tech\", High", Type = OrgType.School, Identifier = " 0601 ", ParentSourcedId = "d1" };
        org.SetExtensions(new Dictionary<string, string> { ["metadata.nces"] = "0601234" });
        var session = new AcademicSession { SourcedId = "t1", Status = RecordStatus.ToBeDeleted, DateLastModified = Modified, Title = "Fall", Type = SessionType.Term, StartDate = new DateTime(2026, 8, 24), EndDate = new DateTime(2027, 1, 15), ParentSourcedId = "y27", SchoolYear = 2027 };
        var course = new Course { SourcedId = "c1", Status = RecordStatus.Active, DateLastModified = Modified, SchoolYearSourcedId = "y27", Title = "Algebra I", CourseCode = "ALG1", Grades = new[] { "09", "10" }, OrgSourcedId = "s1", Subjects = new[] { "Math", "Algebra" }, SubjectCodes = new[] { "M1", "M2" } };
        var @class = new Class { SourcedId = "k1", Status = RecordStatus.Active, DateLastModified = Modified, Title = "Algebra I – P1", Grades = new[] { "09" }, CourseSourcedId = "c1", ClassCode = "A1", ClassType = new SpecEnum<ClassType>(null, "ext:lab"), Location = "Room 12", SchoolSourcedId = "s1", TermSourcedIds = new[] { "t1" }, Subjects = new[] { "Math" }, SubjectCodes = new[] { "M1" }, Periods = new[] { "1", "3", "5" } };
        var user = new User
        {
            SourcedId = "u1", Status = RecordStatus.Active, DateLastModified = Modified, EnabledUser = false, Username = "jose.nunez", UserIds = new[] { new UserId("LDAP", "jnunez"), new UserId("SIS", "2000001") },
            GivenName = "José", FamilyName = "Núñez-O'Brien", MiddleName = "De La Cruz", Identifier = "2000001", Email = "jose@example.org", Sms = "+15555550100", Phone = "555-0100",
            AgentSourcedIds = new[] { "u1" }, Grades = new[] { "KG" }, Password = "S3cret,\"pw\"", UserMasterIdentifier = "m-1", PreferredGivenName = "Pepe", PreferredMiddleName = "J", PreferredFamilyName = "Nunez", PrimaryOrgSourcedId = "s1", Pronouns = "he/him",
        };
        var role = new RoleAssignment { SourcedId = "r1", Status = RecordStatus.Active, DateLastModified = Modified, UserSourcedId = "u1", RoleType = RoleType.Primary, Role = UserRole.Student, BeginDate = new DateTime(2026, 8, 24), EndDate = new DateTime(2027, 6, 12), OrgSourcedId = "s1", UserProfileSourcedId = "p1" };
        var profile = new UserProfile { SourcedId = "p1", Status = RecordStatus.Active, DateLastModified = Modified, UserSourcedId = "u1", ProfileType = "app", VendorId = "v1", ApplicationId = "a1", Description = "Reading app", CredentialType = "password", Username = "jnunez", Password = "pw" };
        var enrollment = new Enrollment { SourcedId = "e1", Status = RecordStatus.Active, DateLastModified = Modified, ClassSourcedId = "k1", SchoolSourcedId = "s1", UserSourcedId = "u1", Role = EnrollmentRole.Student, Primary = false, BeginDate = new DateTime(2026, 8, 24), EndDate = new DateTime(2027, 1, 15) };
        var demographics = new Demographics
        {
            SourcedId = "u1", Status = RecordStatus.Active, DateLastModified = Modified, BirthDate = new DateTime(2021, 2, 28), Sex = Sex.Female, AmericanIndianOrAlaskaNative = false, Asian = true, BlackOrAfricanAmerican = false,
            NativeHawaiianOrOtherPacificIslander = false, White = true, DemographicRaceTwoOrMoreRaces = true, HispanicOrLatinoEthnicity = false, CountryOfBirthCode = "US", StateOfBirthAbbreviation = "CA", CityOfBirth = "San José", PublicSchoolResidenceStatus = "01652",
        };

        var newLine = version == OneRosterVersion.V1_2 ? "\r\n" : "\n";
        Write(bundle, "orgs.csv", Schemas.Orgs, version, newLine, org, new[] { "metadata.nces" });
        Write(bundle, "academicSessions.csv", Schemas.AcademicSessions, version, newLine, session);
        Write(bundle, "courses.csv", Schemas.Courses, version, newLine, course);
        Write(bundle, "classes.csv", Schemas.Classes, version, newLine, @class);
        Write(bundle, "users.csv", Schemas.Users, version, newLine, user, valueOf: (u, field) => field switch
        {
            LegacyOrgSourcedIdsField => "s1",
            LegacyRoleField => "student",
            _ => null,
        });
        Write(bundle, "enrollments.csv", Schemas.Enrollments, version, newLine, enrollment);
        Write(bundle, "demographics.csv", Schemas.Demographics, version, newLine, demographics);
        var files = new Dictionary<string, ProcessingMode>
        {
            ["orgs"] = ProcessingMode.Delta, ["academicSessions"] = ProcessingMode.Delta, ["courses"] = ProcessingMode.Delta, ["classes"] = ProcessingMode.Delta,
            ["users"] = ProcessingMode.Delta, ["enrollments"] = ProcessingMode.Delta, ["demographics"] = ProcessingMode.Delta,
        };
        if (version == OneRosterVersion.V1_2)
        {
            Write(bundle, "roles.csv", Schemas.Roles, version, newLine, role);
            Write(bundle, "userProfiles.csv", Schemas.UserProfiles, version, newLine, profile);
            files["roles"] = ProcessingMode.Delta;
            files["userProfiles"] = ProcessingMode.Delta;
        }

        using (var manifest = File.Create(Path.Combine(bundle.Folder, "manifest.csv")))
        {
            ManifestWriter.Write(manifest, version, files, newLine, "RoundTrip", "RT");
        }

        var roster = OneRosterReader.Read(bundle.Folder);

        var expectedErrors = version == OneRosterVersion.V1_1 ? 1 : 0; // ext: values are 1.2 only
        Assert.True(roster.ErrorCount == expectedErrors, string.Join("\n", roster.Findings));
        AssertSame(Schemas.Orgs, version, org, roster.Orgs.Single());
        AssertSame(Schemas.AcademicSessions, version, session, roster.AcademicSessions.Single());
        AssertSame(Schemas.Courses, version, course, roster.Courses.Single());
        AssertSame(Schemas.Classes, version, @class, roster.Classes.Single());
        AssertSame(Schemas.Users, version, user, roster.Users.Single());
        AssertSame(Schemas.Enrollments, version, enrollment, roster.Enrollments.Single());
        AssertSame(Schemas.Demographics, version, demographics, roster.Demographics.Single());
        Assert.Equal("0601234", roster.Orgs.Single().Extensions["metadata.nces"]);
        if (version == OneRosterVersion.V1_2)
        {
            AssertSame(Schemas.Roles, version, role, roster.Roles.Single());
            AssertSame(Schemas.UserProfiles, version, profile, roster.UserProfiles.Single());
        }
        else
        {
            var derived = roster.Roles.Single();
            Assert.True(derived.IsDerived && derived.IsPrimary && derived.Role.Is(UserRole.Student) && derived.OrgSourcedId == "s1");
        }

        Assert.Equal("RoundTrip", roster.Manifest.SourceSystemName);
    }

    private static void Write<T>(TestBundle bundle, string file, EntitySchema<T> schema, OneRosterVersion version, string newLine, T record, IReadOnlyList<string>? extensions = null, Func<T, FieldSpec<T>, string?>? valueOf = null)
        where T : OneRosterRecord
    {
        using var writer = new EntityFileWriter<T>(File.Create(Path.Combine(bundle.Folder, file)), schema, version, newLine, extensions) { ValueOf = valueOf };
        writer.Write(record);
    }

    private static void AssertSame<T>(EntitySchema<T> schema, OneRosterVersion version, T expected, T actual)
        where T : OneRosterRecord
    {
        foreach (var field in schema.Fields.Where(field => field.Versions.Includes(version)))
        {
            var want = field.GetValue(expected);
            var got = field.GetValue(actual);
            if (want is IEnumerable wantItems and not string)
            {
                Assert.Equal(wantItems.Cast<object>(), ((IEnumerable)got!).Cast<object>());
            }
            else
            {
                Assert.True(Equals(want, got), $"{typeof(T).Name}.{field.Name}: wrote '{want}', read '{got}'");
            }
        }
    }
}
