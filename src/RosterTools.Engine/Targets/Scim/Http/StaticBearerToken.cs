using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.OneRoster.Rest;
using RosterTools.OneRoster.Rest.Auth;

namespace RosterTools.Targets.Scim.Http;

/// <summary>A bearer token the app (or Entra) issued to the admin: put on every request as it is, and never renewed.</summary>
internal sealed class StaticBearerToken : IRequestAuthenticator
{
    private readonly ClientSecret _token;

    public StaticBearerToken(ClientSecret token) => _token = token;

    public string Description => "bearer token";

    public Task<object?> ApplyAsync(HttpRequestMessage request, ApiScope scope, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token.UseUtf8(Encoding.UTF8.GetString));
        return Task.FromResult<object?>(null);
    }

    /// <summary>A static token cannot be renewed: a 401 is final.</summary>
    public bool Refused(ApiScope scope, object? applied) => false;

    public void Dispose() => _token.Dispose();
}
