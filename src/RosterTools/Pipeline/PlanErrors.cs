using System;
using System.IO;
using System.Management.Automation;
using RosterTools.Policy;

namespace RosterTools.Pipeline;

/// <summary>
/// The stable error ids of New-RosterPlan and Resolve-RosterUserName (the first part of FullyQualifiedErrorId; scripts
/// match on them), and their ErrorRecords.
/// </summary>
internal static class PlanErrors
{
    /// <summary>-Policy names a file that cannot be read or is not a valid policy (the message gives each problem's line and column).</summary>
    public const string PolicyInvalid = "RosterPolicyInvalid";

    /// <summary>-Directory names a CSV file that cannot be read (missing, no account-name column, a bad value: line and column given).</summary>
    public const string DirectoryUnreadable = "RosterDirectoryUnreadable";

    /// <summary>A directory object from the pipeline or -Directory that cannot be an account (Enabled = 'maybe', a Roster piped by mistake).</summary>
    public const string DirectoryObjectInvalid = "RosterDirectoryObjectInvalid";

    /// <summary>Neither -Directory nor accounts from the pipeline: a plan against no directory would create everyone.</summary>
    public const string DirectoryMissing = "RosterDirectoryMissing";

    /// <summary>-StatePath holds a lifecycle state that cannot be read.</summary>
    public const string StateUnreadable = "RosterStateUnreadable";

    /// <summary>A safety limit blocks the plan (it is still output, for review).</summary>
    public const string PlanBlocked = "RosterPlanBlocked";

    /// <summary>-OutFile could not be written.</summary>
    public const string PlanWriteFailed = "RosterPlanWriteFailed";

    /// <summary>-SourcedId names a user who is not in the roster.</summary>
    public const string UserNotInRoster = "RosterUserNotInRoster";

    public static ErrorRecord Policy(string path, Exception exception) =>
        WithAction(
            new ErrorRecord(exception is PolicyException ? exception : new IOException($"Cannot read the policy '{path}': {exception.Message}", exception), PolicyInvalid, exception is PolicyException ? ErrorCategory.ParserError : ErrorCategory.ReadError, path),
            "Fix the policy at the lines the message gives; examples/policies/district.policy.yaml is a complete example and docs/policy.md describes every key.");

    public static ErrorRecord Directory(string path, Exception exception) =>
        WithAction(
            new ErrorRecord(exception, DirectoryUnreadable, ErrorCategory.ReadError, path),
            "Give a CSV with the columns Get-ADUser or Get-MgUser give (SamAccountName or UserPrincipalName, the anchor attribute such as EmployeeID, MemberOf...), or pipe the accounts themselves.");

    public static ErrorRecord DirectoryObject(object? input, string message) =>
        new(new ArgumentException(message), DirectoryObjectInvalid, ErrorCategory.InvalidData, input);

    public static ErrorRecord DirectoryMissingRecord() =>
        WithAction(
            new ErrorRecord(new ArgumentException("Give the directory's accounts: pipe them (Get-ADUser -Filter * -Properties employeeID,memberOf | New-RosterPlan ...) or name a CSV with -Directory."), DirectoryMissing, ErrorCategory.InvalidArgument, null),
            "For a first run against an empty directory, pipe nothing on purpose: @() | New-RosterPlan ...");

    public static ErrorRecord State(string path, Exception exception) =>
        WithAction(
            new ErrorRecord(exception, StateUnreadable, ErrorCategory.ReadError, path),
            "Restore lifecycle.json from a backup; do not delete it, or grace periods start again.");

    public static ErrorRecord Blocked(object plan, string reasons) =>
        WithAction(
            new ErrorRecord(new InvalidOperationException("The plan is blocked by the policy's safety limits: " + reasons + "."), PlanBlocked, ErrorCategory.LimitsExceeded, plan),
            "Review the plan (it is still output): a truncated SIS export looks like this. Apply it only with an explicit override.");

    public static ErrorRecord Write(string path, Exception exception) =>
        new(new IOException($"Cannot write the plan to '{path}': {exception.Message}", exception), PlanWriteFailed, ErrorCategory.WriteError, path);

    public static ErrorRecord NotInRoster(string sourcedId) =>
        new(new ItemNotFoundException($"No user with the sourcedId '{sourcedId}' is in the roster."), UserNotInRoster, ErrorCategory.ObjectNotFound, sourcedId);

    private static ErrorRecord WithAction(ErrorRecord record, string recommendedAction)
    {
        record.ErrorDetails = new ErrorDetails(record.Exception.Message) { RecommendedAction = recommendedAction };
        return record;
    }
}
