using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Buffers;
using RosterTools.OneRoster;

namespace RosterTools.Testing.Loopback;

/// <summary>
/// A stateful OneRoster REST provider on 127.0.0.1 and a free port, for tests and the benchmark. It serves rosters
/// (1.1 at /ims/oneroster/v1p1, 1.2 at /ims/oneroster/rostering/v1p2) with limit/offset paging up to its page size,
/// X-Total-Count, Link headers (offset links, an opaque cursor, or none), filter=dateLastModified, fields=, OAuth 2
/// client credentials (token endpoint /oauth/token, scopes, expiry, revocation mid-read) or OAuth 1.0a
/// (HMAC-SHA256/SHA1, verified independently of the engine), latency, and the faults of <see cref="ProviderFault"/>.
/// Every request is logged.
/// </summary>
public sealed class LoopbackProvider : IDisposable
{
    public const string TokenPath = "/oauth/token";
    private const string BodyKey = "rostertools.body";
    private static readonly Regex FilterPattern = new(@"^\s*dateLastModified\s*(>=|>|<=|<|=)\s*'([^']*)'\s*$", RegexOptions.CultureInvariant);
    private static readonly string[] Common = { "sourcedId", "status", "dateLastModified", "metadata" };
    private static readonly Dictionary<string, string[]> Properties = new(StringComparer.Ordinal)
    {
        ["orgs"] = new[] { "name", "type", "identifier", "parent", "children" },
        ["academicSessions"] = new[] { "title", "startDate", "endDate", "type", "parent", "children", "schoolYear" },
        ["courses"] = new[] { "title", "schoolYear", "courseCode", "grades", "subjects", "org", "subjectCodes", "resources" },
        ["classes"] = new[] { "title", "classCode", "classType", "location", "grades", "subjects", "course", "school", "terms", "subjectCodes", "periods", "resources" },
        ["users.V1_1"] = new[] { "username", "userIds", "enabledUser", "givenName", "familyName", "middleName", "role", "identifier", "email", "sms", "phone", "agents", "orgs", "grades", "password" },
        ["users.V1_2"] = new[] { "userMasterIdentifier", "username", "userIds", "enabledUser", "givenName", "familyName", "middleName", "preferredFirstName", "preferredMiddleName", "preferredLastName", "pronouns", "roles", "userProfiles", "primaryOrg", "identifier", "email", "sms", "phone", "agents", "grades", "password", "resources" },
        ["enrollments"] = new[] { "user", "class", "school", "role", "primary", "beginDate", "endDate" },
        ["demographics"] = new[] { "birthDate", "sex", "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity", "countryOfBirthCode", "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus" },
    };

    private readonly WebApplication _app;
    private readonly ProviderOptions _options;
    private readonly Dictionary<(OneRosterVersion, string), CollectionData> _data = new();
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LoggedRequest> _log = new();
    private readonly OAuth1Verifier _oauth1;
    private int _tokensIssued;

    private LoopbackProvider(ProviderOptions options)
    {
        _options = options;
        _oauth1 = new OAuth1Verifier(options.ClientId, options.ClientSecret, options.SignatureMethods);
        (_app, BaseUrl) = LoopbackHost.Start(HandleAsync);

        foreach (var (version, roster) in options.Rosters)
        {
            var json = new RecordJson(roster, ServiceUrl(version).ToString(), options.Stamp);
            foreach (var entity in new[] { OneRosterEntity.Orgs, OneRosterEntity.AcademicSessions, OneRosterEntity.Courses, OneRosterEntity.Classes, OneRosterEntity.Users, OneRosterEntity.Enrollments, OneRosterEntity.Demographics })
            {
                var name = entity.SpecName();
                _data[(version, name)] = CollectionData.From(name, roster.Records(entity), json, options.Stamp);
            }
        }
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUrl { get; }

    /// <summary>The OAuth 2 token endpoint.</summary>
    public Uri TokenUrl => new(BaseUrl, TokenPath);

    public ProviderOptions Options => _options;

    /// <summary>Every request received so far, in the order they were answered.</summary>
    public IReadOnlyList<LoggedRequest> Requests => _log.ToArray();

    public ProviderStatistics Statistics { get; } = new();

    /// <summary>OAuth 2 tokens issued so far.</summary>
    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    /// <summary>Starts a provider; dispose it to stop.</summary>
    public static LoopbackProvider Start(ProviderOptions options) => new(options);

    /// <summary>The rostering service of a version.</summary>
    public Uri ServiceUrl(OneRosterVersion version) =>
        new(BaseUrl, version == OneRosterVersion.V1_1 ? "ims/oneroster/v1p1" : "ims/oneroster/rostering/v1p2");

    /// <summary>How many records a collection serves now.</summary>
    public int Count(OneRosterVersion version, string collection) => _data[(version, collection)].Snapshot().Count;

    /// <summary>Changes a record: marks it modified at <paramref name="modified"/> and applies <paramref name="change"/> to its JSON.</summary>
    public void Change(OneRosterVersion version, string collection, string sourcedId, DateTime modified, Action<JsonObject>? change = null) =>
        _data[(version, collection)].Change(sourcedId, modified, change ?? (_ => { }));

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if (HttpMethods.IsPost(request.Method) && path == TokenPath)
        {
            await TokenAsync(context);
            return;
        }

        foreach (var version in new[] { OneRosterVersion.V1_1, OneRosterVersion.V1_2 })
        {
            var prefix = "/" + ServiceUrl(version).AbsolutePath.Trim('/') + "/";
            if (HttpMethods.IsGet(request.Method) && path.StartsWith(prefix, StringComparison.Ordinal)
                && _data.TryGetValue((version, path.Substring(prefix.Length)), out var data))
            {
                await CollectionAsync(context, version, data);
                return;
            }
        }

        await StatusAsync(context, 404, "unknownobject", $"No such endpoint: {request.Method} {path}.");
        Log(context, 404);
    }

    private async Task TokenAsync(HttpContext context)
    {
        var request = context.Request;
        string? scope = null;
        var status = 200;
        try
        {
            if (_options.Authentication != ProviderAuthentication.OAuth2)
            {
                status = 404;
                await OAuthErrorAsync(context, 404, "invalid_request", "This provider uses OAuth 1.0a.");
                return;
            }

            if (!BasicCredentials(request.Headers.Authorization.ToString(), out var id, out var secret) || id != _options.ClientId || secret != _options.ClientSecret)
            {
                status = 401;
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"oneroster\"";
                await OAuthErrorAsync(context, 401, "invalid_client", "Unknown client or wrong secret.");
                return;
            }

            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials")
            {
                status = 400;
                await OAuthErrorAsync(context, 400, "unsupported_grant_type", "Only client_credentials is supported.");
                return;
            }

            scope = form["scope"].ToString();
            var scopes = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (scopes.FirstOrDefault(asked => !_options.GrantableScopes.Contains(asked)) is { } refused)
            {
                status = 400;
                await OAuthErrorAsync(context, 400, "invalid_scope", $"The client may not have the scope {refused}.");
                return;
            }

            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
            _tokens[token] = new IssuedToken(new HashSet<string>(scopes, StringComparer.Ordinal), DateTimeOffset.UtcNow + _options.TokenLifetime);
            Interlocked.Increment(ref _tokensIssued);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["access_token"] = token,
                ["token_type"] = "bearer",
                ["expires_in"] = Math.Max(1, (long)Math.Round(_options.TokenLifetime.TotalSeconds)),
                ["scope"] = scope,
            }));
        }
        finally
        {
            Log(context, status, scope);
        }
    }

    private async Task CollectionAsync(HttpContext context, OneRosterVersion version, CollectionData data)
    {
        Statistics.Begin();
        var status = 200;
        try
        {
            if (_options.Latency > TimeSpan.Zero)
            {
                await Task.Delay(_options.Latency, context.RequestAborted);
            }

            if (Authenticate(context, version, data.Name) is { } refusal)
            {
                status = refusal.Status;
                await StatusAsync(context, refusal.Status, refusal.CodeMinor, refusal.Message);
                return;
            }

            if (!Paging(context.Request.Query, out var offset, out var limit, out var problem))
            {
                status = 400;
                await StatusAsync(context, 400, "invaliddata", problem!);
                return;
            }

            var filter = context.Request.Query["filter"].ToString();
            Func<DateTime, bool>? since = null;
            if (filter.Length > 0 && !TryFilter(filter, out since))
            {
                status = 400;
                await StatusAsync(context, 400, "invalid_filter_field", $"The filter '{filter}' is not supported; only dateLastModified comparisons are.");
                return;
            }

            var fields = Fields(context.Request.Query["fields"]);
            var known = Common.Concat(Properties.TryGetValue(data.Name + "." + version, out var own) ? own : Properties[data.Name]).ToHashSet(StringComparer.Ordinal);
            if (fields is not null && (!_options.SupportsFields || fields.Any(field => !known.Contains(field))))
            {
                status = 400;
                await StatusAsync(context, 400, "invalid_selection_field", _options.SupportsFields ? $"Unknown field in '{string.Join(",", fields)}'." : "fields is not supported.");
                return;
            }

            var drop = 0;
            var cut = false;
            foreach (var fault in _options.Faults)
            {
                if (!fault.TryStrike(data.Name, offset))
                {
                    continue;
                }

                switch (fault.Kind)
                {
                    case FaultKind.Status:
                        status = fault.Status;
                        if (fault.RetryAfter is TimeSpan wait)
                        {
                            context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                        }

                        await StatusAsync(context, fault.Status, fault.CodeMinor ?? DefaultCodeMinor(fault.Status), $"Injected fault: HTTP {fault.Status}.");
                        return;
                    case FaultKind.ShortPage:
                        drop += fault.Drop;
                        break;
                    case FaultKind.CutOff:
                        cut = true;
                        break;
                    case FaultKind.Grow:
                        data.Grow();
                        break;
                }
            }

            var records = data.Snapshot();
            IReadOnlyList<ServedRecord> selected = since is null ? records : records.Where(record => since(record.Modified)).ToList();
            var take = Math.Min(limit, _options.MaxPageSize);
            var page = selected.Skip((int)Math.Min(offset, int.MaxValue)).Take(take).ToList();
            if (drop > 0)
            {
                page.RemoveRange(Math.Max(0, page.Count - drop), Math.Min(drop, page.Count));
            }

            if (_options.SendTotalCount && !_options.Uncounted.Contains(data.Name))
            {
                context.Response.Headers["X-Total-Count"] = selected.Count.ToString(CultureInfo.InvariantCulture);
            }

            if (Links(context.Request, offset, take, selected.Count) is { } links)
            {
                context.Response.Headers["Link"] = links;
            }

            await PageAsync(context, data.Name, page, fields, cut, _options.KeepBodies);
        }
        finally
        {
            Statistics.End();
            Log(context, status);
        }
    }

    /// <summary>Null when the request may read the collection; else the status to answer.</summary>
    private (int Status, string CodeMinor, string Message)? Authenticate(HttpContext context, OneRosterVersion version, string collection)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        if (_options.Authentication == ProviderAuthentication.OAuth1)
        {
            var host = request.Host;
            var why = _oauth1.Verify(request.Method, request.Scheme, host.Host, host.Port ?? 80, request.Path.Value ?? "/", request.QueryString.Value ?? string.Empty, authorization.Length == 0 ? null : authorization);
            return why is null ? null : (401, "unauthorisedrequest", "OAuth 1.0a: " + why + ".");
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.TryGetValue(authorization.Substring(7), out var token))
        {
            return (401, "unauthorisedrequest", "No valid bearer token.");
        }

        if (DateTimeOffset.UtcNow >= token.Expires)
        {
            return (401, "unauthorisedrequest", "The token has expired.");
        }

        if (_options.RevokeTokensAfterRequests > 0 && Interlocked.Increment(ref token.Uses) > _options.RevokeTokensAfterRequests)
        {
            return (401, "unauthorisedrequest", "The token has been revoked.");
        }

        var v = version == OneRosterVersion.V1_1 ? "v1p1" : "v1p2";
        var needed = collection == "demographics"
            ? new[] { $"https://purl.imsglobal.org/spec/or/{v}/scope/roster-demographics.readonly" }
            : new[] { $"https://purl.imsglobal.org/spec/or/{v}/scope/roster-core.readonly", $"https://purl.imsglobal.org/spec/or/{v}/scope/roster.readonly" };
        return needed.Any(token.Scopes.Contains) ? null : (403, "forbidden", $"The token's scopes do not include {needed[0]}.");
    }

    private static bool Paging(IQueryCollection query, out long offset, out int limit, out string? problem)
    {
        offset = 0;
        limit = 100;
        problem = null;
        if (query["cursor"].ToString() is { Length: > 0 } cursor)
        {
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(cursor)).Split('|');
            offset = long.Parse(parts[0], CultureInfo.InvariantCulture);
            limit = int.Parse(parts[1], CultureInfo.InvariantCulture);
            return true;
        }

        if (query["limit"].ToString() is { Length: > 0 } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            problem = $"limit '{limitText}' is not a positive integer.";
            return false;
        }

        if (query["offset"].ToString() is { Length: > 0 } offsetText && !long.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            problem = $"offset '{offsetText}' is not a non-negative integer.";
            return false;
        }

        return true;
    }

    private static bool TryFilter(string filter, out Func<DateTime, bool>? test)
    {
        test = null;
        var match = FilterPattern.Match(filter);
        if (!match.Success || !DateTime.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when))
        {
            return false;
        }

        test = match.Groups[1].Value switch
        {
            ">" => modified => modified > when,
            ">=" => modified => modified >= when,
            "<" => modified => modified < when,
            "<=" => modified => modified <= when,
            _ => modified => modified == when,
        };
        return true;
    }

    private static string[]? Fields(Microsoft.Extensions.Primitives.StringValues values)
    {
        var fields = values.SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        return fields.Length == 0 ? null : fields;
    }

    private string? Links(HttpRequest request, long offset, int limit, int total)
    {
        var path = $"{request.Scheme}://{_options.LinkHost ?? request.Host.ToString()}{request.Path}";
        var extra = string.Concat(new[] { "filter", "fields" }.Where(name => request.Query[name].ToString().Length > 0).Select(name => $"&{name}={Uri.EscapeDataString(request.Query[name].ToString())}"));
        switch (_options.Links)
        {
            case LinkStyle.None:
                return null;
            case LinkStyle.Cursor:
                if (offset + limit >= total)
                {
                    return null;
                }

                var cursor = Convert.ToBase64String(Encoding.ASCII.GetBytes((offset + limit).ToString(CultureInfo.InvariantCulture) + "|" + limit.ToString(CultureInfo.InvariantCulture)));
                return $"<{path}?cursor={Uri.EscapeDataString(cursor)}{extra}>; rel=\"next\"";
            default:
                string Link(long at, string rel) => $"<{path}?limit={limit}&offset={at}{extra}>; rel=\"{rel}\"";
                var links = new List<string>();
                if (offset + limit < total)
                {
                    links.Add(Link(offset + limit, "next"));
                }

                links.Add(Link(Math.Max(0, (total - 1) / limit * limit), "last"));
                links.Add(Link(0, "first"));
                if (offset > 0)
                {
                    links.Add(Link(Math.Max(0, offset - limit), "prev"));
                }

                return string.Join(", ", links);
        }
    }

    private static async Task PageAsync(HttpContext context, string collection, List<ServedRecord> page, string[]? fields, bool cut, bool keep)
    {
        var records = fields is null ? page.Select(record => record.Json).ToList() : page.Select(record => Project(record.Json, fields)).ToList();
        var prefix = Encoding.UTF8.GetBytes("{\"" + collection + "\":[");
        var length = prefix.Length + 2 + records.Sum(json => (long)json.Length) + Math.Max(0, records.Count - 1);
        var response = context.Response;
        response.ContentType = "application/json";
        response.ContentLength = length;
        var writer = response.BodyWriter;
        long written = 0;
        var kept = keep ? new System.IO.MemoryStream() : null;
        void Write(ReadOnlySpan<byte> bytes)
        {
            writer.Write(bytes);
            kept?.Write(bytes);
            written += bytes.Length;
        }

        Write(prefix);
        for (var i = 0; i < records.Count; i++)
        {
            if (i > 0)
            {
                Write(","u8);
            }

            Write(records[i]);
            if (cut && written > length / 2)
            {
                await writer.FlushAsync();
                context.Abort();
                return;
            }
        }

        Write("]}"u8);
        await writer.FlushAsync();
        if (kept is not null)
        {
            context.Items[BodyKey] = kept.ToArray();
        }
    }

    private static byte[] Project(byte[] json, string[] fields)
    {
        var source = JsonNode.Parse(json)!.AsObject();
        var projected = new JsonObject();
        foreach (var field in fields)
        {
            if (source.TryGetPropertyValue(field, out var value))
            {
                projected[field] = value?.DeepClone();
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(projected);
    }

    private static async Task StatusAsync(HttpContext context, int status, string codeMinor, string description)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["imsx_codeMajor"] = "failure",
            ["imsx_severity"] = "error",
            ["imsx_description"] = description,
            ["imsx_CodeMinor"] = new Dictionary<string, object>
            {
                ["imsx_codeMinorField"] = new[] { new Dictionary<string, string> { ["imsx_codeMinorFieldName"] = "TargetEndSystem", ["imsx_codeMinorFieldValue"] = codeMinor } },
            },
        });
        context.Items[BodyKey] = body;
        await context.Response.Body.WriteAsync(body);
    }

    private static async Task OAuthErrorAsync(HttpContext context, int status, string error, string description)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }));
    }

    private static string DefaultCodeMinor(int status) => status switch
    {
        401 => "unauthorisedrequest",
        403 => "forbidden",
        404 => "unknownobject",
        429 or 503 => "server_busy",
        >= 500 => "internal_server_error",
        _ => "invaliddata",
    };

    /// <summary>Reads HTTP Basic client credentials, each side form-decoded as RFC 6749 section 2.3.1 has it.</summary>
    private static bool BasicCredentials(string header, out string id, out string secret)
    {
        id = secret = string.Empty;
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        id = Uri.UnescapeDataString(text.Substring(0, colon).Replace('+', ' '));
        secret = Uri.UnescapeDataString(text.Substring(colon + 1).Replace('+', ' '));
        return true;
    }

    private void Log(HttpContext context, int status, string? scope = null)
    {
        var request = context.Request;
        var query = request.Query.SelectMany(entry => entry.Value.Select(value => new KeyValuePair<string, string>(entry.Key, value ?? string.Empty))).ToList();
        var authorization = request.Headers.Authorization.ToString();
        var scheme = authorization.Length == 0 ? null : authorization.Split(' ')[0];
        var body = _options.KeepBodies && context.Items.TryGetValue(BodyKey, out var kept) ? (byte[]?)kept : null;
        _log.Enqueue(new LoggedRequest(request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? string.Empty, query, scheme, status, scope, body));
    }

    /// <summary>A host lifetime that waits for nothing and listens to no signal.</summary>
    private sealed record IssuedToken(HashSet<string> Scopes, DateTimeOffset Expires)
    {
        public int Uses;
    }
}
