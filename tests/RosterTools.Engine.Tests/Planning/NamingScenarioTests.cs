using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Tests.Planning;

public class NamingScenarioTests
{
    [Fact]
    public void Two_students_with_the_same_name_in_one_school_get_a_counter()
    {
        var district = Districts.Riverside().Student("u9", "Maria", "Garcia", "03", "s1");

        var plan = new Scenario().Plan(district.Read());

        Assert.Equal("mgarcia", plan.For("u1").Single(action => action.Action == ActionType.Create).SamAccountName);
        var second = plan.For("u9").Single(action => action.Action == ActionType.Create);
        Assert.Equal("mgarcia2", second.SamAccountName);
        Assert.Equal("mgarcia2@students.example.org", second.UserPrincipalName);
    }

    [Fact]
    public void A_namesake_of_an_existing_account_never_takes_its_name()
    {
        var scenario = new Scenario();
        scenario.Night(Districts.Riverside().Read());

        var plan = scenario.Plan(Districts.Riverside().Student("u9", "Mateo", "Garcia", "02", "s1").Read());

        Assert.Equal("mgarcia2", plan.For("u9").Single(action => action.Action == ActionType.Create).SamAccountName);
    }

    [Fact]
    public void A_name_that_only_fits_after_transliteration_and_truncation()
    {
        var district = Districts.Riverside().Student("u9", "Þórunn", "Ægisdóttir-Vilhjálmsdóttir", "05", "s1");

        var plan = new Scenario().Plan(district.Read());

        var create = plan.For("u9").Single(action => action.Action == ActionType.Create);
        Assert.Equal("thaegisdottir-vilhja", create.SamAccountName);
        Assert.Equal(20, create.SamAccountName!.Length);
        Assert.Equal("Þórunn Ægisdóttir-Vilhjálmsdóttir", create.DisplayName);
        Assert.Equal("Ægisdóttir-Vilhjálmsdóttir", create.Surname);
    }

    [Fact]
    public void Names_from_many_scripts_become_directory_safe_usernames()
    {
        var district = new DistrictBuilder().School("s1", "LIN", "Lincoln Elementary")
            .Student("a", "Nguyễn", "Thị Ánh", "03", "s1")
            .Student("b", "Søren", "O'Brien", "03", "s1")
            .Student("c", "Zoë", "Straße", "03", "s1");

        var plan = new Scenario().Plan(district.Read());

        Assert.Equal(new[] { "Create nthianh", "Create sobrien", "Create zstrasse" }, plan.Lines(action => action.Action == ActionType.Create));
    }

    [Fact]
    public void When_no_unique_name_fits_the_person_gets_no_account_and_a_finding()
    {
        var scenario = new Scenario();
        scenario.Policy.Naming["student"].MaxLength = 7;
        scenario.Policy.Naming["student"].Collision = new CollisionRule { Kind = CollisionKind.Digits, Digits = 1, Start = 1 };
        for (var i = 0; i <= 9; i++)
        {
            scenario.AddAccount(new DirectoryAccount { Username = i == 0 ? "mgarcia" : "mgarci" + i, Anchor = "old" + i });
        }

        var plan = scenario.Plan(Districts.Riverside().Read());

        Assert.Empty(plan.For("u1"));
        var finding = Assert.Single(plan.Findings(FindingCodes.PlanNameUnavailable));
        Assert.Equal("u1", finding.SourcedId);
        Assert.Contains("at most 7 characters", finding.Message, StringComparison.Ordinal);
    }
}
