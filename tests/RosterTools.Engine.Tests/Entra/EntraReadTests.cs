using System.Threading;
using System.Threading.Tasks;
using RosterTools.Testing.Loopback.Graph;

namespace RosterTools.Tests.Entra;

public sealed class EntraReadTests
{
    [Fact]
    public async Task ReadsEveryPageOfUsersGroupsMembersAndLicences()
    {
        using var harness = new EntraHarness(new GraphFakeOptions { MaxPageSize = 3 });
        var tenant = harness.Fake.Tenant;
        var ids = Enumerable.Range(1, 10).Select(n => tenant.AddUser($"s{n}@students.example.org", $"E{n}", enabled: n != 4)).ToList();
        tenant.AddGroup("class-7A");
        tenant.AddGroup("empty");
        await harness.ApplyAsync(); // nothing: a read must not need an apply first
        var snapshot = await harness.Target.ReadAsync(null, CancellationToken.None);
        Assert.Equal(10, snapshot.Accounts.Count);
        Assert.Equal(Enumerable.Range(1, 10).Select(n => "E" + n), snapshot.Accounts.Select(account => account.Anchor).OrderBy(anchor => int.Parse(anchor![1..])));
        Assert.False(snapshot.Accounts.Single(account => account.Anchor == "E4").Enabled);
        Assert.Equal(new[] { "class-7A", "empty" }, snapshot.Groups.Select(group => group.Name).OrderBy(name => name));

        // 10 users at 3 a page: four pages, the later ones asked for by their next link.
        var userReads = harness.Fake.Requests.Where(request => request.StartsWith("GET /users?", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, userReads.Count);
        Assert.Contains("$select=id,userPrincipalName,mailNickname,mail,givenName,surname,displayName,accountEnabled,assignedLicenses,employeeId", Uri.UnescapeDataString(userReads[0]));
        Assert.All(userReads.Skip(1), request => Assert.Contains("$skiptoken=", request));
    }

    [Fact]
    public async Task MembershipsOwnersAndLicencesComeWithTheAccounts()
    {
        using var harness = new EntraHarness(new GraphFakeOptions { MaxPageSize = 2 });
        var tenant = harness.Fake.Tenant;
        for (var n = 1; n <= 5; n++)
        {
            tenant.AddUser($"s{n}@students.example.org", $"E{n}");
        }

        tenant.AddUser("t1@example.org", "T1");
        tenant.AddGroup("class-7A");

        // Memberships and a licence made through the target, then read back by a fresh target.
        await harness.Target.ReadAsync(null, CancellationToken.None);
        var results = await harness.ApplyAsync(
            Enumerable.Range(1, 5).Select(n => EntraHarness.On(RosterTools.Planning.ActionType.AddMember, $"s{n}", $"E{n}", "class-7A"))
                .Append(Owner("t1", "T1", "class-7A"))
                .Append(EntraHarness.On(RosterTools.Planning.ActionType.AssignLicense, "s1", "E1", license: "STUDENT_A1"))
                .ToArray());
        Assert.All(results, result => Assert.Equal(RosterTools.Apply.ActionStatus.Done, result.Status));

        using var fresh = new RosterTools.Targets.Entra.EntraTarget(RosterTools.Targets.Entra.EntraCredentials.AccessToken(EntraHarness.Secure(harness.Fake.Options.AccessToken)), harness.Options);
        var snapshot = await fresh.ReadAsync(null, CancellationToken.None);
        Assert.All(snapshot.Accounts.Where(account => account.Anchor!.StartsWith('E')), account => Assert.Equal(new[] { "class-7A" }, account.Groups));
        Assert.Equal(new[] { "class-7A" }, snapshot.Accounts.Single(account => account.Anchor == "T1").Groups);
        Assert.Equal(new[] { "STUDENT_A1" }, snapshot.Accounts.Single(account => account.Anchor == "E1").Licenses);
        Assert.Equal(new[] { "t1@example.org" }, tenant.MembersOf("class-7A", owners: true));
    }

    [Fact]
    public async Task AReadThatCannotFinishSaysWhichRequestFailed()
    {
        var options = new GraphFakeOptions();
        options.Faults.Add(new GraphFault("GET", "/users", GraphFaultKind.Unavailable, times: int.MaxValue));
        using var harness = new EntraHarness(options, target => target.MaxAttempts = 3);
        var error = await Assert.ThrowsAsync<RosterTools.Targets.DirectoryReadException>(() => harness.Target.ReadAsync(null, CancellationToken.None));
        Assert.Contains("GET /users", error.Message);
        Assert.Contains("503", error.Message);
        Assert.Equal(2, harness.Target.Statistics.Retries);
    }

    private static RosterTools.Planning.PlanAction Owner(string username, string anchor, string group)
    {
        var action = EntraHarness.On(RosterTools.Planning.ActionType.AddMember, username, anchor, group);
        action.MemberRole = RosterTools.Planning.MemberRole.Owner;
        return action;
    }
}
