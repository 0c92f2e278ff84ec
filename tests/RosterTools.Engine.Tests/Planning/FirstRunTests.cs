using RosterTools.Planning;
using RosterTools.Validation;

namespace RosterTools.Tests.Planning;

public class FirstRunTests
{
    [Fact]
    public void A_new_district_gets_its_accounts_groups_memberships_and_licences()
    {
        var plan = new Scenario().Plan(Districts.Riverside().Read());

        Assert.False(plan.Blocked);
        Assert.DoesNotContain(plan.Findings, finding => finding.Severity == Severity.Error);
        Assert.Equal(
            new[] { "Create alee", "Create bob.jones", "Create jane.smith", "Create jnunez", "Create mgarcia", "Create tbrown" },
            plan.Lines(action => action.Action == ActionType.Create));
        Assert.Equal(7, plan.Of(ActionType.CreateGroup).Count);
        Assert.Equal(6, plan.Of(ActionType.AssignLicense).Count);
        Assert.Equal(
            new[] { "AddMember jnunez early-learning", "AddMember mgarcia early-learning" },
            plan.Lines(action => action.Group == "early-learning" && action.Action == ActionType.AddMember));
    }

    [Fact]
    public void A_create_action_carries_what_New_ADUser_and_New_MgUser_bind_to()
    {
        var plan = new Scenario().Plan(Districts.Riverside().Read());

        var jose = plan.For("u2").Single(action => action.Action == ActionType.Create);
        Assert.Equal("jnunez", jose.SamAccountName);
        Assert.Equal("jnunez", jose.Name);
        Assert.Equal("jnunez@students.example.org", jose.UserPrincipalName);
        Assert.Equal("jnunez@students.example.org", jose.EmailAddress);
        Assert.Equal("José", jose.GivenName);
        Assert.Equal("Núñez", jose.Surname);
        Assert.Equal("José Núñez", jose.DisplayName);
        Assert.Equal("OU=Grade 01,OU=LIN,OU=Students,DC=example,DC=org", jose.Path);
        Assert.Equal("u2", jose.EmployeeID);
        Assert.True(jose.Enabled);
        Assert.Equal("u2", jose.SourcedId);
        Assert.Equal("LIN", jose.School);
        Assert.Contains("new student José Núñez at Lincoln Elementary", jose.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(jose.Changes, change => change.Attribute.Contains("password", StringComparison.OrdinalIgnoreCase));

        Assert.Equal("default", jose.PasswordRule);

        var teacher = plan.For("t1").Single(action => action.Action == ActionType.Create);
        Assert.Equal("jane.smith", teacher.SamAccountName);
        Assert.Equal("OU=LIN,OU=Staff,DC=example,DC=org", teacher.Path);
    }

    [Fact]
    public void Memberships_wait_for_their_account_and_group_and_teachers_own_their_class_groups()
    {
        var plan = new Scenario().Plan(Districts.Riverside().Read());
        var ids = plan.Actions.Select((action, index) => (action.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index);

        foreach (var member in plan.Of(ActionType.AddMember))
        {
            var create = plan.For(member.Anchor!).Single(action => action.Action == ActionType.Create);
            var group = plan.Of(ActionType.CreateGroup).Single(action => action.Group == member.Group);
            Assert.Contains(create.Id, member.DependsOn);
            Assert.Contains(group.Id, member.DependsOn);
            Assert.True(ids[member.Id] > ids[create.Id] && ids[member.Id] > ids[group.Id], $"{PlanLookups.Line(member)} comes before what it needs");
        }

        Assert.Equal(MemberRole.Owner, plan.For("t1").Single(action => action.Group == "class-LIN-K-READ").MemberRole);
        Assert.Equal(MemberRole.Member, plan.For("u1").Single(action => action.Group == "class-LIN-K-READ").MemberRole);
    }

    [Fact]
    public void Action_ids_are_stable_from_run_to_run()
    {
        var first = new Scenario().Plan(Districts.Riverside().Read());
        var second = new Scenario().Plan(Districts.Riverside().Read());

        Assert.Equal(first.Actions.Select(action => action.Id), second.Actions.Select(action => action.Id));
        Assert.Equal(first.Actions.Count, first.Actions.Select(action => action.Id).Distinct().Count());
    }

    [Fact]
    public void The_summary_counts_actions_by_type_and_school()
    {
        var plan = new Scenario().Plan(Districts.Riverside().Read());

        Assert.Equal(6, plan.Summary.ByAction[ActionType.Create]);
        Assert.Equal(3, plan.Summary.BySchool["LIN"][ActionType.Create]);
        Assert.Equal(3, plan.Summary.BySchool["WHS"][ActionType.Create]);
        Assert.Equal(6, plan.Summary.ManagedPeople);
    }

    [Fact]
    public void Once_carried_out_the_same_roster_plans_nothing()
    {
        var scenario = new Scenario();
        scenario.Night(Districts.Riverside().Read());

        var plan = scenario.Plan(Districts.Riverside().Read());

        Assert.Empty(plan.Lines());
        Assert.False(plan.Blocked);
    }
}
