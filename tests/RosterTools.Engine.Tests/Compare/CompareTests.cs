using System.Threading;
using RosterTools.Compare;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using static RosterTools.Tests.MinimalBundles;

namespace RosterTools.Tests.Compare;

/// <summary>Compare: every change type and kind of property, sets and lists, secrets, filters, and the person-level changes.</summary>
public class CompareTests
{
    [Fact]
    public void A_roster_compared_with_itself_or_a_second_import_has_no_changes()
    {
        using var bundle = Valid12();
        var first = OneRosterReader.Read(bundle.Folder);
        var second = OneRosterReader.Read(bundle.Folder);

        Assert.Empty(RosterComparer.Compare(first, first));
        Assert.Empty(RosterComparer.Compare(first, second));
        Assert.True(RosterComparer.AreEquivalent(first, second));
    }

    [Fact]
    public void Added_removed_and_modified_users_are_reported_with_the_properties_that_differ()
    {
        var (before, after) = Pair(b => b.File(
            "users.csv",
            Users12Header,
            "u1,,,true,ada.lovelace,{LDAP:alovelace},Ada,Lovelace-King,,T1001,ada@riverside.example,,,,,,,,,,s1,",
            "u2,,,true,jose.nunez,{SIS:2000001},José,Núñez,,2000001,jose@riverside.example,,,g1,09,,,Pepe,,,s1,he/him",
            "g1,,,true,maria.nunez,,María,Núñez,,,maria@example.com,,,u2,,,,,,,,",
            "u4,,,true,new.kid,,New,Kid,,2000009,new@riverside.example,,,,10,,,,,,s1,"));

        var changes = RosterComparer.Compare(before, after, new CompareOptions { Entities = new[] { "users" } }).ToList();

        Assert.Collection(
            changes,
            modified =>
            {
                Assert.Equal(("users", "u1", ChangeType.Modified), (modified.Entity, modified.SourcedId, modified.Change));
                var property = Assert.Single(modified.Properties);
                Assert.Equal(("familyName", "Lovelace", "Lovelace-King"), (property.Name, property.Old, property.New));
                Assert.Equal("Ada Lovelace-King (ada.lovelace)", modified.Label);
            },
            removed => Assert.Equal(("u3", ChangeType.Removed), (removed.SourcedId, removed.Change)),
            added => Assert.Equal(("u4", ChangeType.Added), (added.SourcedId, added.Change)));
        Assert.Empty(changes[1].Properties);
    }

    [Fact]
    public void Grades_and_lists_of_sourcedIds_compare_as_sets_subjects_and_periods_as_lists()
    {
        var (before, after) = Pair(b => b
            .File("courses.csv", CoursesHeader, "c1,,,y27,Algebra I,ALG1,\"10,09\",s1,\"Mathematics,Algebra\",\"MATH,ALG\"")
            .File("classes.csv", ClassesHeader, "k1,,,Algebra I - P1,09,c1,ALG1-1,scheduled,Room 12,s1,\"t1,y27\",Mathematics,MATH,\"3,1\""), before: b => b
            .File("courses.csv", CoursesHeader, "c1,,,y27,Algebra I,ALG1,\"09,10\",s1,\"Algebra,Mathematics\",\"ALG,MATH\"")
            .File("classes.csv", ClassesHeader, "k1,,,Algebra I - P1,09,c1,ALG1-1,scheduled,Room 12,s1,\"y27,t1\",Mathematics,MATH,\"1,3\""));

        var changes = RosterComparer.Compare(before, after, new CompareOptions { Entities = new[] { "courses", "classes" } }).ToList();

        var course = Assert.Single(changes, c => c.Entity == "courses");
        Assert.Equal(new[] { "subjects", "subjectCodes" }, course.Properties.Select(p => p.Name));
        Assert.Equal(new[] { "Algebra", "Mathematics" }, (string[])course.Properties[0].Old!);
        var @class = Assert.Single(changes, c => c.Entity == "classes");
        Assert.Equal("periods", Assert.Single(@class.Properties).Name);
    }

    [Fact]
    public void Vocabulary_values_dates_booleans_and_extension_columns_are_compared()
    {
        var (before, after) = Pair(b => b
            .File("enrollments.csv", EnrollmentsHeader + ",metadata.section", "e1,,,k1,s1,u1,teacher,false,2026-08-24,,A", "e2,,,k1,s1,u2,student,,,,B", "e3,,,k1,s1,u3,proctor,,,,"));

        var changes = RosterComparer.Compare(before, after, new CompareOptions { Entities = new[] { "enrollments" } }).ToList();

        Assert.Equal(new[] { "e1", "e2", "e3" }, changes.Select(c => c.SourcedId));
        Assert.Equal(new[] { "primary", "beginDate", "metadata.section" }, changes[0].Properties.Select(p => p.Name));
        Assert.Equal((object?)true, changes[0].Properties[0].Old);
        Assert.Equal((object?)false, changes[0].Properties[0].New);
        Assert.Equal(("(blank)", "'2026-08-24'"), (Quote(changes[0].Properties[1].Old), Quote(changes[0].Properties[1].New)));
        Assert.Equal(("metadata.section", null, "B"), (changes[1].Properties[0].Name, changes[1].Properties[0].Old, changes[1].Properties[0].New));
        Assert.Equal(("role", "student", "proctor"), (changes[2].Properties[0].Name, changes[2].Properties[0].Old, changes[2].Properties[0].New));
    }

    [Fact]
    public void A_changed_password_is_reported_without_either_value()
    {
        var (before, after) = Pair(
            b => b.File("users.csv", Users12Header, User("u1", password: "NewSecret1"), User("u2"), User("u3"), User("g1")),
            before: b => b.File("users.csv", Users12Header, User("u1", password: "OldSecret1"), User("u2"), User("u3"), User("g1")));

        var change = Assert.Single(RosterComparer.Compare(before, after, new CompareOptions { Entities = new[] { "users" } }));

        var password = Assert.Single(change.Properties);
        Assert.True(password.IsSecret);
        Assert.Null(password.Old);
        Assert.Null(password.New);
        Assert.Equal("password: (changed)", password.ToString());
        Assert.DoesNotContain("Secret1", change.Summary + password.OldText + password.NewText);
    }

    [Fact]
    public void Status_and_dateLastModified_are_compared_only_when_asked_for()
    {
        var (before, after) = Pair(
            b => b.Manifest("1.2", ("orgs", "delta")).File("orgs.csv", OrgsHeader, "d1,active,2026-11-21T02:00:00.000Z,Riverside District,district,,"),
            before: b => b.Manifest("1.2", ("orgs", "delta")).File("orgs.csv", OrgsHeader, "d1,active,2026-11-20T02:00:00.000Z,Riverside District,district,,"));

        Assert.Empty(RosterComparer.Compare(before, after));
        var change = Assert.Single(RosterComparer.Compare(before, after, new CompareOptions { IncludeStatusAndDates = true }));
        Assert.Equal("dateLastModified", Assert.Single(change.Properties).Name);
        Assert.Single(RosterComparer.Compare(before, after, new CompareOptions { Properties = new[] { "dateLastModified" } }));
    }

    [Fact]
    public void Property_and_ExcludeProperty_take_wildcards_and_ignore_case()
    {
        var (before, after) = Pair(b => b.File(
            "users.csv",
            Users12Header,
            User("u1", given: "Adah", email: "adah@riverside.example"),
            User("u2"),
            User("u3"),
            User("g1")), before: b => b.File("users.csv", Users12Header, User("u1"), User("u2"), User("u3"), User("g1")));
        var users = new[] { "users" };

        var all = Assert.Single(RosterComparer.Compare(before, after, new CompareOptions { Entities = users }));
        Assert.Equal(new[] { "givenName", "email" }, all.Properties.Select(p => p.Name));
        var only = Assert.Single(RosterComparer.Compare(before, after, new CompareOptions { Entities = users, Properties = new[] { "GIVEN*" } }));
        Assert.Equal("givenName", Assert.Single(only.Properties).Name);
        var except = Assert.Single(RosterComparer.Compare(before, after, new CompareOptions { Entities = users, ExcludeProperties = new[] { "e?ail" } }));
        Assert.Equal("givenName", Assert.Single(except.Properties).Name);
        Assert.Empty(RosterComparer.Compare(before, after, new CompareOptions { Entities = users, ExcludeProperties = new[] { "*Name", "email" } }));
    }

    [Fact]
    public void Entity_restricts_the_collections_and_an_unknown_one_is_refused()
    {
        var (before, after) = Pair(b => b.File("orgs.csv", OrgsHeader, "d1,,,Riverside Unified,district,,", "s1,,,Riverside High,school,RHS,d1"));

        Assert.Single(RosterComparer.Compare(before, after));
        Assert.Single(RosterComparer.Compare(before, after, new CompareOptions { Entities = new[] { "Orgs" } }));
        Assert.Empty(RosterComparer.Compare(before, after, new CompareOptions { Entities = new[] { "users", "persons" } }));
        var ex = Assert.Throws<ArgumentException>(() => RosterComparer.Compare(before, after, new CompareOptions { Entities = new[] { "people" } }).ToList());
        Assert.Contains("persons", ex.Message);
    }

    [Fact]
    public void A_student_who_changed_school_grade_and_class_is_one_person_level_change()
    {
        var (before, after) = Pair(b => b
            .File("orgs.csv", OrgsHeader, "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,RHS,d1", "s2,,,Lakeside High,school,LHS,d1")
            .File("classes.csv", ClassesHeader, "k1,,,Algebra I - P1,09,c1,ALG1-1,scheduled,Room 12,s1,t1,Mathematics,MATH,1", "k2,,,Algebra I - P2,10,c1,ALG1-2,scheduled,Room 4,s2,t1,Mathematics,MATH,2")
            .File("users.csv", Users12Header, User("u1"), User("u2", grades: "10", primaryOrg: "s2"), User("u3"), User("g1", primaryOrg: ""))
            .File("roles.csv", RolesHeader, "r1,,,u1,primary,teacher,,,s1,", "r2,,,u2,primary,student,,,s2,", "r3,,,u3,primary,student,,,s1,", "r4,,,g1,primary,guardian,,,s1,")
            .File("enrollments.csv", EnrollmentsHeader, "e1,,,k1,s1,u1,teacher,true,,", "e4,,,k2,s2,u2,student,,,", "e3,,,k1,s1,u3,student,,,"), before: b => b
            .File("orgs.csv", OrgsHeader, "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,RHS,d1", "s2,,,Lakeside High,school,LHS,d1")
            .File("classes.csv", ClassesHeader, "k1,,,Algebra I - P1,09,c1,ALG1-1,scheduled,Room 12,s1,t1,Mathematics,MATH,1", "k2,,,Algebra I - P2,10,c1,ALG1-2,scheduled,Room 4,s2,t1,Mathematics,MATH,2"));

        var person = Assert.Single(RosterComparer.Compare(before, after, new CompareOptions { Entities = new[] { "persons" } }));

        Assert.Equal(("persons", "u2", ChangeType.Modified), (person.Entity, person.SourcedId, person.Change));
        Assert.Equal(new[] { "orgs", "grades", "classesJoined", "classesLeft" }, person.Properties.Select(p => p.Name));
        Assert.Equal(new[] { "s1" }, (string[])person.Properties[0].Old!);
        Assert.Equal(new[] { "s2" }, (string[])person.Properties[0].New!);
        Assert.Equal(new[] { "k2" }, (string[])person.Properties[2].New!);
        Assert.Equal(new[] { "k1" }, (string[])person.Properties[3].Old!);
        Assert.Equal("Pepe Núñez (jose.nunez)", person.Label);
    }

    [Fact]
    public void Role_name_and_enabled_changes_are_person_level_changes_and_new_and_gone_people_are_described()
    {
        var (before, after) = Pair(b => b
            .File("users.csv", Users12Header, User("u1", given: "Augusta", enabled: "false"), User("u2"), User("u3"), User("g1"), User("u5"))
            .File("roles.csv", RolesHeader, "r1,,,u1,primary,principal,,,s1,", "r2,,,u2,primary,student,,,s1,", "r3,,,u3,primary,student,,,s1,", "r4,,,g1,primary,guardian,,,s1,", "r5,,,u5,primary,aide,,,s1,")
            .File("enrollments.csv", EnrollmentsHeader, "e2,,,k1,s1,u2,student,,,", "e3,,,k1,s1,u3,student,,,", "e5,,,k1,s1,u5,teacher,false,,"));

        var persons = RosterComparer.Compare(before, after, new CompareOptions { Entities = new[] { "persons" } }).ToList();

        Assert.Equal(new[] { "u1", "u5" }, persons.Select(p => p.SourcedId));
        Assert.Equal(new[] { "roles", "givenName", "enabledUser", "classesLeft" }, persons[0].Properties.Select(p => p.Name));
        Assert.Equal(new[] { "teacher" }, (string[])persons[0].Properties[0].Old!);
        Assert.Equal(new[] { "principal" }, (string[])persons[0].Properties[0].New!);
        Assert.Equal(ChangeType.Added, persons[1].Change);
        Assert.Equal(new[] { "orgs", "roles", "givenName", "familyName", "enabledUser", "classesJoined" }, persons[1].Properties.Select(p => p.Name));
        Assert.All(persons[1].Properties, p => Assert.Null(p.Old));
    }

    [Fact]
    public void Changes_are_streamed_in_collection_order_and_progress_reaches_100_percent()
    {
        var (before, after) = Pair(b => b.File("orgs.csv", OrgsHeader, "d1,,,Riverside Unified,district,,", "s1,,,Riverside High,school,RHS,d1"));
        var reports = new List<CompareProgress>();

        var changes = RosterComparer.Compare(before, after, new CompareOptions { Progress = new SynchronousProgress<CompareProgress>(reports.Add) }).ToList();

        Assert.Equal("orgs", Assert.Single(changes).Entity);
        Assert.Equal(100, reports.Last().PercentComplete);
        Assert.Equal(1, reports.Last().Changes);
    }

    [Fact]
    public void Compare_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var big = new Roster11Builder().Users(10000);

        Assert.ThrowsAny<OperationCanceledException>(() => { _ = RosterComparer.Compare(big, big, null, cancelled.Token).ToList(); });
    }

    private static string Quote(object? value) => value is null ? "(blank)" : "'" + value + "'";

    /// <summary>A users.csv row of the minimal bundle's people with some values changed.</summary>
    internal static string User(string id, string? given = null, string? email = null, string? password = null, string? grades = null, string? primaryOrg = null, string? enabled = null)
    {
        var (username, givenName, family, identifier, mail, agents, grade, preferred, pronouns) = id switch
        {
            "u1" => ("ada.lovelace", "Ada", "Lovelace", "T1001", "ada@riverside.example", "", "", "", ""),
            "u2" => ("jose.nunez", "José", "Núñez", "2000001", "jose@riverside.example", "g1", "09", "Pepe", "he/him"),
            "u3" => ("zoe.obrien", "Zoë", "O'Brien", "2000002", "zoe@riverside.example", "", "09", "", ""),
            "g1" => ("maria.nunez", "María", "Núñez", "", "maria@example.com", "u2", "", "", ""),
            _ => (id + ".user", "Neu", "Person", id, id + "@riverside.example", "", "", "", ""),
        };
        var org = primaryOrg ?? (id == "g1" ? string.Empty : "s1");
        return $"{id},,,{enabled ?? "true"},{username},,{given ?? givenName},{family},,{identifier},{email ?? mail},,,{agents},{grades ?? grade},{password},,{preferred},,,{org},{pronouns}";
    }

    /// <summary>The minimal valid bundle before, and the same with <paramref name="after"/>'s files (and <paramref name="before"/>'s) replaced.</summary>
    internal static (Roster Before, Roster After) Pair(Func<TestBundle, TestBundle> after, Func<TestBundle, TestBundle>? before = null)
    {
        using var first = Valid12();
        (before ?? (b => b))(first);
        using var second = Valid12();
        after(second);
        return (OneRosterReader.Read(first.Folder), OneRosterReader.Read(second.Folder));
    }

    /// <summary>A roster built in memory, for tests that need many records.</summary>
    private sealed class Roster11Builder
    {
        public Roster Users(int count)
        {
            var roster = new Roster(OneRosterVersion.V1_1, new BundleManifest(false, new Dictionary<string, string>(), new Dictionary<string, ProcessingMode>()));
            for (var i = 0; i < count; i++)
            {
                roster.Users.TryAdd(new User { SourcedId = "u" + i, GivenName = "G" + i }, out _);
            }

            return roster;
        }
    }
}
