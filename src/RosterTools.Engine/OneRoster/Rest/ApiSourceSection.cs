using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security;
using RosterTools.Naming;
using YamlDotNet.RepresentationModel;

namespace RosterTools.OneRoster.Rest;

/// <summary>
/// The <c>api:</c> section of a source in a config file (a sync config's <c>source: api:</c>): where the provider
/// is and how to authenticate, with the same choices as the CLI's --url options. A config file never holds the
/// secret: <c>clientSecretEnv</c> names the environment variable that does, or the caller gives it (a PSCredential).
/// <code>
/// api:
///   url: https://sis.example.org
///   version: "1.2"                 # 1.1 or 1.2 (default)
///   auth: oauth2                   # oauth2 (default) or oauth1
///   tokenUrl: https://sis.example.org/oauth/token
///   scopes: [...]                  # oauth2; default: each endpoint's own
///   signature: hmac-sha256         # oauth1: hmac-sha256 (default) or hmac-sha1
///   clientId: rostertools-sync
///   clientSecretEnv: ROSTERTOOLS_SIS_SECRET
///   demographics: false
///   pageSize: 1000
///   maxRequests: 8
/// </code>
/// </summary>
public sealed class ApiSourceSection
{
    private static readonly string[] Keys = { "url", "version", "auth", "tokenUrl", "scopes", "signature", "clientId", "clientSecretEnv", "demographics", "pageSize", "maxRequests" };

    private ApiSourceSection(OneRosterConnectionSettings settings, string? secretVariable, bool includeDemographics)
    {
        Settings = settings;
        SecretVariable = secretVariable;
        IncludeDemographics = includeDemographics;
    }

    /// <summary>The connection settings, without the secret.</summary>
    public OneRosterConnectionSettings Settings { get; }

    /// <summary>The environment variable that holds the client secret; null when the caller gives the secret.</summary>
    public string? SecretVariable { get; }

    /// <summary>Whether demographics are read too.</summary>
    public bool IncludeDemographics { get; }

    /// <summary>Reads the section (the value of <c>api:</c>).</summary>
    /// <param name="section">The mapping under <c>api:</c>.</param>
    /// <param name="file">The config file, for the messages.</param>
    /// <exception cref="ApiSourceException">A key is unknown, missing, or has a value that cannot work; the message gives the line and column.</exception>
    public static ApiSourceSection Read(YamlNode section, string file)
    {
        var reader = new Reader(file);
        if (section is not YamlMappingNode map)
        {
            throw reader.Error(section, "'api:' is a mapping: url, clientId, clientSecretEnv, and tokenUrl (OAuth 2) or auth: oauth1.");
        }

        return reader.Section(map);
    }

    /// <summary>Opens the connection, with <paramref name="secret"/> or else the secret in <see cref="SecretVariable"/>.</summary>
    /// <exception cref="ArgumentException">No secret is given and the variable is not set, or the settings cannot work.</exception>
    public OneRosterConnection Connect(SecureString? secret = null)
    {
        if (secret is null && SecretVariable is null)
        {
            throw new ArgumentException("The source's api: section has no clientSecretEnv, and no client secret was given.");
        }

        var fromEnvironment = secret is null ? SecretFromEnvironment(SecretVariable!) : null;
        Settings.ClientSecret = secret ?? fromEnvironment;
        try
        {
            // The connection keeps a copy of its own.
            return OneRosterConnection.Open(Settings);
        }
        finally
        {
            Settings.ClientSecret = null;
            fromEnvironment?.Dispose();
        }
    }

    /// <summary>The secret in an environment variable, straight into a read-only SecureString.</summary>
    /// <exception cref="ArgumentException">The variable is not set or is empty (the message names it, never a value).</exception>
    public static SecureString SecretFromEnvironment(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(text))
        {
            throw new ArgumentException($"The environment variable {variable} is not set or is empty; it should hold the client secret.");
        }

        return Secure(text!);
    }

    /// <summary>Text as a read-only SecureString.</summary>
    public static SecureString Secure(string text)
    {
        var secret = new SecureString();
        foreach (var c in text)
        {
            secret.AppendChar(c);
        }

        secret.MakeReadOnly();
        return secret;
    }

    private sealed class Reader
    {
        private readonly string _file;

        public Reader(string file) => _file = file;

        public ApiSourceSection Section(YamlMappingNode map)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = Scalar(key, "a key");
                if (name is "clientSecret" or "secret" or "password")
                {
                    throw Error(key, $"'{name}' would put the secret in the config file; give clientSecretEnv, the name of the environment variable that holds it.");
                }

                if (!Keys.Contains(name, StringComparer.Ordinal))
                {
                    throw Error(key, $"'{name}' is not a key of api:{Spelling.DidYouMean(name, Keys)}; the keys are {string.Join(", ", Keys)}.");
                }
            }

            var urlNode = Find(map, "url") ?? throw Error(map, "api: needs 'url:', the provider's root URL (https://sis.example.org) or its rostering service URL.");
            var clientIdNode = Find(map, "clientId") ?? throw Error(map, "api: needs 'clientId:', the client id (OAuth 1.0a: the consumer key) the provider issued.");
            var auth = Choice(map, "auth", "oauth2", "oauth1");
            var oauth1 = auth == "oauth1";
            var tokenUrlNode = Find(map, "tokenUrl");
            var scopesNode = Find(map, "scopes");
            var signatureNode = Find(map, "signature");
            if (oauth1 && (tokenUrlNode ?? scopesNode) is { } oauth2Only)
            {
                throw Error(oauth2Only, "tokenUrl and scopes apply to auth: oauth2; OAuth 1.0a signs each request instead.");
            }

            if (!oauth1 && tokenUrlNode is null)
            {
                throw Error(map, "auth: oauth2 (the default) needs 'tokenUrl:', the provider's token endpoint. For OAuth 1.0a signed requests, give auth: oauth1.");
            }

            if (!oauth1 && signatureNode is not null)
            {
                throw Error(signatureNode, "signature applies to auth: oauth1.");
            }

            var versionText = Find(map, "version") is { } versionNode ? Scalar(versionNode, "version") : "1.2";
            if (!OneRosterVersions.TryParse(versionText, out var version))
            {
                throw Error(Find(map, "version")!, $"'{versionText}' is not a OneRoster version; use \"1.1\" or \"1.2\".");
            }

            var settings = new OneRosterConnectionSettings
            {
                BaseUrl = Url(urlNode, "url"),
                Version = version,
                Authentication = oauth1 ? OneRosterAuthentication.OAuth1 : OneRosterAuthentication.OAuth2ClientCredentials,
                ClientId = Scalar(clientIdNode, "clientId"),
                TokenUrl = tokenUrlNode is null ? null : Url(tokenUrlNode, "tokenUrl"),
                Scopes = scopesNode is null ? new List<string>() : List(scopesNode, "scopes"),
                SignatureMethod = Choice(map, "signature", "hmac-sha256", "hmac-sha1") == "hmac-sha1" ? OAuth1SignatureMethod.HmacSha1 : OAuth1SignatureMethod.HmacSha256,
            };
            settings.PageSize = Number(map, "pageSize", settings.PageSize, 1, 100_000);
            settings.MaxConcurrentRequests = Number(map, "maxRequests", settings.MaxConcurrentRequests, 1, 64);
            var secretVariable = Find(map, "clientSecretEnv") is { } secretNode ? Scalar(secretNode, "clientSecretEnv") : null;
            return new ApiSourceSection(settings, secretVariable, Flag(map, "demographics"));
        }

        public ApiSourceException Error(YamlNode node, string problem) => new(_file, (int)node.Start.Line, (int)node.Start.Column, problem);

        private Uri Url(YamlNode node, string key)
        {
            var text = Scalar(node, key);
            return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                ? url
                : throw Error(node, $"{key} '{text}' is not an absolute http(s) URL, such as https://sis.example.org.");
        }

        private string Choice(YamlMappingNode map, string key, params string[] choices)
        {
            if (Find(map, key) is not { } node)
            {
                return choices[0];
            }

            var text = Scalar(node, key).ToLowerInvariant();
            return choices.Contains(text) ? text : throw Error(node, $"{key} '{text}' is unknown; use {string.Join(" or ", choices)}.");
        }

        private int Number(YamlMappingNode map, string key, int fallback, int min, int max)
        {
            if (Find(map, key) is not { } node)
            {
                return fallback;
            }

            var text = Scalar(node, key);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw Error(node, $"{key} '{text}' is not a whole number from {min} to {max:N0}.");
        }

        private bool Flag(YamlMappingNode map, string key)
        {
            if (Find(map, key) is not { } node)
            {
                return false;
            }

            var text = Scalar(node, key);
            return text switch
            {
                "true" => true,
                "false" => false,
                _ => throw Error(node, $"{key} '{text}' is not true or false."),
            };
        }

        private List<string> List(YamlNode node, string key) => node switch
        {
            YamlScalarNode => new List<string> { Scalar(node, key) },
            YamlSequenceNode items => items.Select(item => Scalar(item, key)).ToList(),
            _ => throw Error(node, $"'{key}:' is a list ([a, b])."),
        };

        private string Scalar(YamlNode node, string what) => node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw Error(node, $"{what} must be text, not {(node is YamlSequenceNode ? "a list" : node is YamlMappingNode ? "a mapping" : "empty")}.");

        private static YamlNode? Find(YamlMappingNode map, string key) =>
            map.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode scalar && scalar.Value == key).Value;
    }
}

/// <summary>The <c>api:</c> section of a config file cannot be used: the message says where (file, line, column) and why.</summary>
public sealed class ApiSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ApiSourceException(string file, int line, int column, string problem)
        : base($"{file}({line},{column}): {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The config file.</summary>
    public string File { get; }

    /// <summary>The line (1 for the first).</summary>
    public int Line { get; }

    /// <summary>The column (1 for the first).</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }
}
