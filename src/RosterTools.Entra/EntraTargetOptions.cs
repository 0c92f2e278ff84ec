using System;

namespace RosterTools.Targets.Entra;

/// <summary>How the Entra ID target talks to Microsoft Graph: where, how fast, and what it sets on new accounts.</summary>
public sealed class EntraTargetOptions
{
    /// <summary>The Graph service root, version included (https://graph.microsoft.com/v1.0; a national cloud's, or a test fake's).</summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0/");

    /// <summary>The token scope for Graph (the service root's host + "/.default").</summary>
    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    /// <summary>The user property that holds the anchor (employeeId by default; the policy's identity.attribute).</summary>
    public string AnchorAttribute { get; set; } = "employeeId";

    /// <summary>An OData $filter that limits the users read (for example "endsWith(userPrincipalName,'@students.example.org')"); null reads all users.</summary>
    public string? UserFilter { get; set; }

    /// <summary>An OData $filter that limits the groups read (for example "startswith(displayName,'class-')"); null reads all groups.</summary>
    public string? GroupFilter { get; set; }

    /// <summary>The usage location (two-letter country code) new accounts get: Entra needs one before a licence can be assigned.</summary>
    public string? UsageLocation { get; set; }

    /// <summary>Whether new accounts must change their initial password at first sign-in.</summary>
    public bool ForceChangePasswordNextSignIn { get; set; } = true;

    /// <summary>Whether the plan's email address is written to the user's mail property (off: Exchange Online sets mail itself).</summary>
    public bool SetMail { get; set; }

    /// <summary>Whether containers are administrative units (a Move adds the account to the unit named by the plan's path).</summary>
    public bool AdministrativeUnits { get; set; }

    /// <summary>Requests per $batch (Graph allows at most 20).</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>The most $batch requests in flight at once; the target lowers its pace below this while Graph throttles.</summary>
    public int MaxBatchesInFlight { get; set; } = 4;

    /// <summary>The x-ms-throttle-priority header (Low for scheduled background runs, Normal, High; null sends none).</summary>
    public string? ThrottlePriority { get; set; } = "Low";

    /// <summary>How many times one request is sent at most (the first time included) before it is reported failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first back-off when Graph gives no Retry-After; doubled each attempt, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry (a longer Retry-After is cut to this).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one HTTP request may take before it counts as timed out and is retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Page size for reads ($top; Graph allows up to 999 for users and groups).</summary>
    public int PageSize { get; set; } = 999;

    /// <summary>Checks the values; throws <see cref="ArgumentException"/> naming the one that is wrong.</summary>
    public void Validate()
    {
        if (BatchSize is < 1 or > 20)
        {
            throw new ArgumentException($"BatchSize must be 1 to 20 (Graph's $batch limit); it is {BatchSize}.", nameof(BatchSize));
        }

        if (MaxBatchesInFlight < 1)
        {
            throw new ArgumentException($"MaxBatchesInFlight must be at least 1; it is {MaxBatchesInFlight}.", nameof(MaxBatchesInFlight));
        }

        if (MaxAttempts < 1)
        {
            throw new ArgumentException($"MaxAttempts must be at least 1; it is {MaxAttempts}.", nameof(MaxAttempts));
        }

        if (PageSize is < 1 or > 999)
        {
            throw new ArgumentException($"PageSize must be 1 to 999; it is {PageSize}.", nameof(PageSize));
        }

        if (string.IsNullOrWhiteSpace(AnchorAttribute))
        {
            throw new ArgumentException("AnchorAttribute must name a user property (employeeId by default).", nameof(AnchorAttribute));
        }

        if (!GraphBaseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException($"GraphBaseUrl must be absolute; it is '{GraphBaseUrl}'.", nameof(GraphBaseUrl));
        }
    }
}
