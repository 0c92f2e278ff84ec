using System.Threading;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets;

namespace RosterTools.Tests.Targets;

/// <summary>
/// The least an applier does, for tests of a target (the real applier, with journal and audit, is elsewhere): hands
/// the target a plan's actions in waves, each wave the actions whose dependencies are done, in batches of the
/// target's preferred size; an action whose dependency did not succeed is Skipped. The ids a Create learns go
/// with the later actions on that account.
/// </summary>
internal static class PlanRunner
{
    public static IReadOnlyList<ActionResult> Run(IDirectoryTarget target, Plan plan)
    {
        var results = new Dictionary<string, ActionResult>(StringComparer.Ordinal);
        var accountIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = plan.Actions.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(action => action.DependsOn.All(results.ContainsKey)).ToList();
            Assert.NotEmpty(ready); // A plan's dependencies never form a cycle.
            foreach (var action in ready)
            {
                pending.Remove(action);
            }

            var blocked = ready.Where(action => action.DependsOn.Any(id => !Succeeded(results[id]))).ToList();
            foreach (var action in blocked)
            {
                results[action.Id] = ActionResult.For(action, ActionStatus.Skipped, error: "an action it depends on did not succeed");
            }

            foreach (var batch in ready.Except(blocked).Chunk(target.PreferredBatchSize))
            {
                var requests = batch.Select(action => new ActionRequest(action) { AccountId = action.Anchor is not null && accountIds.TryGetValue(action.Anchor, out var id) ? id : null }).ToList();
                var answers = target.ApplyAsync(requests, CancellationToken.None).GetAwaiter().GetResult();
                Assert.Equal(requests.Count, answers.Count);
                for (var i = 0; i < answers.Count; i++)
                {
                    Assert.Equal(batch[i].Id, answers[i].Id);
                    results[batch[i].Id] = answers[i];
                    if (answers[i].AccountId is { } accountId && batch[i].Anchor is { } anchor)
                    {
                        accountIds[anchor] = accountId;
                    }
                }
            }
        }

        return plan.Actions.Select(action => results[action.Id]).ToList();
    }

    public static bool Succeeded(ActionResult result) => result.Status is ActionStatus.Done or ActionStatus.AlreadyDone;
}
