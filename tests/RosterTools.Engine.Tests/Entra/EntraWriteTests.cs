using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Testing.Loopback.Graph;

namespace RosterTools.Tests.Entra;

public sealed class EntraWriteTests
{
    [Fact]
    public async Task CreateSetsPasswordProfileUsageLocationAndAnchor()
    {
        using var harness = new EntraHarness();
        await harness.Target.ReadAsync(null, CancellationToken.None);
        var results = await harness.ApplyAsync(EntraHarness.Create("jdoe", "S100"));
        var result = Assert.Single(results);
        Assert.Equal(ActionStatus.Done, result.Status);
        var user = Assert.Single(harness.Fake.Tenant.Users);
        Assert.Equal(user["id"]!.GetValue<string>(), result.AccountId);
        Assert.Equal("jdoe@students.example.org", user["userPrincipalName"]!.GetValue<string>());
        Assert.Equal("S100", user["employeeId"]!.GetValue<string>());
        Assert.Equal("US", user["usageLocation"]!.GetValue<string>());
        Assert.Equal("jdoe", user["mailNickname"]!.GetValue<string>());
        Assert.DoesNotContain("Init-jdoe", result.ToString() + result.Response + result.Error);

        // The same Create again (a resumed run): already done, nothing made twice.
        var again = Assert.Single(await harness.ApplyAsync(EntraHarness.Create("jdoe", "S100")));
        Assert.Equal(ActionStatus.AlreadyDone, again.Status);
        Assert.Equal(1, harness.Fake.Tenant.Creates["jdoe@students.example.org"]);
    }

    [Fact]
    public async Task ADuplicateUserPrincipalNameIsAFailureOrAlreadyDoneByWhoHoldsIt()
    {
        using var harness = new EntraHarness();
        await harness.Target.ReadAsync(null, CancellationToken.None);

        // Made after the read: one by someone else, one by an earlier run for the same person.
        harness.Fake.Tenant.AddUser("taken@students.example.org", "SOMEONE-ELSE");
        harness.Fake.Tenant.AddUser("mine@students.example.org", "S2");
        var results = await harness.ApplyAsync(EntraHarness.Create("taken", "S1"), EntraHarness.Create("mine", "S2"));
        Assert.Equal(ActionStatus.Failed, results[0].Status);
        Assert.Contains("taken@students.example.org already belongs to another account", results[0].Error);
        Assert.Contains("SOMEONE-ELSE", results[0].Error);
        Assert.Equal(ActionStatus.AlreadyDone, results[1].Status);
        Assert.NotNull(results[1].AccountId);
    }

    [Fact]
    public async Task MembersAreAddedTwentyAtATimeAndOneByOneWhenABindFails()
    {
        using var harness = new EntraHarness();
        var tenant = harness.Fake.Tenant;
        var ids = Enumerable.Range(1, 45).Select(n => tenant.AddUser($"s{n}@students.example.org", $"E{n}")).ToList();
        tenant.AddGroup("school-students");
        await harness.Target.ReadAsync(null, CancellationToken.None);

        // Three become members behind the target's back: the binds that hold them fail as a whole.
        await AddBehindTheBackAsync(harness, new[] { 3, 4, 30 });
        var actions = Enumerable.Range(1, 45).Select(n => EntraHarness.On(ActionType.AddMember, $"s{n}", $"E{n}", "school-students")).ToArray();
        var results = await harness.ApplyAsync(actions);
        Assert.Equal(45, results.Count);
        Assert.Equal(new[] { "E3", "E30", "E4" }, actions.Zip(results).Where(pair => pair.Second.Status == ActionStatus.AlreadyDone).Select(pair => pair.First.Anchor).OrderBy(anchor => anchor, StringComparer.Ordinal));
        Assert.Equal(42, results.Count(result => result.Status == ActionStatus.Done));
        Assert.Equal(45, tenant.MembersOf("school-students").Count);
        Assert.True(tenant.LargestBind <= 20, $"a bind held {tenant.LargestBind} references");
        Assert.Equal(20, tenant.LargestBind);
        Assert.Equal(2, tenant.BindRefusals); // the first and the second chunk of 20 hold the three
        Assert.Contains(harness.Fake.Requests, request => request.StartsWith("POST /groups/", StringComparison.Ordinal) && request.EndsWith("/members/$ref", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LicencesNeedAKnownSkuAndAUsageLocation()
    {
        using var harness = new EntraHarness();
        var tenant = harness.Fake.Tenant;
        tenant.AddUser("a@students.example.org", "A");
        tenant.AddUser("b@students.example.org", "B", usageLocation: null);
        await harness.Target.ReadAsync(null, CancellationToken.None);
        var results = await harness.ApplyAsync(
            EntraHarness.On(ActionType.AssignLicense, "a", "A", license: "STUDENT_A1"),
            EntraHarness.On(ActionType.AssignLicense, "b", "B", license: "STUDENT_A1"),
            EntraHarness.On(ActionType.AssignLicense, "a", "A", license: "NO_SUCH_SKU"));
        Assert.Equal(ActionStatus.Done, results[0].Status);
        Assert.Equal(ActionStatus.Failed, results[1].Status);
        Assert.Contains("usage location", results[1].Error);
        Assert.Equal(ActionStatus.Failed, results[2].Status);
        Assert.Contains("STUDENT_A1", results[2].Error); // it lists what the tenant has

        var removed = await harness.ApplyAsync(EntraHarness.On(ActionType.RemoveLicense, "a", "A", license: "STUDENT_A1"));
        Assert.Equal(ActionStatus.Done, removed[0].Status);
        var again = await harness.ApplyAsync(EntraHarness.On(ActionType.RemoveLicense, "a", "A", license: "STUDENT_A1"));
        Assert.Equal(ActionStatus.AlreadyDone, again[0].Status);
    }

    [Fact]
    public async Task RenameDisableRevokeDeleteAndRestoreForAReturningPerson()
    {
        using var harness = new EntraHarness();
        var tenant = harness.Fake.Tenant;
        var id = tenant.AddUser("old@students.example.org", "S9");
        tenant.AddUser("other@students.example.org", "S8");
        await harness.Target.ReadAsync(null, CancellationToken.None);

        var rename = EntraHarness.On(ActionType.Rename, "old", "S9");
        rename.Changes.Add(new AttributeChange("Username", "old", "new"));
        rename.Changes.Add(new AttributeChange("UserPrincipalName", "old@students.example.org", "new@students.example.org"));
        var clash = EntraHarness.On(ActionType.Rename, "other", "S8");
        clash.Changes.Add(new AttributeChange("UserPrincipalName", "other@students.example.org", "new@students.example.org"));
        var renamed = await harness.ApplyAsync(rename);
        Assert.Equal(ActionStatus.Done, renamed[0].Status);
        Assert.Equal("new@students.example.org", tenant.Users.Single(user => user["id"]!.GetValue<string>() == id)["userPrincipalName"]!.GetValue<string>());
        var clashed = await harness.ApplyAsync(clash);
        Assert.Equal(ActionStatus.Failed, clashed[0].Status);
        Assert.Contains("already used", clashed[0].Error);

        var disable = EntraHarness.On(ActionType.Disable, "new", "S9");
        var results = await harness.ApplyAsync(disable, EntraHarness.On(ActionType.RevokeSessions, "new", "S9"));
        Assert.All(results, result => Assert.Equal(ActionStatus.Done, result.Status));
        Assert.False(tenant.Users.Single(user => user["id"]!.GetValue<string>() == id)["accountEnabled"]!.GetValue<bool>());
        Assert.Equal(1, tenant.Revocations);
        Assert.Equal(ActionStatus.AlreadyDone, (await harness.ApplyAsync(disable))[0].Status);

        var delete = EntraHarness.On(ActionType.Delete, "new", "S9");
        Assert.Equal(ActionStatus.Done, (await harness.ApplyAsync(delete))[0].Status);
        Assert.Equal(ActionStatus.AlreadyDone, (await harness.ApplyAsync(delete))[0].Status);
        Assert.Single(tenant.DeletedUsers);

        // The person comes back: a fresh read finds the deleted account, and the Create restores it.
        using var nextNight = new RosterTools.Targets.Entra.EntraTarget(RosterTools.Targets.Entra.EntraCredentials.AccessToken(EntraHarness.Secure(harness.Fake.Options.AccessToken)), harness.Options);
        await nextNight.ReadAsync(null, CancellationToken.None);
        var create = EntraHarness.Create("new", "S9");
        var restored = await nextNight.ApplyAsync(new[] { new ActionRequest(create) { InitialPassword = "Back-Again-42!" } }, CancellationToken.None);
        Assert.Equal(ActionStatus.Done, restored[0].Status);
        Assert.Contains("restored", restored[0].Response);
        Assert.Equal(id, restored[0].AccountId);
        Assert.Empty(tenant.DeletedUsers);
        Assert.True(tenant.Users.Single(user => user["id"]!.GetValue<string>() == id)["accountEnabled"]!.GetValue<bool>());
        Assert.False(tenant.Creates.ContainsKey("new@students.example.org"));
    }

    [Fact]
    public async Task GroupsAreCreatedOnceAndMovesNeedAdministrativeUnits()
    {
        using var harness = new EntraHarness();
        harness.Fake.Tenant.AddUser("a@students.example.org", "A");
        await harness.Target.ReadAsync(null, CancellationToken.None);
        var create = new PlanAction { Id = "g1", Action = ActionType.CreateGroup, Account = "class-7A", Group = "class-7A", Reason = "a class" };
        Assert.Equal(ActionStatus.Done, (await harness.ApplyAsync(create))[0].Status);
        Assert.Equal(ActionStatus.AlreadyDone, (await harness.ApplyAsync(create))[0].Status);
        Assert.Equal(new[] { "class-7A" }, harness.Fake.Tenant.GroupNames);

        var move = EntraHarness.On(ActionType.Move, "a", "A");
        move.Path = "OU=Students,DC=example,DC=org";
        var moved = await harness.ApplyAsync(move);
        Assert.Equal(ActionStatus.Failed, moved[0].Status);
        Assert.Contains("administrative units", moved[0].Error);
    }

    [Fact]
    public async Task MovesBetweenAdministrativeUnits()
    {
        using var harness = new EntraHarness(configure: options => options.AdministrativeUnits = true);
        var tenant = harness.Fake.Tenant;
        tenant.AddUser("a@students.example.org", "A");
        tenant.AddAdministrativeUnit("North High");
        tenant.AddAdministrativeUnit("South High");
        await harness.Target.ReadAsync(null, CancellationToken.None);
        var move = EntraHarness.On(ActionType.Move, "a", "A");
        move.Path = "North High";
        Assert.Equal(ActionStatus.Done, (await harness.ApplyAsync(move))[0].Status);
        var back = EntraHarness.On(ActionType.Move, "a", "A");
        back.Path = "South High";
        back.Changes.Add(new AttributeChange("Container", "North High", "South High"));
        Assert.Equal(ActionStatus.Done, (await harness.ApplyAsync(back))[0].Status);
        Assert.Empty(tenant.MembersOfUnit("North High"));
        Assert.Equal(new[] { "a@students.example.org" }, tenant.MembersOfUnit("South High"));
        Assert.Equal(ActionStatus.AlreadyDone, (await harness.ApplyAsync(back))[0].Status);
    }

    private static async Task AddBehindTheBackAsync(EntraHarness harness, int[] numbers)
    {
        // Another client (a second target with its own memory) adds them, so this target's read does not know.
        using var other = new RosterTools.Targets.Entra.EntraTarget(RosterTools.Targets.Entra.EntraCredentials.AccessToken(EntraHarness.Secure(harness.Fake.Options.AccessToken)), harness.Options);
        await other.ReadAsync(null, CancellationToken.None);
        var results = await other.ApplyAsync(numbers.Select(n => new ActionRequest(EntraHarness.On(ActionType.AddMember, $"s{n}", $"E{n}", "school-students"))).ToList(), CancellationToken.None);
        Assert.All(results, result => Assert.Equal(ActionStatus.Done, result.Status));
    }
}
