using System.Globalization;
using System.Linq;
using RosterTools.OneRoster;
using RosterTools.Policy;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// The safety limits of the policy applied to a plan: too many disables or deletes, too small a source, a source
/// with errors or missing files. What breaks a limit blocks the plan with the reason in words.
/// </summary>
internal static class SafetyCheck
{
    public static void Apply(Plan plan, Roster roster, SafetyPolicy safety)
    {
        var managed = plan.Summary.ManagedAccounts;
        Limit(plan, ActionType.Disable, "disables", safety.MaxDisableCount, safety.MaxDisablePercent, managed);
        Limit(plan, ActionType.Delete, "deletes", safety.MaxDeleteCount, safety.MaxDeletePercent, managed);
        if (roster.Users.Count < safety.MinSourceUsers)
        {
            plan.BlockedReasons.Add($"the source holds {roster.Users.Count:N0} users, fewer than the {safety.MinSourceUsers:N0} the policy requires (minSourceUsers): it may be truncated");
        }

        if (safety.RefuseOnSourceErrors && roster.ErrorCount > 0)
        {
            plan.BlockedReasons.Add($"the source has {roster.ErrorCount:N0} errors (see Test-OneRoster or rostertools validate); the policy refuses a source with errors (refuseOnSourceErrors)");
        }

        var missing = roster.Findings.Where(finding => finding.Code == FindingCodes.ManifestFileMissing).ToList();
        if (safety.RefuseOnPartialSource && (missing.Count > 0 || roster.ModeOf(OneRosterEntity.Users) == ProcessingMode.Absent))
        {
            var why = missing.Count > 0 ? string.Join("; ", missing.Select(finding => finding.Message)) : "it has no users file";
            plan.BlockedReasons.Add($"the source is partial ({why}); the policy refuses a partial source (refuseOnPartialSource)");
        }
    }

    /// <summary>
    /// The limits that apply to accounts offboarded by hand: the count of disables only (without the directory
    /// there is no share of the managed accounts, and without a roster no source to check).
    /// </summary>
    public static void ApplyToOffboarding(Plan plan, SafetyPolicy safety) =>
        Limit(plan, ActionType.Disable, "disables", safety.MaxDisableCount, double.MaxValue, plan.Summary.ManagedAccounts);

    private static void Limit(Plan plan, ActionType type, string verb, int maxCount, double maxPercent, int managed)
    {
        var count = plan.Summary.ByAction.TryGetValue(type, out var n) ? n : 0;
        if (count == 0)
        {
            return;
        }

        var percent = managed == 0 ? 100.0 : count * 100.0 / managed;
        if (count > maxCount)
        {
            plan.BlockedReasons.Add($"the plan {verb} {count:N0} accounts; the policy allows at most {maxCount:N0} in one run");
        }

        if (percent > maxPercent)
        {
            plan.BlockedReasons.Add(string.Format(CultureInfo.InvariantCulture, "the plan {0} {1:0.#}% of the {2:N0} managed accounts; the policy allows at most {3:0.#}% in one run", verb, percent, managed, maxPercent));
        }
    }
}
