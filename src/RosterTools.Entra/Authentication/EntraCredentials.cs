using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using RosterTools.Targets.Entra.Authentication;

namespace RosterTools.Targets.Entra;

/// <summary>
/// The ways to sign in to Entra ID as an app, each giving an Azure.Identity <see cref="TokenCredential"/>: a client
/// secret, a certificate (by thumbprint from the certificate stores, or from a .pfx file), a managed identity
/// (Azure Automation, Azure VMs and Functions), or an access token the admin already has. Secrets come in as
/// <see cref="SecureString"/> and are turned into text only to be handed to Azure.Identity.
/// </summary>
public static class EntraCredentials
{
    /// <summary>Client credentials with a secret.</summary>
    public static TokenCredential ClientSecret(string tenantId, string clientId, SecureString secret, Uri? authorityHost = null)
    {
        Require(tenantId, nameof(tenantId));
        Require(clientId, nameof(clientId));
        return new ClientSecretCredential(tenantId, clientId, Plain(secret, "client secret"), Options(authorityHost, new ClientSecretCredentialOptions()));
    }

    /// <summary>Client credentials with a certificate from CurrentUser\My or LocalMachine\My, found by thumbprint.</summary>
    public static TokenCredential CertificateThumbprint(string tenantId, string clientId, string thumbprint, Uri? authorityHost = null) =>
        Certificate(tenantId, clientId, FindCertificate(thumbprint), authorityHost);

    /// <summary>Client credentials with a certificate from a .pfx (PKCS #12) file, with its password when it has one.</summary>
    public static TokenCredential CertificateFile(string tenantId, string clientId, string path, SecureString? password, Uri? authorityHost = null)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = password is null ? new X509Certificate2(path) : new X509Certificate2(path, password);
        }
        catch (CryptographicException e)
        {
            throw new EntraSignInException($"The certificate file '{path}' cannot be read ({e.Message}); it must be a .pfx with the private key, and the password must be right.", e);
        }
        catch (System.IO.IOException e)
        {
            throw new EntraSignInException($"The certificate file '{path}' cannot be opened: {e.Message}", e);
        }

        return Certificate(tenantId, clientId, certificate, authorityHost);
    }

    /// <summary>A managed identity: the system-assigned one, or the user-assigned one with <paramref name="clientId"/>.</summary>
    public static TokenCredential ManagedIdentity(string? clientId = null) =>
        string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.FromUserAssignedClientId(clientId));

    /// <summary>A ready access token for Graph (from Get-AzAccessToken or Connect-MgGraph); it is used until it expires and never renewed.</summary>
    public static TokenCredential AccessToken(SecureString token)
    {
        var text = Plain(token, "access token").Trim();
        if (text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring("Bearer ".Length).Trim();
        }

        return new AccessTokenCredential(text, null);
    }

    /// <summary>The text of a secure string, for the one library call that needs it.</summary>
    internal static string Plain(SecureString secret, string what)
    {
        if (secret is null || secret.Length == 0)
        {
            throw new EntraSignInException($"The {what} is empty.");
        }

        var pointer = IntPtr.Zero;
        try
        {
            pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
            return Marshal.PtrToStringUni(pointer)!;
        }
        finally
        {
            if (pointer != IntPtr.Zero)
            {
                Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }

    private static TokenCredential Certificate(string tenantId, string clientId, X509Certificate2 certificate, Uri? authorityHost)
    {
        Require(tenantId, nameof(tenantId));
        Require(clientId, nameof(clientId));
        if (!certificate.HasPrivateKey)
        {
            throw new EntraSignInException($"The certificate '{certificate.Subject}' ({certificate.Thumbprint}) has no private key here; sign-in needs it.");
        }

        return new ClientCertificateCredential(tenantId, clientId, certificate, Options(authorityHost, new ClientCertificateCredentialOptions()));
    }

    private static X509Certificate2 FindCertificate(string thumbprint)
    {
        var wanted = (thumbprint ?? string.Empty).Replace(" ", string.Empty).Trim();
        if (wanted.Length == 0)
        {
            throw new EntraSignInException("The certificate thumbprint is empty.");
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            try
            {
                using var store = new X509Store(StoreName.My, location);
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
                if (found.Count > 0)
                {
                    return found[0];
                }
            }
            catch (CryptographicException)
            {
                // A store that does not exist on this machine (LocalMachine\My on Linux): look in the next one.
            }
        }

        throw new EntraSignInException($"No certificate with thumbprint {wanted} is in Cert:\\CurrentUser\\My or Cert:\\LocalMachine\\My.");
    }

    private static T Options<T>(Uri? authorityHost, T options)
        where T : TokenCredentialOptions
    {
        if (authorityHost is not null)
        {
            options.AuthorityHost = authorityHost;
        }

        return options;
    }

    private static void Require(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new EntraSignInException($"The {name} is required (a GUID, or the tenant's domain for the tenant).");
        }
    }
}
