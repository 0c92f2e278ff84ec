using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.Compare;
using RosterTools.OneRoster;

namespace RosterTools.Samples;

/// <summary>
/// The district the night after: the same district (same seed), changed by decisions drawn from a second seed,
/// about 1 student in 50 at the default rate. Families withdraw (their children and guardians leave), new families
/// enrol (their children join the classes of a student of the same school and grade), students who are their
/// family's only child move to another school of their level (and its classes), students change sections (to those
/// of another student of their grade), family, given or preferred names change, and accounts are disabled. Each
/// decision comes from the stream of its family or student, so it touches that family's or student's rows only, and
/// the changes a comparison must find follow from the decisions: <see cref="Changes"/>. Everyone keeps the first
/// night's username; new people get theirs after everyone else's, at the end of users.csv.
/// </summary>
internal sealed class NextNight
{
    private const int ShowcaseFamilies = 12;
    private readonly bool[] _withdrawnStudents;
    private readonly bool[] _withdrawnGuardians;
    private readonly Dictionary<int, StudentRecord> _nameSources = new();
    private readonly HashSet<int> _disabled = new();

    private NextNight(SamplePeople people, SampleSchedule schedule, int studentPopulation, int guardianPopulation, bool[] withdrawnStudents, bool[] withdrawnGuardians)
    {
        People = people;
        Schedule = schedule;
        StudentPopulation = studentPopulation;
        GuardianPopulation = guardianPopulation;
        _withdrawnStudents = withdrawnStudents;
        _withdrawnGuardians = withdrawnGuardians;
    }

    /// <summary>Everyone, the first night's people first (withdrawn ones included, see <see cref="IsWithdrawnStudent"/>), then the new ones.</summary>
    public SamplePeople People { get; }

    /// <summary>The schedule with the next night's class lists.</summary>
    public SampleSchedule Schedule { get; }

    /// <summary>The first night's number of students: new students are numbered from here, and identifiers keep their digits.</summary>
    public int StudentPopulation { get; }

    /// <summary>The first night's number of guardians.</summary>
    public int GuardianPopulation { get; }

    /// <summary>The changes a comparison of the two nights must report, in no particular order.</summary>
    public List<SampleChange> Changes { get; } = new();

    /// <summary>How many students each kind of change touched.</summary>
    public SampleChangeCounts Counts { get; } = new();

    public bool IsWithdrawnStudent(int student) => _withdrawnStudents[student];

    public bool IsWithdrawnGuardian(int guardian) => _withdrawnGuardians[guardian];

    public bool IsDisabled(int student) => _disabled.Contains(student);

    /// <summary>The record whose names the student's username was made from: the first night's, for a student whose name changed.</summary>
    public StudentRecord NameSource(int student) => _nameSources.TryGetValue(student, out var original) ? original : People.Students[student];

    public static NextNight Plan(SampleDistrictOptions options, DistrictLayout layout, SampleSchedule schedule, SamplePeople people)
    {
        var planner = new Planner(options, layout, schedule, people);
        return planner.Run();
    }

    private enum Decision : byte
    {
        None,
        Move,
        Section,
        Rename,
        Disable,
    }

    /// <summary>The decisions, the next night's people and class lists, and the changes they make.</summary>
    private sealed class Planner
    {
        private readonly SampleDistrictOptions _options;
        private readonly DistrictLayout _layout;
        private readonly SampleSchedule _schedule;
        private readonly SamplePeople _people;
        private readonly int _seed;
        private readonly int _changeSeed;
        private readonly double _rate;
        private readonly bool _v12;
        private readonly SampleIds _ids;
        private readonly string[] _schoolIds;
        private readonly NamePool _names = NamePool.Instance;
        private readonly Dictionary<int, (Decision Decision, int Buddy, int School)> _decisions = new();
        private readonly List<(int Student, int Buddy)> _newStudents = new();
        private readonly List<FamilyRecord> _newFamilies = new();
        private readonly List<StudentRecord> _newStudentRecords = new();
        private readonly List<GuardianRecord> _newGuardians = new();
        private bool[] _withdrawnFamilies = Array.Empty<bool>();
        private Dictionary<int, List<int>> _sections = new();
        private NextNight? _night;

        public Planner(SampleDistrictOptions options, DistrictLayout layout, SampleSchedule schedule, SamplePeople people)
        {
            _options = options;
            _layout = layout;
            _schedule = schedule;
            _people = people;
            _seed = options.Seed;
            _changeSeed = options.NextNightSeed ?? throw new ArgumentException("NextNightSeed is not set.", nameof(options));
            _rate = options.ChangeRate;
            _v12 = options.Version == OneRosterVersion.V1_2;
            _ids = new SampleIds(options.Seed);
            _schoolIds = Enumerable.Range(0, layout.Schools.Length).Select(i => _ids.SourcedId(IdKind.Org, i + 1)).ToArray();
        }

        private StudentRecord[] Students => _people.Students;

        public NextNight Run()
        {
            var students = (StudentRecord[])Students.Clone();
            DecideWithdrawals();
            DecideStudents(students);
            DecideNewFamilies();
            _sections = SectionsOfInterest();

            var n1 = Students.Length;
            var all = students.Concat(_newStudentRecords).ToArray();
            var families = _people.Families.Concat(_newFamilies).ToArray();
            var children = _people.FamilyChildren.Concat(Enumerable.Range(n1, _newStudentRecords.Count)).ToArray();
            var guardians = _people.Guardians.Concat(_newGuardians).ToArray();
            var withdrawnStudents = new bool[all.Length];
            var withdrawnGuardians = new bool[guardians.Length];
            for (var f = 0; f < _withdrawnFamilies.Length; f++)
            {
                if (_withdrawnFamilies[f])
                {
                    foreach (var child in ChildrenOf(_people.Families[f]))
                    {
                        withdrawnStudents[child] = true;
                    }

                    for (var g = 0; g < _people.Families[f].Guardians; g++)
                    {
                        withdrawnGuardians[_people.Families[f].FirstGuardian + g] = true;
                    }
                }
            }

            var people = new SamplePeople(all, families, children, guardians, _people.Staff, _people.DuplicatePair);
            _night = new NextNight(people, ClassLists(withdrawnStudents), n1, _people.Guardians.Length, withdrawnStudents, withdrawnGuardians);
            foreach (var entry in _decisions)
            {
                if (entry.Value.Decision == Decision.Rename)
                {
                    _night._nameSources[entry.Key] = Students[entry.Key];
                }
                else if (entry.Value.Decision == Decision.Disable)
                {
                    _night._disabled.Add(entry.Key);
                }
            }

            ExpectedChanges(students);
            return _night;
        }

        /// <summary>Whole families leave: about a quarter of the changed students. The showcase families stay.</summary>
        private void DecideWithdrawals()
        {
            _withdrawnFamilies = new bool[_people.Families.Length];
            for (var f = ShowcaseFamilies; f < _people.Families.Length; f++)
            {
                var random = SampleRandom.For(_changeSeed, SampleStream.NextNightFamily, f);
                _withdrawnFamilies[f] = random.Chance(_rate * 0.25);
            }
        }

        /// <summary>One decision per student who stays: a school move (only children), a section change, a name change or a disabled account.</summary>
        private void DecideStudents(StudentRecord[] students)
        {
            var move = _rate * 0.30; // only children, about half of the students: 15% of the changes
            var section = move + (_rate * 0.20);
            var rename = section + (_rate * 0.10);
            var disable = rename + (_rate * 0.05);
            for (var i = 0; i < Students.Length; i++)
            {
                var student = Students[i];
                if (_withdrawnFamilies[student.Family])
                {
                    continue;
                }

                var random = SampleRandom.For(_changeSeed, SampleStream.NextNightStudent, i);
                var draw = random.NextDouble();
                var school = _layout.Schools[student.School];
                if (draw < move)
                {
                    if (_people.Families[student.Family].Children == 1)
                    {
                        var level = SampleGrades.LevelOf(student.Grade);
                        var others = _layout.Schools.Where(s => s.Level == level && s.Index != school.Index && s.GradeCount[student.Grade] > 0).ToList();
                        if (others.Count > 0)
                        {
                            var target = others[random.Next(others.Count)];
                            var buddy = target.GradeStart[student.Grade] + random.Next(target.GradeCount[student.Grade]);
                            _decisions[i] = (Decision.Move, buddy, target.Index);
                            students[i].School = target.Index;
                        }
                    }
                }
                else if (draw < section)
                {
                    var count = school.GradeCount[student.Grade];
                    var buddy = school.GradeStart[student.Grade] + random.Next(Math.Max(1, count));
                    if (count > 1 && buddy != i)
                    {
                        _decisions[i] = (Decision.Section, buddy, school.Index);
                    }
                }
                else if (draw < rename)
                {
                    if (Rename(ref students[i], ref random))
                    {
                        _decisions[i] = (Decision.Rename, -1, school.Index);
                    }
                }
                else if (draw < disable)
                {
                    _decisions[i] = (Decision.Disable, -1, school.Index);
                }
            }
        }

        /// <summary>A new family name (half of the name changes), given name, or preferred name (1.2; a new family name in 1.1).</summary>
        private bool Rename(ref StudentRecord student, ref SampleRandom random)
        {
            var kind = random.NextDouble();
            if (kind < 0.2)
            {
                var female = student.Sex == PersonSex.Female;
                for (var attempt = 0; attempt < 10; attempt++)
                {
                    var given = _names.DrawGiven(ref random, student.Heritage, female);
                    if (_names.Given(given) != _names.Given(student.Given))
                    {
                        student.Given = given;
                        return true;
                    }
                }

                return false;
            }

            if (kind < 0.5 && _v12)
            {
                if (student.Preferred >= 0)
                {
                    student.Preferred = -1;
                    return true;
                }

                var nickname = _names.Nickname(student.Given);
                student.Preferred = nickname >= 0 ? nickname : _names.DrawGiven(ref random, student.Heritage, student.Sex == PersonSex.Female);
                return _names.Given(student.Preferred) != _names.Given(student.Given) || (student.Preferred = -1) != -1;
            }

            var before = FamilyName(student);
            for (var attempt = 0; attempt < 10; attempt++)
            {
                student.Surname = _names.DrawFamily(ref random, random.Chance(0.7) ? student.Heritage : _names.DrawHeritage(ref random));
                student.Surname2 = -1;
                if (FamilyName(student) != before)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>New families, about a quarter of the changed students: their children join the classes of a student of the school they come to.</summary>
        private void DecideNewFamilies()
        {
            var count = (int)Math.Round(Students.Length * _rate * 0.25 / 1.65);
            var n1 = Students.Length;
            var familyIndex = _people.Families.Length;
            var guardianIndex = _people.Guardians.Length;
            if (n1 + (count * 3) >= 1 << SampleIds.PersonBits)
            {
                throw new InvalidOperationException("The district is too large for a next night.");
            }

            for (var k = 0; k < count; k++)
            {
                var random = SampleRandom.For(_changeSeed, SampleStream.NextNightNewFamily, k);
                var draw = random.NextDouble();
                var anchor = random.Next(n1);
                var school = _layout.Schools[Students[anchor].School];
                var family = new FamilyRecord { FirstChild = _people.FamilyChildren.Length + _newStudentRecords.Count, Children = (byte)(draw < 0.5 ? 1 : draw < 0.85 ? 2 : 3), FirstGuardian = guardianIndex };
                FamilyBuilder.DrawFamily(_changeSeed, familyIndex, ref family, _names);
                for (var c = 0; c < family.Children; c++)
                {
                    var buddy = c == 0 ? anchor : school.FirstStudent + random.Next(school.StudentCount);
                    var index = n1 + _newStudentRecords.Count;
                    var record = new StudentRecord { School = school.Index, Grade = Students[buddy].Grade, Family = familyIndex, Middle = -1, Preferred = -1, Surname2 = -1 };
                    FamilyBuilder.DrawStudent(_changeSeed, index, ref record, family, _names);
                    _newStudentRecords.Add(record);
                    _newStudents.Add((index, buddy));
                }

                var guardians = new GuardianRecord[family.Guardians];
                FamilyBuilder.DrawGuardians(_changeSeed, familyIndex, family, guardians, 0, _names);
                _newGuardians.AddRange(guardians);
                _newFamilies.Add(family);
                familyIndex++;
                guardianIndex += family.Guardians;
            }
        }

        /// <summary>The first night's sections of the students the decisions are about (and of their buddies).</summary>
        private Dictionary<int, List<int>> SectionsOfInterest()
        {
            var wanted = new HashSet<int>();
            foreach (var entry in _decisions)
            {
                wanted.Add(entry.Key);
                if (entry.Value.Buddy >= 0)
                {
                    wanted.Add(entry.Value.Buddy);
                }
            }

            foreach (var (_, buddy) in _newStudents)
            {
                wanted.Add(buddy);
            }

            for (var i = 0; i < Students.Length; i++)
            {
                if (_withdrawnFamilies[Students[i].Family])
                {
                    wanted.Add(i);
                }
            }

            var sections = wanted.ToDictionary(student => student, _ => new List<int>());
            for (var s = 0; s < _schedule.Sections.Count; s++)
            {
                var section = _schedule.Sections[s];
                for (var m = section.MemberStart; m < section.MemberStart + section.MemberCount; m++)
                {
                    if (sections.TryGetValue(_schedule.Members[m], out var list))
                    {
                        list.Add(s);
                    }
                }
            }

            // A section change to a student with the very same sections changes nothing: no decision.
            foreach (var entry in _decisions.Where(e => e.Value.Decision == Decision.Section).ToList())
            {
                if (new HashSet<int>(sections[entry.Key]).SetEquals(sections[entry.Value.Buddy]))
                {
                    _decisions.Remove(entry.Key);
                }
            }

            return sections;
        }

        /// <summary>The next night's class lists: the first night's without those who left (or moved out of the section), with those who joined.</summary>
        private SampleSchedule ClassLists(bool[] withdrawn)
        {
            var removed = new Dictionary<int, HashSet<int>>();
            var added = new Dictionary<int, List<int>>();
            void Move(int student, IEnumerable<int> from, IEnumerable<int> to)
            {
                foreach (var section in from)
                {
                    (removed.TryGetValue(section, out var set) ? set : removed[section] = new HashSet<int>()).Add(student);
                }

                foreach (var section in to)
                {
                    (added.TryGetValue(section, out var list) ? list : added[section] = new List<int>()).Add(student);
                }
            }

            foreach (var entry in _decisions.Where(e => e.Value.Decision is Decision.Move or Decision.Section))
            {
                var old = _sections[entry.Key];
                var @new = _sections[entry.Value.Buddy];
                Move(entry.Key, old.Except(@new), @new.Except(old));
            }

            foreach (var (student, buddy) in _newStudents)
            {
                Move(student, Array.Empty<int>(), _sections[buddy]);
            }

            var members = new List<int>(_schedule.Members.Length);
            var sections = new List<SampleSection>(_schedule.Sections.Count);
            for (var s = 0; s < _schedule.Sections.Count; s++)
            {
                var section = _schedule.Sections[s];
                removed.TryGetValue(s, out var leaving);
                var list = new List<int>(section.MemberCount + 4);
                for (var m = section.MemberStart; m < section.MemberStart + section.MemberCount; m++)
                {
                    var student = _schedule.Members[m];
                    if (!withdrawn[student] && leaving?.Contains(student) != true)
                    {
                        list.Add(student);
                    }
                }

                if (added.TryGetValue(s, out var joining))
                {
                    list.AddRange(joining);
                    list.Sort();
                }

                section.MemberStart = members.Count;
                section.MemberCount = list.Count;
                members.AddRange(list);
                sections.Add(section);
            }

            return new SampleSchedule(_schedule.Courses, sections, members.ToArray(), _schedule.Teachers, _schedule.Aides) { StudentEnrollments = members.Count };
        }

        /// <summary>What the decisions change, record by record, as a comparison of the two nights reports it.</summary>
        private void ExpectedChanges(StudentRecord[] students)
        {
            var counts = _night!.Counts;
            for (var f = 0; f < _withdrawnFamilies.Length; f++)
            {
                if (_withdrawnFamilies[f])
                {
                    counts.Withdrawn += _people.Families[f].Children;
                    Family(_people.Families[f], Students, ChangeType.Removed, first => first);
                }
            }

            var n1 = Students.Length;
            foreach (var family in _newFamilies)
            {
                counts.Enrolled += family.Children;
                Family(family, _night.People.Students, ChangeType.Added, child => _newStudents[child - n1].Buddy);
            }

            foreach (var entry in _decisions.OrderBy(e => e.Key))
            {
                var (i, (decision, buddy, school)) = (entry.Key, entry.Value);
                var user = _ids.SourcedId(IdKind.Student, i);
                switch (decision)
                {
                    case Decision.Move:
                        counts.SchoolMoves++;
                        Moved(i, Students[i].School, school);
                        var (joined, left) = Enrollments(i, _sections[i], _sections[buddy]);
                        Add(ChangeEntities.Persons, user, ChangeType.Modified, new[] { "orgs" }.Concat(Classes(joined, left)).ToArray());
                        break;
                    case Decision.Section:
                        counts.SectionChanges++;
                        var (into, outOf) = Enrollments(i, _sections[i], _sections[buddy]);
                        Add(ChangeEntities.Persons, user, ChangeType.Modified, Classes(into, outOf).ToArray());
                        break;
                    case Decision.Rename:
                        counts.NameChanges++;
                        var property = _names.Given(Students[i].Given) != _names.Given(students[i].Given) ? "givenName"
                            : FamilyName(Students[i]) != FamilyName(students[i]) ? "familyName"
                            : "preferredGivenName";
                        Add(OneRosterEntity.Users.SpecName(), user, ChangeType.Modified, property);
                        Add(ChangeEntities.Persons, user, ChangeType.Modified, property);
                        break;
                    case Decision.Disable:
                        counts.Disabled++;
                        Add(OneRosterEntity.Users.SpecName(), user, ChangeType.Modified, "enabledUser");
                        Add(ChangeEntities.Persons, user, ChangeType.Modified, "enabledUser");
                        break;
                }
            }
        }

        /// <summary>A family that left (or came): its children's and guardians' users, roles, enrollments and demographics.</summary>
        private void Family(FamilyRecord family, StudentRecord[] students, ChangeType change, Func<int, int> sectionsFrom)
        {
            var users = OneRosterEntity.Users.SpecName();
            var schools = new List<int>();
            foreach (var child in ChildrenOf(family))
            {
                var school = students[child].School;
                if (!schools.Contains(school))
                {
                    schools.Add(school);
                }

                var user = _ids.SourcedId(IdKind.Student, child);
                Add(users, user, change);
                Add(OneRosterEntity.Demographics.SpecName(), user, change);
                Add(OneRosterEntity.Roles.SpecName(), _v12 ? _ids.Role(0, child, 0) : user + "@" + _schoolIds[school], change);
                foreach (var section in _sections[sectionsFrom(child)])
                {
                    Add(OneRosterEntity.Enrollments.SpecName(), _ids.Enrollment(section, false, child), change);
                }

                Add(ChangeEntities.Persons, user, change);
            }

            for (var g = 0; g < family.Guardians; g++)
            {
                var guardian = family.FirstGuardian + g;
                var user = _ids.SourcedId(IdKind.Guardian, guardian);
                Add(users, user, change);
                for (var s = 0; s < schools.Count; s++)
                {
                    Add(OneRosterEntity.Roles.SpecName(), _v12 ? _ids.Role(2, guardian, s) : user + "@" + _schoolIds[schools[s]], change);
                }

                Add(ChangeEntities.Persons, user, change);
            }
        }

        /// <summary>A student (their family's only child) moved school: their role's org, and their guardians'.</summary>
        private void Moved(int student, int from, int to)
        {
            var family = _people.Families[Students[student].Family];
            var people = new List<(int Kind, int Index, string User)> { (0, student, _ids.SourcedId(IdKind.Student, student)) };
            for (var g = 0; g < family.Guardians; g++)
            {
                people.Add((2, family.FirstGuardian + g, _ids.SourcedId(IdKind.Guardian, family.FirstGuardian + g)));
            }

            foreach (var (kind, index, user) in people)
            {
                if (_v12)
                {
                    Add(OneRosterEntity.Users.SpecName(), user, ChangeType.Modified, "primaryOrgSourcedId");
                    Add(OneRosterEntity.Roles.SpecName(), _ids.Role(kind, index, 0), ChangeType.Modified, "orgSourcedId");
                }
                else
                {
                    Add(OneRosterEntity.Roles.SpecName(), user + "@" + _schoolIds[from], ChangeType.Removed);
                    Add(OneRosterEntity.Roles.SpecName(), user + "@" + _schoolIds[to], ChangeType.Added);
                }

                if (kind == 2)
                {
                    Add(ChangeEntities.Persons, user, ChangeType.Modified, "orgs");
                }
            }
        }

        /// <summary>The enrollments a student left and joined; returns the classes joined and left.</summary>
        private (List<int> Joined, List<int> Left) Enrollments(int student, List<int> before, List<int> after)
        {
            var left = before.Except(after).ToList();
            var joined = after.Except(before).ToList();
            foreach (var section in left)
            {
                Add(OneRosterEntity.Enrollments.SpecName(), _ids.Enrollment(section, false, student), ChangeType.Removed);
            }

            foreach (var section in joined)
            {
                Add(OneRosterEntity.Enrollments.SpecName(), _ids.Enrollment(section, false, student), ChangeType.Added);
            }

            return (joined, left);
        }

        private static IEnumerable<string> Classes(List<int> joined, List<int> left)
        {
            if (joined.Count > 0)
            {
                yield return "classesJoined";
            }

            if (left.Count > 0)
            {
                yield return "classesLeft";
            }
        }

        private void Add(string entity, string sourcedId, ChangeType change, params string[] properties) =>
            _night!.Changes.Add(new SampleChange(entity, sourcedId, change, properties));

        private IEnumerable<int> ChildrenOf(FamilyRecord family)
        {
            var children = _night?.People.FamilyChildren ?? _people.FamilyChildren;
            for (var c = 0; c < family.Children; c++)
            {
                yield return children[family.FirstChild + c];
            }
        }

        private string FamilyName(StudentRecord student) =>
            student.Surname2 < 0 ? _names.Family(student.Surname) : _names.Family(student.Surname) + "-" + _names.Family(student.Surname2);
    }
}
