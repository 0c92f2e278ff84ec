namespace RosterTools.Pipeline;

/// <summary>
/// The stable error ids of the module's ErrorRecords (the first part of FullyQualifiedErrorId). Scripts match on
/// these; the messages may be reworded, the ids may not.
/// </summary>
internal static class ErrorIds
{
    /// <summary>A -Path or -LiteralPath that names nothing, or a wildcard that matches nothing.</summary>
    public const string PathNotFound = "RosterPathNotFound";

    /// <summary>A path on a provider other than the file system (a registry or certificate path).</summary>
    public const string PathNotFileSystem = "RosterPathNotFileSystem";

    /// <summary>A bundle that cannot be read at all: a damaged or refused zip, a file that is not a bundle, an I/O error.</summary>
    public const string BundleUnreadable = "RosterBundleUnreadable";

    /// <summary>-Strict, and the bundle has errors: the roster was not imported.</summary>
    public const string StrictImportFailed = "RosterStrictImportFailed";

    /// <summary>An -Entity value that is not a OneRoster collection name.</summary>
    public const string EntityUnknown = "RosterEntityUnknown";

    /// <summary>A -Version value that is not 1.1 or 1.2.</summary>
    public const string VersionUnknown = "RosterVersionUnknown";

    /// <summary>New-OneRosterSample into a folder that already has files, without -Force.</summary>
    public const string SampleFolderNotEmpty = "RosterSampleFolderNotEmpty";

    /// <summary>New-OneRosterSample options the generator refuses (the message says which and what to give).</summary>
    public const string SampleOptionInvalid = "RosterSampleOptionInvalid";

    /// <summary>New-OneRosterSample could not write the bundle.</summary>
    public const string SampleWriteFailed = "RosterSampleWriteFailed";

    /// <summary>Connect-OneRoster settings the engine refuses (a plain-http URL, a missing token URL...).</summary>
    public const string ConnectionInvalid = "RosterConnectionInvalid";

    /// <summary>The provider refused the credentials: the token endpoint said no, or a request was not authorised (401/403).</summary>
    public const string ApiAuthenticationFailed = "RosterApiAuthenticationFailed";

    /// <summary>A collection came back with fewer records than the provider said it has; nothing was imported.</summary>
    public const string ApiIncompleteRead = "RosterApiIncompleteRead";

    /// <summary>The provider cannot be reached, answered with an error, or kept failing after the retries.</summary>
    public const string ApiReadFailed = "RosterApiReadFailed";

    /// <summary>
    /// The prefix of a finding's error id: <c>OneRosterFinding.UnresolvedReference</c>. The rest is the finding's code
    /// (RosterTools.Validation.FindingCodes); the Finding itself is the error's TargetObject.
    /// </summary>
    public const string FindingPrefix = "OneRosterFinding.";

    /// <summary>-OverrideSafetyLimit without -Force.</summary>
    public const string OverrideNeedsForce = "RosterOverrideNeedsForce";
}
