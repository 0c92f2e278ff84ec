using System.Collections.Generic;

namespace RosterTools.Policy;

/// <summary>
/// A rule that puts people in groups. <see cref="Per"/> says what one group stands for (a school, a grade, a
/// role, a class section, or nothing: one group); <see cref="When"/> narrows who is in it. The name template may
/// use the placeholders of what the group stands for ({school.identifier}, {grade}, {class.classCode}...).
/// </summary>
public sealed class GroupRule
{
    /// <summary>The group name template.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>What one group of the rule stands for.</summary>
    public GroupScope Per { get; set; } = GroupScope.None;

    /// <summary>Who belongs: roles, grades, schools. Empty means everyone the group stands for.</summary>
    public GroupCondition When { get; set; } = new();

    /// <summary>Whether RosterTools owns the whole membership, or only the members it added.</summary>
    public MembershipMode Membership { get; set; } = MembershipMode.Additive;

    /// <summary>For class groups: teachers become owners (and students members).</summary>
    public bool TeachersAsOwners { get; set; } = true;
}

/// <summary>What one group stands for.</summary>
public enum GroupScope
{
    /// <summary>One group for everyone the condition selects.</summary>
    None,

    /// <summary>One group per school.</summary>
    School,

    /// <summary>One group per grade (per school when the name uses the school).</summary>
    Grade,

    /// <summary>One group per role (per school when the name uses the school).</summary>
    Role,

    /// <summary>One group per class section: its students and teachers.</summary>
    Class,
}

/// <summary>Who a group rule selects.</summary>
public sealed class GroupCondition
{
    /// <summary>Roles; empty for all.</summary>
    public IList<string> Roles { get; set; } = new List<string>();

    /// <summary>Grades or ranges (KG-02); empty for all.</summary>
    public IList<string> Grades { get; set; } = new List<string>();

    /// <summary>Schools by sourcedId, identifier or name; empty for all.</summary>
    public IList<string> Schools { get; set; } = new List<string>();
}

/// <summary>How much of a group's membership RosterTools owns.</summary>
public enum MembershipMode
{
    /// <summary>RosterTools removes only members it added itself: clubs and manual members are left alone.</summary>
    Additive,

    /// <summary>RosterTools owns the membership: anyone the roster does not put there is removed.</summary>
    Owned,
}
