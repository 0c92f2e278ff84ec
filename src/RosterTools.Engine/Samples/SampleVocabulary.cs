using RosterTools.OneRoster;

namespace RosterTools.Samples;

/// <summary>How each version names what people are: 1.1 has one <c>administrator</c> where 1.2 has five roles.</summary>
internal static class SampleVocabulary
{
    public static UserRole RoleOf(StaffRole role, OneRosterVersion version)
    {
        if (version == OneRosterVersion.V1_1)
        {
            return role switch
            {
                StaffRole.Teacher => UserRole.Teacher,
                StaffRole.Aide => UserRole.Aide,
                _ => UserRole.Administrator,
            };
        }

        return role switch
        {
            StaffRole.DistrictAdministrator => UserRole.DistrictAdministrator,
            StaffRole.SystemAdministrator => UserRole.SystemAdministrator,
            StaffRole.Principal => UserRole.Principal,
            StaffRole.SiteAdministrator => UserRole.SiteAdministrator,
            StaffRole.Counselor => UserRole.Counselor,
            StaffRole.Aide => UserRole.Aide,
            _ => UserRole.Teacher,
        };
    }

    public static UserRole RoleOf(GuardianRecord guardian) => guardian.IsGuardian ? UserRole.Guardian : UserRole.Parent;

    /// <summary>demographics.csv sex; unspecified only exists in 1.2, so 1.1 leaves it blank.</summary>
    public static SpecEnum<Sex> SexOf(PersonSex sex, OneRosterVersion version) => sex switch
    {
        PersonSex.Female => Sex.Female,
        PersonSex.Male => Sex.Male,
        _ => version == OneRosterVersion.V1_2 ? Sex.Unspecified : default(SpecEnum<Sex>),
    };
}
