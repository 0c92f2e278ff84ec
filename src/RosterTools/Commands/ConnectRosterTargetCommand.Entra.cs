using System.Management.Automation;
using RosterTools.Targets;

namespace RosterTools.Commands;

/// <summary>
/// Connect-RosterTarget -Entra: Entra ID through Microsoft Graph. The sign-in and Graph parameters (-TenantId,
/// -ClientId, -ClientSecret, -CertificateThumbprint, -CertificatePath, -ManagedIdentity, -AccessToken,
/// -UsageLocation, -AdministrativeUnits...) are dynamic: they exist only with -Entra, so the module loads without
/// the Entra assemblies until they are asked for.
/// </summary>
public sealed partial class ConnectRosterTargetCommand : IDynamicParameters
{
    private const string EntraSet = "Entra";

    private EntraTargetParameters? _entra;

    /// <summary>Entra ID through Microsoft Graph; the sign-in parameters follow (see the help).</summary>
    [Parameter(Mandatory = true, ParameterSetName = EntraSet)]
    public SwitchParameter Entra { get; set; }

    /// <inheritdoc/>
    public object? GetDynamicParameters() => Entra ? _entra ??= new EntraTargetParameters() : null;

    private RosterTarget ConnectEntra(string state)
    {
        var entra = _entra ?? new EntraTargetParameters();
        return RosterTarget.Custom("entra", state, entra.Describe(), () => entra.Open());
    }
}
