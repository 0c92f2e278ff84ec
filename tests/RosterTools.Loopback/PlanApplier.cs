using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets;

namespace RosterTools.Testing.Loopback;

/// <summary>
/// The least an applier does, for the target tests and the benchmark (the real one, with journal and audit, is the
/// engine's): hands the target the actions whose dependencies are done, up to its preferred batch size at a time, in
/// plan order; skips those whose dependencies failed; passes the object id a Create learned on to the actions on the
/// same account.
/// </summary>
public static class PlanApplier
{
    public static async Task<List<ActionResult>> ApplyAsync(IDirectoryTarget target, Plan plan, CancellationToken cancellationToken = default)
    {
        var byId = plan.Actions.ToDictionary(action => action.Id, StringComparer.Ordinal);
        var waitingFor = new Dictionary<string, int>(StringComparer.Ordinal);
        var dependents = new Dictionary<string, List<PlanAction>>(StringComparer.Ordinal);
        var ready = new Queue<PlanAction>();
        foreach (var action in plan.Actions)
        {
            var dependencies = action.DependsOn.Distinct(StringComparer.Ordinal).ToList();
            if (dependencies.Any(id => !byId.ContainsKey(id)))
            {
                throw new InvalidOperationException($"Action {action.Id} depends on an action the plan does not have.");
            }

            waitingFor[action.Id] = dependencies.Count;
            foreach (var id in dependencies)
            {
                if (!dependents.TryGetValue(id, out var list))
                {
                    dependents[id] = list = new List<PlanAction>();
                }

                list.Add(action);
            }

            if (dependencies.Count == 0)
            {
                ready.Enqueue(action);
            }
        }

        var results = new List<ActionResult>(plan.Actions.Count);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        void Settle(ActionResult result)
        {
            results.Add(result);
            var failed = result.Status is ActionStatus.Failed or ActionStatus.Skipped;
            foreach (var dependent in dependents.TryGetValue(result.Id, out var list) ? list : new List<PlanAction>())
            {
                if (failed)
                {
                    blocked.Add(dependent.Id);
                }

                if (--waitingFor[dependent.Id] == 0)
                {
                    if (blocked.Contains(dependent.Id))
                    {
                        Settle(ActionResult.For(dependent, ActionStatus.Skipped, error: "an action it depends on did not succeed"));
                    }
                    else
                    {
                        ready.Enqueue(dependent);
                    }
                }
            }
        }

        while (ready.Count > 0)
        {
            var chunk = new List<PlanAction>();
            while (chunk.Count < target.PreferredBatchSize && ready.Count > 0)
            {
                chunk.Add(ready.Dequeue());
            }

            var requests = chunk.Select(action => new ActionRequest(action)
            {
                InitialPassword = action.Action == ActionType.Create ? "Pw-" + Guid.NewGuid().ToString("N")[..12] + "!a" : null,
                AccountId = action.Anchor is not null && ids.TryGetValue(action.Anchor, out var id) ? id : null,
            }).ToList();
            var answered = await target.ApplyAsync(requests, cancellationToken);
            if (answered.Count != requests.Count)
            {
                throw new InvalidOperationException($"The target answered {answered.Count} results for {requests.Count} actions.");
            }

            for (var i = 0; i < requests.Count; i++)
            {
                var result = answered[i];
                if (result.Id != requests[i].Action.Id)
                {
                    throw new InvalidOperationException($"Result {i} is for action {result.Id}, not {requests[i].Action.Id}: the target changed the order.");
                }

                if (result.AccountId is not null && requests[i].Action.Action == ActionType.Create && requests[i].Action.Anchor is { } anchor)
                {
                    ids[anchor] = result.AccountId;
                }

                Settle(result);
            }
        }

        if (results.Count != plan.Actions.Count)
        {
            throw new InvalidOperationException("The plan's dependencies form a cycle.");
        }

        return results;
    }
}
