using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security;
using Azure.Core;

namespace RosterTools.Targets.Entra;

/// <summary>How an Entra target is reached: the app registration and exactly one way to sign in, plus the target's options.</summary>
public sealed class EntraConnectionSettings
{
    /// <summary>The tenant (GUID or domain). Not needed with a managed identity or a ready token.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id; with <see cref="ManagedIdentity"/>, the client id of a user-assigned identity (none: the system-assigned one).</summary>
    public string? ClientId { get; set; }

    /// <summary>Sign in with this client secret.</summary>
    public SecureString? ClientSecret { get; set; }

    /// <summary>Sign in with the certificate of this thumbprint (Cert:\CurrentUser\My, then Cert:\LocalMachine\My).</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>Sign in with the certificate in this .pfx file.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The .pfx file's password, when it has one.</summary>
    public SecureString? CertificatePassword { get; set; }

    /// <summary>Sign in as the managed identity of the Azure resource this runs on (an Automation account, a VM).</summary>
    public bool ManagedIdentity { get; set; }

    /// <summary>Use this access token for Graph (from Get-AzAccessToken or Connect-MgGraph); it is not renewed.</summary>
    public SecureString? AccessToken { get; set; }

    /// <summary>The sign-in authority for national clouds (https://login.microsoftonline.us); null for the global cloud.</summary>
    public Uri? AuthorityHost { get; set; }

    /// <summary>The target's options (Graph endpoint, anchor attribute, usage location, pace).</summary>
    public EntraTargetOptions Options { get; set; } = new();
}

/// <summary>Opens an Entra target from <see cref="EntraConnectionSettings"/>: what Connect-RosterTarget -Entra calls.</summary>
public static class EntraConnection
{
    /// <summary>The target; sign-in happens at the first request (ReadAsync), where a refusal is an <see cref="EntraSignInException"/>.</summary>
    /// <exception cref="EntraSignInException">No way to sign in is given, or more than one, or a piece is missing (the message says which).</exception>
    public static EntraTarget Open(EntraConnectionSettings settings, HttpClient? http = null) =>
        new(Credential(settings), settings.Options, http);

    /// <summary>The credential for the one way to sign in the settings give.</summary>
    public static TokenCredential Credential(EntraConnectionSettings settings)
    {
        var ways = new List<string>();
        if (settings.ClientSecret is not null)
        {
            ways.Add("ClientSecret");
        }

        if (!string.IsNullOrWhiteSpace(settings.CertificateThumbprint))
        {
            ways.Add("CertificateThumbprint");
        }

        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            ways.Add("CertificatePath");
        }

        if (settings.ManagedIdentity)
        {
            ways.Add("ManagedIdentity");
        }

        if (settings.AccessToken is not null)
        {
            ways.Add("AccessToken");
        }

        if (ways.Count != 1)
        {
            throw new EntraSignInException(ways.Count == 0
                ? "Say how to sign in to Entra ID: -ClientSecret, -CertificateThumbprint, -CertificatePath, -ManagedIdentity or -AccessToken."
                : $"Give one way to sign in to Entra ID, not {ways.Count} ({string.Join(", ", ways)}).");
        }

        switch (ways[0])
        {
            case "ManagedIdentity":
                return EntraCredentials.ManagedIdentity(settings.ClientId);
            case "AccessToken":
                return EntraCredentials.AccessToken(settings.AccessToken!);
        }

        if (string.IsNullOrWhiteSpace(settings.TenantId) || string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new EntraSignInException($"Signing in with {ways[0]} needs -TenantId and -ClientId (the app registration's).");
        }

        return ways[0] switch
        {
            "ClientSecret" => EntraCredentials.ClientSecret(settings.TenantId!, settings.ClientId!, settings.ClientSecret!, settings.AuthorityHost),
            "CertificateThumbprint" => EntraCredentials.CertificateThumbprint(settings.TenantId!, settings.ClientId!, settings.CertificateThumbprint!, settings.AuthorityHost),
            _ => EntraCredentials.CertificateFile(settings.TenantId!, settings.ClientId!, settings.CertificatePath!, settings.CertificatePassword, settings.AuthorityHost),
        };
    }
}
