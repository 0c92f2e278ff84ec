using System;
using System.Collections.Generic;

namespace RosterTools.Samples;

/// <summary>
/// Numbers the staff and names them: the district office (a superintendent, a technology director and a district
/// administrator per ten schools), then school by school the principal, assistant principals (one per 700
/// students), counselors (one per elementary school, one per 350 secondary students), kindergarten aides and
/// teachers. Sections get their teachers' staff numbers.
/// </summary>
internal static class StaffBuilder
{
    public static void Build(int seed, DistrictLayout layout, SampleSchedule schedule, List<StaffRecord> staff)
    {
        staff.Add(new StaffRecord { Role = StaffRole.DistrictAdministrator, School = -1 });
        staff.Add(new StaffRecord { Role = StaffRole.SystemAdministrator, School = -1 });
        for (var i = 0; i < layout.Schools.Length / 10; i++)
        {
            staff.Add(new StaffRecord { Role = StaffRole.DistrictAdministrator, School = -1 });
        }

        var teachersBySchool = new List<TeacherSlot>[layout.Schools.Length];
        foreach (var slot in schedule.Teachers)
        {
            if (slot.Survivor == slot.Index)
            {
                (teachersBySchool[slot.School] ??= new List<TeacherSlot>()).Add(slot);
            }
        }

        var firstAide = new int[layout.Schools.Length];
        foreach (var school in layout.Schools)
        {
            var s = school.Index;
            staff.Add(new StaffRecord { Role = StaffRole.Principal, School = s });
            for (var i = 0; i < school.StudentCount / 700; i++)
            {
                staff.Add(new StaffRecord { Role = StaffRole.SiteAdministrator, School = s });
            }

            var counselors = school.Level == SchoolLevel.Elementary ? 1 : Math.Max(1, (school.StudentCount + 349) / 350);
            for (var i = 0; i < counselors; i++)
            {
                staff.Add(new StaffRecord { Role = StaffRole.Counselor, School = s });
            }

            firstAide[s] = staff.Count;
            for (var i = 0; i < schedule.Aides[s]; i++)
            {
                staff.Add(new StaffRecord { Role = StaffRole.Aide, School = s });
            }

            foreach (var slot in teachersBySchool[s] ?? new List<TeacherSlot>())
            {
                slot.Staff = staff.Count;
                staff.Add(new StaffRecord { Role = StaffRole.Teacher, School = s, SecondSchool = slot.SecondSchool });
            }
        }

        for (var i = 0; i < schedule.Sections.Count; i++)
        {
            var section = schedule.Sections[i];
            section.Teacher = schedule.Teachers[section.Teacher].Staff;
            section.CoTeacher = section.CoTeacher < 0 ? -1 : firstAide[section.School] + section.CoTeacher;
            schedule.Sections[i] = section;
        }

        var pool = NamePool.Instance;
        var profiles = 0;
        for (var i = 0; i < staff.Count; i++)
        {
            var member = staff[i];
            var random = SampleRandom.For(seed, SampleStream.Staff, i);
            var heritage = pool.DrawHeritage(ref random);
            var classroom = member.Role is StaffRole.Teacher or StaffRole.Aide or StaffRole.Counselor;
            var female = random.Chance(classroom ? 0.76 : 0.55);
            member.Sex = female ? PersonSex.Female : PersonSex.Male;
            member.Given = pool.DrawGiven(ref random, heritage, female);
            member.Middle = random.Chance(0.5) ? pool.DrawMiddle(ref random, female) : (short)-1;
            member.Surname = pool.DrawFamily(ref random, heritage);
            var nickname = pool.Nickname(member.Given);
            member.Preferred = nickname >= 0 && random.Chance(0.35) ? nickname : (short)-1;
            var pronouns = random.NextDouble();
            member.Pronouns = pronouns < 0.01 ? "they/them" : pronouns < 0.05 ? (female ? "she/her" : "he/him") : null;
            member.HasProfile = member.Role == StaffRole.Teacher && random.Chance(0.05);
            profiles += member.HasProfile ? 1 : 0;
        }

        if (profiles == 0)
        {
            var first = staff.Find(member => member.Role == StaffRole.Teacher);
            if (first is not null)
            {
                first.HasProfile = true;
            }
        }
    }
}
