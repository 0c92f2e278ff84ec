using System;
using System.Collections.Generic;
using System.Globalization;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;

namespace RosterTools.Samples;

/// <summary>users.csv, userProfiles.csv and roles.csv: staff first, then students, then guardians.</summary>
internal sealed partial class SampleBundleWriter
{
    private const string SisIdType = "SIS";
    private static readonly string[] GuardianMailDomains = { "example.com", "example.net" };

    private void WriteUsers(Sink<User> file)
    {
        var usernames = new UsernameAllocator();
        var record = new User { EnabledUser = true };
        var legacy = _legacyColumns;
        var staffPopulation = _people.Staff.Count;
        for (var i = 0; i < _people.Staff.Count; i++)
        {
            var member = _people.Staff[i];
            var identifier = "E" + _ids.Number(SampleStream.Staff, i, staffPopulation, 6);
            var username = usernames.Next(_names.GivenFolded(member.Given), _names.FamilyFolded(member.Surname));
            var primaryOrg = member.School < 0 ? _districtId : _schoolIds[member.School];
            Fill(record, _ids.SourcedId(IdKind.Staff, i), username, identifier, member.Given, member.Middle, member.Preferred, _names.Family(member.Surname));
            record.Email = username + "@" + _layout.Domain;
            record.Grades = Array.Empty<string>();
            record.AgentSourcedIds = Array.Empty<string>();
            record.PrimaryOrgSourcedId = primaryOrg;
            record.Pronouns = member.Pronouns;
            legacy.Orgs = member.SecondSchool < 0 ? primaryOrg : primaryOrg + "," + _schoolIds[member.SecondSchool];
            legacy.Role = SpecName(SampleVocabulary.RoleOf(member.Role, _version));
            file.Write(record);
            if (member.HasProfile)
            {
                _profiles.Add(new KeyValuePair<int, string>(i, username));
            }
        }

        // The first night's students and guardians in their order (the usernames of those who left are still
        // counted, so that nobody else's changes), then the next night's new students and guardians.
        var students = _night?.StudentPopulation ?? _people.Students.Length;
        var guardians = _night?.GuardianPopulation ?? _people.Guardians.Length;
        for (var i = 0; i < students; i++)
        {
            WriteStudent(file, record, usernames, i);
        }

        for (var i = 0; i < guardians; i++)
        {
            WriteGuardian(file, record, usernames, i);
        }

        for (var i = students; i < _people.Students.Length; i++)
        {
            WriteStudent(file, record, usernames, i);
        }

        for (var i = guardians; i < _people.Guardians.Length; i++)
        {
            WriteGuardian(file, record, usernames, i);
        }
    }

    private void WriteStudent(Sink<User> file, User record, UsernameAllocator usernames, int i)
    {
        var student = _people.Students[i];
        var named = _night?.NameSource(i) ?? student;
        var username = usernames.Next(_names.GivenFolded(named.Given), FamilyFolded(named.Surname, named.Surname2));
        if (_night?.IsWithdrawnStudent(i) == true)
        {
            return;
        }

        var family = FamilyName(student.Surname, student.Surname2);
        var population = _night?.StudentPopulation ?? _people.Students.Length;
        Fill(record, _ids.SourcedId(IdKind.Student, i), username, _ids.Number(SampleStream.Student, i, population, 7), student.Given, student.Middle, student.Preferred, family);
        record.EnabledUser = _night?.IsDisabled(i) != true;
        record.Pronouns = null;
        record.Sms = null;
        record.Phone = null;
        record.Email = username + "@" + _layout.Domain;
        record.Grades = SampleGrades.Lists[student.Grade];
        record.AgentSourcedIds = GuardianIds(student.Family);
        record.PrimaryOrgSourcedId = _schoolIds[student.School];
        _legacyColumns.Orgs = record.PrimaryOrgSourcedId;
        _legacyColumns.Role = SpecName(UserRole.Student);
        file.Write(record);
    }

    private void WriteGuardian(Sink<User> file, User record, UsernameAllocator usernames, int i)
    {
        var guardian = _people.Guardians[i];
        var username = usernames.Next(_names.GivenFolded(guardian.Given), _names.FamilyFolded(guardian.Surname));
        if (_night?.IsWithdrawnGuardian(i) == true)
        {
            return;
        }

        var population = _night?.GuardianPopulation ?? _people.Guardians.Length;
        var schools = new int[3];
        Fill(record, _ids.SourcedId(IdKind.Guardian, i), username, "G" + _ids.Number(SampleStream.Guardian, i, population, 7), guardian.Given, guardian.Middle, guardian.Preferred, _names.Family(guardian.Surname));
        record.EnabledUser = true;
        record.Pronouns = null;
        record.Grades = Array.Empty<string>();
        record.Email = username + "@" + GuardianMailDomains[i % GuardianMailDomains.Length];
        record.Phone = _layout.AreaCode + "-555-01" + guardian.Phone.ToString("00", CultureInfo.InvariantCulture);
        record.Sms = record.Phone;
        record.AgentSourcedIds = ChildIds(guardian.Family);
        var count = ChildSchools(guardian.Family, schools);
        record.PrimaryOrgSourcedId = _schoolIds[schools[0]];
        _legacyColumns.Orgs = JoinSchools(schools, count);
        _legacyColumns.Role = SpecName(SampleVocabulary.RoleOf(guardian));
        file.Write(record);
    }

    private void WriteUserProfiles(Sink<UserProfile> file)
    {
        var record = new UserProfile
        {
            ProfileType = "Learning platform account",
            VendorId = "example-learning",
            ApplicationId = "example-learning-web",
            Description = "Teacher account in Example Learning",
            CredentialType = "username",
        };
        foreach (var profile in _profiles)
        {
            record.SourcedId = _ids.SourcedId(IdKind.UserProfile, profile.Key);
            record.UserSourcedId = _ids.SourcedId(IdKind.Staff, profile.Key);
            record.Username = profile.Value;
            file.Write(record);
        }
    }

    /// <summary>roles.csv (1.2): one primary role in the primary org, and secondary roles in other orgs, in users.csv order.</summary>
    private void WriteRoles(Sink<RoleAssignment> file)
    {
        var record = new RoleAssignment();
        for (var i = 0; i < _people.Staff.Count; i++)
        {
            var member = _people.Staff[i];
            var user = _ids.SourcedId(IdKind.Staff, i);
            var role = SampleVocabulary.RoleOf(member.Role, _version);
            record.UserProfileSourcedId = member.HasProfile ? _ids.SourcedId(IdKind.UserProfile, i) : null;
            WriteRole(file, record, 1, i, 0, user, RoleType.Primary, role, member.School < 0 ? _districtId : _schoolIds[member.School]);
            record.UserProfileSourcedId = null;
            if (member.SecondSchool >= 0)
            {
                WriteRole(file, record, 1, i, 1, user, RoleType.Secondary, role, _schoolIds[member.SecondSchool]);
            }
        }

        var students = _night?.StudentPopulation ?? _people.Students.Length;
        var guardians = _night?.GuardianPopulation ?? _people.Guardians.Length;
        WriteStudentRoles(file, record, 0, students);
        WriteGuardianRoles(file, record, 0, guardians);
        WriteStudentRoles(file, record, students, _people.Students.Length);
        WriteGuardianRoles(file, record, guardians, _people.Guardians.Length);
    }

    private void WriteStudentRoles(Sink<RoleAssignment> file, RoleAssignment record, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_night?.IsWithdrawnStudent(i) != true)
            {
                WriteRole(file, record, 0, i, 0, _ids.SourcedId(IdKind.Student, i), RoleType.Primary, UserRole.Student, _schoolIds[_people.Students[i].School]);
            }
        }
    }

    private void WriteGuardianRoles(Sink<RoleAssignment> file, RoleAssignment record, int from, int to)
    {
        var schools = new int[3];
        for (var i = from; i < to; i++)
        {
            if (_night?.IsWithdrawnGuardian(i) == true)
            {
                continue;
            }

            var guardian = _people.Guardians[i];
            var user = _ids.SourcedId(IdKind.Guardian, i);
            var count = ChildSchools(guardian.Family, schools);
            for (var s = 0; s < count; s++)
            {
                WriteRole(file, record, 2, i, s, user, s == 0 ? RoleType.Primary : RoleType.Secondary, SampleVocabulary.RoleOf(guardian), _schoolIds[schools[s]]);
            }
        }
    }

    private void WriteRole(Sink<RoleAssignment> file, RoleAssignment record, int kind, int person, int slot, string user, RoleType roleType, UserRole role, string org)
    {
        record.SourcedId = _ids.Role(kind, person, slot);
        record.UserSourcedId = user;
        record.RoleType = roleType;
        record.Role = role;
        record.OrgSourcedId = org;
        file.Write(record);
    }

    private void Fill(User record, string sourcedId, string username, string identifier, short given, short middle, short preferred, string family)
    {
        record.SourcedId = sourcedId;
        record.Username = username;
        record.UserIds = new[] { new UserId(SisIdType, identifier) };
        record.GivenName = _names.Given(given);
        record.FamilyName = family;
        record.MiddleName = middle < 0 ? null : _names.Given(middle);
        record.Identifier = identifier;
        record.PreferredGivenName = _version == OneRosterVersion.V1_2 && preferred >= 0 ? _names.Given(preferred) : null;
    }

    private string FamilyName(short surname, short surname2) =>
        surname2 < 0 ? _names.Family(surname) : _names.Family(surname) + "-" + _names.Family(surname2);

    private string FamilyFolded(short surname, short surname2) =>
        surname2 < 0 ? _names.FamilyFolded(surname) : _names.FamilyFolded(surname) + _names.FamilyFolded(surname2);

    private string[] GuardianIds(int family)
    {
        var record = _people.Families[family];
        var ids = new string[record.Guardians];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _ids.SourcedId(IdKind.Guardian, record.FirstGuardian + i);
        }

        return ids;
    }

    private string[] ChildIds(int family)
    {
        var record = _people.Families[family];
        var ids = new string[record.Children];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _ids.SourcedId(IdKind.Student, _people.FamilyChildren[record.FirstChild + i]);
        }

        return ids;
    }

    private string JoinSchools(int[] schools, int count)
    {
        var orgs = _schoolIds[schools[0]];
        for (var i = 1; i < count; i++)
        {
            orgs += "," + _schoolIds[schools[i]];
        }

        return orgs;
    }

    private static string SpecName(UserRole role) => new SpecEnum<UserRole>(role).Text!;

    /// <summary>
    /// 1.1 users.csv orgSourcedIds and role, which <see cref="User"/> does not hold (the reader turns them into role
    /// records): the writer asks for them through <see cref="OneRoster.Csv.EntityFileWriter{T}.ValueOf"/>.
    /// </summary>
    private sealed class LegacyUserColumns
    {
        private readonly FieldSpec<User>? _orgs = Schemas.Users.Find("orgSourcedIds");
        private readonly FieldSpec<User>? _role = Schemas.Users.Find("role");

        /// <summary>The current user's orgs, primary first, comma-separated.</summary>
        public string Orgs { get; set; } = string.Empty;

        /// <summary>The current user's role, as 1.1 spells it.</summary>
        public string Role { get; set; } = string.Empty;

        public string? ValueOf(User user, FieldSpec<User> field) =>
            ReferenceEquals(field, _orgs) ? Orgs : ReferenceEquals(field, _role) ? Role : null;
    }
}
