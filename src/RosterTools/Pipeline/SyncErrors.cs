using System;
using System.Management.Automation;
using RosterTools.Sync;

namespace RosterTools.Pipeline;

/// <summary>The stable error ids of Invoke-RosterSync (the first part of FullyQualifiedErrorId), and their ErrorRecords.</summary>
internal static class SyncErrors
{
    /// <summary>The config file cannot be read or is not valid (the message gives the line and column).</summary>
    public const string ConfigInvalid = "RosterSyncConfigInvalid";

    /// <summary>The sync refused to change anything: an unreadable source, a source with errors, a safety limit.</summary>
    public const string Refused = "RosterSyncRefused";

    /// <summary>The sync could not run: a bad policy, an unreachable directory, the state folder in use.</summary>
    public const string CouldNotRun = "RosterSyncCouldNotRun";

    public static ErrorRecord ConfigUnreadable(string path, Exception exception) =>
        new(exception, ConfigInvalid, ErrorCategory.InvalidData, path);

    public static ErrorRecord NotDone(SyncSummary summary) => summary.Outcome == SyncOutcome.Refused
        ? new ErrorRecord(new InvalidOperationException("The sync was refused, nothing was changed: " + summary.Reason), Refused, ErrorCategory.InvalidData, summary)
        : new ErrorRecord(new InvalidOperationException("The sync could not run: " + summary.Reason), CouldNotRun, ErrorCategory.ResourceUnavailable, summary);
}
