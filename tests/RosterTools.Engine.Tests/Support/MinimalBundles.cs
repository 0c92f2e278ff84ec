namespace RosterTools.Tests;

/// <summary>Small, valid OneRoster bundles to change one thing in.</summary>
internal static class MinimalBundles
{
    public const string OrgsHeader = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId";
    public const string SessionsHeader = "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear";
    public const string CoursesHeader = "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes";
    public const string ClassesHeader = "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods";
    public const string Users12Header = "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns";
    public const string Users11Header = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password";
    public const string RolesHeader = "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId";
    public const string EnrollmentsHeader = "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate";
    public const string DemographicsHeader = "sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus";

    /// <summary>
    /// A valid 1.2 bulk bundle: a district with one school, a school year with one term, a course with a class,
    /// a teacher and two students (one of them with a guardian).
    /// </summary>
    public static TestBundle Valid12(TestBundle? bundle = null) => (bundle ?? new TestBundle())
        .Manifest("1.2", ("orgs", "bulk"), ("academicSessions", "bulk"), ("courses", "bulk"), ("classes", "bulk"), ("users", "bulk"), ("roles", "bulk"), ("enrollments", "bulk"), ("demographics", "bulk"))
        .File("orgs.csv", OrgsHeader, "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,RHS,d1")
        .File("academicSessions.csv", SessionsHeader, "y27,,,2026-27,schoolYear,2026-08-24,2027-06-12,,2027", "t1,,,Fall 2026,term,2026-08-24,2027-01-15,y27,2027")
        .File("courses.csv", CoursesHeader, "c1,,,y27,Algebra I,ALG1,09,s1,Mathematics,MATH")
        .File("classes.csv", ClassesHeader, "k1,,,Algebra I - P1,09,c1,ALG1-1,scheduled,Room 12,s1,t1,Mathematics,MATH,1")
        .File(
            "users.csv",
            Users12Header,
            "u1,,,true,ada.lovelace,{LDAP:alovelace},Ada,Lovelace,,T1001,ada@riverside.example,,,,,,,,,,s1,",
            "u2,,,true,jose.nunez,{SIS:2000001},José,Núñez,,2000001,jose@riverside.example,,,g1,09,,,Pepe,,,s1,he/him",
            "u3,,,true,zoe.obrien,{SIS:2000002},Zoë,O'Brien,Anne,2000002,zoe@riverside.example,,,,09,,,,,,s1,",
            "g1,,,true,maria.nunez,,María,Núñez,,,maria@example.com,,,u2,,,,,,,,")
        .File(
            "roles.csv",
            RolesHeader,
            "r1,,,u1,primary,teacher,,,s1,",
            "r2,,,u2,primary,student,,,s1,",
            "r3,,,u3,primary,student,,,s1,",
            "r4,,,g1,primary,guardian,,,s1,")
        .File(
            "enrollments.csv",
            EnrollmentsHeader,
            "e1,,,k1,s1,u1,teacher,true,,",
            "e2,,,k1,s1,u2,student,,,",
            "e3,,,k1,s1,u3,student,,,")
        .File("demographics.csv", DemographicsHeader, "u2,,,2011-03-04,male,false,false,false,false,false,false,true,US,CA,Fresno,");
}
