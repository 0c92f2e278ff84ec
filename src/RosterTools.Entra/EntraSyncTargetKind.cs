using System.Collections.Generic;
using RosterTools.OneRoster.Rest;
using RosterTools.Sync;
using RosterTools.Targets;

namespace RosterTools.Targets.Entra;

/// <summary>
/// <c>target: entra:</c> in a sync config. Exactly one way to sign in; secrets come from environment variables
/// the settings name, never from the file:
/// <code>
/// target:
///   entra:
///     tenantId: contoso.onmicrosoft.com
///     clientId: 00000000-0000-0000-0000-000000000000
///     certificateThumbprint: 0123456789ABCDEF...   # or certificatePath (+ certificatePasswordEnv), clientSecretEnv,
///                                                  # managedIdentity: true (Azure Automation), accessTokenEnv
///     usageLocation: US
///     administrativeUnits: true                    # placement as administrative units
///     anchorAttribute: employeeId
///     userFilter: "endsWith(userPrincipalName,'district.org')"   # the accounts in scope ($filter)
/// </code>
/// Hosts register it with <c>SyncTargets.Register(new EntraSyncTargetKind())</c>.
/// </summary>
public sealed class EntraSyncTargetKind : ISyncTargetKind
{
    private static readonly string[] Keys =
    {
        "tenantId", "clientId", "clientSecretEnv", "certificateThumbprint", "certificatePath", "certificatePasswordEnv", "managedIdentity",
        "accessTokenEnv", "usageLocation", "administrativeUnits", "anchorAttribute", "userFilter", "maxBatchesInFlight",
    };

    /// <inheritdoc />
    public string Name => "entra";

    /// <inheritdoc />
    public void Check(TargetConfig target, ConfigYaml yaml) => Read(target, yaml);

    /// <inheritdoc />
    public IDirectoryTarget Open(SyncConfig config)
    {
        var (settings, secrets) = Read(config.Target, new ConfigYaml(config.File));
        foreach (var secret in secrets)
        {
            secret.Value(ApiSourceSection.SecretFromEnvironment(secret.Key));
        }

        return EntraConnection.Open(settings);
    }

    private static (EntraConnectionSettings Settings, Dictionary<string, System.Action<System.Security.SecureString>> Secrets) Read(TargetConfig target, ConfigYaml yaml)
    {
        if (target.Settings is null)
        {
            throw new SyncConfigException(yaml.File, target.Line, 1, "target: entra: needs tenantId, clientId and a way to sign in (certificateThumbprint, certificatePath, clientSecretEnv, managedIdentity or accessTokenEnv).");
        }

        var settings = new EntraConnectionSettings();
        var secrets = new Dictionary<string, System.Action<System.Security.SecureString>>();
        var keys = yaml.Keys(target.Settings, Keys, "target: entra");
        var ways = 0;
        foreach (var pair in keys)
        {
            switch (pair.Key)
            {
                case "tenantId": settings.TenantId = yaml.Text(pair.Value); break;
                case "clientId": settings.ClientId = yaml.Text(pair.Value); break;
                case "clientSecretEnv": ways++; secrets[yaml.SecretVariable(pair.Value)] = secret => settings.ClientSecret = secret; break;
                case "certificateThumbprint": ways++; settings.CertificateThumbprint = yaml.Text(pair.Value); break;
                case "certificatePath": ways++; settings.CertificatePath = yaml.PathOf(pair.Value); break;
                case "certificatePasswordEnv": secrets[yaml.SecretVariable(pair.Value)] = secret => settings.CertificatePassword = secret; break;
                case "managedIdentity": ways += (settings.ManagedIdentity = yaml.Boolean(pair.Value)) ? 1 : 0; break;
                case "accessTokenEnv": ways++; secrets[yaml.SecretVariable(pair.Value)] = secret => settings.AccessToken = secret; break;
                case "usageLocation": settings.Options.UsageLocation = yaml.Text(pair.Value); break;
                case "administrativeUnits": settings.Options.AdministrativeUnits = yaml.Boolean(pair.Value); break;
                case "anchorAttribute": settings.Options.AnchorAttribute = yaml.Text(pair.Value); break;
                case "userFilter": settings.Options.UserFilter = yaml.Text(pair.Value); break;
                case "maxBatchesInFlight": settings.Options.MaxBatchesInFlight = yaml.Integer(pair.Value, 1, 16); break;
            }
        }

        if (ways != 1)
        {
            throw yaml.Error(target.Settings, $"target: entra: give exactly one way to sign in (certificateThumbprint, certificatePath, clientSecretEnv, managedIdentity: true or accessTokenEnv); this gives {ways}.");
        }

        var appRegistration = !settings.ManagedIdentity && !keys.ContainsKey("accessTokenEnv");
        if (appRegistration && (settings.TenantId is null || settings.ClientId is null))
        {
            throw yaml.Error(target.Settings, "target: entra: an app registration needs tenantId and clientId.");
        }

        return (settings, secrets);
    }
}
