using System;
using System.Linq;
using System.Management.Automation;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Rest;
using RosterTools.Pipeline;

namespace RosterTools.Commands;

/// <summary>
/// Connect-OneRoster: a connection to a OneRoster REST provider (a SIS or a rostering hub), authenticated with OAuth 2
/// client credentials (the default; -TokenUrl) or OAuth 1.0a signatures (-OAuth1). The client id and secret come as
/// a PSCredential and never leave the connection object, which shows neither the secret nor anything that reveals it.
/// The connection is checked by reading one org unless -SkipCheck. Help: docs/help/Connect-OneRoster.md.
/// </summary>
/// <remarks>Connect is a verb that changes state, so -WhatIf is supported: it says what would be connected to, and sends nothing.</remarks>
[Cmdlet(VerbsCommunications.Connect, "OneRoster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = OAuth2Set)]
[OutputType(typeof(OneRosterConnection))]
public sealed class ConnectOneRosterCommand : RosterCmdlet
{
    private const string OAuth2Set = "OAuth2";
    private const string OAuth1Set = "OAuth1";

    /// <summary>The provider: its root URL, or its rostering service URL.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("BaseUrl")]
    [ValidateNotNullOrEmpty]
    public string Url { get; set; } = string.Empty;

    /// <summary>The client id as user name and the client secret as password (OAuth 1.0a: consumer key and secret).</summary>
    [Parameter(Mandatory = true)]
    [Credential]
    [ValidateNotNull]
    public PSCredential Credential { get; set; } = PSCredential.Empty;

    /// <summary>The OneRoster version the provider serves. A string, not the engine's enum: see Loading/ModuleInitializer.cs.</summary>
    [Parameter]
    [ValidateSet("1.1", "1.2")]
    public string Version { get; set; } = "1.2";

    /// <summary>OAuth 2: the provider's token endpoint.</summary>
    [Parameter(Mandatory = true, ParameterSetName = OAuth2Set)]
    [ValidateNotNullOrEmpty]
    public string TokenUrl { get; set; } = string.Empty;

    /// <summary>OAuth 2: the scopes to ask for; by default each endpoint's own (roster-core, roster-demographics).</summary>
    [Parameter(ParameterSetName = OAuth2Set)]
    [ValidateNotNullOrEmpty]
    public string[] Scope { get; set; } = Array.Empty<string>();

    /// <summary>Authenticate with OAuth 1.0a signatures instead of OAuth 2.</summary>
    [Parameter(Mandatory = true, ParameterSetName = OAuth1Set)]
    public SwitchParameter OAuth1 { get; set; }

    /// <summary>OAuth 1.0a: how requests are signed.</summary>
    [Parameter(ParameterSetName = OAuth1Set)]
    [ValidateSet("HMAC-SHA256", "HMAC-SHA1")]
    public string SignatureMethod { get; set; } = "HMAC-SHA256";

    /// <summary>The records asked for per page.</summary>
    [Parameter]
    [ValidateRange(1, 100000)]
    public int PageSize { get; set; } = 1000;

    /// <summary>The most requests in flight at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int MaxConcurrentRequests { get; set; } = 8;

    /// <summary>Do not read one org to check the connection.</summary>
    [Parameter]
    public SwitchParameter SkipCheck { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        if (!OneRosterVersions.TryParse(Version, out var version))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument(ErrorIds.VersionUnknown, $"'{Version}' is not a OneRoster version; use 1.1 or 1.2.", Version));
        }

        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (!OAuth1 && !Uri.TryCreate(TokenUrl, UriKind.Absolute, out _)))
        {
            var bad = url is null ? Url : TokenUrl;
            ThrowTerminatingError(ErrorRecords.InvalidArgument(ErrorIds.ConnectionInvalid, $"'{bad}' is not an absolute URL; give one such as https://sis.example.org.", bad));
        }

        var settings = new OneRosterConnectionSettings
        {
            BaseUrl = url,
            Version = version,
            Authentication = OAuth1 ? OneRosterAuthentication.OAuth1 : OneRosterAuthentication.OAuth2ClientCredentials,
            ClientId = Credential.UserName,
            ClientSecret = Credential.Password,
            TokenUrl = OAuth1 ? null : new Uri(TokenUrl),
            Scopes = Scope.ToList(),
            SignatureMethod = SignatureMethod == "HMAC-SHA1" ? OAuth1SignatureMethod.HmacSha1 : OAuth1SignatureMethod.HmacSha256,
            PageSize = PageSize,
            MaxConcurrentRequests = MaxConcurrentRequests,
        };

        OneRosterConnection connection;
        try
        {
            connection = OneRosterConnection.Open(settings);
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument(ErrorIds.ConnectionInvalid, e.Message, Url));
            return;
        }

        var how = OAuth1 ? $"OAuth 1.0a ({SignatureMethod})" : "OAuth 2 client credentials";
        if (!ShouldProcess(connection.ServiceUrl.ToString(), $"Connect to OneRoster {Version} with {how} as client '{connection.ClientId}'"))
        {
            connection.Dispose();
            return;
        }

        if (!SkipCheck)
        {
            try
            {
                WriteVerbose($"Checking {connection}: reading one org.");
                connection.Test(StopToken);
            }
            catch (OneRosterApiException e)
            {
                connection.Dispose();
                WriteError(ErrorRecords.ApiUnreadable(connection.ServiceUrl.ToString(), e));
                return;
            }
        }

        WriteObject(connection);
    }
}
