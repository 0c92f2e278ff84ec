using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster.Rest;
using RosterTools.Targets;
using RosterTools.Targets.Scim;
using YamlDotNet.RepresentationModel;

namespace RosterTools.Sync;

/// <summary>
/// <c>target: scim:</c>, a SCIM 2.0 app (or Entra's API-driven provisioning, <c>mode: entraBulkUpload</c>). Secrets
/// come from environment variables the settings name, never from the file:
/// <code>
/// target:
///   scim:
///     url: https://app.example.com/scim/v2
///     tokenEnv: ROSTERTOOLS_SCIM_TOKEN        # a bearer token; or OAuth 2 client credentials:
///     # tokenUrl: https://app.example.com/oauth/token
///     # clientId: rostertools
///     # clientSecretEnv: ROSTERTOOLS_SCIM_SECRET
///     # scopes: [scim]
///     userName: userPrincipalName             # or username
///     mode: scim                              # or entraBulkUpload
///     sendPassword: false
///     pageSize: 100
///     maxRequests: 4
/// </code>
/// </summary>
internal sealed class ScimTargetKind : ISyncTargetKind
{
    private static readonly string[] Keys = { "url", "mode", "tokenEnv", "tokenUrl", "clientId", "clientSecretEnv", "scopes", "userName", "sendPassword", "pageSize", "maxRequests" };

    public string Name => "scim";

    public void Check(TargetConfig target, ConfigYaml yaml) => Read(target, yaml);

    public IDirectoryTarget Open(SyncConfig config)
    {
        var (settings, tokenVariable, secretVariable) = Read(config.Target, new ConfigYaml(config.File));
        settings.BearerToken = tokenVariable is null ? null : ApiSourceSection.SecretFromEnvironment(tokenVariable);
        settings.ClientSecret = secretVariable is null ? null : ApiSourceSection.SecretFromEnvironment(secretVariable);
        return ScimTarget.Open(settings);
    }

    private static (ScimTargetSettings Settings, string? TokenVariable, string? SecretVariable) Read(TargetConfig target, ConfigYaml yaml)
    {
        if (target.Settings is null)
        {
            throw new SyncConfigException(yaml.File, target.Line, 1, "target: scim: needs url and tokenEnv (or tokenUrl, clientId and clientSecretEnv).");
        }

        var keys = yaml.Keys(target.Settings, Keys, "target: scim");
        var settings = new ScimTargetSettings { BaseUrl = yaml.Url(yaml.Required(target.Settings, keys, "url", "url: https://app.example.com/scim/v2")) };
        string? tokenVariable = null;
        string? secretVariable = null;
        foreach (var pair in keys)
        {
            switch (pair.Key)
            {
                case "mode": settings.Mode = yaml.Word(pair.Value, "scim", "entraBulkUpload") == "scim" ? ScimMode.Scim : ScimMode.EntraBulkUpload; break;
                case "tokenEnv": tokenVariable = yaml.SecretVariable(pair.Value); break;
                case "tokenUrl": settings.TokenUrl = yaml.Url(pair.Value); break;
                case "clientId": settings.ClientId = yaml.Text(pair.Value); break;
                case "clientSecretEnv": secretVariable = yaml.SecretVariable(pair.Value); break;
                case "scopes": settings.Scopes = Scopes(pair.Value, yaml); break;
                case "userName": settings.UserName = yaml.Word(pair.Value, "userPrincipalName", "username") == "username" ? ScimUserName.Username : ScimUserName.UserPrincipalName; break;
                case "sendPassword": settings.SendPassword = yaml.Boolean(pair.Value); break;
                case "pageSize": settings.PageSize = yaml.Integer(pair.Value, 1, 1000); break;
                case "maxRequests": settings.MaxConcurrentRequests = yaml.Integer(pair.Value, 1, 64); break;
            }
        }

        var oauth = settings.TokenUrl is not null || settings.ClientId is not null || secretVariable is not null;
        if (tokenVariable is not null == oauth)
        {
            throw yaml.Error(target.Settings, oauth
                ? "target: scim: give either tokenEnv (a bearer token) or tokenUrl, clientId and clientSecretEnv (OAuth 2), not both."
                : "target: scim: needs tokenEnv (the environment variable holding a bearer token), or tokenUrl, clientId and clientSecretEnv (OAuth 2).");
        }

        if (oauth && (settings.TokenUrl is null || settings.ClientId is null || secretVariable is null))
        {
            throw yaml.Error(target.Settings, "target: scim: OAuth 2 needs tokenUrl, clientId and clientSecretEnv.");
        }

        return (settings, tokenVariable, secretVariable);
    }

    private static IList<string> Scopes(YamlNode node, ConfigYaml yaml) => node is YamlSequenceNode list
        ? list.Children.Select(yaml.Text).ToList()
        : new List<string> { yaml.Text(node) };
}
