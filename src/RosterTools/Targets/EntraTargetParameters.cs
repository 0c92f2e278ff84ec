using System;
using System.Management.Automation;
using System.Security;

namespace RosterTools.Targets;

/// <summary>
/// The parameters of <c>Connect-RosterTarget -Entra</c>, as a dynamic-parameter object: Connect-RosterTarget
/// implements IDynamicParameters and returns an instance of this class from GetDynamicParameters when -Entra is
/// given; PowerShell binds these properties; ProcessRecord then calls <see cref="Open"/> (inside ShouldProcess) and
/// writes the target. Sign-in: exactly one of -ClientSecret, -CertificateThumbprint, -CertificatePath,
/// -ManagedIdentity or -AccessToken (checked when opening, with a message that says what is missing or too much).
/// Secrets are SecureString only and go to Azure.Identity and nowhere else.
/// </summary>
/// <remarks>
/// Internal, as every type of this assembly but cmdlets (LoadingRuleTests): PowerShell binds the public properties
/// of the object GetDynamicParameters returns, whatever its type's visibility. No parameter sets here: they would
/// have to agree with Connect-RosterTarget's own; the one-way-to-sign-in rule is checked by the engine instead
/// (EntraConnection.Credential). Only strings, SecureString, Uri, int and switches as property types, so that
/// loading this class loads nothing of the engine (Loading/ModuleInitializer.cs).
/// </remarks>
internal sealed class EntraTargetParameters
{
    /// <summary>The tenant: its id (a GUID) or a verified domain.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? TenantId { get; set; }

    /// <summary>The app registration's application (client) id; with -ManagedIdentity, a user-assigned identity's client id.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ClientId { get; set; }

    /// <summary>Sign in with the app's client secret.</summary>
    [Parameter]
    [ValidateNotNull]
    public SecureString? ClientSecret { get; set; }

    /// <summary>Sign in with the certificate of this thumbprint from Cert:\CurrentUser\My or Cert:\LocalMachine\My.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CertificateThumbprint { get; set; }

    /// <summary>Sign in with the certificate in this .pfx file.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CertificatePath { get; set; }

    /// <summary>The password of the -CertificatePath file.</summary>
    [Parameter]
    [ValidateNotNull]
    public SecureString? CertificatePassword { get; set; }

    /// <summary>Sign in as the managed identity of the Azure resource this runs on (Azure Automation, a VM).</summary>
    [Parameter]
    public SwitchParameter ManagedIdentity { get; set; }

    /// <summary>Use an access token for Microsoft Graph you already have ((Get-AzAccessToken -ResourceTypeName MSGraph -AsSecureString).Token); it is not renewed.</summary>
    [Parameter]
    [ValidateNotNull]
    public SecureString? AccessToken { get; set; }

    /// <summary>The Graph service root for a national cloud (https://graph.microsoft.us/v1.0/); the global one by default.</summary>
    [Parameter]
    public Uri? GraphEndpoint { get; set; }

    /// <summary>The sign-in authority for a national cloud (https://login.microsoftonline.us/).</summary>
    [Parameter]
    public Uri? AuthorityHost { get; set; }

    /// <summary>The usage location (two letters) new accounts get; needed before licences can be assigned.</summary>
    [Parameter]
    [ValidatePattern("^[A-Za-z]{2}$")]
    public string? UsageLocation { get; set; }

    /// <summary>An OData $filter that limits the users read, e.g. "endsWith(userPrincipalName,'@students.contoso.edu')".</summary>
    [Parameter]
    public string? UserFilter { get; set; }

    /// <summary>An OData $filter that limits the groups read, e.g. "startswith(displayName,'class-')".</summary>
    [Parameter]
    public string? GroupFilter { get; set; }

    /// <summary>Containers are administrative units: a Move puts the account into the unit the policy's placement names.</summary>
    [Parameter]
    public SwitchParameter AdministrativeUnits { get; set; }

    /// <summary>x-ms-throttle-priority: Low (the default, for scheduled runs), Normal or High (someone waits).</summary>
    [Parameter]
    [ValidateSet("Low", "Normal", "High")]
    public string ThrottlePriority { get; set; } = "Low";

    /// <summary>The most $batch requests (of 20) in flight at once.</summary>
    [Parameter]
    [ValidateRange(1, 16)]
    public int MaxBatchesInFlight { get; set; } = 4;

    /// <summary>What -WhatIf and messages say is being connected to; never a secret.</summary>
    public string Describe() =>
        $"Entra ID tenant {TenantId ?? "(of the token or managed identity)"} as {(ManagedIdentity ? "managed identity" : AccessToken is not null ? "the given access token" : "app " + ClientId)}";

    /// <summary>
    /// Opens the target (an <c>RosterTools.Targets.Entra.EntraTarget</c>); <paramref name="anchorAttribute"/> is the
    /// policy's identity.attribute (employeeId when null). Sign-in happens at the first read, where a refusal throws
    /// EntraSignInException; a wrong combination of sign-in parameters throws it here.
    /// </summary>
    public IDirectoryTarget Open(string? anchorAttribute = null)
    {
        var settings = new Entra.EntraConnectionSettings
        {
            TenantId = TenantId,
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            CertificateThumbprint = CertificateThumbprint,
            CertificatePath = CertificatePath,
            CertificatePassword = CertificatePassword,
            ManagedIdentity = ManagedIdentity.IsPresent,
            AccessToken = AccessToken,
            AuthorityHost = AuthorityHost,
        };
        var options = settings.Options;
        if (GraphEndpoint is not null)
        {
            options.GraphBaseUrl = GraphEndpoint;
            options.Scope = GraphEndpoint.GetLeftPart(UriPartial.Authority) + "/.default";
        }

        options.AnchorAttribute = anchorAttribute ?? options.AnchorAttribute;
        options.UsageLocation = UsageLocation?.ToUpperInvariant();
        options.UserFilter = UserFilter;
        options.GroupFilter = GroupFilter;
        options.AdministrativeUnits = AdministrativeUnits.IsPresent;
        options.ThrottlePriority = ThrottlePriority;
        options.MaxBatchesInFlight = MaxBatchesInFlight;
        return Entra.EntraConnection.Open(settings);
    }
}
