using System;
using System.IO;
using System.Management.Automation;
using RosterTools.Profiles;

namespace RosterTools.Pipeline;

/// <summary>
/// The stable error ids of Compare-Roster, Merge-Roster and Export-OneRoster (the first part of
/// FullyQualifiedErrorId; scripts match on them), and their ErrorRecords.
/// </summary>
internal static class ChangeErrors
{
    /// <summary>-Reference, -Difference, -Base, -Delta, -Since or -InputObject is neither a Roster nor a bundle path.</summary>
    public const string RosterInputInvalid = "RosterInputInvalid";

    /// <summary>-SnapshotStore names a store that has no snapshot yet.</summary>
    public const string SnapshotStoreEmpty = "RosterSnapshotStoreEmpty";

    /// <summary>-SnapshotStore cannot be used (a file, or a folder that cannot be written), or a snapshot cannot be saved.</summary>
    public const string SnapshotFailed = "RosterSnapshotFailed";

    /// <summary>Merge-Roster refused: rosters of different versions, or -Strict and the merged roster has errors.</summary>
    public const string MergeRefused = "RosterMergeRefused";

    /// <summary>-Profile names a profile that cannot be read or is not valid (the message gives the line).</summary>
    public const string ProfileInvalid = "RosterProfileInvalid";

    /// <summary>Export-OneRoster into a folder that has files (or onto a zip that exists), without -Force.</summary>
    public const string ExportDestinationExists = "RosterExportDestinationExists";

    /// <summary>Export-OneRoster could not write, or was given options the writer refuses (a delta from a delta roster).</summary>
    public const string ExportFailed = "RosterExportFailed";

    public static ErrorRecord InputInvalid(object? input, string parameter) =>
        new(
            new ArgumentException($"-{parameter} takes a Roster (from Import-OneRoster or Merge-Roster) or the path of a bundle (a folder or a .zip file), not {(input is null ? "nothing" : "a " + input.GetType().Name)}."),
            RosterInputInvalid,
            ErrorCategory.InvalidArgument,
            input);

    public static ErrorRecord StoreEmpty(string folder) =>
        WithAction(
            new ErrorRecord(new ItemNotFoundException($"The snapshot store '{folder}' has no snapshot yet."), SnapshotStoreEmpty, ErrorCategory.ObjectNotFound, folder),
            "Save one first: Export-OneRoster -InputObject $roster -SnapshotStore '" + folder + "'.");

    public static ErrorRecord Snapshot(string folder, Exception exception) =>
        new(new IOException($"Cannot use the snapshot store '{folder}': {exception.Message}", exception), SnapshotFailed, ErrorCategory.WriteError, folder);

    public static ErrorRecord Merge(Exception exception, object? target) =>
        new(exception, MergeRefused, ErrorCategory.InvalidData, target);

    public static ErrorRecord Profile(string path, Exception exception) =>
        WithAction(
            new ErrorRecord(exception is ProfileException ? exception : new IOException($"Cannot read the profile '{path}': {exception.Message}", exception), ProfileInvalid, ErrorCategory.InvalidData, path),
            "Fix the profile at the line the message gives; examples/profiles/ has examples of the format.");

    public static ErrorRecord DestinationExists(string path, Exception exception) =>
        WithAction(
            new ErrorRecord(exception, ExportDestinationExists, ErrorCategory.ResourceExists, path),
            "Use -Force to replace the bundle there (other files in a folder are left alone), or give a new path.");

    public static ErrorRecord Export(string path, Exception exception) =>
        new(new IOException($"Cannot write the bundle '{path}': {exception.Message}", exception), ExportFailed, exception is ArgumentException ? ErrorCategory.InvalidArgument : ErrorCategory.WriteError, path);

    private static ErrorRecord WithAction(ErrorRecord record, string recommendedAction)
    {
        record.ErrorDetails = new ErrorDetails(record.Exception.Message) { RecommendedAction = recommendedAction };
        return record;
    }
}
