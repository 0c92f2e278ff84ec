using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets;

namespace RosterTools.Tests.Entra;

/// <summary>
/// The least an applier does, for the tests (the real one, with journal and audit, lives elsewhere): hands the
/// target every action whose dependencies are done, a batch at a time; skips those whose dependencies failed; passes
/// on the object id a Create learned to the actions on the same account.
/// </summary>
internal static class PlanApplier
{
    public static async Task<List<ActionResult>> ApplyAsync(IDirectoryTarget target, Plan plan, CancellationToken cancellationToken = default)
    {
        var results = new Dictionary<string, ActionResult>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var waiting = plan.Actions.ToList();
        var all = new List<ActionResult>();
        while (waiting.Count > 0)
        {
            var ready = new List<PlanAction>();
            foreach (var action in waiting)
            {
                var dependencies = action.DependsOn.Select(id => results.TryGetValue(id, out var result) ? result : null).ToList();
                if (dependencies.Any(result => result is null))
                {
                    continue;
                }

                if (dependencies.Any(result => result!.Status is ActionStatus.Failed or ActionStatus.Skipped))
                {
                    var skipped = ActionResult.For(action, ActionStatus.Skipped, error: "an action it depends on did not succeed");
                    results[action.Id] = skipped;
                    all.Add(skipped);
                    continue;
                }

                ready.Add(action);
            }

            waiting.RemoveAll(action => results.ContainsKey(action.Id) || ready.Contains(action));
            if (ready.Count == 0)
            {
                if (waiting.Count > 0)
                {
                    throw new InvalidOperationException("The plan's dependencies form a cycle or name unknown actions.");
                }

                break;
            }

            foreach (var chunk in ready.Chunk(target.PreferredBatchSize))
            {
                var requests = chunk.Select(action => new ActionRequest(action)
                {
                    InitialPassword = action.Action == ActionType.Create ? "Pw-" + Guid.NewGuid().ToString("N")[..12] + "!a" : null,
                    AccountId = action.Anchor is not null && ids.TryGetValue(action.Anchor, out var id) ? id : null,
                }).ToList();
                var answered = await target.ApplyAsync(requests, cancellationToken);
                Assert.Equal(requests.Count, answered.Count);
                for (var i = 0; i < requests.Count; i++)
                {
                    var result = answered[i];
                    Assert.Equal(requests[i].Action.Id, result.Id);
                    results[result.Id] = result;
                    all.Add(result);
                    if (result.AccountId is not null && requests[i].Action.Anchor is { } anchor && requests[i].Action.Action == ActionType.Create)
                    {
                        ids[anchor] = result.AccountId;
                    }
                }
            }
        }

        return all;
    }
}
