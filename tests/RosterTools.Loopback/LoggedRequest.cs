using System.Collections.Generic;

namespace RosterTools.Testing.Loopback;

/// <summary>A request the provider received: for checks of what the client asks (only documented parameters, the right scopes), and with <see cref="ProviderOptions.KeepBodies"/> what it was answered.</summary>
public sealed record LoggedRequest(string Method, string Path, string RawQuery, IReadOnlyList<KeyValuePair<string, string>> Query, string? AuthScheme, int Status, string? Scope = null, byte[]? Body = null);
