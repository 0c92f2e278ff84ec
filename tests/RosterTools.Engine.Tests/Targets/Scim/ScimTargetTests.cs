using System.Threading.Tasks;
using System.Threading;
using System.Net.Http;
using System.Diagnostics;
using System.Text.Json.Nodes;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets;
using RosterTools.Targets.Scim;

namespace RosterTools.Tests.Targets.Scim;

/// <summary>
/// The SCIM target against a real SCIM server (scimmy) on loopback: every action done, and AlreadyDone when done
/// again; users found by id or externalId; groups and their members; paging; PUT where PATCH is not supported;
/// If-Match; 429s retried; bearer token and OAuth 2 client credentials, with the secrets never shown.
/// </summary>
[Collection(ScimServerCollection.Name)]
public sealed class ScimTargetTests
{
    private readonly ScimServerFixture _server;

    public ScimTargetTests(ScimServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public void Create_makes_the_user_with_the_anchor_as_externalId_and_again_is_AlreadyDone()
    {
        using var target = _server.Target();
        var create = Create("S100", "jdoe");

        var first = Apply(target, create);
        var again = Apply(target, create);

        Assert.Equal(ActionStatus.Done, first.Status);
        Assert.StartsWith("201 Created id=", first.Response, StringComparison.Ordinal);
        Assert.Equal(ActionStatus.AlreadyDone, again.Status);
        Assert.Equal(first.AccountId, again.AccountId);
        var account = Assert.Single(Read(target).Accounts);
        Assert.Equal(("S100", "jdoe@students.example.org", "jdoe@students.example.org", "Jane", "Doe", "Jane Doe", true, first.AccountId), (account.Anchor, account.UserPrincipalName, account.Email, account.GivenName, account.Surname, account.DisplayName, account.Enabled, account.Id));
        var user = Get($"/Users/{first.AccountId}");
        Assert.Equal("S100", user[ScimUsers.EnterpriseSchema]?["employeeNumber"]?.GetValue<string>());
        Assert.Equal(1, _server.Requests().Count(request => (string)request!["method"]! == "POST"));
    }

    [Fact]
    public void Update_rename_disable_enable_and_delete_change_only_what_differs_with_If_Match()
    {
        using var target = _server.Target();
        var id = Apply(target, Create("S200", "asmith")).AccountId!;
        var update = Existing(ActionType.Update, "S200", id, action => { action.Surname = "Smith-Jones"; action.DisplayName = "Ann Smith-Jones"; action.GivenName = "Ann"; });
        var rename = Existing(ActionType.Rename, "S200", id, action => { action.SamAccountName = "asmithjones"; action.UserPrincipalName = "asmithjones@students.example.org"; action.EmailAddress = "asmithjones@students.example.org"; });
        var disable = Existing(ActionType.Disable, "S200", id, action => action.Enabled = false);

        Assert.Equal(new[] { ActionStatus.Done, ActionStatus.Done, ActionStatus.Done }, new[] { update, rename, disable }.Select(action => Apply(target, action).Status));
        Assert.Equal(new[] { ActionStatus.AlreadyDone, ActionStatus.AlreadyDone, ActionStatus.AlreadyDone }, new[] { update, rename, disable }.Select(action => Apply(target, action).Status));

        var account = Assert.Single(Read(target).Accounts);
        Assert.Equal(("Smith-Jones", "Ann Smith-Jones", "asmithjones@students.example.org", "asmithjones@students.example.org", false), (account.Surname, account.DisplayName, account.UserPrincipalName, account.Email, account.Enabled));
        var patches = _server.Requests().Where(request => (string)request!["method"]! == "PATCH").ToList();
        Assert.Equal(3, patches.Count);
        Assert.All(patches, patch => Assert.StartsWith("W/\"", (string?)patch!["ifMatch"], StringComparison.Ordinal));

        Assert.Equal(ActionStatus.Done, Apply(target, Existing(ActionType.Enable, "S200", id, action => action.Enabled = true)).Status);
        Assert.True(Assert.Single(Read(target).Accounts).Enabled);
        var delete = Existing(ActionType.Delete, "S200", id);
        Assert.Equal(ActionStatus.Done, Apply(target, delete).Status);
        Assert.Equal(ActionStatus.AlreadyDone, Apply(target, delete).Status);
        Assert.Empty(Read(target).Accounts);
    }

    [Fact]
    public void An_account_without_the_id_is_found_by_its_anchor_and_adopt_sets_the_anchor()
    {
        using var target = _server.Target();
        var id = Apply(target, Create("S300", "bcole")).AccountId!;
        var byAnchor = Existing(ActionType.Disable, "S300", null, action => action.Enabled = false);
        Assert.Equal(ActionStatus.Done, Apply(target, byAnchor).Status);

        var adopt = Existing(ActionType.Adopt, "T900", id, action => action.EmployeeID = "T900");
        Assert.Equal(ActionStatus.Done, Apply(target, adopt).Status);
        Assert.Equal(ActionStatus.AlreadyDone, Apply(target, adopt).Status);
        Assert.Equal("T900", Assert.Single(Read(target).Accounts).Anchor);
        Assert.Equal(ActionStatus.Failed, Apply(target, Existing(ActionType.Update, "nobody", null, action => action.Surname = "X")).Status);
    }

    [Fact]
    public void Group_creation_and_membership_are_idempotent_and_read_back_on_the_accounts()
    {
        using var target = _server.Target();
        var id = Apply(target, Create("S400", "cdale")).AccountId!;
        var group = new PlanAction { Id = "g", Action = ActionType.CreateGroup, Account = "RHS-students", Group = "RHS-students" };
        var add = Existing(ActionType.AddMember, "S400", null, action => { action.Group = "RHS-students"; action.MemberRole = MemberRole.Member; });
        var owner = Existing(ActionType.AddMember, "S400", id, action => { action.Group = "class-MATH1"; action.MemberRole = MemberRole.Owner; });

        Assert.Equal(ActionStatus.Failed, Apply(target, owner).Status); // the group does not exist yet
        Assert.Equal(ActionStatus.Done, Apply(target, group).Status);
        Assert.Equal(ActionStatus.AlreadyDone, Apply(target, group).Status);
        Assert.Equal(ActionStatus.Done, Apply(target, Group("class-MATH1")).Status);
        Assert.Equal(ActionStatus.Done, Apply(target, add).Status);
        Assert.Equal(ActionStatus.AlreadyDone, Apply(target, add).Status);
        var asOwner = Apply(target, owner);
        Assert.Equal(ActionStatus.Done, asOwner.Status);
        Assert.Contains("no owners", asOwner.Response, StringComparison.Ordinal);

        var snapshot = Read(target);
        Assert.Equal(new[] { "RHS-students", "class-MATH1" }, snapshot.Accounts.Single().Groups.OrderBy(name => name, StringComparer.Ordinal));
        Assert.Equal(2, snapshot.Groups.Count);

        var remove = Existing(ActionType.RemoveMember, "S400", id, action => action.Group = "RHS-students");
        Assert.Equal(ActionStatus.Done, Apply(target, remove).Status);
        Assert.Equal(ActionStatus.AlreadyDone, Apply(target, remove).Status);
        Assert.Equal(new[] { "class-MATH1" }, Read(target).Accounts.Single().Groups);
    }

    [Fact]
    public async Task A_read_goes_through_every_page()
    {
        using var target = _server.Target(settings => settings.PageSize = 40);
        var creates = Enumerable.Range(1, 95).Select(n => Create($"P{n:000}", $"user{n:000}")).ToList();

        var results = await target.ApplyAsync(creates.Select(action => new ActionRequest(action)).ToList(), CancellationToken.None);
        var snapshot = Read(target);

        Assert.All(results, result => Assert.Equal(ActionStatus.Done, result.Status));
        Assert.Equal(creates.Select(action => action.Anchor), snapshot.Accounts.Select(account => account.Anchor).OrderBy(anchor => anchor, StringComparer.Ordinal));
        var pages = _server.Requests().Select(request => (string)request!["path"]!).Where(path => path.StartsWith("/Users?startIndex=", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "/Users?startIndex=1&count=40", "/Users?startIndex=41&count=40", "/Users?startIndex=81&count=40" }, pages);
    }

    [Fact]
    public void Throttled_requests_wait_what_Retry_After_asks_and_are_counted()
    {
        using var target = _server.Target();
        _server.Throttle(2, retryAfter: "0.5");

        var clock = Stopwatch.StartNew();
        var result = Apply(target, Create("S500", "dfox"));

        Assert.Equal(ActionStatus.Done, result.Status);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"waited {clock.Elapsed.TotalSeconds:N2} s for two Retry-After: 0.5");
        Assert.Equal((2L, 2L), (target.Statistics.Throttled, target.Statistics.Retries));
        Assert.Equal(_server.Requests().Count, target.Statistics.Requests);
    }

    [Fact]
    public async Task A_service_that_keeps_failing_fails_the_action_not_the_batch()
    {
        using var target = _server.Target(settings => settings.MaxAttempts = 3);
        _server.Throttle(3, retryAfter: null, status: 503);

        var results = await target.ApplyAsync(new[] { new ActionRequest(Create("S600", "egray")) }, CancellationToken.None);

        var failed = Assert.Single(results);
        Assert.Equal(ActionStatus.Failed, failed.Status);
        Assert.Contains("failed 3 times", failed.Error, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", failed.Error, StringComparison.Ordinal);
        Assert.Equal((2L, 0L), (target.Statistics.Retries, target.Statistics.Throttled));
        Assert.Equal(ActionStatus.Done, Apply(target, Create("S600", "egray")).Status);
    }

    [Fact]
    public void Where_PATCH_is_not_supported_changes_are_PUT_with_the_whole_resource()
    {
        _server.Patch(false);
        using var target = _server.Target();
        var id = Apply(target, Create("S700", "fhale")).AccountId!;
        Apply(target, Group("staff"));

        Assert.Equal(ActionStatus.Done, Apply(target, Existing(ActionType.Update, "S700", id, action => action.DisplayName = "Frank Hale")).Status);
        Assert.Equal(ActionStatus.Done, Apply(target, Existing(ActionType.AddMember, "S700", id, action => action.Group = "staff")).Status);
        Assert.Equal(ActionStatus.AlreadyDone, Apply(target, Existing(ActionType.AddMember, "S700", id, action => action.Group = "staff")).Status);

        var account = Assert.Single(Read(target).Accounts);
        Assert.Equal(("Frank Hale", "Doe", "staff"), (account.DisplayName, account.Surname, account.Groups.Single()));
        var methods = _server.Requests().Select(request => (string)request!["method"]!).ToList();
        Assert.DoesNotContain("PATCH", methods);
        Assert.Equal(2, methods.Count(method => method == "PUT"));
    }

    [Fact]
    public void A_taken_userName_fails_the_create_and_the_account_is_adopted_by_its_userName()
    {
        using var target = _server.Target();
        var id = Apply(target, Create("S800", "gio")).AccountId;

        var clash = Apply(target, Create("S801", "gio"));

        Assert.Equal(ActionStatus.Failed, clash.Status);
        Assert.Equal($"userName 'gio@students.example.org' is taken by user id={id} (externalId S800): adopt that account, or rename one of them", clash.Error);
        Assert.Single(Read(target).Accounts);
        var adopt = new PlanAction { Id = "adopt", Action = ActionType.Adopt, Account = "gio@students.example.org", Anchor = "S801", EmployeeID = "S801" };
        Assert.Equal(ActionStatus.Done, Apply(target, adopt).Status);
        Assert.Equal(("S801", id), (Read(target).Accounts.Single().Anchor, Read(target).Accounts.Single().Id));
    }

    [Fact]
    public void The_service_refusing_a_create_fails_it_with_what_the_service_said()
    {
        using var target = _server.Target();
        _server.Throttle(1, retryAfter: null, status: 400, method: "POST");

        var refused = Apply(target, Create("S802", "kim"));

        Assert.Equal(ActionStatus.Failed, refused.Status);
        Assert.Equal("POST /Users answered HTTP 400: Refused on request of the test", refused.Error);
        Assert.Equal(0, target.Statistics.Retries);
    }

    [Fact]
    public async Task Actions_without_SCIM_meaning_are_skipped_and_send_nothing()
    {
        using var target = _server.Target();
        var actions = new[] { ActionType.Move, ActionType.AssignLicense, ActionType.RemoveLicense, ActionType.RevokeSessions }.Select(type => Existing(type, "S900", "x")).ToList();

        var results = await target.ApplyAsync(actions.Select(action => new ActionRequest(action)).ToList(), CancellationToken.None);

        Assert.All(results, result => Assert.Equal(ActionStatus.Skipped, result.Status));
        Assert.Contains("no containers", results[0].Error, StringComparison.Ordinal);
        Assert.Contains("no licences", results[1].Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests());
    }

    [Fact]
    public void OAuth2_client_credentials_get_one_token_for_the_whole_run()
    {
        using var target = _server.Target(settings =>
        {
            settings.BearerToken = null;
            settings.TokenUrl = new Uri(_server.BaseUrl, "/oauth/token");
            settings.ClientId = ScimServerFixture.ClientId;
            settings.ClientSecret = ScimServerFixture.Secure(ScimServerFixture.ClientSecret);
        });

        Apply(target, Create("S1000", "hart"));
        Read(target);

        Assert.Equal(1, _server.Stats()["tokensIssued"]!.GetValue<int>());
        Assert.All(_server.Requests(), request => Assert.True((bool)request!["authorized"]!));
    }

    [Fact]
    public void A_revoked_token_is_renewed_once_and_the_request_goes_through()
    {
        using var target = _server.Target(settings =>
        {
            settings.BearerToken = null;
            settings.TokenUrl = new Uri(_server.BaseUrl, "/oauth/token");
            settings.ClientId = ScimServerFixture.ClientId;
            settings.ClientSecret = ScimServerFixture.Secure(ScimServerFixture.ClientSecret);
        });
        Read(target);
        Assert.Equal(1, _server.Stats()["tokensIssued"]!.GetValue<int>());
        _server.RevokeTokens();

        Assert.Equal(ActionStatus.Done, Apply(target, Create("S1050", "jade")).Status);
        Assert.Equal(2, _server.Stats()["tokensIssued"]!.GetValue<int>());
    }

    [Fact]
    public void A_change_refused_with_412_is_read_again_and_made_on_the_current_version()
    {
        using var target = _server.Target();
        var id = Apply(target, Create("S1060", "lee")).AccountId!;
        _server.Throttle(1, retryAfter: null, status: 412, method: "PATCH");

        var result = Apply(target, Existing(ActionType.Update, "S1060", id, action => action.DisplayName = "Lee Park"));

        Assert.Equal(ActionStatus.Done, result.Status);
        Assert.Equal("Lee Park", Assert.Single(Read(target).Accounts).DisplayName);
        var methods = _server.Requests().Select(request => $"{request!["method"]} {((string)request["path"]!).Split('?')[0]}").ToList();
        Assert.Equal(new[] { $"GET /Users/{id}", $"PATCH /Users/{id}", $"GET /Users/{id}", $"PATCH /Users/{id}" }, methods.Where(text => text.Contains(id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Refused_credentials_end_the_run_with_a_message_that_holds_no_secret()
    {
        using var badToken = _server.Target(settings => settings.BearerToken = ScimServerFixture.Secure("wrong-token-123"));
        var refused = await Assert.ThrowsAsync<ScimException>(() => badToken.ReadAsync(null, CancellationToken.None));
        Assert.Contains("refused the credentials", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-123", refused.ToString(), StringComparison.Ordinal);

        using var badSecret = _server.Target(settings =>
        {
            settings.BearerToken = null;
            settings.TokenUrl = new Uri(_server.BaseUrl, "/oauth/token");
            settings.ClientId = ScimServerFixture.ClientId;
            settings.ClientSecret = ScimServerFixture.Secure("not-the-secret-456");
        });
        var noToken = await Assert.ThrowsAsync<ScimException>(() => badSecret.ApplyAsync(new[] { new ActionRequest(Create("S1100", "ivy")) }, CancellationToken.None));
        Assert.Contains("invalid_client", noToken.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret-456", noToken.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret-456", badSecret.ToString(), StringComparison.Ordinal);
    }

    internal static PlanAction Create(string anchor, string username) => new()
    {
        Id = "create-" + anchor,
        Action = ActionType.Create,
        Account = username,
        Anchor = anchor,
        Name = username,
        SamAccountName = username,
        UserPrincipalName = username + "@students.example.org",
        EmailAddress = username + "@students.example.org",
        GivenName = "Jane",
        Surname = "Doe",
        DisplayName = "Jane Doe",
        EmployeeID = anchor,
        Enabled = true,
    };

    private static PlanAction Existing(ActionType type, string anchor, string? id, Action<PlanAction>? set = null)
    {
        var action = new PlanAction { Id = $"{type}-{anchor}", Action = type, Account = anchor, Anchor = anchor, Identity = id };
        set?.Invoke(action);
        return action;
    }

    private static PlanAction Group(string name) => new() { Id = "group-" + name, Action = ActionType.CreateGroup, Account = name, Group = name };

    private static ActionResult Apply(ScimTarget target, PlanAction action) =>
        Assert.Single(target.ApplyAsync(new[] { new ActionRequest(action) }, CancellationToken.None).GetAwaiter().GetResult());

    private static DirectorySnapshot Read(ScimTarget target) => target.ReadAsync(null, CancellationToken.None).GetAwaiter().GetResult();

    private JsonObject Get(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.BaseUrl, path));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ScimServerFixture.Token);
        return (JsonObject)JsonNode.Parse(_server.Control.Send(request).Content.ReadAsStringAsync().Result)!;
    }
}
