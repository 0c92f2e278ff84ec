using System;
using System.IO;
using System.Management.Automation;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest;
using RosterTools.Validation;

namespace RosterTools.Pipeline;

/// <summary>Turns engine results and exceptions into ErrorRecords with stable ids, the right category and a useful target.</summary>
internal static class ErrorRecords
{
    /// <summary>An Error finding: category InvalidData, id OneRosterFinding.&lt;Code&gt;, the Finding as target.</summary>
    public static ErrorRecord Finding(Finding finding) =>
        new(new InvalidDataException(finding.ToString()), ErrorIds.FindingPrefix + finding.Code, ErrorCategory.InvalidData, finding);

    /// <summary>A bundle that cannot be read at all; the bundle's path is the target.</summary>
    public static ErrorRecord BundleUnreadable(string path, Exception exception)
    {
        var where = exception is BundleReadException { File: { } file } ? $" ({file})" : string.Empty;
        var message = $"Cannot read the OneRoster bundle '{path}'{where}: {exception.Message}";
        return WithAction(
            new ErrorRecord(new IOException(message, exception), ErrorIds.BundleUnreadable, ErrorCategory.ReadError, path),
            "Check that the path is a OneRoster CSV bundle: a folder or a .zip file with manifest.csv and the CSV files.");
    }

    /// <summary>A REST provider that could not be read (or connected to); the service URL is the target. The message never holds a secret.</summary>
    public static ErrorRecord ApiUnreadable(string serviceUrl, OneRosterApiException exception) => exception switch
    {
        OneRosterAuthenticationException => WithAction(
            new ErrorRecord(exception, ErrorIds.ApiAuthenticationFailed, ErrorCategory.AuthenticationError, serviceUrl),
            "Check the client id and secret (the credential's user name and password), the token URL and the scopes, then connect again with Connect-OneRoster."),
        OneRosterIncompleteReadException => WithAction(
            new ErrorRecord(exception, ErrorIds.ApiIncompleteRead, ErrorCategory.ReadError, serviceUrl),
            "Nothing was imported, so that a short read cannot look like people leaving. Read again later; if it keeps happening, tell the provider."),
        _ => WithAction(
            new ErrorRecord(exception, ErrorIds.ApiReadFailed, ErrorCategory.ConnectionError, serviceUrl),
            "Check the URL, the OneRoster version and the network; the message says what the provider answered."),
    };

    /// <summary>A strict import that found errors; the bundle's path is the target.</summary>
    public static ErrorRecord StrictImportFailed(RosterValidationException exception) =>
        WithAction(
            new ErrorRecord(exception, ErrorIds.StrictImportFailed, ErrorCategory.InvalidData, exception.BundlePath),
            "Fix the errors written above (Test-OneRoster lists them all), or import without -Strict to import what is sound.");

    /// <summary>A path that names nothing, or a wildcard that matches nothing.</summary>
    public static ErrorRecord PathNotFound(string path, bool wildcard) =>
        new(
            new ItemNotFoundException(wildcard ? $"No file or folder matches '{path}'." : $"Cannot find the path '{path}' because it does not exist."),
            ErrorIds.PathNotFound,
            ErrorCategory.ObjectNotFound,
            path);

    /// <summary>A path on another provider than the file system.</summary>
    public static ErrorRecord PathNotFileSystem(string path, ProviderInfo provider) =>
        new(
            new ArgumentException($"The path '{path}' is on the {provider.Name} provider; OneRoster bundles are files or folders in the file system."),
            ErrorIds.PathNotFileSystem,
            ErrorCategory.InvalidArgument,
            path);

    /// <summary>An argument that the engine cannot parse (guarded by ValidateSet; kept for callers that bypass it).</summary>
    public static ErrorRecord InvalidArgument(string id, string message, object? value) =>
        new(new ArgumentException(message), id, ErrorCategory.InvalidArgument, value);

    /// <summary>New-OneRosterSample into a folder that already holds files.</summary>
    public static ErrorRecord SampleFolderNotEmpty(string folder) =>
        WithAction(
            new ErrorRecord(new IOException($"The folder '{folder}' already has files in it; a sample district was not written."), ErrorIds.SampleFolderNotEmpty, ErrorCategory.ResourceExists, folder),
            "Use -Force to replace the files in that folder, or give an empty or new folder.");

    /// <summary>New-OneRosterSample could not write.</summary>
    public static ErrorRecord SampleWriteFailed(string folder, Exception exception) =>
        new(new IOException($"Cannot write the sample district to '{folder}': {exception.Message}", exception), ErrorIds.SampleWriteFailed, ErrorCategory.WriteError, folder);

    private static ErrorRecord WithAction(ErrorRecord record, string recommendedAction)
    {
        record.ErrorDetails = new ErrorDetails(record.Exception.Message) { RecommendedAction = recommendedAction };
        return record;
    }
}
