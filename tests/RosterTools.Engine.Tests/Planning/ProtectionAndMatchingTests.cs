using RosterTools.Planning;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Tests.Planning;

/// <summary>What the plan leaves alone, what it adopts, and what it refuses to guess.</summary>
public class ProtectionAndMatchingTests
{
    private static Scenario AfterFirstNight()
    {
        var scenario = new Scenario();
        scenario.Night(Districts.Riverside().Read());
        return scenario;
    }

    [Fact]
    public void Protected_accounts_are_never_touched_even_when_their_person_leaves()
    {
        var scenario = AfterFirstNight();
        scenario.Account("u4").Username = "admin.tbrown";

        var plan = scenario.Plan(Districts.Riverside().Without("u4").Read());

        Assert.Empty(plan.Lines());
        Assert.Contains("admin.tbrown", Assert.Single(plan.Findings(FindingCodes.PlanProtected)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accounts_in_a_protected_container_are_never_touched()
    {
        var scenario = AfterFirstNight();
        scenario.Account("t1").Container = "OU=Admins,DC=example,DC=org";

        var plan = scenario.Plan(Districts.Riverside().Without("t1").Read());

        Assert.Empty(plan.Lines(action => action.Anchor == "t1"));
        Assert.NotEmpty(plan.Findings(FindingCodes.PlanProtected));
    }

    [Fact]
    public void Manual_members_of_an_additive_group_stay_and_strays_in_an_owned_group_go()
    {
        var scenario = AfterFirstNight();
        scenario.AddAccount(new DirectoryAccount { Username = "coach.k", Groups = { "early-learning", "LIN-staff" } });
        scenario.AddAccount(new DirectoryAccount { Username = "admin.ops", Groups = { "LIN-staff" } });

        var plan = scenario.Plan(Districts.Riverside().Read());

        Assert.Equal(new[] { "RemoveMember coach.k LIN-staff" }, plan.Lines());
    }

    [Fact]
    public void An_additive_group_loses_only_the_members_RosterTools_added()
    {
        var scenario = AfterFirstNight();
        scenario.Account("u3").Groups.Add("early-learning");

        var plan = scenario.Plan(Districts.Riverside().Student("u1", "Maria", "Garcia", "03", "s1").Read());

        Assert.Contains("RemoveMember mgarcia early-learning", plan.Lines());
        Assert.DoesNotContain(plan.Lines(), line => line.Contains("alee early-learning", StringComparison.Ordinal));
    }

    [Fact]
    public void An_account_made_before_RosterTools_is_adopted_by_its_email_not_created_again()
    {
        var scenario = new Scenario();
        scenario.AddAccount(new DirectoryAccount { Username = "maria.g", Email = "mgarcia@students.example.org", DisplayName = "Maria Garcia", Container = "OU=Grade KG,OU=LIN,OU=Students,DC=example,DC=org" });

        var plan = scenario.Plan(Districts.Riverside().Student("u1", "Maria", "Garcia", "KG", "s1", email: "MGarcia@students.example.org").Read());

        var adopt = Assert.Single(plan.Of(ActionType.Adopt));
        Assert.Equal("maria.g", adopt.Account);
        Assert.Equal("u1", adopt.EmployeeID);
        Assert.Contains("email", adopt.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(plan.For("u1"), action => action.Action == ActionType.Create);
        Assert.All(plan.For("u1").Where(action => action.Action == ActionType.AddMember), member => Assert.Contains(adopt.Id, member.DependsOn));
    }

    [Fact]
    public void One_account_that_two_people_match_is_not_adopted()
    {
        var scenario = new Scenario();
        scenario.AddAccount(new DirectoryAccount { Username = "shared", Email = "shared@students.example.org" });
        var district = Districts.Riverside().Student("u1", "Maria", "Garcia", "KG", "s1", email: "shared@students.example.org").Student("u2", "José", "Núñez", "01", "s1", email: "shared@students.example.org");

        var plan = scenario.Plan(district.Read());

        Assert.Empty(plan.Of(ActionType.Adopt));
        Assert.Empty(plan.For("u1"));
        Assert.Empty(plan.For("u2"));
        Assert.NotEmpty(plan.Findings(FindingCodes.PlanAdoptionAmbiguous));
    }

    [Fact]
    public void Two_accounts_with_one_anchor_are_a_conflict_not_an_action()
    {
        var scenario = AfterFirstNight();
        scenario.AddAccount(new DirectoryAccount { Username = "alee.old", Anchor = "u3" });

        var plan = scenario.Plan(Districts.Riverside().Student("u3", "Ann", "Kim", "09", "s2").Read());

        Assert.Empty(plan.For("u3"));
        Assert.Empty(plan.Lines(action => action.Account.StartsWith("alee", StringComparison.Ordinal)));
        var conflict = Assert.Single(plan.Findings(FindingCodes.PlanAnchorDuplicate));
        Assert.Equal(Severity.Error, conflict.Severity);
        Assert.Contains("alee.old", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_disabled_by_hand_stays_disabled_and_is_reported()
    {
        var scenario = AfterFirstNight();
        scenario.Account("u3").Enabled = false;

        var plan = scenario.Plan(Districts.Riverside().Read());

        Assert.Empty(plan.Of(ActionType.Enable));
        Assert.Single(plan.Findings(FindingCodes.PlanDisabledOutside));
    }
}
