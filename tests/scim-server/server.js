// A SCIM 2.0 service provider for the RosterTools tests: scimmy's resources and scimmy-routers' endpoints over an
// in-memory store, on loopback. Besides SCIM it has what the tests need to look inside: an OAuth 2 token endpoint,
// ETags (meta.version, If-Match → 412), throttling on demand (429 with Retry-After), a switch that turns PATCH off,
// a log of the requests, and a check of Entra ID bulkUpload (SCIM BulkRequest) documents.
//
// node server.js [--port N] [--token T] [--client-id ID --client-secret S]
// Prints "listening <port>" once it accepts requests.
import crypto from "node:crypto";
import express from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const port = Number(args.port ?? 0);
const staticToken = args.token ?? "scim-test-token";
const clientId = args["client-id"] ?? "scim-client";
const clientSecret = args["client-secret"] ?? "scim-secret";

const CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

// ---- state -------------------------------------------------------------------------------------------------------
const store = { Users: new Map(), Groups: new Map() };
const issuedTokens = new Set();
const state = { log: [], throttle: { count: 0, retryAfter: "1", status: 429 }, patch: true, tokensIssued: 0, bulk: [] };

function reset() {
    store.Users.clear();
    store.Groups.clear();
    state.log = [];
    state.bulk = [];
    state.tokensIssued = 0;
    issuedTokens.clear();
    state.throttle = { count: 0, retryAfter: "1", status: 429 };
    setPatch(true);
}

function setPatch(supported) {
    state.patch = supported;
    SCIMMY.Config.set("patch", supported);
}

SCIMMY.Config.set({ filter: 200, etag: true, sort: false, bulk: false, changePassword: false });
setPatch(true);

// ---- resources ---------------------------------------------------------------------------------------------------
const version = (n) => `W/"${n}"`;

function out(kind, record) {
    return { ...structuredClone(record.data), id: record.id, meta: { resourceType: kind === "Users" ? "User" : "Group", created: record.created, lastModified: record.lastModified, version: version(record.version) } };
}

function notFound(id) {
    return new SCIMMY.Types.Error(404, null, `Resource ${id} not found`);
}

function declare(Resource, kind, uniqueName) {
    const table = store[kind];
    Resource.egress((resource) => {
        if (resource.id) {
            const record = table.get(resource.id);
            if (!record) throw notFound(resource.id);
            return out(kind, record);
        }

        const all = [...table.values()].map((record) => out(kind, record));
        return resource.filter ? resource.filter.match(all) : all;
    });
    Resource.ingress((resource, instance) => {
        const data = JSON.parse(JSON.stringify(instance));
        delete data.id;
        delete data.meta;
        delete data.schemas;
        const clash = [...table.values()].find((record) => record.id !== resource.id && String(record.data[uniqueName]).toLowerCase() === String(data[uniqueName]).toLowerCase());
        if (clash) throw new SCIMMY.Types.Error(409, "uniqueness", `${uniqueName} '${data[uniqueName]}' is already taken`);
        const now = new Date().toISOString();
        if (resource.id) {
            const record = table.get(resource.id);
            if (!record) throw notFound(resource.id);
            Object.assign(record, { data, lastModified: now, version: record.version + 1 });
            return out(kind, record);
        }

        const record = { id: crypto.randomUUID(), data, created: now, lastModified: now, version: 1 };
        table.set(record.id, record);
        return out(kind, record);
    });
    Resource.degress((resource) => {
        if (!table.delete(resource.id)) throw notFound(resource.id);
    });
    SCIMMY.Resources.declare(Resource);
}

declare(SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false), "Users", "userName");
declare(SCIMMY.Resources.Group, "Groups", "displayName");

// ---- HTTP --------------------------------------------------------------------------------------------------------
const app = express();
const scimError = (res, status, detail, scimType) => res.status(status).type("application/scim+json").send(JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(status), scimType, detail }));

// The test controls: reset, answer the next N requests (of one method, if given) with an error, switch PATCH off,
// revoke the OAuth tokens issued, read the log.
app.use("/_test", express.json());
app.post("/_test/reset", (req, res) => { reset(); res.sendStatus(204); });
app.post("/_test/throttle", (req, res) => { state.throttle = { count: Number(req.body.count ?? 1), retryAfter: req.body.retryAfter === null ? null : String(req.body.retryAfter ?? "1"), status: Number(req.body.status ?? 429), method: req.body.method ?? null }; res.sendStatus(204); });
app.post("/_test/patch", (req, res) => { setPatch(!!req.body.supported); res.sendStatus(204); });
app.post("/_test/revoke", (req, res) => { issuedTokens.clear(); res.sendStatus(204); });
app.get("/_test/requests", (req, res) => res.json(state.log));
app.get("/_test/stats", (req, res) => res.json({ tokensIssued: state.tokensIssued, users: store.Users.size, groups: store.Groups.size }));
app.get("/_test/bulk", (req, res) => res.json(state.bulk));

// OAuth 2 client credentials (RFC 6749 4.4), HTTP Basic client authentication.
app.post("/oauth/token", express.urlencoded({ extended: false }), (req, res) => {
    const [scheme, encoded] = (req.header("Authorization") ?? "").split(" ");
    const [id, secret] = scheme === "Basic" ? Buffer.from(encoded ?? "", "base64").toString("utf8").split(":").map(decodeURIComponent) : [];
    if (req.body.grant_type !== "client_credentials") return res.status(400).json({ error: "unsupported_grant_type" });
    if (id !== clientId || secret !== clientSecret) return res.status(401).json({ error: "invalid_client" });
    const token = crypto.randomBytes(24).toString("hex");
    issuedTokens.add(token);
    state.tokensIssued++;
    res.json({ access_token: token, token_type: "Bearer", expires_in: 3600 });
});

const authorized = (req) => {
    const header = req.header("Authorization") ?? "";
    return header === `Bearer ${staticToken}` || (header.startsWith("Bearer ") && issuedTokens.has(header.slice(7)));
};

// Every SCIM request: logged (never the Authorization value), throttled when asked.
app.use((req, res, next) => {
    state.log.push({ method: req.method, path: req.originalUrl, ifMatch: req.header("If-Match") ?? null, contentType: req.header("Content-Type") ?? null, authorized: authorized(req) });
    if (state.throttle.count > 0 && (!state.throttle.method || state.throttle.method === req.method)) {
        state.throttle.count--;
        if (state.throttle.retryAfter !== null) res.set("Retry-After", state.throttle.retryAfter);
        return scimError(res, state.throttle.status, state.throttle.status === 429 ? "Too many requests; slow down." : "Refused on request of the test.");
    }

    next();
});

// Entra ID API-driven inbound provisioning: POST .../bulkUpload with a SCIM BulkRequest. Checks its shape as the
// service documents it and answers 202 Accepted, or 400 with every problem found.
app.post(/\/bulkUpload$/, express.json({ type: () => true, limit: "2mb" }), (req, res) => {
    if (!authorized(req)) return scimError(res, 401, "Unauthorized");
    const problems = [];
    const body = req.body ?? {};
    if (!(req.header("Content-Type") ?? "").startsWith("application/scim+json")) problems.push("Content-Type must be application/scim+json");
    if (!Array.isArray(body.schemas) || !body.schemas.includes(BULK_REQUEST)) problems.push(`schemas must hold ${BULK_REQUEST}`);
    const operations = Array.isArray(body.Operations) ? body.Operations : (problems.push("Operations must be an array"), []);
    if (operations.length === 0 || operations.length > 50) problems.push(`Operations must hold 1 to 50 operations, not ${operations.length}`);
    const bulkIds = new Set();
    operations.forEach((op, i) => {
        const at = `Operations[${i}]`;
        if (op.method !== "POST") problems.push(`${at}.method must be POST`);
        if (op.path !== "/Users") problems.push(`${at}.path must be /Users`);
        if (typeof op.bulkId !== "string" || op.bulkId.length === 0) problems.push(`${at}.bulkId is missing`);
        else if (bulkIds.has(op.bulkId)) problems.push(`${at}.bulkId '${op.bulkId}' is used twice`);
        else bulkIds.add(op.bulkId);
        const data = op.data ?? {};
        if (!Array.isArray(data.schemas) || !data.schemas.includes(CORE_USER)) problems.push(`${at}.data.schemas must hold ${CORE_USER}`);
        if (typeof data.externalId !== "string" || data.externalId.length === 0) problems.push(`${at}.data.externalId (the matching attribute) is missing`);
        for (const key of Object.keys(data)) {
            if (key.startsWith("urn:") && !data.schemas?.includes(key)) problems.push(`${at}.data has the extension ${key} but does not list it in schemas`);
        }
        if ("active" in data && typeof data.active !== "boolean") problems.push(`${at}.data.active must be a boolean`);
    });
    if (problems.length > 0) return scimError(res, 400, problems.join("; "), "invalidSyntax");
    state.bulk.push(body);
    res.status(202).end();
});

// ETags: a resource's meta.version is its ETag; If-Match on a change must name the current one.
app.use((req, res, next) => {
    const json = res.json.bind(res);
    res.json = (body) => {
        if (body?.meta?.version && !res.headersSent) res.set("ETag", body.meta.version);
        return json(body);
    };
    const match = /^\/(Users|Groups)\/([^/?]+)/.exec(req.path);
    const ifMatch = req.header("If-Match");
    if (match && ifMatch && ["PATCH", "PUT", "DELETE"].includes(req.method)) {
        const record = store[match[1]].get(decodeURIComponent(match[2]));
        if (record && ifMatch !== "*" && ifMatch !== version(record.version)) return scimError(res, 412, `If-Match ${ifMatch} is not the current version ${version(record.version)}`);
    }

    if (req.method === "PATCH" && !state.patch) return scimError(res, 501, "PATCH is not supported by this service provider");
    next();
});

app.use(new SCIMMYRouters({
    type: "bearer",
    docUri: "https://example.org/scim/auth",
    handler: (req) => {
        if (!authorized(req)) throw new Error("Authorization failed: no valid bearer token");
        return "rostertools";
    },
}));

const server = app.listen(port, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
