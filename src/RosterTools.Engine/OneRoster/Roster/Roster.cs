using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RosterTools.Validation;

namespace RosterTools.OneRoster;

/// <summary>
/// A OneRoster bundle in memory: every record, indexed for the questions the planner asks (a user's roles,
/// orgs, enrollments and classes; a class's students and teachers; a school's users), with the manifest and the
/// findings of its import. 1.1 and 1.2 bundles give the same model.
/// </summary>
public sealed class Roster
{
    private readonly Lazy<RosterIndex> _index;
    private readonly HashSet<OneRosterEntity> _uncounted = new();

    /// <summary>Creates an empty roster.</summary>
    internal Roster(OneRosterVersion version, BundleManifest manifest, string? source = null, FindingCollection? findings = null)
    {
        Version = version;
        Manifest = manifest;
        Source = source;
        Findings = findings ?? new FindingCollection();
        _index = new Lazy<RosterIndex>(() => new RosterIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The collections read from a REST provider that did not say how many records they have (X-Total-Count), so
    /// that a read cut short could not be told from a smaller collection. A roster with such a collection of people
    /// is not a complete snapshot.
    /// </summary>
    public IReadOnlyCollection<OneRosterEntity> UncountedCollections => _uncounted;

    /// <summary>The OneRoster version of the source.</summary>
    public OneRosterVersion Version { get; }

    /// <summary>The manifest of the source bundle.</summary>
    public BundleManifest Manifest { get; }

    /// <summary>Where the roster came from: a folder, a zip or a URL.</summary>
    public string? Source { get; }

    /// <summary>Districts, schools and other orgs.</summary>
    public EntityTable<Org> Orgs { get; } = new();

    /// <summary>School years, terms and grading periods.</summary>
    public EntityTable<AcademicSession> AcademicSessions { get; } = new();

    /// <summary>Courses.</summary>
    public EntityTable<Course> Courses { get; } = new();

    /// <summary>Classes (sections and homerooms).</summary>
    public EntityTable<Class> Classes { get; } = new();

    /// <summary>Students, teachers, staff and guardians.</summary>
    public EntityTable<User> Users { get; } = new();

    /// <summary>User profiles (1.2).</summary>
    public EntityTable<UserProfile> UserProfiles { get; } = new();

    /// <summary>The roles of users in orgs (1.2 roles.csv, or derived from 1.1 users.csv).</summary>
    public EntityTable<RoleAssignment> Roles { get; } = new();

    /// <summary>Users in classes.</summary>
    public EntityTable<Enrollment> Enrollments { get; } = new();

    /// <summary>Demographics, one per user.</summary>
    public EntityTable<Demographics> Demographics { get; } = new();

    /// <summary>The gradebook and resources files, and any other CSV files of the bundle, as they were read.</summary>
    public IList<RawTable> OtherFiles { get; } = new List<RawTable>();

    /// <summary>What was found wrong while the roster was read and validated.</summary>
    public FindingCollection Findings { get; }

    /// <summary>The number of errors found.</summary>
    public int ErrorCount => Findings.ErrorCount;

    /// <summary>The number of warnings found.</summary>
    public int WarningCount => Findings.WarningCount;

    /// <summary>How many records of each collection the roster holds.</summary>
    public RosterCounts Counts => new(this);

    /// <summary>The records of a collection.</summary>
    public IReadOnlyList<OneRosterRecord> Records(OneRosterEntity entity) => Table(entity).Records;

    /// <summary>The table of a collection.</summary>
    internal IEntityTable Table(OneRosterEntity entity) => entity switch
    {
        OneRosterEntity.Orgs => Orgs,
        OneRosterEntity.AcademicSessions => AcademicSessions,
        OneRosterEntity.Courses => Courses,
        OneRosterEntity.Classes => Classes,
        OneRosterEntity.Users => Users,
        OneRosterEntity.UserProfiles => UserProfiles,
        OneRosterEntity.Roles => Roles,
        OneRosterEntity.Enrollments => Enrollments,
        OneRosterEntity.Demographics => Demographics,
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };

    /// <summary>
    /// The mode of a collection's file. 1.1 roles come from users.csv and share its mode; a file that was not
    /// in the bundle is Absent whatever the manifest says.
    /// </summary>
    public ProcessingMode ModeOf(OneRosterEntity entity) =>
        Manifest.ModeOf((entity == OneRosterEntity.Roles && Version == OneRosterVersion.V1_1 ? OneRosterEntity.Users : entity).SpecName());

    /// <summary>
    /// Whether the roster is a complete snapshot of its people: users and their roles and enrollments came from
    /// bulk files (or from a REST provider that said how many there are). Only such a roster may say that someone
    /// who is missing from it has left.
    /// </summary>
    public bool IsCompleteSnapshot =>
        !UncountedCollections.Any(entity => entity is OneRosterEntity.Users or OneRosterEntity.Roles or OneRosterEntity.Orgs or OneRosterEntity.Enrollments)
        && ModeOf(OneRosterEntity.Users) == ProcessingMode.Bulk
        && ModeOf(OneRosterEntity.Roles) == ProcessingMode.Bulk
        && ModeOf(OneRosterEntity.Orgs) == ProcessingMode.Bulk
        && ModeOf(OneRosterEntity.Enrollments) is ProcessingMode.Bulk or ProcessingMode.Absent;

    /// <summary>Notes that a collection was read without a count to check it against (see <see cref="UncountedCollections"/>).</summary>
    internal void MarkUncounted(OneRosterEntity entity) => _uncounted.Add(entity);

    /// <summary>The roles a user holds, in file order.</summary>
    public IReadOnlyList<RoleAssignment> RolesOf(string userSourcedId) =>
        _index.Value.RolesByUser.Get(Users.IndexOf(userSourcedId), Roles);

    /// <summary>The orgs a user has a role in, primary role first.</summary>
    public IReadOnlyList<Org> OrgsOf(string userSourcedId) =>
        RolesOf(userSourcedId).OrderBy(role => role.IsPrimary ? 0 : 1)
            .Select(role => Orgs.Find(role.OrgSourcedId)).Where(org => org is not null).Distinct().ToList()!;

    /// <summary>The enrollments of a user.</summary>
    public IReadOnlyList<Enrollment> EnrollmentsOf(string userSourcedId) =>
        _index.Value.EnrollmentsByUser.Get(Users.IndexOf(userSourcedId), Enrollments);

    /// <summary>The classes a user is enrolled in (in any role).</summary>
    public IReadOnlyList<Class> ClassesOf(string userSourcedId) =>
        EnrollmentsOf(userSourcedId).Select(enrollment => Classes.Find(enrollment.ClassSourcedId)).Where(c => c is not null).Distinct().ToList()!;

    /// <summary>The enrollments in a class.</summary>
    public IReadOnlyList<Enrollment> EnrollmentsIn(string classSourcedId) =>
        _index.Value.EnrollmentsByClass.Get(Classes.IndexOf(classSourcedId), Enrollments);

    /// <summary>The students of a class.</summary>
    public IReadOnlyList<User> StudentsOf(string classSourcedId) => UsersIn(classSourcedId, EnrollmentRole.Student);

    /// <summary>The teachers of a class.</summary>
    public IReadOnlyList<User> TeachersOf(string classSourcedId) => UsersIn(classSourcedId, EnrollmentRole.Teacher);

    /// <summary>The users who hold a role in an org (a school's students, teachers and staff).</summary>
    public IReadOnlyList<User> UsersOf(string orgSourcedId) =>
        _index.Value.RolesByOrg.Get(Orgs.IndexOf(orgSourcedId), Roles)
            .Select(role => Users.Find(role.UserSourcedId)).Where(user => user is not null).Distinct().ToList()!;

    /// <summary>What the reader checked of the references as it read them (null for rosters built otherwise).</summary>
    internal ReferenceLog? ReferenceLog { get; set; }

    /// <summary>How findings name the files and columns the records came from: CSV files unless the roster was read otherwise.</summary>
    internal FindingPlaces Places { get; set; } = FindingPlaces.Csv;

    /// <summary>A one-line description: version, source and counts.</summary>
    public override string ToString() =>
        $"OneRoster {Version.ToSpecString()} roster from {Source ?? "memory"}: {Orgs.Count} orgs, {Users.Count} users, {Classes.Count} classes, {Enrollments.Count} enrollments; {ErrorCount} errors, {WarningCount} warnings";

    private IReadOnlyList<User> UsersIn(string classSourcedId, EnrollmentRole role) =>
        EnrollmentsIn(classSourcedId).Where(enrollment => enrollment.Role.Is(role))
            .Select(enrollment => Users.Find(enrollment.UserSourcedId)).Where(user => user is not null).Distinct().ToList()!;

    /// <summary>The relationships between tables, built the first time they are asked for.</summary>
    private sealed class RosterIndex
    {
        public RosterIndex(Roster roster)
        {
            RolesByUser = Adjacency.Build(roster.Users.Count, roster.Roles.Count, i => roster.Users.IndexOf(roster.Roles[i].UserSourcedId));
            RolesByOrg = Adjacency.Build(roster.Orgs.Count, roster.Roles.Count, i => roster.Orgs.IndexOf(roster.Roles[i].OrgSourcedId));
            EnrollmentsByUser = Adjacency.Build(roster.Users.Count, roster.Enrollments.Count, i => roster.Users.IndexOf(roster.Enrollments[i].UserSourcedId));
            EnrollmentsByClass = Adjacency.Build(roster.Classes.Count, roster.Enrollments.Count, i => roster.Classes.IndexOf(roster.Enrollments[i].ClassSourcedId));
        }

        public Adjacency RolesByUser { get; }

        public Adjacency RolesByOrg { get; }

        public Adjacency EnrollmentsByUser { get; }

        public Adjacency EnrollmentsByClass { get; }
    }
}
