using System.IO;
using System.Threading;
using System.Threading.Tasks;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using RosterTools.Targets.Entra;
using RosterTools.Targets.Entra.Authentication;

namespace RosterTools.Tests.Entra;

public sealed class EntraCredentialTests
{
    [Fact]
    public void EachSignInGivesItsCredential()
    {
        Assert.IsType<Azure.Identity.ClientSecretCredential>(EntraCredentials.ClientSecret("contoso.onmicrosoft.com", Guid.NewGuid().ToString(), EntraHarness.Secure("s3cret")));
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(EntraCredentials.ManagedIdentity());
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(EntraCredentials.ManagedIdentity(Guid.NewGuid().ToString()));
        Assert.IsType<AccessTokenCredential>(EntraCredentials.AccessToken(EntraHarness.Secure("Bearer abc")));
    }

    [Fact]
    public void ACertificateFileWithItsPasswordSignsIn()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=RosterTools test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), "rostertools-" + Guid.NewGuid().ToString("N") + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pfx-pass"));
        try
        {
            Assert.IsType<Azure.Identity.ClientCertificateCredential>(EntraCredentials.CertificateFile("tenant", "client", path, EntraHarness.Secure("pfx-pass")));
            var wrong = Assert.Throws<EntraSignInException>(() => EntraCredentials.CertificateFile("tenant", "client", path, EntraHarness.Secure("not-it")));
            Assert.Contains(path, wrong.Message);
            Assert.DoesNotContain("not-it", wrong.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingPiecesAreClearErrors()
    {
        var thumbprint = Assert.Throws<EntraSignInException>(() => EntraCredentials.CertificateThumbprint("tenant", "client", "00112233445566778899AABBCCDDEEFF00112233"));
        Assert.Contains("00112233445566778899AABBCCDDEEFF00112233", thumbprint.Message);
        Assert.Contains("Cert:\\CurrentUser\\My", thumbprint.Message);
        Assert.Throws<EntraSignInException>(() => EntraCredentials.ClientSecret("tenant", "client", new System.Security.SecureString()));
        Assert.Throws<EntraSignInException>(() => EntraCredentials.ClientSecret(" ", "client", EntraHarness.Secure("x")));
        Assert.Throws<EntraSignInException>(() => EntraCredentials.CertificateFile("tenant", "client", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid() + ".pfx"), null));
    }

    [Fact]
    public async Task AReadyTokenExpiresWhenItsJwtSays()
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var jwt = Part("{\"alg\":\"none\"}") + "." + Part("{\"exp\":1893456000}") + ".sig";
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1893456000), AccessTokenCredential.JwtExpiry(jwt));
        Assert.Null(AccessTokenCredential.JwtExpiry("opaque-token"));
        var token = await EntraCredentials.AccessToken(EntraHarness.Secure(jwt)).GetTokenAsync(new Azure.Core.TokenRequestContext(new[] { "x" }), CancellationToken.None);
        Assert.Equal(jwt, token.Token);
    }
}

public sealed class EntraConnectionTests
{
    [Fact]
    public void ExactlyOneWayToSignIn()
    {
        var none = Assert.Throws<EntraSignInException>(() => EntraConnection.Credential(new EntraConnectionSettings { TenantId = "t", ClientId = "c" }));
        Assert.Contains("-ManagedIdentity", none.Message);
        var two = Assert.Throws<EntraSignInException>(() => EntraConnection.Credential(new EntraConnectionSettings { TenantId = "t", ClientId = "c", ClientSecret = EntraHarness.Secure("x"), ManagedIdentity = true }));
        Assert.Contains("ClientSecret, ManagedIdentity", two.Message);
        var noTenant = Assert.Throws<EntraSignInException>(() => EntraConnection.Credential(new EntraConnectionSettings { ClientId = "c", ClientSecret = EntraHarness.Secure("x") }));
        Assert.Contains("-TenantId", noTenant.Message);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(EntraConnection.Credential(new EntraConnectionSettings { ManagedIdentity = true }));
    }

    [Fact]
    public async Task AnOpenedTargetReadsWithItsToken()
    {
        using var fake = RosterTools.Testing.Loopback.Graph.GraphFake.Start();
        fake.Tenant.AddUser("a@example.org", "A");
        using var target = EntraConnection.Open(new EntraConnectionSettings { AccessToken = EntraHarness.Secure(fake.Options.AccessToken), Options = { GraphBaseUrl = fake.ServiceRoot } });
        var snapshot = await target.ReadAsync(null, CancellationToken.None);
        Assert.Equal("A", Assert.Single(snapshot.Accounts).Anchor);
        Assert.StartsWith("Entra ID http://127.0.0.1:", target.Description);
    }
}

public sealed class EntraExampleTests
{
    [Fact]
    public void TheEntraExamplePolicyLoadsAndPlacesInAdministrativeUnits()
    {
        var policy = RosterTools.Policy.PolicyLoader.Load(RosterTools.Tests.Paths.Examples("entra", "entra.policy.yaml"));
        Assert.Equal("employeeId", policy.Identity.Attribute);
        Assert.Equal("{school.name}", policy.Placement["default"]);
        Assert.Equal("Leavers", policy.Deprovision.HoldingContainer);
        Assert.Equal(new[] { "STANDARDWOFFPACK_STUDENT" }, policy.Licenses["student"]);
    }
}
