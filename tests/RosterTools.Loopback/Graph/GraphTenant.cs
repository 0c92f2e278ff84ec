using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RosterTools.Testing.Loopback.Graph;

/// <summary>
/// The fake's tenant: users (live and deleted), groups with members and owners, administrative units, subscribed
/// SKUs. Enforces what Graph enforces and what clients trip over: unique userPrincipalName (deleted users still
/// hold theirs), required properties of a new user and group, at most 20 references in members@odata.bind and
/// the failure of the whole PATCH when one of them is already a member, a usage location before a licence.
/// One lock: the fake is for correctness, not for speed.
/// </summary>
public sealed class GraphTenant
{
    public const string AlreadyExists = "One or more added object references already exist for the following modified properties: 'members'.";
    private static readonly Regex Equal = new(@"^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Function = new(@"^\s*(startswith|endswith)\s*\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly object _gate = new();
    private readonly List<JsonObject> _users = new();
    private readonly List<JsonObject> _deleted = new();
    private readonly Dictionary<string, JsonObject> _liveById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonObject> _liveByUpn = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonObject> _deletedByUpn = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeGroup> _groups = new();
    private readonly List<FakeGroup> _units = new();
    private readonly Dictionary<string, string> _skus = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _creates = new(StringComparer.OrdinalIgnoreCase);
    private int _largestBind;
    private int _bindRefusals;
    private int _revocations;

    private readonly int _maxPageSize;

    public GraphTenant(IEnumerable<string> skus, int maxPageSize)
    {
        _maxPageSize = maxPageSize;
        foreach (var sku in skus)
        {
            _skus[sku] = IdOf("sku:" + sku);
        }
    }

    /// <summary>How many users were created with each userPrincipalName (more than one would be a duplicate).</summary>
    public IReadOnlyDictionary<string, int> Creates
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_creates, StringComparer.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>The most references one members@odata.bind held.</summary>
    public int LargestBind => _largestBind;

    /// <summary>members@odata.bind PATCHes refused as a whole.</summary>
    public int BindRefusals => _bindRefusals;

    public int Revocations => _revocations;

    /// <summary>A copy of the live users.</summary>
    public IReadOnlyList<JsonObject> Users
    {
        get
        {
            lock (_gate)
            {
                return _users.Select(user => (JsonObject)user.DeepClone()).ToList();
            }
        }
    }

    /// <summary>A copy of the deleted users.</summary>
    public IReadOnlyList<JsonObject> DeletedUsers
    {
        get
        {
            lock (_gate)
            {
                return _deleted.Select(user => (JsonObject)user.DeepClone()).ToList();
            }
        }
    }

    public IReadOnlyList<string> GroupNames
    {
        get
        {
            lock (_gate)
            {
                return _groups.Select(group => group.Name).ToList();
            }
        }
    }

    public string SkuId(string partNumber) => _skus[partNumber];

    /// <summary>Adds a user as if it had been made before; returns its id.</summary>
    public string AddUser(string userPrincipalName, string? employeeId, string? displayName = null, bool enabled = true, string? usageLocation = "US")
    {
        var user = new JsonObject
        {
            ["id"] = IdOf("user:" + userPrincipalName),
            ["userPrincipalName"] = userPrincipalName,
            ["mailNickname"] = userPrincipalName.Split('@')[0],
            ["displayName"] = displayName ?? userPrincipalName,
            ["accountEnabled"] = enabled,
            ["employeeId"] = employeeId,
            ["usageLocation"] = usageLocation,
            ["assignedLicenses"] = new JsonArray(),
        };
        lock (_gate)
        {
            AddLive(user);
        }

        return user["id"]!.GetValue<string>();
    }

    /// <summary>Deletes a user (soft).</summary>
    public void DeleteUser(string id)
    {
        lock (_gate)
        {
            Remove(_liveById[id]);
        }
    }

    public string AddGroup(string name)
    {
        var group = new FakeGroup(IdOf("group:" + name), name);
        lock (_gate)
        {
            _groups.Add(group);
        }

        return group.Id;
    }

    public string AddAdministrativeUnit(string name)
    {
        var unit = new FakeGroup(IdOf("unit:" + name), name);
        lock (_gate)
        {
            _units.Add(unit);
        }

        return unit.Id;
    }

    /// <summary>The userPrincipalNames of a group's members (or owners).</summary>
    public IReadOnlyList<string> MembersOf(string group, bool owners = false)
    {
        lock (_gate)
        {
            var found = _groups.FirstOrDefault(candidate => string.Equals(candidate.Name, group, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                return Array.Empty<string>();
            }

            var ids = owners ? found.Owners : found.Members;
            return _users.Where(user => ids.Contains(Id(user))).Select(user => user["userPrincipalName"]!.GetValue<string>()).ToList();
        }
    }

    public IReadOnlyList<string> MembersOfUnit(string unit)
    {
        lock (_gate)
        {
            var found = _units.First(candidate => candidate.Name == unit);
            return _users.Where(user => found.Members.Contains(Id(user))).Select(user => user["userPrincipalName"]!.GetValue<string>()).ToList();
        }
    }

    /// <summary>Carries out one request; <paramref name="path"/> is relative to /v1.0, <paramref name="query"/> decoded.</summary>
    internal GraphAnswer Execute(string method, string path, IReadOnlyDictionary<string, string> query, JsonObject? body, Func<string, string> nextLink)
    {
        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        lock (_gate)
        {
            try
            {
                return Route(method.ToUpperInvariant(), segments, query, body, nextLink);
            }
            catch (FilterException e)
            {
                return GraphAnswer.BadRequest(e.Message);
            }
        }
    }

    private GraphAnswer Route(string method, string[] s, IReadOnlyDictionary<string, string> query, JsonObject? body, Func<string, string> nextLink)
    {
        switch (s)
        {
            case ["users"] when method == "GET": return Page(Filter(_users, query), query, nextLink);
            case ["users"] when method == "POST": return CreateUser(body);
            case ["users", var key] when method == "GET": return FindUser(key) is { } user ? new GraphAnswer(200, Select(user, query)) : GraphAnswer.NotFound(key);
            case ["users", var key] when method == "PATCH": return PatchUser(key, body);
            case ["users", var key] when method == "DELETE":
                if (FindUser(key) is not { } gone)
                {
                    return GraphAnswer.NotFound(key);
                }

                Remove(gone);
                return new GraphAnswer(204);
            case ["users", var key, "revokeSignInSessions"] when method == "POST":
                if (FindUser(key) is null)
                {
                    return GraphAnswer.NotFound(key);
                }

                _revocations++;
                return new GraphAnswer(200, new JsonObject { ["value"] = true });
            case ["users", var key, "assignLicense"] when method == "POST": return AssignLicense(key, body);
            case ["subscribedSkus"] when method == "GET":
                return Page(_skus.Select(sku => new JsonObject { ["skuId"] = sku.Value, ["skuPartNumber"] = sku.Key, ["capabilityStatus"] = "Enabled" }).ToList(), query, nextLink);
            case ["groups"] when method == "GET": return Page(Filter(_groups.Select(group => group.ToJson()).ToList(), query), query, nextLink);
            case ["groups"] when method == "POST": return CreateGroup(body);
            case ["groups", var id] when method == "PATCH": return Bind(id, body);
            case ["groups", var id, var relation] when method == "GET" && relation is "members" or "owners": return ListMembers(_groups, id, relation, query, nextLink);
            case ["groups", var id, var relation, "microsoft.graph.user"] when method == "GET" && relation is "members" or "owners": return ListMembers(_groups, id, relation, query, nextLink);
            case ["groups", var id, var relation, "$ref"] when method == "POST" && relation is "members" or "owners": return AddReference(_groups, id, relation, body);
            case ["groups", var id, var relation, var member, "$ref"] when method == "DELETE" && relation is "members" or "owners": return RemoveReference(_groups, id, relation, member);
            case ["directory", "deletedItems", "microsoft.graph.user"] when method == "GET": return Page(Filter(_deleted, query), query, nextLink);
            case ["directory", "deletedItems", var id, "restore"] when method == "POST": return Restore(id);
            case ["directory", "administrativeUnits"] when method == "GET": return Page(_units.Select(unit => unit.ToJson()).ToList(), query, nextLink);
            case ["directory", "administrativeUnits", var id, "members"] when method == "GET": return ListMembers(_units, id, "members", query, nextLink);
            case ["directory", "administrativeUnits", var id, "members", "microsoft.graph.user"] when method == "GET": return ListMembers(_units, id, "members", query, nextLink);
            case ["directory", "administrativeUnits", var id, "members", "$ref"] when method == "POST": return AddReference(_units, id, "members", body);
            case ["directory", "administrativeUnits", var id, "members", var member, "$ref"] when method == "DELETE": return RemoveReference(_units, id, "members", member);
            default:
                return GraphAnswer.Error(400, "BadRequest", $"Resource not found for the segment '{string.Join("/", s)}' ({method}).");
        }
    }

    private GraphAnswer CreateUser(JsonObject? body)
    {
        if (body is null)
        {
            return GraphAnswer.BadRequest("The request body is missing.");
        }

        foreach (var required in new[] { "accountEnabled", "displayName", "mailNickname", "userPrincipalName" })
        {
            if (body[required] is null)
            {
                return GraphAnswer.BadRequest($"Property '{required}' is required when creating the object.");
            }
        }

        if (body["passwordProfile"]?["password"]?.GetValue<string>() is not { Length: >= 8 })
        {
            return GraphAnswer.BadRequest("Property 'passwordProfile' is required and its password must meet the complexity requirements.");
        }

        var upn = body["userPrincipalName"]!.GetValue<string>();
        if (UpnTaken(upn, null))
        {
            return GraphAnswer.BadRequest("Another object with the same value for property userPrincipalName already exists.", "ObjectConflict");
        }

        var user = (JsonObject)body.DeepClone();
        user.Remove("passwordProfile");
        user["id"] = IdOf("user:" + upn + ":" + Guid.NewGuid());
        user["assignedLicenses"] = new JsonArray();
        AddLive(user);
        _creates[upn] = _creates.TryGetValue(upn, out var count) ? count + 1 : 1;
        return new GraphAnswer(201, user.DeepClone());
    }

    private GraphAnswer PatchUser(string key, JsonObject? body)
    {
        if (FindUser(key) is not { } user)
        {
            return GraphAnswer.NotFound(key);
        }

        if (body?["userPrincipalName"]?.GetValue<string>() is { } upn && UpnTaken(upn, Id(user)))
        {
            return GraphAnswer.BadRequest("Another object with the same value for property userPrincipalName already exists.", "ObjectConflict");
        }

        _liveByUpn.Remove(Upn(user));
        foreach (var property in body ?? new JsonObject())
        {
            if (property.Key != "passwordProfile")
            {
                user[property.Key] = property.Value?.DeepClone();
            }
        }

        _liveByUpn[Upn(user)] = user;

        return new GraphAnswer(204);
    }

    private GraphAnswer AssignLicense(string key, JsonObject? body)
    {
        if (FindUser(key) is not { } user)
        {
            return GraphAnswer.NotFound(key);
        }

        var assigned = (JsonArray)user["assignedLicenses"]!;
        var adds = (body?["addLicenses"] as JsonArray ?? new JsonArray()).Select(add => add?["skuId"]?.GetValue<string>()).ToList();
        var removes = (body?["removeLicenses"] as JsonArray ?? new JsonArray()).Select(remove => remove?.GetValue<string>()).ToList();
        foreach (var sku in adds.Concat(removes))
        {
            if (sku is null || !_skus.ContainsValue(sku))
            {
                return GraphAnswer.BadRequest($"Subscription {sku} does not exist for this tenant.");
            }
        }

        if (adds.Count > 0 && string.IsNullOrEmpty(user["usageLocation"]?.GetValue<string>()))
        {
            return GraphAnswer.BadRequest("License assignment cannot be done for user with invalid usage location.");
        }

        foreach (var sku in removes)
        {
            if (!assigned.Any(license => license?["skuId"]?.GetValue<string>() == sku))
            {
                return GraphAnswer.BadRequest("User does not have a corresponding license.");
            }
        }

        foreach (var sku in removes)
        {
            assigned.Remove(assigned.First(license => license?["skuId"]?.GetValue<string>() == sku));
        }

        foreach (var sku in adds)
        {
            if (!assigned.Any(license => license?["skuId"]?.GetValue<string>() == sku))
            {
                assigned.Add(new JsonObject { ["skuId"] = sku, ["disabledPlans"] = new JsonArray() });
            }
        }

        return new GraphAnswer(200, user.DeepClone());
    }

    private GraphAnswer CreateGroup(JsonObject? body)
    {
        foreach (var required in new[] { "displayName", "mailNickname", "mailEnabled", "securityEnabled" })
        {
            if (body?[required] is null)
            {
                return GraphAnswer.BadRequest($"Property '{required}' is required when creating the object.");
            }
        }

        var group = new FakeGroup(IdOf("group:" + Guid.NewGuid()), body!["displayName"]!.GetValue<string>());
        _groups.Add(group);
        return new GraphAnswer(201, group.ToJson());
    }

    /// <summary>members@odata.bind: at most 20; all or nothing.</summary>
    private GraphAnswer Bind(string id, JsonObject? body)
    {
        if (_groups.FirstOrDefault(group => group.Id == id) is not { } group)
        {
            return GraphAnswer.NotFound(id);
        }

        if (body?["members@odata.bind"] is not JsonArray references)
        {
            return GraphAnswer.BadRequest("Only members@odata.bind is supported by this fake.");
        }

        _largestBind = Math.Max(_largestBind, references.Count);
        if (references.Count > 20)
        {
            _bindRefusals++;
            return GraphAnswer.BadRequest($"Unable to add more than 20 references in a single request; this one has {references.Count}.");
        }

        var ids = new List<string>();
        foreach (var reference in references)
        {
            var memberId = reference?.GetValue<string>().Split('/').Last();
            if (memberId is null || !_liveById.ContainsKey(memberId))
            {
                _bindRefusals++;
                return GraphAnswer.NotFound(memberId ?? "(null)");
            }

            if (group.Members.Contains(memberId))
            {
                _bindRefusals++;
                return GraphAnswer.BadRequest(AlreadyExists);
            }

            ids.Add(memberId);
        }

        group.Members.UnionWith(ids);
        return new GraphAnswer(204);
    }

    private GraphAnswer ListMembers(List<FakeGroup> groups, string id, string relation, IReadOnlyDictionary<string, string> query, Func<string, string> nextLink)
    {
        if (groups.FirstOrDefault(group => group.Id == id) is not { } found)
        {
            return GraphAnswer.NotFound(id);
        }

        var ids = relation == "owners" ? found.Owners : found.Members;
        return Page(_users.Where(user => ids.Contains(Id(user))).ToList(), query, nextLink);
    }

    private GraphAnswer AddReference(List<FakeGroup> groups, string id, string relation, JsonObject? body)
    {
        if (groups.FirstOrDefault(group => group.Id == id) is not { } found)
        {
            return GraphAnswer.NotFound(id);
        }

        var memberId = body?["@odata.id"]?.GetValue<string>().Split('/').Last();
        if (memberId is null || !_liveById.ContainsKey(memberId))
        {
            return GraphAnswer.NotFound(memberId ?? "(null)");
        }

        var ids = relation == "owners" ? found.Owners : found.Members;
        return ids.Add(memberId) ? new GraphAnswer(204) : GraphAnswer.BadRequest(AlreadyExists.Replace("'members'", "'" + relation + "'"));
    }

    private static GraphAnswer RemoveReference(List<FakeGroup> groups, string id, string relation, string member)
    {
        if (groups.FirstOrDefault(group => group.Id == id) is not { } found)
        {
            return GraphAnswer.NotFound(id);
        }

        var ids = relation == "owners" ? found.Owners : found.Members;
        return ids.Remove(member) ? new GraphAnswer(204) : GraphAnswer.NotFound(member);
    }

    private GraphAnswer Restore(string id)
    {
        if (_deleted.FirstOrDefault(user => Id(user) == id) is not { } user)
        {
            return GraphAnswer.NotFound(id);
        }

        if (_liveByUpn.ContainsKey(Upn(user)))
        {
            return GraphAnswer.BadRequest("Another object with the same value for property userPrincipalName already exists.", "ObjectConflict");
        }

        _deleted.Remove(user);
        _deletedByUpn.Remove(Upn(user));
        user.Remove("deletedDateTime");
        AddLive(user);
        return new GraphAnswer(200, user.DeepClone());
    }

    private void AddLive(JsonObject user)
    {
        _users.Add(user);
        _liveById[Id(user)] = user;
        _liveByUpn[Upn(user)] = user;
    }

    private void Remove(JsonObject user)
    {
        _users.Remove(user);
        _liveById.Remove(Id(user));
        _liveByUpn.Remove(Upn(user));
        user["deletedDateTime"] = DateTime.UtcNow.ToString("o");
        _deleted.Add(user);
        _deletedByUpn[Upn(user)] = user;
        foreach (var group in _groups.Concat(_units))
        {
            group.Members.Remove(Id(user));
            group.Owners.Remove(Id(user));
        }
    }

    private bool UpnTaken(string upn, string? except) =>
        (_liveByUpn.TryGetValue(upn, out var live) && Id(live) != except) || _deletedByUpn.ContainsKey(upn);

    private JsonObject? FindUser(string key) =>
        _liveById.TryGetValue(key, out var byId) ? byId : _liveByUpn.TryGetValue(key, out var byUpn) ? byUpn : null;

    private GraphAnswer Page(List<JsonObject> items, IReadOnlyDictionary<string, string> query, Func<string, string> nextLink)
    {
        var skip = query.TryGetValue("$skiptoken", out var token) ? int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var top = query.TryGetValue("$top", out var asked) ? int.Parse(asked, System.Globalization.CultureInfo.InvariantCulture) : 100;
        top = Math.Min(top, _maxPageSize);
        var page = new JsonArray(items.Skip(skip).Take(top).Select(item => (JsonNode)Select(item, query)).ToArray());
        var body = new JsonObject { ["value"] = page };
        if (skip + top < items.Count)
        {
            body["@odata.nextLink"] = nextLink((skip + top).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new GraphAnswer(200, body);
    }

    private static JsonObject Select(JsonObject item, IReadOnlyDictionary<string, string> query)
    {
        if (!query.TryGetValue("$select", out var select))
        {
            return (JsonObject)item.DeepClone();
        }

        var selected = new JsonObject();
        foreach (var name in select.Split(',').Select(name => name.Trim()).Prepend("id").Distinct(StringComparer.Ordinal))
        {
            selected[name] = item[name]?.DeepClone();
        }

        return selected;
    }

    private static List<JsonObject> Filter(List<JsonObject> items, IReadOnlyDictionary<string, string> query)
    {
        if (!query.TryGetValue("$filter", out var filter))
        {
            return items;
        }

        Func<JsonObject, bool> match;
        if (Equal.Match(filter) is { Success: true } equal)
        {
            var value = equal.Groups[2].Value.Replace("''", "'");
            match = item => string.Equals(item[equal.Groups[1].Value]?.GetValue<string>(), value, StringComparison.OrdinalIgnoreCase);
        }
        else if (Function.Match(filter) is { Success: true } function)
        {
            var value = function.Groups[3].Value.Replace("''", "'");
            var starts = function.Groups[1].Value.Equals("startswith", StringComparison.OrdinalIgnoreCase);
            match = item => item[function.Groups[2].Value]?.GetValue<string>() is { } text
                && (starts ? text.StartsWith(value, StringComparison.OrdinalIgnoreCase) : text.EndsWith(value, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            throw new FilterException($"Unsupported or invalid query filter clause: {filter}");
        }

        return items.Where(match).ToList();
    }

    private static string Id(JsonObject item) => item["id"]!.GetValue<string>();

    private static string Upn(JsonObject user) => user["userPrincipalName"]!.GetValue<string>();

    /// <summary>A GUID made from a name, so fixtures have stable ids.</summary>
    private static string IdOf(string name) => new Guid(MD5.HashData(Encoding.UTF8.GetBytes(name))).ToString();

    private sealed class FilterException : Exception
    {
        public FilterException(string message)
            : base(message)
        {
        }
    }

    private sealed class FakeGroup
    {
        public FakeGroup(string id, string name)
        {
            Id = id;
            Name = name;
        }

        public string Id { get; }

        public string Name { get; }

        public HashSet<string> Members { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Owners { get; } = new(StringComparer.OrdinalIgnoreCase);

        public JsonObject ToJson() => new() { ["id"] = Id, ["displayName"] = Name };
    }
}
