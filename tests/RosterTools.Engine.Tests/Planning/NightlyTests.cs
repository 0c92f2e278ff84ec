using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.Validation;

namespace RosterTools.Tests.Planning;

/// <summary>The second night and after: what a change in the SIS becomes in the plan.</summary>
public class NightlyTests
{
    private static Scenario AfterFirstNight()
    {
        var scenario = new Scenario();
        scenario.Night(Districts.Riverside().Read());
        return scenario;
    }

    [Fact]
    public void A_new_student_is_created_and_put_in_their_groups()
    {
        var scenario = AfterFirstNight();

        var plan = scenario.Plan(Districts.Riverside().Student("u5", "Liam", "Chen", "09", "s2").Transfer("u5", "none", "k2", "s2").Read());

        Assert.Equal(
            new[] { "AddMember lchen WHS-students", "AddMember lchen class-WHS-BIO", "AssignLicense lchen STUDENT_A1", "Create lchen" },
            plan.Lines());
    }

    [Fact]
    public void A_withdrawn_student_is_disabled_signed_out_and_removed_from_groups_and_licences()
    {
        var scenario = AfterFirstNight();

        var plan = scenario.Plan(Districts.Riverside().Without("u4").Read());

        Assert.Equal(
            new[]
            {
                "Disable tbrown", "Move tbrown", "RemoveLicense tbrown STUDENT_A1", "RemoveMember tbrown WHS-students",
                "RemoveMember tbrown class-WHS-BIO", "RevokeSessions tbrown",
            },
            plan.Lines());
        Assert.All(plan.Actions, action => Assert.Equal(ActionStage.Deprovision, action.Stage));
        Assert.Contains("not in the SIS bulk export of 2026-11-22", plan.Of(ActionType.Disable).Single().Reason, StringComparison.Ordinal);
        Assert.Equal("OU=Disabled,DC=example,DC=org", plan.Of(ActionType.Move).Single().Path);
    }

    [Fact]
    public void A_transfer_moves_the_account_and_swaps_its_school_groups()
    {
        var scenario = AfterFirstNight();

        var plan = scenario.Plan(Districts.Riverside().Student("u2", "José", "Núñez", "01", "s2").Read());

        Assert.Equal(
            new[] { "AddMember jnunez WHS-students", "Move jnunez", "RemoveMember jnunez LIN-students" },
            plan.Lines(action => action.Group != "class-LIN-K-READ"));
        Assert.Equal("OU=Grade 01,OU=WHS,OU=Students,DC=example,DC=org", plan.Of(ActionType.Move).Single().Path);
    }

    [Fact]
    public void A_grade_promotion_moves_the_account_and_leaves_a_grade_group_the_student_no_longer_fits()
    {
        var scenario = AfterFirstNight();

        var plan = scenario.Plan(Districts.Riverside().Student("u1", "Maria", "Garcia", "01", "s1").Student("u2", "José", "Núñez", "03", "s1").Read());

        Assert.Equal(new[] { "Move jnunez", "Move mgarcia", "RemoveMember jnunez early-learning" }, plan.Lines());
        Assert.Equal("OU=Grade 03,OU=LIN,OU=Students,DC=example,DC=org", plan.For("u2").Single(action => action.Action == ActionType.Move).Path);
    }

    [Fact]
    public void A_student_who_changed_sections_leaves_one_class_group_and_joins_the_other()
    {
        var scenario = AfterFirstNight();
        var district = Districts.Riverside().Class("k3", "WHS-CHEM", "s2", "t2").Transfer("u3", "k2", "k3", "s2");

        var plan = scenario.Plan(district.Read());

        Assert.Equal(
            new[] { "AddMember alee class-WHS-CHEM", "AddMember bob.jones class-WHS-CHEM", "CreateGroup class-WHS-CHEM class-WHS-CHEM", "RemoveMember alee class-WHS-BIO" },
            plan.Lines());
    }

    [Fact]
    public void A_teacher_in_a_second_school_joins_its_staff_group_and_stays_where_they_are()
    {
        var scenario = AfterFirstNight();

        var plan = scenario.Plan(Districts.Riverside().Teacher("t2", "Bob", "Jones", "s2", "s1").Read());

        Assert.Equal(new[] { "AddMember bob.jones LIN-staff" }, plan.Lines());
    }

    [Fact]
    public void A_legal_name_change_updates_the_names_and_keeps_the_username_unless_the_policy_renames()
    {
        var scenario = AfterFirstNight();
        var married = Districts.Riverside().Student("u3", "Ann", "Kim", "09", "s2");

        var plan = scenario.Plan(married.Read());

        var update = Assert.Single(plan.Actions);
        Assert.Equal(ActionType.Update, update.Action);
        Assert.Equal("alee", update.Account);
        Assert.Contains(update.Changes, change => change.Attribute == "Surname" && change.Before == "Lee" && change.After == "Kim");
        Assert.Contains(update.Changes, change => change.Attribute == "DisplayName" && change.Before == "Ann Lee" && change.After == "Ann Kim");
        Assert.Contains("keeps its username 'alee'", Assert.Single(plan.Findings(FindingCodes.PlanNameKept)).Message, StringComparison.Ordinal);

        scenario.Policy.Naming["student"].Rename = RenameMode.Auto;
        var renaming = scenario.Plan(married.Read());

        var rename = Assert.Single(renaming.Of(ActionType.Rename));
        Assert.Equal("akim", rename.SamAccountName);
        Assert.Equal("akim@students.example.org", rename.UserPrincipalName);
        Assert.Contains(rename.Changes, change => change.Attribute == "Username" && change.Before == "alee" && change.After == "akim");
    }

    [Fact]
    public void A_preferred_name_is_the_name_people_see_and_the_username_stays()
    {
        var scenario = AfterFirstNight();

        var plan = scenario.Plan(Districts.Riverside().Student("u1", "Maria", "Garcia", "KG", "s1", preferredGiven: "Mari").Read());

        var update = Assert.Single(plan.Actions);
        Assert.Equal(ActionType.Update, update.Action);
        Assert.Equal(new[] { "GivenName: Maria → Mari", "DisplayName: Maria Garcia → Mari Garcia" }, update.Changes.Select(change => change.ToString()));
        Assert.Empty(plan.Findings(FindingCodes.PlanNameKept));
    }

    [Fact]
    public void A_section_deleted_by_a_delta_bundle_empties_its_owned_group_and_is_reported()
    {
        var scenario = AfterFirstNight();
        var merged = RosterTools.Merge.RosterMerger.Merge(Districts.Riverside().Read(), ClassDeletion.Delta("k2")).Roster;

        var plan = scenario.Plan(merged);

        Assert.Equal(
            new[] { "RemoveMember alee class-WHS-BIO", "RemoveMember bob.jones class-WHS-BIO", "RemoveMember tbrown class-WHS-BIO" },
            plan.Lines());
        Assert.Contains("class-WHS-BIO", Assert.Single(plan.Findings(FindingCodes.PlanOrphanedClassGroup)).Message, StringComparison.Ordinal);
    }
}
