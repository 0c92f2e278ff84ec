using System;
using System.Collections.Generic;
using RosterTools.Planning;
using RosterTools.State;

namespace RosterTools.Apply;

/// <summary>Records a plan's lifecycle updates in the lifecycle state once the actions they wait for are done.</summary>
internal static class LifecycleRecorder
{
    /// <summary>Applies the updates whose action is done (or that wait for none, when <paramref name="unconditional"/>); returns how many.</summary>
    public static int Record(LifecycleState state, IEnumerable<LifecycleUpdate> updates, Func<string, bool> isDone, bool unconditional)
    {
        var count = 0;
        foreach (var update in updates)
        {
            if (update.AfterAction is null ? !unconditional : !isDone(update.AfterAction))
            {
                continue;
            }

            Apply(state, update);
            count++;
        }

        return count;
    }

    private static void Apply(LifecycleState state, LifecycleUpdate update)
    {
        switch (update.Kind)
        {
            case LifecycleUpdateKind.Leaving:
                var leaving = Record(state, update.Anchor);
                leaving.LeavingSince = update.Date;
                leaving.LeavingReason = update.Reason;
                leaving.ByHand = update.ByHand;
                break;
            case LifecycleUpdateKind.Disabled:
                var disabled = Record(state, update.Anchor);
                disabled.DisabledOn = update.Date;
                disabled.HomeContainer = update.HomeContainer ?? disabled.HomeContainer;
                break;
            case LifecycleUpdateKind.Cleared:
                state.Accounts.Remove(update.Anchor);
                break;
            case LifecycleUpdateKind.MemberAdded:
                if (!state.AddedMembers.TryGetValue(update.Group!, out var anchors))
                {
                    state.AddedMembers[update.Group!] = anchors = new HashSet<string>(StringComparer.Ordinal);
                }

                anchors.Add(update.Anchor);
                break;
            case LifecycleUpdateKind.MemberRemoved:
                if (state.AddedMembers.TryGetValue(update.Group!, out var members))
                {
                    members.Remove(update.Anchor);
                    if (members.Count == 0)
                    {
                        state.AddedMembers.Remove(update.Group!);
                    }
                }

                break;
        }
    }

    private static LifecycleRecord Record(LifecycleState state, string anchor)
    {
        if (!state.Accounts.TryGetValue(anchor, out var record))
        {
            state.Accounts[anchor] = record = new LifecycleRecord { Anchor = anchor };
        }

        return record;
    }
}
