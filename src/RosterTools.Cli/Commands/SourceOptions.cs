using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using System.Security;
using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest;
using RosterTools.Validation;

namespace RosterTools.Cli.Commands;

/// <summary>
/// Where import and validate read from: a bundle (the path argument), or a OneRoster REST provider (--url and the
/// options that say how to authenticate). The client secret is never taken from the command line, where it would
/// be in the shell's history and in the process list: it comes from an environment variable or from stdin.
/// </summary>
internal sealed class SourceOptions
{
    public const string ApiUsage = "--url URL [--version 1.1|1.2] --client-id ID (--client-secret-env NAME | --client-secret-stdin) "
        + "[--auth oauth2 --token-url URL [--scope S]... | --auth oauth1 [--signature hmac-sha256|hmac-sha1]] [--since TIME] [--demographics]";

    private SourceOptions()
    {
    }

    public Argument<string?> Path { get; } = new("path")
    {
        Description = "The OneRoster bundle: a folder or a .zip file (read in place, never extracted to disk). Leave it out with --url.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<Uri?> Url { get; } = new("--url")
    {
        Description = "Read from a OneRoster REST provider instead of a bundle: its root URL (https://sis.example.org) or its rostering service URL.",
        HelpName = "url",
        CustomParser = result => ParseUrl(result, "--url"),
    };

    public Option<OneRosterVersion> Version { get; } = new("--version")
    {
        Description = "With --url: the OneRoster version the provider serves. Default: 1.2.",
        HelpName = "1.1|1.2",
        DefaultValueFactory = _ => OneRosterVersion.V1_2,
        CustomParser = ParseVersion,
    };

    public Option<string?> ClientId { get; } = new("--client-id") { Description = "With --url: the client id (OAuth 1.0a: the consumer key).", HelpName = "id" };

    public Option<string?> SecretVariable { get; } = new("--client-secret-env")
    {
        Description = "With --url: the name of the environment variable that holds the client secret (OAuth 1.0a: the consumer secret).",
        HelpName = "NAME",
    };

    public Option<bool> SecretStdin { get; } = new("--client-secret-stdin") { Description = "With --url: read the client secret from the first line of stdin instead." };

    public Option<string> Auth { get; } = Choice("--auth", "With --url: oauth2 (client credentials, the default) or oauth1 (OAuth 1.0a signed requests).", "oauth2", "oauth1");

    public Option<Uri?> TokenUrl { get; } = new("--token-url")
    {
        Description = "With --auth oauth2: the provider's token endpoint.",
        HelpName = "url",
        CustomParser = result => ParseUrl(result, "--token-url"),
    };

    public Option<string[]> Scopes { get; } = new("--scope")
    {
        Description = "With --auth oauth2: a scope to ask for (repeat for more). Default: each endpoint's own (roster-core.readonly, roster-demographics.readonly).",
        HelpName = "scope",
    };

    public Option<string> Signature { get; } = Choice("--signature", "With --auth oauth1: hmac-sha256 (the default) or hmac-sha1.", "hmac-sha256", "hmac-sha1");

    public Option<DateTimeOffset?> Since { get; } = new("--since")
    {
        Description = "With --url: read only what changed after this time (ISO 8601; UTC unless it gives an offset). The collections are then a delta.",
        HelpName = "time",
        CustomParser = ParseSince,
    };

    public Option<bool> Demographics { get; } = new("--demographics") { Description = "With --url: also read demographics (the scope roster-demographics.readonly)." };

    public Option<int> PageSize { get; } = new("--page-size") { Description = "With --url: records asked for per page. Default: 1000.", HelpName = "n", DefaultValueFactory = _ => 1000 };

    public Option<int> MaxRequests { get; } = new("--max-requests") { Description = "With --url: the most requests in flight at once. Default: 8.", HelpName = "n", DefaultValueFactory = _ => 8 };

    public static SourceOptions AddTo(Command command)
    {
        var options = new SourceOptions();
        command.Arguments.Add(options.Path);
        foreach (var option in new Option[] { options.Url, options.Version, options.ClientId, options.SecretVariable, options.SecretStdin, options.Auth, options.TokenUrl, options.Scopes, options.Signature, options.Since, options.Demographics, options.PageSize, options.MaxRequests })
        {
            command.Options.Add(option);
        }

        return options;
    }

    /// <summary>The source the arguments name.</summary>
    /// <exception cref="UsageException">Neither or both of a path and --url, or --url without what it needs (exit code 2).</exception>
    public Source Resolve(ParseResult parse, CliContext cli)
    {
        var path = parse.GetValue(Path);
        var url = parse.GetValue(Url);
        var command = parse.CommandResult.Command.Name;
        var apiOnly = new Option[] { Version, ClientId, SecretVariable, SecretStdin, Auth, TokenUrl, Scopes, Signature, Since, Demographics, PageSize, MaxRequests };
        if (url is null)
        {
            if (path is null)
            {
                throw new UsageException($"Give a bundle path, or --url and its options to read a REST provider. Run 'rostertools {command} --help' for usage.");
            }

            if (apiOnly.FirstOrDefault(option => parse.GetResult(option) is { Implicit: false }) is { } stray)
            {
                throw new UsageException($"{stray.Name} applies only with --url. Run 'rostertools {command} --help' for usage.");
            }

            return Source.Bundle(path);
        }

        if (path is not null)
        {
            throw new UsageException($"Give either a bundle path or --url, not both. Run 'rostertools {command} --help' for usage.");
        }

        var oauth1 = parse.GetValue(Auth) == "oauth1";
        var clientId = parse.GetValue(ClientId);
        var tokenUrl = parse.GetValue(TokenUrl);
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new UsageException($"--url needs --client-id. Usage: {ApiUsage}");
        }

        if (oauth1 && (tokenUrl is not null || parse.GetValue(Scopes)?.Length > 0))
        {
            throw new UsageException("--token-url and --scope apply to --auth oauth2; OAuth 1.0a signs each request instead.");
        }

        if (!oauth1 && tokenUrl is null)
        {
            throw new UsageException("--auth oauth2 (the default) needs --token-url, the provider's token endpoint. For OAuth 1.0a signed requests, give --auth oauth1.");
        }

        if (!oauth1 && parse.GetResult(Signature) is { Implicit: false })
        {
            throw new UsageException("--signature applies to --auth oauth1.");
        }

        var settings = new OneRosterConnectionSettings
        {
            BaseUrl = url,
            Version = parse.GetValue(Version),
            Authentication = oauth1 ? OneRosterAuthentication.OAuth1 : OneRosterAuthentication.OAuth2ClientCredentials,
            ClientId = clientId,
            ClientSecret = Secret(parse, cli),
            TokenUrl = tokenUrl,
            Scopes = (parse.GetValue(Scopes) ?? Array.Empty<string>()).ToList(),
            SignatureMethod = parse.GetValue(Signature) == "hmac-sha1" ? OAuth1SignatureMethod.HmacSha1 : OAuth1SignatureMethod.HmacSha256,
            PageSize = parse.GetValue(PageSize),
            MaxConcurrentRequests = parse.GetValue(MaxRequests),
        };

        try
        {
            var options = new RestImportOptions { Since = parse.GetValue(Since)?.UtcDateTime, IncludeDemographics = parse.GetValue(Demographics) };
            return Source.Api(OneRosterConnection.Open(settings), options);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The secret from the environment variable or stdin, straight into a SecureString.</summary>
    private SecureString Secret(ParseResult parse, CliContext cli)
    {
        var variable = parse.GetValue(SecretVariable);
        var stdin = parse.GetValue(SecretStdin);
        if ((variable is null) == !stdin)
        {
            throw new UsageException("Give the client secret with exactly one of --client-secret-env NAME (an environment variable) or --client-secret-stdin; it is never taken on the command line.");
        }

        try
        {
            if (variable is not null)
            {
                return ApiSourceSection.SecretFromEnvironment(variable);
            }
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var text = Console.In.ReadLine();
        if (string.IsNullOrEmpty(text))
        {
            throw new UsageException("No client secret on stdin: --client-secret-stdin reads it from the first line.");
        }

        return ApiSourceSection.Secure(text!);
    }

    /// <summary>An option that takes one of <paramref name="choices"/> in any case; the first is the default.</summary>
    private static Option<string> Choice(string name, string description, params string[] choices) => new(name)
    {
        Description = description,
        HelpName = string.Join("|", choices),
        DefaultValueFactory = _ => choices[0],
        CustomParser = result => ParseChoice(result, name, choices),
    };

    private static Uri? ParseUrl(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        result.AddError($"{name} '{text}' is not an absolute http(s) URL, such as https://sis.example.org.");
        return null;
    }

    private static OneRosterVersion ParseVersion(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (OneRosterVersions.TryParse(text, out var version))
        {
            return version;
        }

        result.AddError($"Unknown --version '{text}'. Use 1.1 or 1.2.");
        return OneRosterVersion.V1_2;
    }

    private static string ParseChoice(ArgumentResult result, string name, params string[] choices)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.ToLowerInvariant() : string.Empty;
        if (choices.Contains(text))
        {
            return text;
        }

        result.AddError($"Unknown {name} '{text}'. Use {string.Join(" or ", choices)}.");
        return choices[0];
    }

    private static DateTimeOffset? ParseSince(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            return since;
        }

        result.AddError($"--since '{text}' is not a date and time; give ISO 8601, such as 2026-08-24T02:00:00Z.");
        return null;
    }
}

/// <summary>A bundle path or a REST connection, read the same way by import and validate.</summary>
internal sealed class Source : IDisposable
{
    private readonly OneRosterConnection? _connection;
    private readonly RestImportOptions? _options;

    private Source(string name, OneRosterConnection? connection, RestImportOptions? options)
    {
        Name = name;
        _connection = connection;
        _options = options;
    }

    /// <summary>The bundle's path, or the provider's service URL.</summary>
    public string Name { get; }

    /// <summary>"bundle 'path'" or "REST provider 'url'".</summary>
    public string Describe => (_connection is null ? "bundle" : "REST provider") + $" '{Name}'";

    public static Source Bundle(string path) => new(path, null, null);

    public static Source Api(OneRosterConnection connection, RestImportOptions options) => new(connection.ServiceUrl.ToString(), connection, options);

    /// <summary>Reads and validates the whole roster.</summary>
    public Roster Read(bool strict, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) => _connection is null
        ? OneRosterReader.Read(Name, new ImportOptions { Strict = strict, Progress = progress }, cancellationToken)
        : OneRosterApiReader.Read(_connection, With(strict, progress), cancellationToken);

    /// <summary>Streams one collection.</summary>
    public EntityStream Open(OneRosterEntity entity, FindingCollection findings, IProgress<ImportProgress>? progress, bool includeDerivedRoles, CancellationToken cancellationToken) => _connection is null
        ? OneRosterReader.OpenEntity(Name, entity, findings, new ImportOptions { Progress = progress }, includeDerivedRoles, cancellationToken)
        : OneRosterApiReader.OpenEntity(_connection, entity, findings, With(strict: false, progress), includeDerivedRoles, cancellationToken);

    public void Dispose() => _connection?.Dispose();

    private RestImportOptions With(bool strict, IProgress<ImportProgress>? progress) =>
        new() { Strict = strict, Progress = progress, Since = _options!.Since, IncludeDemographics = _options.IncludeDemographics };
}
