using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets.Scim.Http;

namespace RosterTools.Targets.Scim;

/// <summary>
/// Entra ID API-driven inbound provisioning: the user actions of a batch become the operations of SCIM BulkRequest
/// documents (at most 50 each, every one a POST to /Users keyed by externalId, the anchor), posted to the
/// provisioning job's bulkUpload endpoint. Entra answers 202 Accepted and applies them later (to Entra ID, or to AD
/// through its provisioning agent), so Done means "accepted": the provisioning logs say what became of each.
/// Groups, licences, containers and deletes are Entra's own rules there (attribute mappings, dynamic groups, the
/// agent's OU mapping, lifecycle workflows): those actions are Skipped, with the reason.
/// </summary>
internal sealed class EntraBulkUpload
{
    /// <summary>The most operations Entra takes in one bulkUpload request.</summary>
    public const int MaxOperations = 50;
    private const string BulkRequestSchema = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    private readonly ScimTransport _transport;
    private readonly Uri _url;
    private readonly ScimTargetSettings _settings;

    public EntraBulkUpload(ScimTransport transport, Uri url, ScimTargetSettings settings)
    {
        _transport = transport;
        _url = url;
        _settings = settings;
    }

    /// <summary>The BulkRequest documents for <paramref name="requests"/> (at most 50 operations each), with the index of the request behind each operation.</summary>
    public static List<(JsonObject Document, List<int> Requests)> Documents(IReadOnlyList<ActionRequest> requests, ScimUserName userName)
    {
        var documents = new List<(JsonObject, List<int>)>();
        var operations = new List<(JsonObject Operation, int Index)>();
        for (var i = 0; i < requests.Count; i++)
        {
            if (Data(requests[i].Action, userName) is { } data)
            {
                operations.Add((new JsonObject { ["method"] = "POST", ["bulkId"] = requests[i].Action.Id, ["path"] = "/Users", ["data"] = data }, i));
            }
        }

        for (var start = 0; start < operations.Count; start += MaxOperations)
        {
            var chunk = operations.Skip(start).Take(MaxOperations).ToList();
            var document = new JsonObject
            {
                ["schemas"] = new JsonArray(BulkRequestSchema),
                ["Operations"] = new JsonArray(chunk.Select(item => (JsonNode)item.Operation).ToArray()),
                ["failOnErrors"] = null,
            };
            documents.Add((document, chunk.Select(item => item.Index).ToList()));
        }

        return documents;
    }

    /// <summary>Why an action is not sent to bulkUpload; null for the actions it carries.</summary>
    public static string? NotCarried(ActionType type) => type switch
    {
        ActionType.Create or ActionType.Update or ActionType.Rename or ActionType.Enable or ActionType.Disable => null,
        ActionType.Adopt => "bulkUpload matches users by externalId: set the anchor (employeeId) on the existing account with the Entra target first",
        ActionType.Delete => "bulkUpload does not delete: the user stays disabled (active=false); delete it with the Entra target or a lifecycle workflow",
        ActionType.CreateGroup or ActionType.AddMember or ActionType.RemoveMember => "bulkUpload carries user attributes only: give groups through Entra (dynamic groups on the attributes sent) or the Entra target",
        ActionType.Move => "bulkUpload has no containers: the provisioning agent's attribute mapping places users in OUs",
        ActionType.AssignLicense or ActionType.RemoveLicense => "bulkUpload has no licences: use group-based licensing or the Entra target",
        _ => $"bulkUpload has no {type}: use the Entra target",
    };

    public async Task<IReadOnlyList<ActionResult>> ApplyAsync(IReadOnlyList<ActionRequest> requests, CancellationToken cancellationToken)
    {
        var results = new ActionResult?[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            if (NotCarried(requests[i].Action.Action) is { } why)
            {
                results[i] = ActionResult.For(requests[i].Action, ActionStatus.Skipped, why, why);
            }
        }

        var documents = Documents(requests, _settings.UserName);
        var sent = documents.Select(async (item, n) =>
        {
            string? error = null;
            ScimResponse? answer = null;
            try
            {
                answer = await _transport.SendAsync(HttpMethod.Post, _url, item.Document, null, cancellationToken).ConfigureAwait(false);
            }
            catch (ScimRequestFailedException e)
            {
                error = e.Message;
            }

            foreach (var index in item.Requests)
            {
                var action = requests[index].Action;
                results[index] = answer is { IsSuccess: true }
                    ? ActionResult.For(action, ActionStatus.Done, $"{answer.Status} Accepted (bulk request {n + 1} of {documents.Count}; Entra applies it asynchronously: see the provisioning logs)")
                    : ActionResult.For(action, ActionStatus.Failed, answer?.Describe(), error ?? $"bulkUpload answered {answer!.Describe()}");
            }
        });
        await Task.WhenAll(sent).ConfigureAwait(false);
        return results.Select(result => result!).ToList();
    }

    /// <summary>The user an action sends: externalId (the anchor, and the enterprise employeeNumber) with the attributes the action sets.</summary>
    private static JsonObject? Data(PlanAction action, ScimUserName userName)
    {
        if (NotCarried(action.Action) is not null)
        {
            return null;
        }

        var anchor = action.EmployeeID ?? action.Anchor;
        if (action.Action == ActionType.Create)
        {
            return ScimUsers.New(action, userName, enterprise: true, password: null);
        }

        var data = new JsonObject { ["schemas"] = new JsonArray(ScimUsers.UserSchema, ScimUsers.EnterpriseSchema), ["externalId"] = anchor };
        ScimUsers.Apply(data, new ScimChange(ScimUsers.EnterpriseSchema + ":employeeNumber", JsonValue.Create(anchor)));
        void Set(string path, JsonNode? value)
        {
            if (value is not null)
            {
                ScimUsers.Apply(data, new ScimChange(path, value));
            }
        }

        switch (action.Action)
        {
            case ActionType.Update:
                Set("name.givenName", JsonValue.Create(action.GivenName));
                Set("name.familyName", JsonValue.Create(action.Surname));
                Set("displayName", JsonValue.Create(action.DisplayName));
                break;
            case ActionType.Rename:
                Set("userName", JsonValue.Create(ScimUsers.UserNameOf(action, userName)));
                Set("emails", action.EmailAddress is null ? null : ScimUsers.Emails(action.EmailAddress));
                break;
            default:
                Set("active", JsonValue.Create(action.Enabled ?? action.Action == ActionType.Enable));
                break;
        }

        return data;
    }
}
