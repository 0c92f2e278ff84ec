using RosterTools.OneRoster;

namespace RosterTools.Tests.OneRoster;

public class SpecEnumTests
{
    [Fact]
    public void A_value_keeps_its_source_text_and_knows_its_member()
    {
        var scheduled = SpecEnum<ClassType>.Parse("Scheduled");
        var other = SpecEnum<ClassType>.Parse("lab");

        Assert.True(scheduled.Is(ClassType.Scheduled));
        Assert.Equal("Scheduled", scheduled.Text);
        Assert.Equal("scheduled", scheduled.ToString());
        Assert.Equal(new SpecEnum<ClassType>(ClassType.Scheduled), scheduled);
        Assert.False(other.IsKnown);
        Assert.Equal("lab", other.ToString());
        Assert.True(default(SpecEnum<ClassType>).IsEmpty);
        Assert.True(scheduled.Equals((object)"SCHEDULED"));
        Assert.Equal("tobedeleted", new SpecEnum<RecordStatus>(RecordStatus.ToBeDeleted).ToString());
    }

    [Fact]
    public void Records_store_off_spec_spellings_without_losing_them()
    {
        var enrollment = new Enrollment { Role = SpecEnum<EnrollmentRole>.Parse("Student") };
        var other = new Enrollment { Role = SpecEnum<EnrollmentRole>.Parse("ext:observer") };

        Assert.Equal("Student", enrollment.Role.Text);
        Assert.True(enrollment.Role.Is(EnrollmentRole.Student));
        Assert.Equal("ext:observer", other.Role.Text);
        Assert.Null(other.Role.Value);

        enrollment.Role = EnrollmentRole.Teacher;
        Assert.Equal("teacher", enrollment.Role.Text);
        enrollment.Role = default;
        Assert.True(enrollment.Role.IsEmpty);
    }
}
