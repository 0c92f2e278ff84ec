using System.Collections.Generic;

namespace RosterTools.Samples;

/// <summary>A school's course: a <see cref="CourseDefinition"/> offered at one school (a courses.csv row).</summary>
internal sealed class SampleCourse
{
    public SampleCourse(int index, int school, CourseDefinition definition, string[] grades)
    {
        Index = index;
        School = school;
        Definition = definition;
        Grades = grades;
    }

    public int Index { get; }

    public int School { get; }

    public CourseDefinition Definition { get; }

    public string[] Grades { get; }

    /// <summary>How many sections (classes) of the course the school has so far.</summary>
    public int Sections { get; set; }
}

/// <summary>A section (a classes.csv row). Its students are <see cref="SampleSchedule.Members"/> from MemberStart.</summary>
internal struct SampleSection
{
    public int School;

    public int Course;

    /// <summary>The teacher: a <see cref="TeacherSlot"/> number while the schedule is built, then a staff number.</summary>
    public int Teacher;

    /// <summary>A second, non-primary teacher (a kindergarten aide): the aide's number in the school, then a staff number; -1 when none.</summary>
    public int CoTeacher;

    public int MemberStart;

    public int MemberCount;

    public short Number;

    /// <summary>The room: the homeroom's number for elementary classes, the teacher's for secondary ones; 0 when none.</summary>
    public short Room;

    public byte Grade;

    /// <summary>The period, 1 to 7, for secondary classes; 0 for elementary ones.</summary>
    public byte Period;
}

/// <summary>
/// A teaching position while the schedule is built: a school, a department, the sections taught and the periods
/// they take. Part-time positions of one department in two schools become one person (<see cref="SecondSchool"/>).
/// </summary>
internal sealed class TeacherSlot
{
    public TeacherSlot(int index, int school, Department department, bool elementary, short room)
    {
        Index = index;
        School = school;
        Department = department;
        IsElementary = elementary;
        Room = room;
        Survivor = index;
    }

    public int Index { get; }

    /// <summary>The school of the teacher's primary role.</summary>
    public int School { get; private set; }

    /// <summary>The school of the teacher's second role, or -1.</summary>
    public int SecondSchool { get; private set; } = -1;

    public Department Department { get; }

    public bool IsElementary { get; }

    public short Room { get; }

    /// <summary>Sections taught: half-years for secondary teachers (a full-year class counts two), classes for elementary ones.</summary>
    public int Load { get; set; }

    /// <summary>Periods taken: bits 0-6 in the fall, 7-13 in the spring.</summary>
    public int Periods { get; set; }

    /// <summary>The slot whose person teaches this slot's sections (itself unless merged).</summary>
    public int Survivor { get; private set; }

    /// <summary>The staff number of the teacher, once staff is numbered.</summary>
    public int Staff { get; set; } = -1;

    public bool IsPartTime => Department != Department.Homeroom && (IsElementary ? Load <= 12 : Load <= 6);

    /// <summary>Makes <paramref name="other"/>'s sections this teacher's: one person working in two schools.</summary>
    public void Absorb(TeacherSlot other)
    {
        other.Survivor = Index;
        SecondSchool = other.School;
        Load += other.Load;
        Periods |= other.Periods;
    }
}

/// <summary>The courses, sections, class lists and teaching positions of the whole district.</summary>
internal sealed class SampleSchedule
{
    public SampleSchedule(List<SampleCourse> courses, List<SampleSection> sections, int[] members, List<TeacherSlot> teachers, int[] aides)
    {
        Courses = courses;
        Sections = sections;
        Members = members;
        Teachers = teachers;
        Aides = aides;
    }

    public List<SampleCourse> Courses { get; }

    public List<SampleSection> Sections { get; }

    /// <summary>The students of every section, section after section, each section's in student order.</summary>
    public int[] Members { get; }

    /// <summary>Every teaching position; merged ones point to their <see cref="TeacherSlot.Survivor"/>.</summary>
    public List<TeacherSlot> Teachers { get; }

    /// <summary>How many kindergarten aides each school has.</summary>
    public int[] Aides { get; }

    /// <summary>Student enrollments: the length of every class list together.</summary>
    public long StudentEnrollments { get; set; }
}
