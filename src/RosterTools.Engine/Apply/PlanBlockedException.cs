using System;
using System.Collections.Generic;

namespace RosterTools.Apply;

/// <summary>A plan the safety limits block was not applied: it needs an explicit override (-Force -OverrideSafetyLimit).</summary>
public sealed class PlanBlockedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PlanBlockedException(IList<string> reasons)
        : base("The plan is blocked by the safety limits and was not applied: " + string.Join("; ", reasons) + ". Check the SIS export; to apply it anyway, give -Force -OverrideSafetyLimit (--override-safety-limit).")
    {
        Reasons = reasons;
    }

    /// <summary>The limits the plan exceeds.</summary>
    public IList<string> Reasons { get; }
}
