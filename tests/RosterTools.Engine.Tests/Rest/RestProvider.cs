using System.Security;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Rest;
using RosterTools.Testing.Loopback;

namespace RosterTools.Tests.Rest;

/// <summary>Starts loopback providers for tests and connects to them the way a user would.</summary>
internal static class RestProvider
{
    /// <summary>A provider serving <paramref name="rosters"/>; <paramref name="configure"/> sets faults and the rest.</summary>
    public static LoopbackProvider Serve(Action<ProviderOptions>? configure, params Roster[] rosters)
    {
        var options = new ProviderOptions();
        foreach (var roster in rosters)
        {
            options.Rosters[roster.Version] = roster;
        }

        configure?.Invoke(options);
        return LoopbackProvider.Start(options);
    }

    /// <summary>Settings for a provider: its client id and secret, its token URL, retries fast enough for a test.</summary>
    public static OneRosterConnectionSettings Settings(LoopbackProvider provider, OneRosterVersion version, string? secret = null)
    {
        var settings = new OneRosterConnectionSettings
        {
            BaseUrl = provider.BaseUrl,
            Version = version,
            ClientId = provider.Options.ClientId,
            ClientSecret = Secure(secret ?? provider.Options.ClientSecret),
            TokenUrl = provider.TokenUrl,
            Authentication = provider.Options.Authentication == ProviderAuthentication.OAuth1 ? OneRosterAuthentication.OAuth1 : OneRosterAuthentication.OAuth2ClientCredentials,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(5),
            PageSize = 100,
        };
        return settings;
    }

    public static OneRosterConnection Connect(LoopbackProvider provider, OneRosterVersion version, Action<OneRosterConnectionSettings>? configure = null)
    {
        var settings = Settings(provider, version);
        configure?.Invoke(settings);
        return OneRosterConnection.Open(settings);
    }

    /// <summary>The differences other than demographics, which a read that does not ask for them leaves out.</summary>
    public static List<string> WithoutDemographics(List<string> differences) =>
        differences.Where(difference => !difference.StartsWith("demographics", StringComparison.Ordinal)).ToList();

    public static SecureString Secure(string text) => ApiSourceSection.Secure(text);
}
