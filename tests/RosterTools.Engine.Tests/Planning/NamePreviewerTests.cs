using RosterTools.Planning;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Tests.Planning;

/// <summary>Resolve-RosterUserName's engine: the names the policy gives, how they came about, and that a plan gives the same.</summary>
public sealed class NamePreviewerTests
{
    private static readonly PlanOptions Options = new() { Today = new DateTime(2026, 11, 21) };

    private static DistrictBuilder District() => new DistrictBuilder()
        .School("sch1", "RHS", "Riverside High")
        .Student("s1", "María", "García", "09", "sch1")
        .Student("s2", "Mario", "Garcia", "10", "sch1")
        .Student("s3", "Thảo", "Nguyễn", "09", "sch1")
        .Student("s4", "Mei", "Chen 陈", "11", "sch1")
        .Student("s5", "Hubert", "Wolfeschlegelsteinhausen", "12", "sch1")
        .Teacher("t1", "Ann", "O'Brien", "sch1");

    [Fact]
    public void New_accounts_get_the_templates_names_transliterated_and_placed()
    {
        var previews = NamePreviewer.Preview(District().Read(), TestPolicies.District(), options: Options);

        var thao = previews.Single(preview => preview.SourcedId == "s3");
        Assert.Equal(NamePreviewStatus.New, thao.Status);
        Assert.Equal("tnguyen", thao.Username);
        Assert.Equal("tnguyen@students.example.org", thao.UserPrincipalName);
        Assert.Equal("tnguyen@students.example.org", thao.EmailAddress);
        Assert.Equal("Thảo Nguyễn", thao.DisplayName);
        Assert.Equal("OU=Grade 09,OU=RHS,OU=Students,DC=example,DC=org", thao.Path);
        Assert.Equal(new[] { "tnguyen" }, thao.Candidates);
        Assert.Empty(thao.Findings);

        var teacher = previews.Single(preview => preview.SourcedId == "t1");
        Assert.Equal("ann.obrien", teacher.Username);
        Assert.Equal("OU=RHS,OU=Staff,DC=example,DC=org", teacher.Path);
        Assert.Equal(new[] { "s1", "s2", "s3", "s4", "s5", "t1" }, previews.Select(preview => preview.SourcedId));
    }

    [Fact]
    public void A_collision_with_someone_earlier_in_the_roster_is_numbered_and_names_them()
    {
        var mario = NamePreviewer.Preview(District().Read(), TestPolicies.District(), options: Options).Single(preview => preview.SourcedId == "s2");

        Assert.Equal("mgarcia2", mario.Username);
        var finding = Assert.Single(mario.Findings);
        Assert.Equal(FindingCodes.NameCollision, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("s2", finding.SourcedId);
        Assert.Contains("'mgarcia' is taken by María García (s1), earlier in the roster", finding.Message, StringComparison.Ordinal);
        Assert.Contains("numbered: 'mgarcia2'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dropped_characters_and_truncation_are_noted()
    {
        var previews = NamePreviewer.Preview(District().Read(), TestPolicies.District(), options: Options);

        var mei = previews.Single(preview => preview.SourcedId == "s4");
        Assert.Equal("mchen", mei.Username);
        var dropped = Assert.Single(mei.Findings);
        Assert.Equal(FindingCodes.NameCharactersDropped, dropped.Code);
        Assert.Contains("'陈'", dropped.Message, StringComparison.Ordinal);

        var hubert = previews.Single(preview => preview.SourcedId == "s5");
        Assert.Equal("hwolfeschlegelsteinh", hubert.Username);
        Assert.Equal(new[] { "hwolfeschlegelsteinhausen" }, hubert.Candidates);
        var cut = Assert.Single(hubert.Findings);
        Assert.Equal(FindingCodes.NameTruncated, cut.Code);
        Assert.Contains("longer than 20 characters", cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_taken_in_the_directory_are_honoured_and_existing_accounts_keep_theirs()
    {
        var directory = new DirectorySnapshot(new[]
        {
            new DirectoryAccount { Anchor = "x9", Username = "mgarcia", UserPrincipalName = "mgarcia@students.example.org" },
            new DirectoryAccount { Anchor = "s3", Username = "thao.n", UserPrincipalName = "thao.n@students.example.org", DisplayName = "Thao N", Container = "OU=Old,DC=example,DC=org" },
        });

        var previews = NamePreviewer.Preview(District().Read(), TestPolicies.District(), directory, options: Options);

        var maria = previews.Single(preview => preview.SourcedId == "s1");
        Assert.Equal("mgarcia2", maria.Username);
        Assert.Contains(maria.Findings, finding => finding.Code == FindingCodes.NameCollision && finding.Message.Contains("'mgarcia' is taken by an existing account", StringComparison.Ordinal));
        Assert.Equal("mgarcia3", previews.Single(preview => preview.SourcedId == "s2").Username);

        var thao = previews.Single(preview => preview.SourcedId == "s3");
        Assert.Equal(NamePreviewStatus.Existing, thao.Status);
        Assert.Equal("thao.n", thao.Username);
        Assert.Equal("thao.n@students.example.org", thao.UserPrincipalName);
        Assert.Equal("Thảo Nguyễn", thao.DisplayName);
        Assert.Equal("OU=Grade 09,OU=RHS,OU=Students,DC=example,DC=org", thao.Path);
        Assert.Empty(thao.Candidates);
    }

    [Fact]
    public void One_person_gets_the_names_the_whole_roster_would_give_them()
    {
        var roster = District().Read();
        var policy = TestPolicies.District();
        policy.Scope.Roles.Remove("teacher");

        var previews = NamePreviewer.Preview(roster, policy, sourcedIds: new[] { "s2", "t1", "nobody" }, options: Options);

        Assert.Equal(new[] { "s2", "t1" }, previews.Select(preview => preview.SourcedId));
        Assert.Equal("mgarcia2", previews[0].Username);
        Assert.Equal(NamePreviewStatus.OutOfScope, previews[1].Status);
        Assert.Null(previews[1].Username);
    }

    [Fact]
    public void No_unique_name_within_the_limit_is_an_error_finding()
    {
        var policy = TestPolicies.District();
        policy.Naming["student"].MaxLength = 7;
        policy.Naming["student"].Collision = new RosterTools.Policy.CollisionRule { Kind = RosterTools.Policy.CollisionKind.Digits, Digits = 7, Start = 1 };

        var mario = NamePreviewer.Preview(District().Read(), policy, sourcedIds: new[] { "s2" }, options: Options).Single();

        Assert.Equal(NamePreviewStatus.Unavailable, mario.Status);
        Assert.Null(mario.Username);
        var finding = Assert.Single(mario.Findings);
        Assert.Equal(FindingCodes.PlanNameUnavailable, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_plan_from_the_same_inputs_creates_the_accounts_with_the_previewed_names()
    {
        var roster = District().Read();
        var policy = TestPolicies.District();
        var directory = new DirectorySnapshot(new[] { new DirectoryAccount { Anchor = "x9", Username = "mgarcia", UserPrincipalName = "mgarcia@students.example.org" } });

        var previews = NamePreviewer.Preview(roster, policy, directory, options: Options);
        var plan = Planner.Create(roster, directory, policy, new LifecycleState(), Options);

        var created = plan.Actions.Where(action => action.Action == ActionType.Create).ToDictionary(action => action.SourcedId!, action => (action.SamAccountName, action.UserPrincipalName, action.Path));
        var previewed = previews.Where(preview => preview.Status == NamePreviewStatus.New).ToDictionary(preview => preview.SourcedId, preview => (preview.Username, preview.UserPrincipalName, preview.Path));
        Assert.Equal(6, created.Count);
        Assert.Equal(created.OrderBy(entry => entry.Key), previewed.OrderBy(entry => entry.Key));
    }
}
