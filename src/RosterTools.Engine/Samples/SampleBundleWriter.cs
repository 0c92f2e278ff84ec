using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Schema;

namespace RosterTools.Samples;

/// <summary>
/// Writes a generated district as a bulk OneRoster bundle, one file at a time, a row at a time, with the engine's
/// <see cref="EntityFileWriter{T}"/> (so columns, formats and quoting are the engine's) and one reused record
/// object per file. Nothing per person is kept but the compact records of <see cref="SamplePeople"/>.
/// </summary>
internal sealed partial class SampleBundleWriter
{
    private const string SystemName = "RosterTools sample district";
    private const string SystemCode = "rostertools-sample";

    private readonly SampleDistrictOptions _options;
    private readonly OneRosterVersion _version;
    private readonly DistrictLayout _layout;
    private readonly SampleSchedule _schedule;
    private readonly SamplePeople _people;
    private readonly SampleIds _ids;
    private readonly SampleCalendar _calendar;
    private readonly BundleTarget _folder;
    private readonly ProgressCounter _progress;
    private readonly NamePool _names = NamePool.Instance;
    private readonly FileRows _rows = new();
    private readonly Dictionary<string, ProcessingMode> _files = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<int, string>> _profiles = new();
    private readonly LegacyUserColumns _legacyColumns = new();
    private readonly string _districtId;
    private readonly string[] _schoolIds;
    private readonly string _yearId;
    private readonly string _fallId;
    private readonly string _springId;
    private readonly NextNight? _night;

    public SampleBundleWriter(SampleDistrictOptions options, DistrictLayout layout, SampleSchedule schedule, SamplePeople people, BundleTarget folder, IProgress<SampleProgress>? progress, CancellationToken cancellationToken, NextNight? night = null)
    {
        _night = night;
        _options = options;
        _version = options.Version;
        _layout = layout;
        _schedule = schedule;
        _people = people;
        _folder = folder;
        _ids = new SampleIds(options.Seed);
        _calendar = new SampleCalendar(options.SchoolYear);
        _districtId = _ids.SourcedId(IdKind.Org, 0);
        _schoolIds = new string[layout.Schools.Length];
        for (var i = 0; i < _schoolIds.Length; i++)
        {
            _schoolIds[i] = _ids.SourcedId(IdKind.Org, i + 1);
        }

        _yearId = _ids.SourcedId(IdKind.Session, 0);
        _fallId = _ids.SourcedId(IdKind.Session, 1);
        _springId = _ids.SourcedId(IdKind.Session, 2);
        _progress = new ProgressCounter(progress, ExpectedRows(), cancellationToken);
    }

    /// <summary>The data rows written to each file, by collection name.</summary>
    public IReadOnlyDictionary<string, long> Rows => _rows;

    public void Write()
    {
        // MaxStudents keeps a district well inside these limits; enrollment ids pack class and person numbers into 48 bits.
        if (_schedule.Sections.Count >= 1 << SampleIds.ClassBits || _people.Students.Length >= 1 << SampleIds.PersonBits || _people.Staff.Count >= 1 << SampleIds.PersonBits)
        {
            throw new InvalidOperationException("The district is too large for enrollment sourcedIds made from class and person numbers.");
        }

        WriteFile(OneRosterEntity.Orgs, Schemas.Orgs, WriteOrgs);
        WriteFile(OneRosterEntity.AcademicSessions, Schemas.AcademicSessions, WriteAcademicSessions);
        WriteFile(OneRosterEntity.Courses, Schemas.Courses, WriteCourses);
        WriteFile(OneRosterEntity.Classes, Schemas.Classes, WriteClasses);
        WriteFile(OneRosterEntity.Users, Schemas.Users, WriteUsers, _version == OneRosterVersion.V1_1 ? _legacyColumns.ValueOf : null);
        if (_version == OneRosterVersion.V1_2)
        {
            if (_profiles.Count > 0)
            {
                WriteFile(OneRosterEntity.UserProfiles, Schemas.UserProfiles, WriteUserProfiles);
            }

            WriteFile(OneRosterEntity.Roles, Schemas.Roles, WriteRoles);
        }

        WriteFile(OneRosterEntity.Enrollments, Schemas.Enrollments, WriteEnrollments);
        WriteFile(OneRosterEntity.Demographics, Schemas.Demographics, WriteDemographics);
        using var manifest = _folder.Create(BundleFiles.ManifestFileName);
        ManifestWriter.Write(manifest, _version, _files, _options.NewLine, SystemName, SystemCode);
    }

    private long ExpectedRows()
    {
        long rows = 1 + _layout.Schools.Length + 3 + _schedule.Courses.Count + _schedule.Sections.Count;
        rows += _people.Staff.Count + _people.Students.Length + _people.Guardians.Length;
        rows += _schedule.StudentEnrollments + _people.Students.Length;
        foreach (var section in _schedule.Sections)
        {
            rows += section.CoTeacher >= 0 ? 2 : 1;
        }

        if (_version == OneRosterVersion.V1_2)
        {
            var schools = new int[3];
            rows += _people.Students.Length;
            foreach (var member in _people.Staff)
            {
                rows += (member.SecondSchool >= 0 ? 2 : 1) + (member.HasProfile ? 1 : 0);
            }

            for (var f = 0; f < _people.Families.Length; f++)
            {
                rows += _people.Families[f].Guardians * ChildSchools(f, schools);
            }
        }

        return rows;
    }

    private void WriteOrgs(Sink<Org> file)
    {
        var org = new Org { SourcedId = _districtId, Name = _layout.Name, Type = OrgType.District, Identifier = _layout.Identifier };
        file.Write(org);
        foreach (var school in _layout.Schools)
        {
            org.SourcedId = _schoolIds[school.Index];
            org.Name = school.Name;
            org.Type = OrgType.School;
            org.Identifier = school.Identifier;
            org.ParentSourcedId = _districtId;
            file.Write(org);
        }
    }

    private void WriteAcademicSessions(Sink<AcademicSession> file)
    {
        file.Write(new AcademicSession { SourcedId = _yearId, Title = _calendar.Title, Type = SessionType.SchoolYear, StartDate = _calendar.Start, EndDate = _calendar.End, SchoolYear = _calendar.SchoolYear });
        file.Write(new AcademicSession
        {
            SourcedId = _fallId,
            Title = "Fall " + (_calendar.SchoolYear - 1).ToString(CultureInfo.InvariantCulture),
            Type = SessionType.Semester,
            StartDate = _calendar.Start,
            EndDate = _calendar.SpringStart,
            ParentSourcedId = _yearId,
            SchoolYear = _calendar.SchoolYear,
        });
        file.Write(new AcademicSession
        {
            SourcedId = _springId,
            Title = "Spring " + _calendar.SchoolYear.ToString(CultureInfo.InvariantCulture),
            Type = SessionType.Semester,
            StartDate = _calendar.SpringStart,
            EndDate = _calendar.End,
            ParentSourcedId = _yearId,
            SchoolYear = _calendar.SchoolYear,
        });
    }

    private void WriteCourses(Sink<Course> file)
    {
        var record = new Course { SchoolYearSourcedId = _yearId };
        foreach (var course in _schedule.Courses)
        {
            var definition = course.Definition;
            var elementary = _layout.Schools[course.School].Level == SchoolLevel.Elementary;
            record.SourcedId = _ids.SourcedId(IdKind.Course, course.Index);
            record.Title = definition.Title;
            record.CourseCode = definition.Code;
            record.Grades = course.Grades;
            record.OrgSourcedId = _schoolIds[course.School];
            record.Subjects = SubjectNames(definition);
            record.SubjectCodes = SubjectCodes(definition, elementary);
            file.Write(record);
        }
    }

    private void WriteClasses(Sink<Class> file)
    {
        var record = new Class();
        var year = new[] { _fallId, _springId };
        var fall = new[] { _fallId };
        var spring = new[] { _springId };
        var periods = new string[8][];
        for (var p = 1; p < periods.Length; p++)
        {
            periods[p] = new[] { p.ToString(CultureInfo.InvariantCulture) };
        }

        for (var i = 0; i < _schedule.Sections.Count; i++)
        {
            var section = _schedule.Sections[i];
            var course = _schedule.Courses[section.Course];
            var definition = course.Definition;
            var elementary = _layout.Schools[section.School].Level == SchoolLevel.Elementary;
            var number = ((int)section.Number).ToString("00", CultureInfo.InvariantCulture);
            record.SourcedId = _ids.SourcedId(IdKind.Class, i);
            record.Title = definition.IsHomeroom ? definition.Title + " - Room " + Room(section)
                : elementary ? definition.Title + " - Homeroom " + Room(section)
                : definition.Title + " - Period " + periods[section.Period][0] + ", Section " + number;
            record.Grades = SampleGrades.Lists[section.Grade];
            record.CourseSourcedId = _ids.SourcedId(IdKind.Course, section.Course);
            record.ClassCode = definition.Code + "-" + number;
            record.ClassType = definition.IsHomeroom ? ClassType.Homeroom : ClassType.Scheduled;
            record.Location = definition.Location ?? (section.Room > 0 ? "Room " + Room(section) : null);
            record.SchoolSourcedId = _schoolIds[section.School];
            record.TermSourcedIds = definition.Terms switch
            {
                SessionTerms.Fall => fall,
                SessionTerms.Spring => spring,
                _ => year,
            };
            record.Subjects = SubjectNames(definition);
            record.SubjectCodes = SubjectCodes(definition, elementary);
            record.Periods = section.Period > 0 ? periods[section.Period] : Array.Empty<string>();
            file.Write(record);
        }
    }

    private static string Room(SampleSection section) => ((int)section.Room).ToString(CultureInfo.InvariantCulture);

    private static string[] SubjectNames(CourseDefinition definition) => Array.ConvertAll(definition.Subjects, subject => subject.Name);

    private static string[] SubjectCodes(CourseDefinition definition, bool elementary) => Array.ConvertAll(definition.Subjects, subject => subject.Code(elementary));

    /// <summary>The distinct schools of a family's children, in the children's order; returns how many.</summary>
    private int ChildSchools(int family, int[] schools)
    {
        var record = _people.Families[family];
        var count = 0;
        for (var i = 0; i < record.Children; i++)
        {
            var school = _people.Students[_people.FamilyChildren[record.FirstChild + i]].School;
            if (Array.IndexOf(schools, school, 0, count) < 0)
            {
                schools[count++] = school;
            }
        }

        return count;
    }

    /// <summary>Writes one file: <paramref name="rows"/> writes its rows; the file counts (rows, manifest) only once they all are.</summary>
    private void WriteFile<T>(OneRosterEntity entity, EntitySchema<T> schema, Action<Sink<T>> rows, Func<T, FieldSpec<T>, string?>? valueOf = null)
        where T : OneRosterRecord
    {
        var fileName = entity.FileName();
        var writer = new EntityFileWriter<T>(_folder.Create(fileName), schema, _version, _options.NewLine) { ValueOf = valueOf };
        using (writer)
        {
            rows(new Sink<T>(this, fileName, writer));
        }

        _rows.Add(entity.SpecName(), writer.Rows);
        _files[entity.SpecName()] = ProcessingMode.Bulk;
        _progress.FileDone(fileName, writer.Rows);
    }

    /// <summary>The rows of one file as they are written: counted, with progress.</summary>
    private sealed class Sink<T>
        where T : OneRosterRecord
    {
        private readonly SampleBundleWriter _owner;
        private readonly string _fileName;
        private readonly EntityFileWriter<T> _writer;

        public Sink(SampleBundleWriter owner, string fileName, EntityFileWriter<T> writer)
        {
            _owner = owner;
            _fileName = fileName;
            _writer = writer;
        }

        public void Write(T record)
        {
            _writer.Write(record);
            _owner._progress.Row(_fileName, _writer.Rows);
        }
    }
}
