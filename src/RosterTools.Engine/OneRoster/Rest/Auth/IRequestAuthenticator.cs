using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace RosterTools.OneRoster.Rest.Auth;

/// <summary>Puts a client's credentials on each request: a bearer token (OAuth 2), or a signature (OAuth 1.0a).</summary>
internal interface IRequestAuthenticator : IDisposable
{
    /// <summary>How the client authenticates, in words: "OAuth 2 client credentials".</summary>
    string Description { get; }

    /// <summary>Adds the credentials to <paramref name="request"/>; returns what was used, to hand back to <see cref="Refused"/>.</summary>
    Task<object?> ApplyAsync(HttpRequestMessage request, ApiScope scope, CancellationToken cancellationToken);

    /// <summary>The provider answered 401 to a request made with <paramref name="applied"/>: whether new credentials (a new token) may succeed.</summary>
    bool Refused(ApiScope scope, object? applied);
}
