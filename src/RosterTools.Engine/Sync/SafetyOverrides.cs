using RosterTools.Policy;

namespace RosterTools.Sync;

/// <summary>The <c>safety:</c> section of a sync config: limits that replace the policy's, one by one.</summary>
public sealed class SafetyOverrides
{
    /// <summary>Replaces <see cref="SafetyPolicy.MaxDisableCount"/>.</summary>
    public int? MaxDisableCount { get; set; }

    /// <summary>Replaces <see cref="SafetyPolicy.MaxDisablePercent"/>.</summary>
    public double? MaxDisablePercent { get; set; }

    /// <summary>Replaces <see cref="SafetyPolicy.MaxDeleteCount"/>.</summary>
    public int? MaxDeleteCount { get; set; }

    /// <summary>Replaces <see cref="SafetyPolicy.MaxDeletePercent"/>.</summary>
    public double? MaxDeletePercent { get; set; }

    /// <summary>Replaces <see cref="SafetyPolicy.MinSourceUsers"/>.</summary>
    public int? MinSourceUsers { get; set; }

    /// <summary>Replaces <see cref="SafetyPolicy.RefuseOnSourceErrors"/>.</summary>
    public bool? RefuseOnSourceErrors { get; set; }

    /// <summary>Replaces <see cref="SafetyPolicy.RefuseOnPartialSource"/>.</summary>
    public bool? RefuseOnPartialSource { get; set; }

    /// <summary>Sets the limits given here on <paramref name="safety"/>.</summary>
    public void ApplyTo(SafetyPolicy safety)
    {
        safety.MaxDisableCount = MaxDisableCount ?? safety.MaxDisableCount;
        safety.MaxDisablePercent = MaxDisablePercent ?? safety.MaxDisablePercent;
        safety.MaxDeleteCount = MaxDeleteCount ?? safety.MaxDeleteCount;
        safety.MaxDeletePercent = MaxDeletePercent ?? safety.MaxDeletePercent;
        safety.MinSourceUsers = MinSourceUsers ?? safety.MinSourceUsers;
        safety.RefuseOnSourceErrors = RefuseOnSourceErrors ?? safety.RefuseOnSourceErrors;
        safety.RefuseOnPartialSource = RefuseOnPartialSource ?? safety.RefuseOnPartialSource;
    }
}
