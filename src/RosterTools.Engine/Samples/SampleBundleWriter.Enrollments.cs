using System;
using RosterTools.OneRoster;

namespace RosterTools.Samples;

/// <summary>enrollments.csv (class by class: the teacher, a co-teaching aide, then the students) and demographics.csv.</summary>
internal sealed partial class SampleBundleWriter
{
    private void WriteEnrollments(Sink<Enrollment> file)
    {
        var record = new Enrollment();
        var members = _schedule.Members;
        for (var i = 0; i < _schedule.Sections.Count; i++)
        {
            var section = _schedule.Sections[i];
            record.ClassSourcedId = _ids.SourcedId(IdKind.Class, i);
            record.SchoolSourcedId = _schoolIds[section.School];
            record.Role = EnrollmentRole.Teacher;
            record.Primary = true;
            WriteEnrollment(file, record, i, staff: true, section.Teacher);
            if (section.CoTeacher >= 0)
            {
                record.Primary = false;
                WriteEnrollment(file, record, i, staff: true, section.CoTeacher);
            }

            record.Role = EnrollmentRole.Student;
            record.Primary = null;
            for (var m = section.MemberStart; m < section.MemberStart + section.MemberCount; m++)
            {
                WriteEnrollment(file, record, i, staff: false, members[m]);
            }
        }
    }

    private void WriteEnrollment(Sink<Enrollment> file, Enrollment record, int section, bool staff, int person)
    {
        record.SourcedId = _ids.Enrollment(section, staff, person);
        record.UserSourcedId = _ids.SourcedId(staff ? IdKind.Staff : IdKind.Student, person);
        file.Write(record);
    }

    private void WriteDemographics(Sink<Demographics> file)
    {
        var record = new Demographics();
        for (var i = 0; i < _people.Students.Length; i++)
        {
            // The first night's students, then the new ones: users.csv's order.
            var student = _people.Students[i];
            if (_night?.IsWithdrawnStudent(i) == true)
            {
                continue;
            }

            var random = SampleRandom.For(_options.Seed, SampleStream.Demographics, i);
            record.SourcedId = _ids.SourcedId(IdKind.Student, i);
            record.BirthDate = _calendar.BirthDate(student.Grade, ref random);
            record.Sex = SampleVocabulary.SexOf(student.Sex, _version);
            SampleDemographics.SetRace(record, student.Heritage, ref random);
            SampleDemographics.SetBirthPlace(record, student.Heritage, _layout, ref random);
            file.Write(record);
        }
    }
}
