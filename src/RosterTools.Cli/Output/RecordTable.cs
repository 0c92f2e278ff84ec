using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.OneRoster;

namespace RosterTools.Cli.Output;

/// <summary>
/// The compact table of <c>import --entity</c>: a few telling columns per collection, with spec names as headers.
/// Passwords are never shown. The rows are written as the records are read.
/// </summary>
internal static class RecordTable
{
    /// <summary>Rows whose widths set the columns' widths; later rows follow them.</summary>
    private const int SampleRows = 200;

    /// <summary>Writes the table and returns how many records it holds.</summary>
    public static long Write(TextWriter output, IEnumerable<OneRosterRecord> records, OneRosterEntity entity, OneRosterVersion version)
    {
        var columns = ColumnsOf(entity, version);
        var table = new TextTable(output, columns.Select(column => new TableColumn(column.Header)).ToList(), SampleRows);
        long count = 0;
        foreach (var row in Rows(records))
        {
            table.Add(columns.Select(column => column.Value(row)).ToArray());
            count++;
        }

        table.Complete();
        return count;
    }

    /// <summary>A record and, for a 1.1 user, the role records derived from its orgSourcedIds and role.</summary>
    private sealed record Row(OneRosterRecord Record, IReadOnlyList<RoleAssignment> DerivedRoles);

    private sealed record Column(string Header, Func<Row, string> Value);

    private static IEnumerable<Row> Rows(IEnumerable<OneRosterRecord> records)
    {
        User? user = null;
        var roles = new List<RoleAssignment>();
        foreach (var record in records)
        {
            if (user is not null && record is RoleAssignment { IsDerived: true } derived)
            {
                roles.Add(derived);
                continue;
            }

            if (user is not null)
            {
                yield return new Row(user, roles.ToList());
                user = null;
                roles.Clear();
            }

            if (record is User next)
            {
                user = next;
                continue;
            }

            yield return new Row(record, Array.Empty<RoleAssignment>());
        }

        if (user is not null)
        {
            yield return new Row(user, roles.ToList());
        }
    }

    private static IReadOnlyList<Column> ColumnsOf(OneRosterEntity entity, OneRosterVersion version)
    {
        var columns = new List<Column> { new("sourcedId", row => row.Record.SourcedId), new("status", row => row.Record.Status.SpecText ?? string.Empty) };
        switch (entity)
        {
            case OneRosterEntity.Orgs:
                Add<Org>(columns, ("name", org => org.Name), ("type", org => org.Type.SpecText), ("identifier", org => org.Identifier), ("parentSourcedId", org => org.ParentSourcedId));
                break;
            case OneRosterEntity.AcademicSessions:
                Add<AcademicSession>(columns, ("title", session => session.Title), ("type", session => session.Type.SpecText), ("startDate", session => Date(session.StartDate)), ("endDate", session => Date(session.EndDate)), ("parentSourcedId", session => session.ParentSourcedId), ("schoolYear", session => session.SchoolYear?.ToString(CultureInfo.InvariantCulture)));
                break;
            case OneRosterEntity.Courses:
                Add<Course>(columns, ("title", course => course.Title), ("courseCode", course => course.CourseCode), ("grades", course => List(course.Grades)), ("orgSourcedId", course => course.OrgSourcedId), ("schoolYearSourcedId", course => course.SchoolYearSourcedId));
                break;
            case OneRosterEntity.Classes:
                Add<Class>(columns, ("title", @class => @class.Title), ("classCode", @class => @class.ClassCode), ("classType", @class => @class.ClassType.SpecText), ("courseSourcedId", @class => @class.CourseSourcedId), ("schoolSourcedId", @class => @class.SchoolSourcedId), ("termSourcedIds", @class => List(@class.TermSourcedIds)));
                break;
            case OneRosterEntity.Users:
                Add<User>(columns, ("enabledUser", user => Bool(user.EnabledUser)), ("username", user => user.Username), ("givenName", user => user.GivenName), ("familyName", user => user.FamilyName), ("identifier", user => user.Identifier), ("email", user => user.Email), ("grades", user => List(user.Grades)));
                if (version == OneRosterVersion.V1_1)
                {
                    columns.Add(new Column("role", row => (row.DerivedRoles.FirstOrDefault(role => role.IsPrimary) ?? row.DerivedRoles.FirstOrDefault())?.Role.SpecText ?? string.Empty));
                    columns.Add(new Column("orgSourcedIds", row => List(row.DerivedRoles.OrderBy(role => role.IsPrimary ? 0 : 1).Select(role => role.OrgSourcedId ?? string.Empty).ToList())));
                }
                else
                {
                    Add<User>(columns, ("primaryOrgSourcedId", user => user.PrimaryOrgSourcedId));
                }

                break;
            case OneRosterEntity.UserProfiles:
                Add<UserProfile>(columns, ("userSourcedId", profile => profile.UserSourcedId), ("profileType", profile => profile.ProfileType), ("vendorId", profile => profile.VendorId), ("credentialType", profile => profile.CredentialType), ("username", profile => profile.Username));
                break;
            case OneRosterEntity.Roles:
                Add<RoleAssignment>(columns, ("userSourcedId", role => role.UserSourcedId), ("roleType", role => role.RoleType.SpecText), ("role", role => role.Role.SpecText), ("orgSourcedId", role => role.OrgSourcedId), ("beginDate", role => Date(role.BeginDate)), ("endDate", role => Date(role.EndDate)));
                break;
            case OneRosterEntity.Enrollments:
                Add<Enrollment>(columns, ("classSourcedId", enrollment => enrollment.ClassSourcedId), ("userSourcedId", enrollment => enrollment.UserSourcedId), ("role", enrollment => enrollment.Role.SpecText), ("primary", enrollment => Bool(enrollment.Primary)), ("schoolSourcedId", enrollment => enrollment.SchoolSourcedId), ("beginDate", enrollment => Date(enrollment.BeginDate)), ("endDate", enrollment => Date(enrollment.EndDate)));
                break;
            case OneRosterEntity.Demographics:
                Add<Demographics>(columns, ("birthDate", demographics => Date(demographics.BirthDate)), ("sex", demographics => demographics.Sex.SpecText), ("countryOfBirthCode", demographics => demographics.CountryOfBirthCode), ("stateOfBirthAbbreviation", demographics => demographics.StateOfBirthAbbreviation), ("cityOfBirth", demographics => demographics.CityOfBirth));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(entity), entity, null);
        }

        return columns;
    }

    private static void Add<T>(List<Column> columns, params (string Header, Func<T, string?> Value)[] added)
        where T : OneRosterRecord
    {
        foreach (var (header, value) in added)
        {
            columns.Add(new Column(header, row => row.Record is T record ? value(record) ?? string.Empty : string.Empty));
        }
    }

    private static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Bool(bool? value) => value switch { true => "true", false => "false", null => string.Empty };

    private static string List(IReadOnlyList<string> items) => string.Join(",", items);
}
