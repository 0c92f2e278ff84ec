using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets.Scim;

namespace RosterTools.Tests.Targets.Scim;

/// <summary>
/// Entra ID API-driven inbound provisioning as a mode of the SCIM target: BulkRequest documents of at most 50
/// operations, posted to a loopback bulkUpload endpoint (in the test server) that checks their shape as Entra's
/// documentation describes it. There is no real Entra tenant here: what Entra does with accepted documents is not
/// tested.
/// </summary>
[Collection(ScimServerCollection.Name)]
public sealed class EntraBulkUploadTests
{
    private readonly ScimServerFixture _server;

    public EntraBulkUploadTests(ScimServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public async Task User_actions_go_in_documents_of_at_most_50_operations_and_the_rest_are_skipped()
    {
        using var target = Target();
        var creates = Enumerable.Range(1, 110).Select(n => ScimTargetTests.Create($"B{n:000}", $"bulk{n:000}")).ToList();
        var disable = new PlanAction { Id = "disable-B001", Action = ActionType.Disable, Account = "bulk001", Anchor = "B001", Enabled = false };
        var rename = new PlanAction { Id = "rename-B002", Action = ActionType.Rename, Account = "bulk002", Anchor = "B002", SamAccountName = "bulk2", UserPrincipalName = "bulk2@students.example.org", EmailAddress = "bulk2@students.example.org" };
        var member = new PlanAction { Id = "member-B003", Action = ActionType.AddMember, Account = "bulk003", Anchor = "B003", Group = "RHS-students" };
        var delete = new PlanAction { Id = "delete-B004", Action = ActionType.Delete, Account = "bulk004", Anchor = "B004" };
        var actions = creates.Concat(new[] { disable, rename, member, delete }).ToList();

        var results = await target.ApplyAsync(actions.Select(action => new ActionRequest(action) { InitialPassword = "Pw-never-sent-1!" }).ToList(), CancellationToken.None);

        Assert.Equal(actions.Select(action => action.Id), results.Select(result => result.Id));
        Assert.All(results.Take(112), result => Assert.Equal(ActionStatus.Done, result.Status));
        Assert.All(results.Take(112), result => Assert.StartsWith("202 Accepted", result.Response, StringComparison.Ordinal));
        Assert.Equal(ActionStatus.Skipped, results[112].Status);
        Assert.Contains("user attributes only", results[112].Error, StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Skipped, results[113].Status);

        var documents = _server.Bulk();
        Assert.Equal(new[] { 50, 50, 12 }, documents.Select(document => ((JsonArray)document!["Operations"]!).Count).OrderByDescending(count => count));
        var operations = documents.SelectMany(document => (JsonArray)document!["Operations"]!).Cast<JsonObject>().ToDictionary(operation => (string)operation["bulkId"]!);
        var created = operations["create-B010"]["data"]!;
        Assert.Equal(("B010", "bulk010@students.example.org", "B010", true), ((string?)created["externalId"], (string?)created["userName"], (string?)created[ScimUsers.EnterpriseSchema]!["employeeNumber"], (bool?)created["active"]));
        Assert.False(operations["disable-B001"]["data"]!["active"]!.GetValue<bool>());
        Assert.Equal("bulk2@students.example.org", (string?)operations["rename-B002"]["data"]!["userName"]);
        Assert.DoesNotContain("Pw-never-sent-1!", documents.ToJsonString(), StringComparison.Ordinal);
        Assert.All(_server.Requests().Where(request => (string)request!["method"]! == "POST"), request => Assert.StartsWith("application/scim+json", (string?)request!["contentType"], StringComparison.Ordinal));
        Assert.Equal(3, target.Statistics.Requests);
    }

    [Fact]
    public void A_document_never_holds_more_than_50_operations()
    {
        var requests = Enumerable.Range(1, 101).Select(n => new ActionRequest(ScimTargetTests.Create($"C{n:000}", $"c{n:000}"))).ToList();

        var documents = EntraBulkUpload.Documents(requests, ScimUserName.UserPrincipalName);

        Assert.Equal(new[] { 50, 50, 1 }, documents.Select(document => document.Requests.Count));
        Assert.Equal(Enumerable.Range(0, 101), documents.SelectMany(document => document.Requests));
        Assert.All(documents, document => Assert.Equal("urn:ietf:params:scim:api:messages:2.0:BulkRequest", (string?)document.Document["schemas"]![0]));
    }

    [Fact]
    public async Task A_refused_document_fails_its_actions_and_bulk_mode_cannot_read()
    {
        using var target = Target();
        var nameless = new PlanAction { Id = "create-none", Action = ActionType.Create, Account = "nobody", UserPrincipalName = "nobody@example.org" };

        var result = Assert.Single(await target.ApplyAsync(new[] { new ActionRequest(nameless) }, CancellationToken.None));

        Assert.Equal(ActionStatus.Failed, result.Status);
        Assert.Contains("externalId (the matching attribute) is missing", result.Error, StringComparison.Ordinal);
        var read = await Assert.ThrowsAsync<ScimException>(() => target.ReadAsync(null, CancellationToken.None));
        Assert.Contains("only takes changes", read.Message, StringComparison.Ordinal);
    }

    private ScimTarget Target() => _server.Target(settings =>
    {
        settings.Mode = ScimMode.EntraBulkUpload;
        settings.BaseUrl = new Uri(_server.BaseUrl, "/servicePrincipals/sp1/synchronization/jobs/API2AAD.job1/bulkUpload");
    });
}
