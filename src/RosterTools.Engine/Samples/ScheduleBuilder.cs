using System;
using System.Collections.Generic;

namespace RosterTools.Samples;

/// <summary>
/// Builds the schedule school by school. Elementary students are split into homerooms of about 22 (at most 28),
/// each with a homeroom teacher, and take their specials with their homeroom. Secondary students are split into
/// cohorts of about 25 (at most 30) that move together through the core classes; cohort c of grade g has core
/// slot k in period (k + c + g) mod 7 + 1, so the periods of a student never clash, and cohorts that share an
/// elective period are pooled and dealt into elective sections of 20-30.
/// </summary>
internal sealed class ScheduleBuilder
{
    private const int ElementaryClassSize = 22;
    private const int ElementaryMaxClassSize = 28;
    private const int SecondaryClassSize = 25;
    private const int SecondaryMaxClassSize = 30;
    private const int ElementarySpecialsPerTeacher = 25;
    private const int SecondaryHalvesPerTeacher = 12;

    /// <summary>The grades of a course for every grade of a school (electives, high school Health and PE).</summary>
    private static readonly string[][] LevelGradeLists =
    {
        new[] { "KG", "01", "02", "03", "04", "05" },
        new[] { "06", "07", "08" },
        new[] { "09", "10", "11", "12" },
    };

    private readonly int _seed;
    private readonly DistrictLayout _layout;
    private readonly List<SampleCourse> _courses = new();
    private readonly List<SampleSection> _sections = new();
    private readonly List<TeacherSlot> _teachers = new();
    private readonly int[] _members;
    private readonly int[] _aides;
    private int _memberCount;
    private Dictionary<CourseDefinition, int> _schoolCourses = new();

    private ScheduleBuilder(int seed, DistrictLayout layout)
    {
        _seed = seed;
        _layout = layout;
        _members = new int[Math.Max(8, 8L * layout.Students)];
        _aides = new int[layout.Schools.Length];
    }

    public static SampleSchedule Build(int seed, DistrictLayout layout)
    {
        var builder = new ScheduleBuilder(seed, layout);
        foreach (var school in layout.Schools)
        {
            builder._schoolCourses = new Dictionary<CourseDefinition, int>();
            var firstSection = builder._sections.Count;
            if (school.Level == SchoolLevel.Elementary)
            {
                builder.BuildElementary(school);
            }
            else
            {
                builder.BuildSecondary(school);
            }

            builder.AssignTeachers(school, firstSection);
        }

        builder.SharePartTimeTeachers();
        return new SampleSchedule(builder._courses, builder._sections, builder._members, builder._teachers, builder._aides) { StudentEnrollments = builder._memberCount };
    }

    /// <summary>How many groups of about <paramref name="size"/> (at most <paramref name="maximum"/>) <paramref name="students"/> make.</summary>
    public static int Groups(int students, int size, int maximum)
    {
        var groups = Math.Max(1, (students + (size / 2)) / size);
        while ((students + groups - 1) / groups > maximum)
        {
            groups++;
        }

        return groups;
    }

    private void BuildElementary(SampleSchool school)
    {
        for (var grade = 0; grade <= 5; grade++)
        {
            var students = school.GradeCount[grade];
            if (students == 0)
            {
                continue;
            }

            var homerooms = Groups(students, ElementaryClassSize, ElementaryMaxClassSize);
            if (grade == 0)
            {
                _aides[school.Index] = (homerooms + 1) / 2;
            }

            for (var homeroom = 0; homeroom < homerooms; homeroom++)
            {
                var (start, count) = Part(school.GradeStart[grade], students, homerooms, homeroom);
                var room = (short)(((grade + 1) * 100) + homeroom + 1);
                var teacher = NewTeacher(school, Department.Homeroom, room);
                teacher.Load = 1;
                var section = AddSection(school, CourseCatalog.Homerooms[grade], grade, 0, room, teacher.Index);
                AddRange(section, start, count);
                if (grade == 0)
                {
                    SetCoTeacher(section, homeroom / 2);
                }

                foreach (var special in CourseCatalog.Specials[grade])
                {
                    AddRange(AddSection(school, special, grade, 0, room, -1), start, count);
                }
            }
        }
    }

    private void BuildSecondary(SampleSchool school)
    {
        var middle = school.Level == SchoolLevel.Middle;
        for (var grade = SampleGrades.FirstGrade(school.Level); grade <= SampleGrades.LastGrade(school.Level); grade++)
        {
            var students = school.GradeCount[grade];
            if (students == 0)
            {
                continue;
            }

            var cohorts = Groups(students, SecondaryClassSize, SecondaryMaxClassSize);
            var core = middle ? CourseCatalog.MiddleCore[grade - 6] : CourseCatalog.HighCore[grade - 9];
            for (var cohort = 0; cohort < cohorts; cohort++)
            {
                var (start, count) = Part(school.GradeStart[grade], students, cohorts, cohort);
                for (var slot = 0; slot < core.Length; slot++)
                {
                    var period = Period(slot, cohort, grade);
                    AddRange(AddSection(school, core[slot], grade, period, 0, -1), start, count);
                    if (core[slot] == CourseCatalog.HighHealth)
                    {
                        AddRange(AddSection(school, CourseCatalog.HighPhysicalEducation, grade, period, 0, -1), start, count);
                    }
                }
            }

            if (middle)
            {
                AddElectives(school, grade, cohorts, CourseCatalog.MiddleCoreSlots, CourseCatalog.MiddleElectivesA);
                AddElectives(school, grade, cohorts, CourseCatalog.MiddleCoreSlots + 1, CourseCatalog.MiddleElectivesB);
            }
            else
            {
                AddElectives(school, grade, cohorts, CourseCatalog.HighCoreSlots, CourseCatalog.HighElectives);
            }
        }
    }

    /// <summary>
    /// The elective sections of one slot of a grade: cohorts whose slot falls in the same period are pooled, the
    /// pool is shuffled and dealt into sections of 20-30, and each section gets an elective of the menu.
    /// </summary>
    private void AddElectives(SampleSchool school, int grade, int cohorts, int slot, CourseDefinition[] menu)
    {
        var gradeStudents = school.GradeCount[grade];
        var pool = new List<int>();
        for (var residue = 0; residue < Math.Min(cohorts, 7); residue++)
        {
            pool.Clear();
            for (var cohort = residue; cohort < cohorts; cohort += 7)
            {
                var (start, count) = Part(school.GradeStart[grade], gradeStudents, cohorts, cohort);
                for (var student = start; student < start + count; student++)
                {
                    pool.Add(student);
                }
            }

            var students = pool.ToArray();
            var key = (((((long)school.Index * SampleGrades.Count) + grade) * 8) + slot) * 8 + residue;
            var random = SampleRandom.For(_seed, SampleStream.Electives, key);
            random.Shuffle(students, 0, students.Length);
            var sections = Groups(students.Length, SecondaryClassSize, SecondaryMaxClassSize);
            var first = random.Next(menu.Length);
            var period = Period(slot, residue, grade);
            for (var i = 0; i < sections; i++)
            {
                var section = AddSection(school, menu[(first + i) % menu.Length], grade, period, 0, -1);
                var list = new List<int>();
                for (var j = i; j < students.Length; j += sections)
                {
                    list.Add(students[j]);
                }

                list.Sort();
                var item = _sections[section];
                item.MemberStart = _memberCount;
                item.MemberCount = list.Count;
                _sections[section] = item;
                foreach (var student in list)
                {
                    _members[_memberCount++] = student;
                }
            }
        }
    }

    /// <summary>Gives the school's sections that have no teacher yet to teachers of their department.</summary>
    private void AssignTeachers(SampleSchool school, int firstSection)
    {
        var byDepartment = new SortedDictionary<Department, List<int>>();
        for (var i = firstSection; i < _sections.Count; i++)
        {
            if (_sections[i].Teacher >= 0)
            {
                continue;
            }

            var department = _courses[_sections[i].Course].Definition.Department;
            if (!byDepartment.TryGetValue(department, out var list))
            {
                byDepartment.Add(department, list = new List<int>());
            }

            list.Add(i);
        }

        foreach (var entry in byDepartment)
        {
            if (school.Level == SchoolLevel.Elementary)
            {
                // Specials teachers see whole homerooms; a full load is about 25 classes a week.
                var sections = entry.Value;
                var teachers = (sections.Count + ElementarySpecialsPerTeacher - 1) / ElementarySpecialsPerTeacher;
                for (var t = 0; t < teachers; t++)
                {
                    var teacher = NewTeacher(school, entry.Key, 0);
                    var (start, count) = Part(0, sections.Count, teachers, t);
                    for (var i = start; i < start + count; i++)
                    {
                        SetTeacher(sections[i], teacher.Index);
                    }

                    teacher.Load = count;
                }

                continue;
            }

            // Secondary: each section goes to the first teacher of the department free in its period(s), up to six classes.
            var open = new List<TeacherSlot>();
            foreach (var index in entry.Value)
            {
                var section = _sections[index];
                var terms = _courses[section.Course].Definition.Terms;
                var periods = PeriodBits(section.Period, terms);
                var halves = terms == SessionTerms.Year ? 2 : 1;
                TeacherSlot? chosen = null;
                foreach (var candidate in open)
                {
                    if ((candidate.Periods & periods) == 0 && candidate.Load + halves <= SecondaryHalvesPerTeacher)
                    {
                        chosen = candidate;
                        break;
                    }
                }

                if (chosen is null)
                {
                    chosen = NewTeacher(school, entry.Key, (short)(101 + CountTeachers(school.Index)));
                    open.Add(chosen);
                }

                chosen.Periods |= periods;
                chosen.Load += halves;
                SetTeacher(index, chosen.Index);
                if (section.Room == 0 && _courses[section.Course].Definition.Location is null)
                {
                    var item = _sections[index];
                    item.Room = chosen.Room;
                    _sections[index] = item;
                }
            }
        }
    }

    /// <summary>
    /// Part-time positions of one department in two different schools (and, for secondary teachers, in different
    /// periods) become one person with a role in each school: the school with more classes is the primary one.
    /// </summary>
    private void SharePartTimeTeachers()
    {
        var open = new Dictionary<Department, List<TeacherSlot>>();
        foreach (var teacher in _teachers)
        {
            if (!teacher.IsPartTime)
            {
                continue;
            }

            if (!open.TryGetValue(teacher.Department, out var waiting))
            {
                open.Add(teacher.Department, waiting = new List<TeacherSlot>());
            }

            var partner = waiting.Find(other => other.School != teacher.School && (other.Periods & teacher.Periods) == 0);
            if (partner is null)
            {
                waiting.Add(teacher);
                continue;
            }

            waiting.Remove(partner);
            var (keep, give) = partner.Load >= teacher.Load ? (partner, teacher) : (teacher, partner);
            keep.Absorb(give);
        }

        for (var i = 0; i < _sections.Count; i++)
        {
            var section = _sections[i];
            section.Teacher = _teachers[section.Teacher].Survivor;
            _sections[i] = section;
        }
    }

    private static int PeriodBits(int period, SessionTerms terms)
    {
        var bit = 1 << (period - 1);
        return ((terms & SessionTerms.Fall) != 0 ? bit : 0) | ((terms & SessionTerms.Spring) != 0 ? bit << 7 : 0);
    }

    private static byte Period(int slot, int cohort, int grade) => (byte)(((slot + cohort + grade) % 7) + 1);

    /// <summary>Part <paramref name="part"/> of <paramref name="parts"/> nearly equal parts of a range.</summary>
    private static (int Start, int Count) Part(int first, int total, int parts, int part)
    {
        var start = (int)((long)total * part / parts);
        var end = (int)((long)total * (part + 1) / parts);
        return (first + start, end - start);
    }

    private int CountTeachers(int school)
    {
        var count = 0;
        for (var i = _teachers.Count - 1; i >= 0 && _teachers[i].School == school; i--)
        {
            count++;
        }

        return count;
    }

    private TeacherSlot NewTeacher(SampleSchool school, Department department, short room)
    {
        var teacher = new TeacherSlot(_teachers.Count, school.Index, department, school.Level == SchoolLevel.Elementary, room);
        _teachers.Add(teacher);
        return teacher;
    }

    private int AddSection(SampleSchool school, CourseDefinition definition, int grade, byte period, short room, int teacher)
    {
        if (!_schoolCourses.TryGetValue(definition, out var course))
        {
            course = _courses.Count;
            var grades = CourseCatalog.IsSchoolWide(definition) ? LevelGrades(school.Level) : SampleGrades.Lists[grade];
            _courses.Add(new SampleCourse(course, school.Index, definition, grades));
            _schoolCourses.Add(definition, course);
        }

        var number = ++_courses[course].Sections;
        _sections.Add(new SampleSection
        {
            School = school.Index,
            Course = course,
            Teacher = teacher,
            CoTeacher = -1,
            MemberStart = _memberCount,
            Number = (short)number,
            Room = room,
            Grade = (byte)grade,
            Period = period,
        });
        return _sections.Count - 1;
    }

    private void AddRange(int section, int start, int count)
    {
        var item = _sections[section];
        item.MemberStart = _memberCount;
        item.MemberCount = count;
        _sections[section] = item;
        for (var student = start; student < start + count; student++)
        {
            _members[_memberCount++] = student;
        }
    }

    private void SetTeacher(int section, int teacher)
    {
        var item = _sections[section];
        item.Teacher = teacher;
        _sections[section] = item;
    }

    private void SetCoTeacher(int section, int aide)
    {
        var item = _sections[section];
        item.CoTeacher = aide;
        _sections[section] = item;
    }

    private static string[] LevelGrades(SchoolLevel level) => LevelGradeLists[(int)level];
}
