using System;
using System.Management.Automation;

namespace RosterTools.Pipeline;

/// <summary>The stable error ids of the cmdlets that apply plans and read targets (scripts match on them), and their ErrorRecords.</summary>
internal static class ApplyErrors
{
    /// <summary>No -Target was given and Connect-RosterTarget has not been run in this session.</summary>
    public const string TargetNotConnected = "RosterTargetNotConnected";

    /// <summary>The target cannot be opened or read (the local store is in use, its file is damaged).</summary>
    public const string TargetUnavailable = "RosterTargetUnavailable";

    /// <summary>-Plan is neither a plan nor the path of a readable plan file.</summary>
    public const string PlanInvalid = "RosterPlanInvalid";

    /// <summary>The safety limits block the plan and -Force -OverrideSafetyLimit were not both given.</summary>
    public const string PlanBlocked = "RosterPlanBlocked";

    /// <summary>The target failed as a whole part way through a run.</summary>
    public const string TargetFailed = "RosterTargetFailed";

    /// <summary>Invoke-Provision -PasswordPath names a file that exists (it is never overwritten) or cannot be made.</summary>
    public const string PasswordFileRefused = "RosterPasswordFileRefused";

    /// <summary>-Policy cannot be read.</summary>
    public const string PolicyInvalid = "RosterPolicyInvalid";

    /// <summary>The audit log cannot be read.</summary>
    public const string AuditLogUnreadable = "RosterAuditLogUnreadable";

    public static ErrorRecord NotConnected() =>
        WithAction(
            new ErrorRecord(new InvalidOperationException("No target: give -Target, or run Connect-RosterTarget first."), TargetNotConnected, ErrorCategory.ConnectionError, null),
            "Connect-RosterTarget -Local -StatePath D:\\RosterTools\\state");

    public static ErrorRecord Unavailable(Exception exception, object? target) => new(exception, TargetUnavailable, ErrorCategory.ResourceUnavailable, target);

    public static ErrorRecord Plan(Exception exception, object? plan) => new(exception, PlanInvalid, ErrorCategory.InvalidData, plan);

    public static ErrorRecord Blocked(Exception exception, object? plan) =>
        WithAction(new ErrorRecord(exception, PlanBlocked, ErrorCategory.LimitsExceeded, plan), "Check the SIS export first. To apply the plan anyway, give -Force -OverrideSafetyLimit.");

    public static ErrorRecord Failed(string message, object? target) => new(new InvalidOperationException(message), TargetFailed, ErrorCategory.ConnectionError, target);

    public static ErrorRecord Policy(Exception exception, string path) => new(exception, PolicyInvalid, ErrorCategory.InvalidData, path);

    public static ErrorRecord Audit(Exception exception, string path) => new(exception, AuditLogUnreadable, ErrorCategory.ReadError, path);

    private static ErrorRecord WithAction(ErrorRecord record, string recommendedAction)
    {
        record.ErrorDetails = new ErrorDetails(record.Exception.Message) { RecommendedAction = recommendedAction };
        return record;
    }
}
