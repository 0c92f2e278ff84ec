using System.Threading;
using System.Threading.Tasks;
using System.Diagnostics;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets.Entra;
using RosterTools.Testing.Loopback.Graph;

namespace RosterTools.Tests.Entra;

public sealed class EntraThrottlingTests
{
    [Fact]
    public async Task A429InsideABatchWaitsForItsRetryAfterAndSlowsTheRunDown()
    {
        var options = new GraphFakeOptions();
        options.Faults.Add(new GraphFault("POST", "/users", GraphFaultKind.ThrottleWithRetryAfter, times: 1, retryAfter: "1"));
        using var harness = new EntraHarness(options);
        await harness.Target.ReadAsync(null, CancellationToken.None);
        var before = harness.Target.Statistics.Requests;
        var clock = Stopwatch.StartNew();
        var results = await harness.ApplyAsync(EntraHarness.Create("a", "A"), EntraHarness.Create("b", "B"));
        clock.Stop();
        Assert.All(results, result => Assert.Equal(ActionStatus.Done, result.Status));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"the retry came after {clock.Elapsed.TotalSeconds:0.00} s, before the 1 s Retry-After");
        Assert.Equal(1, harness.Target.Statistics.Throttled);
        Assert.Equal(1, harness.Target.Statistics.Retries);
        Assert.Equal(3, harness.Target.Statistics.Requests - before);
        Assert.Equal(2, harness.Fake.Tenant.Users.Count);
    }

    [Fact]
    public async Task A429WithoutRetryAfterA503AndA504AreRetriedWithBackOff()
    {
        var options = new GraphFakeOptions();
        options.Faults.Add(new GraphFault("POST", "/users", GraphFaultKind.ThrottleWithoutRetryAfter, times: 2, retryAfter: null));
        options.Faults.Add(new GraphFault("POST", "/users", GraphFaultKind.Unavailable, times: 1, retryAfter: null));
        options.Faults.Add(new GraphFault("POST", "/users", GraphFaultKind.GatewayTimeout, times: 1, retryAfter: null));
        using var harness = new EntraHarness(options);
        await harness.Target.ReadAsync(null, CancellationToken.None);
        var result = Assert.Single(await harness.ApplyAsync(EntraHarness.Create("a", "A")));
        Assert.Equal(ActionStatus.Done, result.Status);
        Assert.Equal(4, harness.Target.Statistics.Retries);
        Assert.Equal(2, harness.Target.Statistics.Throttled); // a 503 without Retry-After is a failure, not throttling
        Assert.Single(harness.Fake.Tenant.Users);
    }

    [Fact]
    public async Task WhenRetriesRunOutTheActionFailsAndTheOthersGoOn()
    {
        var options = new GraphFakeOptions();
        options.Faults.Add(new GraphFault("POST", "/users/", GraphFaultKind.Unavailable, times: int.MaxValue, retryAfter: null));
        using var harness = new EntraHarness(options, target => target.MaxAttempts = 3);
        harness.Fake.Tenant.AddUser("a@students.example.org", "A");
        await harness.Target.ReadAsync(null, CancellationToken.None);
        var results = await harness.ApplyAsync(EntraHarness.On(ActionType.RevokeSessions, "a", "A"), EntraHarness.Create("b", "B"));
        Assert.Equal(ActionStatus.Failed, results[0].Status);
        Assert.Contains("503", results[0].Error);
        Assert.Equal(ActionStatus.Done, results[1].Status);
    }

    [Fact]
    public async Task ATimedOutBatchIsSentAgainWithoutMakingAnythingTwice()
    {
        // Every whole $batch stalls until the client's timeout once in a while; the tenant has carried it out.
        var options = new GraphFakeOptions { RandomFaults = new GraphFaultPlan(0, seed: 7, GraphFaultKind.Stall) { BatchRate = 0.25, StallTime = TimeSpan.FromSeconds(2) } };
        using var harness = new EntraHarness(options, target =>
        {
            target.RequestTimeout = TimeSpan.FromMilliseconds(400);
            target.MaxAttempts = 12;
        });
        await harness.Target.ReadAsync(null, CancellationToken.None);
        var actions = Enumerable.Range(1, 30).Select(n => EntraHarness.Create($"u{n}", $"U{n}")).ToArray();
        var results = await harness.ApplyAsync(actions);
        Assert.All(results, result => Assert.Contains(result.Status, new[] { ActionStatus.Done, ActionStatus.AlreadyDone }));
        Assert.True(harness.Fake.Faults > 0, "no batch stalled");
        Assert.Equal(30, harness.Fake.Tenant.Users.Count);
        Assert.All(harness.Fake.Tenant.Creates.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task BatchesHoldTwentyRunSeveralAtOnceAndAskForLowPriority()
    {
        using var harness = new EntraHarness(new GraphFakeOptions { Latency = TimeSpan.FromMilliseconds(50) }, target => target.MaxBatchesInFlight = 4);
        await harness.Target.ReadAsync(null, CancellationToken.None);
        harness.Fake.ResetCounters();
        var results = await harness.ApplyAsync(Enumerable.Range(1, 200).Select(n => EntraHarness.Create($"u{n}", $"U{n}")).ToArray());
        Assert.All(results, result => Assert.Equal(ActionStatus.Done, result.Status));
        // 200 requests in 10 full batches, and at most one or two partial ones (the first goes out at once).
        Assert.InRange(harness.Fake.Batches, 10, 12);
        Assert.Equal(harness.Fake.Batches, harness.Target.BatchesSent - 4); // the read's four (skus, users, deleted, groups) came first
        Assert.True(harness.Fake.PeakInFlight >= 2, $"at most {harness.Fake.PeakInFlight} batch in flight");
        Assert.True(harness.Fake.PeakInFlight <= 4);
        Assert.All(harness.Fake.Priorities, priority => Assert.Equal("Low", priority));
    }

    [Fact]
    public async Task ARefusedTokenStopsTheRunWithoutShowingTheToken()
    {
        using var fake = GraphFake.Start();
        var options = new EntraTargetOptions { GraphBaseUrl = fake.ServiceRoot };
        using var target = new EntraTarget(EntraCredentials.AccessToken(EntraHarness.Secure("Bearer wrong-token-value-123")), options);
        var error = await Assert.ThrowsAsync<EntraSignInException>(() => target.ReadAsync(null, CancellationToken.None));
        Assert.Contains("401", error.Message);
        Assert.DoesNotContain("wrong-token-value-123", error.ToString());
        var apply = await Assert.ThrowsAsync<EntraSignInException>(() => target.ApplyAsync(new[] { new ActionRequest(EntraHarness.Create("a", "A")) { InitialPassword = "Secret-Pass-1!" } }, CancellationToken.None));
        Assert.DoesNotContain("Secret-Pass-1!", apply.ToString());
    }

    [Fact]
    public async Task CancellationStopsTheRun()
    {
        using var harness = new EntraHarness(new GraphFakeOptions { Latency = TimeSpan.FromMilliseconds(300) }, target => target.MaxBatchesInFlight = 1);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Target.ApplyAsync(
            Enumerable.Range(1, 100).Select(n => new ActionRequest(EntraHarness.Create($"u{n}", $"U{n}")) { InitialPassword = "Pass-word-1!" }).ToList(), cancel.Token));
    }
}
