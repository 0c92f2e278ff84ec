using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using RosterTools.Planning;
using RosterTools.Targets;

namespace RosterTools.Apply;

/// <summary>
/// Carries a plan out on a target, safely: a blocked plan only with an explicit override; actions in the order
/// their dependencies need, in batches; each action asked for (ShouldProcess) before it goes; an action whose
/// dependency failed is skipped with the reason while independent ones go on; every intent and outcome in the
/// journal, so that running the same plan again finishes what a killed run left and repeats nothing; one audit
/// entry per outcome; the plan's lifecycle updates recorded for the actions done. Ctrl+C stops after the batch
/// in flight.
/// </summary>
/// <remarks>
/// <see cref="Apply"/> runs on the caller's thread (the target's asynchronous calls are waited for), so that the
/// confirmation, progress and result callbacks can write to a PowerShell pipeline.
/// </remarks>
public static class Applier
{
    /// <summary>Carries out the plan's actions of the stages <paramref name="options"/> names.</summary>
    /// <exception cref="PlanBlockedException">The safety limits block the plan and no override was given.</exception>
    /// <exception cref="System.IO.InvalidDataException">The journal or lifecycle state of the state folder cannot be read.</exception>
    public static ApplyRun Apply(Plan plan, IDirectoryTarget target, ApplyOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ApplyOptions();
        if (plan.Blocked && !options.OverrideSafetyLimit)
        {
            throw new PlanBlockedException(plan.BlockedReasons);
        }

        using var session = new ApplySession(plan, target, options, cancellationToken);
        return session.Run();
    }

    /// <summary>The key of a plan's journal: its input hash (the same plan made again from the same inputs has the same one), else a hash of its action ids.</summary>
    public static string PlanKey(Plan plan)
    {
        var text = plan.Inputs.InputHash.Length > 0 ? plan.Inputs.InputHash : string.Join("\n", plan.Actions.Select(action => action.Id));
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        return "plan-" + string.Concat(digest.Take(8).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
