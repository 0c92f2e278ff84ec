using System.Globalization;
using RosterTools.OneRoster;

namespace RosterTools.Planning;

/// <summary>
/// The values of a template's placeholders for one person (and, for group names, one school, grade, role or
/// class): what <c>NameTemplate.Render</c> asks for by name.
/// </summary>
internal sealed class TemplateValues
{
    private readonly Person? _person;
    private readonly int _schoolYear;

    public TemplateValues(Person? person, int schoolYear)
    {
        _person = person;
        _schoolYear = schoolYear;
        School = person?.School;
        Grade = person?.Grade;
        Role = person?.Role;
    }

    /// <summary>The generated username, for UPN, email and display name templates.</summary>
    public string? Username { get; set; }

    public Org? School { get; set; }

    public string? Grade { get; set; }

    public string? Role { get; set; }

    public Class? Class { get; set; }

    public Course? Course { get; set; }

    public AcademicSession? Term { get; set; }

    /// <summary>The value of a placeholder, or null when the person (or group) has none.</summary>
    public string? Get(string placeholder)
    {
        var user = _person?.User;
        return placeholder switch
        {
            "givenName" => user?.GivenName,
            "familyName" => user?.FamilyName,
            "middleName" => user?.MiddleName,
            "preferredGivenName" => user?.PreferredGivenName,
            "preferredMiddleName" => user?.PreferredMiddleName,
            "preferredFamilyName" => user?.PreferredFamilyName,
            "identifier" => user?.Identifier,
            "sourcedId" => user?.SourcedId,
            "userMasterIdentifier" => user?.UserMasterIdentifier,
            "sis.username" => user?.Username,
            "sis.email" => user?.Email,
            "username" => Username,
            "role" => Role,
            "grade" => Grade,
            "gradYear" => _person?.GradYear?.ToString(CultureInfo.InvariantCulture),
            "school.identifier" => School?.Identifier,
            "school.name" => School?.Name,
            "school.sourcedId" => School?.SourcedId,
            "class.sourcedId" => Class?.SourcedId,
            "class.title" => Class?.Title,
            "class.classCode" => Class?.ClassCode,
            "course.title" => Course?.Title,
            "course.courseCode" => Course?.CourseCode,
            "term.title" => Term?.Title,
            "schoolYear" => _schoolYear.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
