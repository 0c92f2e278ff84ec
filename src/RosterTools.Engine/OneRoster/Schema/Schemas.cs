using System;
using System.Linq;

namespace RosterTools.OneRoster.Schema;

/// <summary>
/// The schema of every OneRoster rostering file, column by column in spec order (OneRoster 1.1 CSV tables and
/// the 1.2.1 CSV binding). users.csv is the one file whose columns differ between the versions: the union below
/// gives the 1.1 order and the 1.2 order when filtered by version.
/// </summary>
internal static class Schemas
{
    public static readonly EntitySchema<Org> Orgs = new(OneRosterEntity.Orgs, () => new Org(), Field.Common<Org>().Concat(new FieldSpec<Org>[]
    {
        Field.Text<Org>("name", r => r.Name, (r, v) => r.Name = v, required: true),
        Field.Enum<Org, OrgType>("type", r => r.Type, (r, v) => r.Type = v, required: true, extensible: true),
        Field.Text<Org>("identifier", r => r.Identifier, (r, v) => r.Identifier = v),
        Field.Reference<Org>("parentSourcedId", OneRosterEntity.Orgs, r => r.ParentSourcedId, (r, v) => r.ParentSourcedId = v),
    }).ToArray());

    public static readonly EntitySchema<AcademicSession> AcademicSessions = new(OneRosterEntity.AcademicSessions, () => new AcademicSession(), Field.Common<AcademicSession>().Concat(new FieldSpec<AcademicSession>[]
    {
        Field.Text<AcademicSession>("title", r => r.Title, (r, v) => r.Title = v, required: true),
        Field.Enum<AcademicSession, SessionType>("type", r => r.Type, (r, v) => r.Type = v, required: true, extensible: true),
        Field.Date<AcademicSession>("startDate", r => r.StartDate, (r, v) => r.StartDate = v, required: true),
        Field.Date<AcademicSession>("endDate", r => r.EndDate, (r, v) => r.EndDate = v, required: true),
        Field.Reference<AcademicSession>("parentSourcedId", OneRosterEntity.AcademicSessions, r => r.ParentSourcedId, (r, v) => r.ParentSourcedId = v),
        new YearField<AcademicSession>("schoolYear", FieldRequirement.Required, r => r.SchoolYear, (r, v) => r.SchoolYear = v),
    }).ToArray());

    public static readonly EntitySchema<Course> Courses = new(OneRosterEntity.Courses, () => new Course(), Field.Common<Course>().Concat(new FieldSpec<Course>[]
    {
        Field.Reference<Course>("schoolYearSourcedId", OneRosterEntity.AcademicSessions, r => r.SchoolYearSourcedId, (r, v) => r.SchoolYearSourcedId = v, legacyNames: "schoolYearId"),
        Field.Text<Course>("title", r => r.Title, (r, v) => r.Title = v, required: true),
        Field.Text<Course>("courseCode", r => r.CourseCode, (r, v) => r.CourseCode = v),
        Field.Grades<Course>(r => r.Grades, (r, v) => r.Grades = v),
        Field.Reference<Course>("orgSourcedId", OneRosterEntity.Orgs, r => r.OrgSourcedId, (r, v) => r.OrgSourcedId = v, required: true),
        Field.Texts<Course>("subjects", r => r.Subjects, (r, v) => r.Subjects = v),
        Field.Texts<Course>("subjectCodes", r => r.SubjectCodes, (r, v) => r.SubjectCodes = v),
    }).ToArray());

    public static readonly EntitySchema<Class> Classes = new(OneRosterEntity.Classes, () => new Class(), Field.Common<Class>().Concat(new FieldSpec<Class>[]
    {
        Field.Text<Class>("title", r => r.Title, (r, v) => r.Title = v, required: true),
        Field.Grades<Class>(r => r.Grades, (r, v) => r.Grades = v),
        Field.Reference<Class>("courseSourcedId", OneRosterEntity.Courses, r => r.CourseSourcedId, (r, v) => r.CourseSourcedId = v, required: true),
        Field.Text<Class>("classCode", r => r.ClassCode, (r, v) => r.ClassCode = v),
        Field.Enum<Class, ClassType>("classType", r => r.ClassType, (r, v) => r.ClassType = v, required: true, extensible: true),
        Field.Text<Class>("location", r => r.Location, (r, v) => r.Location = v),
        Field.Reference<Class>("schoolSourcedId", OneRosterEntity.Orgs, r => r.SchoolSourcedId, (r, v) => r.SchoolSourcedId = v, required: true),
        Field.References<Class>("termSourcedIds", OneRosterEntity.AcademicSessions, r => r.TermSourcedIds, (r, v) => r.TermSourcedIds = v, required: true),
        Field.Texts<Class>("subjects", r => r.Subjects, (r, v) => r.Subjects = v),
        Field.Texts<Class>("subjectCodes", r => r.SubjectCodes, (r, v) => r.SubjectCodes = v),
        Field.Texts<Class>("periods", r => r.Periods, (r, v) => r.Periods = v),
    }).ToArray());

    public static readonly EntitySchema<User> Users = new(OneRosterEntity.Users, () => new User(), Field.Common<User>().Concat(new FieldSpec<User>[]
    {
        Field.Boolean<User>("enabledUser", r => r.EnabledUser, (r, v) => r.EnabledUser = v, required: true),
        new LegacyOrgSourcedIdsField(),
        new LegacyRoleField(),
        Field.Text<User>("username", r => r.Username, (r, v) => r.Username = v, required: true),
        new UserIdsField(),
        Field.Text<User>("givenName", r => r.GivenName, (r, v) => r.GivenName = v, required: true),
        Field.Text<User>("familyName", r => r.FamilyName, (r, v) => r.FamilyName = v, required: true),
        Field.Text<User>("middleName", r => r.MiddleName, (r, v) => r.MiddleName = v),
        Field.Text<User>("identifier", r => r.Identifier, (r, v) => r.Identifier = v),
        Field.Text<User>("email", r => r.Email, (r, v) => r.Email = v),
        Field.Text<User>("sms", r => r.Sms, (r, v) => r.Sms = v),
        Field.Text<User>("phone", r => r.Phone, (r, v) => r.Phone = v),
        Field.References<User>("agentSourcedIds", OneRosterEntity.Users, r => r.AgentSourcedIds, (r, v) => r.AgentSourcedIds = v, legacyNames: "agents"),
        Field.Grades<User>(r => r.Grades, (r, v) => r.Grades = v),
        Field.Text<User>("password", r => r.Password, (r, v) => r.Password = v, secret: true),
        Field.Text<User>("userMasterIdentifier", r => r.UserMasterIdentifier, (r, v) => r.UserMasterIdentifier = v, versions: VersionSet.V1_2),
        Field.Text<User>("preferredGivenName", r => r.PreferredGivenName, (r, v) => r.PreferredGivenName = v, versions: VersionSet.V1_2),
        Field.Text<User>("preferredMiddleName", r => r.PreferredMiddleName, (r, v) => r.PreferredMiddleName = v, versions: VersionSet.V1_2),
        Field.Text<User>("preferredFamilyName", r => r.PreferredFamilyName, (r, v) => r.PreferredFamilyName = v, versions: VersionSet.V1_2),
        Field.Reference<User>("primaryOrgSourcedId", OneRosterEntity.Orgs, r => r.PrimaryOrgSourcedId, (r, v) => r.PrimaryOrgSourcedId = v, versions: VersionSet.V1_2),
        Field.Text<User>("pronouns", r => r.Pronouns, (r, v) => r.Pronouns = v, versions: VersionSet.V1_2),
    }).ToArray());

    public static readonly EntitySchema<UserProfile> UserProfiles = new(OneRosterEntity.UserProfiles, () => new UserProfile(), Field.Common<UserProfile>().Concat(new FieldSpec<UserProfile>[]
    {
        Field.Reference<UserProfile>("userSourcedId", OneRosterEntity.Users, r => r.UserSourcedId, (r, v) => r.UserSourcedId = v, required: true),
        Field.Text<UserProfile>("profileType", r => r.ProfileType, (r, v) => r.ProfileType = v, required: true),
        Field.Text<UserProfile>("vendorId", r => r.VendorId, (r, v) => r.VendorId = v, required: true),
        Field.Text<UserProfile>("applicationId", r => r.ApplicationId, (r, v) => r.ApplicationId = v),
        Field.Text<UserProfile>("description", r => r.Description, (r, v) => r.Description = v),
        Field.Text<UserProfile>("credentialType", r => r.CredentialType, (r, v) => r.CredentialType = v, required: true),
        Field.Text<UserProfile>("username", r => r.Username, (r, v) => r.Username = v, required: true),
        Field.Text<UserProfile>("password", r => r.Password, (r, v) => r.Password = v, secret: true),
    }).ToArray());

    public static readonly EntitySchema<RoleAssignment> Roles = new(OneRosterEntity.Roles, () => new RoleAssignment(), Field.Common<RoleAssignment>().Concat(new FieldSpec<RoleAssignment>[]
    {
        Field.Reference<RoleAssignment>("userSourcedId", OneRosterEntity.Users, r => r.UserSourcedId, (r, v) => r.UserSourcedId = v, required: true),
        Field.Enum<RoleAssignment, RoleType>("roleType", r => r.RoleType, (r, v) => r.RoleType = v, required: true),
        Field.Enum<RoleAssignment, UserRole>("role", r => r.Role, (r, v) => r.Role = v, required: true, extensible: true),
        Field.Date<RoleAssignment>("beginDate", r => r.BeginDate, (r, v) => r.BeginDate = v),
        Field.Date<RoleAssignment>("endDate", r => r.EndDate, (r, v) => r.EndDate = v),
        Field.Reference<RoleAssignment>("orgSourcedId", OneRosterEntity.Orgs, r => r.OrgSourcedId, (r, v) => r.OrgSourcedId = v, required: true),
        Field.Reference<RoleAssignment>("userProfileSourcedId", OneRosterEntity.UserProfiles, r => r.UserProfileSourcedId, (r, v) => r.UserProfileSourcedId = v),
    }).ToArray());

    public static readonly EntitySchema<Enrollment> Enrollments = new(OneRosterEntity.Enrollments, () => new Enrollment(), Field.Common<Enrollment>().Concat(new FieldSpec<Enrollment>[]
    {
        Field.Reference<Enrollment>("classSourcedId", OneRosterEntity.Classes, r => r.ClassSourcedId, (r, v) => r.ClassSourcedId = v, required: true),
        Field.Reference<Enrollment>("schoolSourcedId", OneRosterEntity.Orgs, r => r.SchoolSourcedId, (r, v) => r.SchoolSourcedId = v, required: true),
        Field.Reference<Enrollment>("userSourcedId", OneRosterEntity.Users, r => r.UserSourcedId, (r, v) => r.UserSourcedId = v, required: true),
        Field.Enum<Enrollment, EnrollmentRole>("role", r => r.Role, (r, v) => r.Role = v, required: true, extensible: true),
        Field.Boolean<Enrollment>("primary", r => r.Primary, (r, v) => r.Primary = v),
        Field.Date<Enrollment>("beginDate", r => r.BeginDate, (r, v) => r.BeginDate = v),
        Field.Date<Enrollment>("endDate", r => r.EndDate, (r, v) => r.EndDate = v),
    }).ToArray());

    public static readonly EntitySchema<Demographics> Demographics = new(OneRosterEntity.Demographics, () => new Demographics(), Field.Common<Demographics>(OneRosterEntity.Users, "userSourcedId").Concat(new FieldSpec<Demographics>[]
    {
        Field.Date<Demographics>("birthDate", r => r.BirthDate, (r, v) => r.BirthDate = v, legacyNames: "birthdate"),
        Field.Enum<Demographics, Sex>("sex", r => r.Sex, (r, v) => r.Sex = v, extensible: true),
        Field.Boolean<Demographics>("americanIndianOrAlaskaNative", r => r.AmericanIndianOrAlaskaNative, (r, v) => r.AmericanIndianOrAlaskaNative = v),
        Field.Boolean<Demographics>("asian", r => r.Asian, (r, v) => r.Asian = v),
        Field.Boolean<Demographics>("blackOrAfricanAmerican", r => r.BlackOrAfricanAmerican, (r, v) => r.BlackOrAfricanAmerican = v),
        Field.Boolean<Demographics>("nativeHawaiianOrOtherPacificIslander", r => r.NativeHawaiianOrOtherPacificIslander, (r, v) => r.NativeHawaiianOrOtherPacificIslander = v),
        Field.Boolean<Demographics>("white", r => r.White, (r, v) => r.White = v),
        Field.Boolean<Demographics>("demographicRaceTwoOrMoreRaces", r => r.DemographicRaceTwoOrMoreRaces, (r, v) => r.DemographicRaceTwoOrMoreRaces = v),
        Field.Boolean<Demographics>("hispanicOrLatinoEthnicity", r => r.HispanicOrLatinoEthnicity, (r, v) => r.HispanicOrLatinoEthnicity = v),
        Field.Text<Demographics>("countryOfBirthCode", r => r.CountryOfBirthCode, (r, v) => r.CountryOfBirthCode = v),
        Field.Text<Demographics>("stateOfBirthAbbreviation", r => r.StateOfBirthAbbreviation, (r, v) => r.StateOfBirthAbbreviation = v),
        Field.Text<Demographics>("cityOfBirth", r => r.CityOfBirth, (r, v) => r.CityOfBirth = v),
        Field.Text<Demographics>("publicSchoolResidenceStatus", r => r.PublicSchoolResidenceStatus, (r, v) => r.PublicSchoolResidenceStatus = v),
    }).ToArray());

    /// <summary>The schema of a collection.</summary>
    public static EntitySchema For(OneRosterEntity entity) => entity switch
    {
        OneRosterEntity.Orgs => Orgs,
        OneRosterEntity.AcademicSessions => AcademicSessions,
        OneRosterEntity.Courses => Courses,
        OneRosterEntity.Classes => Classes,
        OneRosterEntity.Users => Users,
        OneRosterEntity.UserProfiles => UserProfiles,
        OneRosterEntity.Roles => Roles,
        OneRosterEntity.Enrollments => Enrollments,
        OneRosterEntity.Demographics => Demographics,
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };
}
