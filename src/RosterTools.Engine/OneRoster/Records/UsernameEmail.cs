using System;
using System.Collections.Concurrent;

namespace RosterTools.OneRoster;

/// <summary>
/// An email address that is the user's username at a domain (jdoe@district.org for jdoe), as K-12 SIS exports
/// mostly have it. A user keeps one shared object per domain instead of a 100-byte string of its own, and the
/// address is put together when it is asked for.
/// </summary>
internal sealed class UsernameEmail
{
    private const int MaxDomains = 4096;
    private static readonly ConcurrentDictionary<string, UsernameEmail> Domains = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static UsernameEmail? _last;

    private UsernameEmail(string domain) => Domain = domain;

    public string Domain { get; }

    /// <summary>What a user keeps for <paramref name="email"/>: a shared domain when the address is the username at it, else the address.</summary>
    public static object? Compact(string? email, string? username)
    {
        if (email is null || username is null || username.Length == 0 || email.Length <= username.Length + 1
            || email[username.Length] != '@' || string.CompareOrdinal(email, 0, username, 0, username.Length) != 0)
        {
            return email;
        }

        var domainLength = email.Length - username.Length - 1;
        var last = _last;
        if (last is not null && last.Domain.Length == domainLength && string.CompareOrdinal(email, username.Length + 1, last.Domain, 0, domainLength) == 0)
        {
            return last;
        }

        var domain = email.Substring(username.Length + 1);
        if (!Domains.TryGetValue(domain, out var shared))
        {
            if (Domains.Count >= MaxDomains)
            {
                return email;
            }

            shared = Domains.GetOrAdd(domain, text => new UsernameEmail(text));
        }

        _last = shared;
        return shared;
    }
}
