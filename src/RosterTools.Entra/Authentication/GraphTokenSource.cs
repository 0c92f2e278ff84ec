using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace RosterTools.Targets.Entra.Authentication;

/// <summary>
/// Hands out the access token for Graph, asking the credential for a new one only when the one held has less than
/// five minutes left. The token goes into Authorization headers and nowhere else.
/// </summary>
internal sealed class GraphTokenSource
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);
    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _context;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _token;

    public GraphTokenSource(TokenCredential credential, string scope)
    {
        _credential = credential;
        _context = new TokenRequestContext(new[] { scope });
    }

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_token is { } held && held.ExpiresOn - Margin > DateTimeOffset.UtcNow)
        {
            return held.Token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } again && again.ExpiresOn - Margin > DateTimeOffset.UtcNow)
            {
                return again.Token;
            }

            AccessToken token;
            try
            {
                token = await _credential.GetTokenAsync(_context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Azure.Identity.AuthenticationFailedException || e is Azure.Identity.CredentialUnavailableException || e is Azure.RequestFailedException)
            {
                // Azure.Identity's messages name the tenant, client and cause, never the secret.
                throw new EntraSignInException("Sign-in to Entra ID failed: " + e.Message, e);
            }

            _token = token;
            return token.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the token held (after Graph refused it), so the next request asks for a new one.</summary>
    public void Forget() => _token = null;
}
