using System;
using System.Collections.Generic;
using RosterTools.Policy;

namespace RosterTools.Naming;

/// <summary>
/// The placeholders each kind of template may use. Person fields (username, user principal name, email, display
/// name, placement) use the person's values; user principal name, email and display name also the username given
/// to the person. Group names use the values of what one group stands for (<see cref="GroupScope"/>).
/// </summary>
public static class TemplatePlaceholders
{
    /// <summary>users.csv givenName.</summary>
    public const string GivenName = "givenName";

    /// <summary>users.csv familyName.</summary>
    public const string FamilyName = "familyName";

    /// <summary>users.csv middleName.</summary>
    public const string MiddleName = "middleName";

    /// <summary>users.csv preferredGivenName (1.2).</summary>
    public const string PreferredGivenName = "preferredGivenName";

    /// <summary>users.csv preferredMiddleName (1.2).</summary>
    public const string PreferredMiddleName = "preferredMiddleName";

    /// <summary>users.csv preferredFamilyName (1.2).</summary>
    public const string PreferredFamilyName = "preferredFamilyName";

    /// <summary>users.csv identifier (student or staff number).</summary>
    public const string Identifier = "identifier";

    /// <summary>The person's OneRoster sourcedId.</summary>
    public const string SourcedId = "sourcedId";

    /// <summary>users.csv userMasterIdentifier (1.2).</summary>
    public const string UserMasterIdentifier = "userMasterIdentifier";

    /// <summary>users.csv username: the name the SIS has for the person.</summary>
    public const string SisUsername = "sis.username";

    /// <summary>users.csv email.</summary>
    public const string SisEmail = "sis.email";

    /// <summary>The role the rule is applied for (student, teacher...), as OneRoster spells it.</summary>
    public const string Role = "role";

    /// <summary>The grade (CEDS code: KG, 01...12); for a person, their first grade.</summary>
    public const string Grade = "grade";

    /// <summary>The year a student graduates: the school year (its end year) + 12 - grade (see <see cref="GraduationYear"/>).</summary>
    public const string GradYear = "gradYear";

    /// <summary>The school's identifier (orgs.csv identifier).</summary>
    public const string SchoolIdentifier = "school.identifier";

    /// <summary>The school's name.</summary>
    public const string SchoolName = "school.name";

    /// <summary>The school's sourcedId.</summary>
    public const string SchoolSourcedId = "school.sourcedId";

    /// <summary>The username given to the person (by the username templates, or the account's own).</summary>
    public const string Username = "username";

    /// <summary>The class section's sourcedId.</summary>
    public const string ClassSourcedId = "class.sourcedId";

    /// <summary>The class section's title.</summary>
    public const string ClassTitle = "class.title";

    /// <summary>The class section's classCode.</summary>
    public const string ClassCode = "class.classCode";

    /// <summary>The title of the class's course.</summary>
    public const string CourseTitle = "course.title";

    /// <summary>The courseCode of the class's course.</summary>
    public const string CourseCode = "course.courseCode";

    /// <summary>The title of the class's first term.</summary>
    public const string TermTitle = "term.title";

    /// <summary>The school year of the roster (academicSessions schoolYear: 2027 for 2026-2027).</summary>
    public const string SchoolYear = "schoolYear";

    private static readonly string[] SchoolNames = { SchoolIdentifier, SchoolName, SchoolSourcedId };

    private static readonly IReadOnlyCollection<string> PersonNames = Set(
        GivenName, FamilyName, MiddleName, PreferredGivenName, PreferredMiddleName, PreferredFamilyName, Identifier, SourcedId,
        UserMasterIdentifier, SisUsername, SisEmail, Role, Grade, GradYear, SchoolIdentifier, SchoolName, SchoolSourcedId);

    private static readonly IReadOnlyCollection<string> PersonAndUsername = Set(Concat(PersonNames, Username));
    private static readonly IReadOnlyCollection<string> OneGroup = Set(SchoolYear);
    private static readonly IReadOnlyCollection<string> SchoolGroup = Set(Concat(SchoolNames, SchoolYear));
    private static readonly IReadOnlyCollection<string> GradeGroup = Set(Concat(SchoolNames, SchoolYear, Grade, GradYear));
    private static readonly IReadOnlyCollection<string> RoleGroup = Set(Concat(SchoolNames, SchoolYear, Role));
    private static readonly IReadOnlyCollection<string> ClassGroup = Set(Concat(SchoolNames, SchoolYear, ClassSourcedId, ClassTitle, ClassCode, CourseTitle, CourseCode, TermTitle));

    /// <summary>The placeholders about a person (everything a username template may use).</summary>
    public static IReadOnlyCollection<string> Person => PersonNames;

    /// <summary>
    /// The placeholders a template of <paramref name="field"/> may use; for <see cref="TemplateField.GroupName"/>,
    /// those of <paramref name="groupScope"/> (<see cref="GroupScope.None"/> when not given): per school the
    /// school's, per grade the grade, gradYear and the school's, per role the role and the school's, per class the
    /// class's, its course's, its first term's and its school's; schoolYear always.
    /// </summary>
    public static IReadOnlyCollection<string> For(TemplateField field, GroupScope? groupScope = null) => field switch
    {
        TemplateField.Username or TemplateField.Placement => PersonNames,
        TemplateField.UserPrincipalName or TemplateField.Email or TemplateField.DisplayName => PersonAndUsername,
        TemplateField.GroupName => (groupScope ?? GroupScope.None) switch
        {
            GroupScope.School => SchoolGroup,
            GroupScope.Grade => GradeGroup,
            GroupScope.Role => RoleGroup,
            GroupScope.Class => ClassGroup,
            _ => OneGroup,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a template field."),
    };

    private static string[] Concat(IEnumerable<string> first, params string[] more)
    {
        var all = new List<string>(first);
        all.AddRange(more);
        return all.ToArray();
    }

    private static IReadOnlyCollection<string> Set(params string[] names) => new HashSet<string>(names, StringComparer.Ordinal);
}
