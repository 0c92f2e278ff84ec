using System;

namespace RosterTools.OneRoster;

/// <summary>enrollments.csv: a user in a class, as student, teacher, proctor or administrator.</summary>
public sealed class Enrollment : OneRosterRecord
{
    private const int RoleField = 1;
    private byte _role;
    private byte _primary;
    private int _beginDate;
    private int _endDate;

    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.Enrollments;

    /// <summary>The class.</summary>
    public string? ClassSourcedId { get; set; }

    /// <summary>The school of the class.</summary>
    public string? SchoolSourcedId { get; set; }

    /// <summary>The user.</summary>
    public string? UserSourcedId { get; set; }

    /// <summary>student, teacher, proctor or administrator.</summary>
    public SpecEnum<EnrollmentRole> Role
    {
        get => Packed.GetEnum<EnrollmentRole>(_role, _extras, RoleField);
        set => _role = Packed.SetEnum(value, ref _extras, RoleField);
    }

    /// <summary>Whether a teacher is the class's primary teacher.</summary>
    public bool? Primary
    {
        get => Packed.GetBool(_primary);
        set => _primary = Packed.SetBool(value);
    }

    /// <summary>The first day of the enrollment (inclusive).</summary>
    public DateTime? BeginDate
    {
        get => Packed.GetDate(_beginDate);
        set => _beginDate = Packed.SetDate(value);
    }

    /// <summary>The end of the enrollment (exclusive).</summary>
    public DateTime? EndDate
    {
        get => Packed.GetDate(_endDate);
        set => _endDate = Packed.SetDate(value);
    }
}
