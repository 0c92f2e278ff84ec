using System.IO;
using System.Text;
using RosterTools.Planning;

namespace RosterTools.Tests.Planning;

/// <summary>A plan saved to review now and apply later comes back exactly.</summary>
public class PlanJsonTests
{
    private static Plan Busy()
    {
        var scenario = new Scenario();
        scenario.Policy.Deprovision.DisableAfterDays = 2;
        scenario.Night(Districts.Riverside().Read());
        scenario.Night(Districts.Riverside().Without("u3").Read());
        var district = Districts.Riverside().Without("u3").Without("u4").Student("u1", "Maria", "García López", "01", "s2", preferredGiven: "Mari")
            .Student("u9", "Zoë", "O'Brien, Jr.", "05", "s1").Class("k3", "WHS-CHEM", "s2", "t2", "u1");
        scenario.Today = scenario.Today.AddDays(3);
        return scenario.Plan(district.Read(user => user != "t2"));
    }

    private static byte[] Bytes(Plan plan)
    {
        using var stream = new MemoryStream();
        PlanJson.Write(stream, plan);
        return stream.ToArray();
    }

    [Fact]
    public void A_plan_reloads_exactly()
    {
        var plan = Busy();
        Assert.Contains(plan.Actions, action => action.Changes.Count > 0);
        Assert.Contains(plan.Actions, action => action.Stage == ActionStage.Deprovision);
        Assert.NotEmpty(plan.LifecycleUpdates);
        Assert.NotEmpty(plan.Findings);
        Assert.True(plan.Blocked);

        var written = Bytes(plan);
        var read = PlanJson.Read(new MemoryStream(written));

        Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(Bytes(read)));
        Assert.Equal(plan.Actions.Select(PlanLookups.Line), read.Actions.Select(PlanLookups.Line));
        Assert.Equal(plan.Actions.Select(action => action.Id), read.Actions.Select(action => action.Id));
        Assert.Equal(plan.Inputs.InputHash, read.Inputs.InputHash);
        Assert.Equal(plan.BlockedReasons, read.BlockedReasons);
        Assert.Equal(plan.Summary.ByAction, read.Summary.ByAction);
        Assert.Equal(plan.CreatedUtc, read.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, read.CreatedUtc.Kind);
        var move = read.Actions.First(action => action.Action == ActionType.Move);
        Assert.Equal(plan.Actions.First(action => action.Action == ActionType.Move).Path, move.Path);
    }

    [Fact]
    public void The_input_hash_changes_when_any_input_does()
    {
        var scenario = new Scenario();
        var roster = Districts.Riverside().Read();
        var first = scenario.Plan(roster);

        Assert.Equal(first.Inputs.InputHash, scenario.Plan(Districts.Riverside().Read()).Inputs.InputHash);
        Assert.NotEqual(first.Inputs.InputHash, scenario.Plan(Districts.Riverside().Without("u4").Read()).Inputs.InputHash);
        scenario.Night(roster);
        Assert.NotEqual(first.Inputs.InputHash, scenario.Plan(roster).Inputs.InputHash);
    }

    [Theory]
    [InlineData("{\"format\":\"something else\"}", "is not a RosterTools plan")]
    [InlineData("{\"format\":\"rostertools-plan\",\"version\":99}", "format version 99")]
    [InlineData("{\"format\":", "is not a readable RosterTools plan")]
    public void What_is_not_a_plan_is_refused_with_the_reason(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => PlanJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "plan.json"));

        Assert.Contains("plan.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
