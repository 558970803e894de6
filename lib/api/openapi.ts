// The OpenAPI 3.1 description of Keel's REST API, served at GET /api/v1/openapi.json.
type Json = Record<string, unknown>;

const error = { $ref: "#/components/schemas/Error" };
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: ERROR_TEXT[code], content: { "application/json": { schema: error } } }]));
const ERROR_TEXT: Record<number, string> = {
  400: "Bad input; `field` names the first bad field. Nothing was written.",
  401: "No token, or an unknown or revoked one.",
  403: "The token lacks the scope, or the user the role.",
  404: "Unknown id.",
  409: "Conflict, e.g. the slug exists.",
  413: "Body too large.",
};
const json = (schema: Json, description = "OK") => ({ description, content: { "application/json": { schema } } });
const body = (schema: Json) => ({ required: true, content: { "application/json": { schema } } });
const query = (name: string, description: string, required = false) => ({ name, in: "query", required, description, schema: { type: "string" } });
const slugPath = { name: "slug", in: "path", required: true, schema: { type: "string" } };
const at = query("at", "Evaluate at this instant (ISO-8601 or Unix epoch seconds) instead of now.");
const secured = (scope: string) => [{ bearer: [scope] }, { session: [scope] }];

export function openApiDocument(): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "Keel API",
      version: "1",
      description:
        "Keel's REST API. JSON in and out; times are ISO-8601 UTC on output and ISO-8601 or Unix epoch seconds on input. " +
        "Authenticate with `Authorization: Bearer <token>` (scopes read, ingest, write, admin); a signed-in browser session works for reads. " +
        "SLO semantics: data is kept per minute; the evaluation instant t is truncated to the minute and a window of length W holds the buckets with t − W ≤ m < t. " +
        "Occurrences: sli = Σgood/Σtotal; timeslices: good slices / slices with data; ratioTimeslices: mean of good/total over minutes with data. " +
        "consumed = (1 − sli)/(1 − target), remaining = 1 − consumed. Burn rate over w = (1 − sli_w)/(1 − target). " +
        "Alerts fire when both the long and the short window burn faster than budgetPercent/100 × P / longWindow. " +
        "Forecast: daysLeft = remaining × P / burnRate(1d) when both are positive.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token from Settings → API tokens or `npm run keel -- token create`." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "A signed-in browser session." },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" } } } },
        },
        Team: { type: "object", required: ["slug", "name"], properties: { slug: { type: "string" }, name: { type: "string" }, description: { type: "string" } } },
        Service: {
          type: "object",
          required: ["slug", "name", "team", "tier"],
          properties: {
            slug: { type: "string" },
            name: { type: "string" },
            team: { type: "string" },
            tier: { enum: [1, 2, 3] },
            description: { type: "string" },
            repoUrl: { type: ["string", "null"] },
            dashboardUrl: { type: ["string", "null"] },
            runbookUrl: { type: ["string", "null"] },
          },
        },
        Window: {
          oneOf: [
            { type: "object", required: ["kind", "days"], properties: { kind: { const: "rolling" }, days: { type: "integer", minimum: 1 } } },
            { type: "object", required: ["kind", "unit"], properties: { kind: { const: "calendar" }, unit: { enum: ["week", "month", "quarter"] }, timeZone: { type: "string", default: "UTC" } } },
          ],
        },
        SloDefinition: {
          type: "object",
          required: ["slug", "name", "service", "sliKind", "target", "window", "budgetingMethod"],
          properties: {
            slug: { type: "string" },
            name: { type: "string" },
            service: { type: "string" },
            description: { type: ["string", "null"] },
            sliKind: { enum: ["availability", "latency", "ratio"] },
            latencyThresholdMs: { type: ["integer", "null"] },
            target: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
            window: { $ref: "#/components/schemas/Window" },
            budgetingMethod: { enum: ["occurrences", "timeslices", "ratioTimeslices"] },
            timesliceTarget: { type: ["number", "null"] },
            segment: { type: ["string", "null"] },
            source: { type: "object", description: '{"kind":"push"} or {"kind":"prometheus","datasource","goodQuery"|"errorQuery","totalQuery"}' },
            alertWindows: { type: ["array", "null"], items: { type: "object", properties: { severity: { enum: ["page", "ticket"] }, longWindow: { type: "string" }, shortWindow: { type: "string" }, budgetPercent: { type: "number" } } } },
            policy: { type: ["object", "null"], description: "Overrides of the org's error budget policy: warnBelowRemaining, freezeAtOrBelowRemaining, earlyBurn {consumedAbove, withinDays}, freezeOnPage." },
            reviewCadenceDays: { type: ["integer", "null"] },
          },
        },
        SloStatus: {
          type: "object",
          required: ["slug", "name", "service", "team", "target", "window", "budgetingMethod", "sli", "errorBudget", "burnRates", "alerts", "status", "forecast", "policy"],
          properties: {
            slug: { type: "string" },
            name: { type: "string" },
            service: { type: "string" },
            team: { type: "string" },
            target: { type: "number" },
            window: { $ref: "#/components/schemas/Window" },
            budgetingMethod: { type: "string" },
            sli: { type: ["number", "null"] },
            errorBudget: { type: "object", properties: { consumed: { type: "number" }, remaining: { type: "number" } } },
            burnRates: { type: "object", properties: Object.fromEntries(["5m", "30m", "1h", "2h", "6h", "1d", "3d"].map((w) => [w, { type: "number" }])) },
            alerts: { type: "array", items: { type: "object", properties: { severity: { enum: ["page", "ticket"] }, longWindow: { type: "string" }, shortWindow: { type: "string" }, threshold: { type: "number" }, firing: { type: "boolean" } } } },
            status: { enum: ["healthy", "at_risk", "breached", "no_data"] },
            forecast: { type: "object", properties: { daysLeft: { type: ["number", "null"] }, exhaustionAt: { type: ["string", "null"], format: "date-time" } } },
            policy: { type: "object", properties: { state: { enum: ["normal", "warn", "freeze"] }, reasons: { type: "array", items: { type: "object", properties: { rule: { type: "string" }, message: { type: "string" } } } } } },
          },
        },
      },
    },
    paths: {
      "/api/health": { get: { summary: "Liveness: 200 when the database answers, 503 otherwise", security: [], responses: { "200": json({ type: "object", properties: { status: { const: "ok" } } }), "503": { description: "The database does not answer" } } } },
      "/api/v1/openapi.json": { get: { summary: "This document", security: [], responses: { "200": json({ type: "object" }) } } },
      "/api/v1/teams": {
        get: { summary: "List teams", security: secured("read"), responses: { "200": json({ type: "object", properties: { teams: { type: "array", items: { $ref: "#/components/schemas/Team" } } } }), ...errors(401, 403) } },
        post: { summary: "Create a team", security: secured("write"), requestBody: body({ $ref: "#/components/schemas/Team" }), responses: { "201": json({ $ref: "#/components/schemas/Team" }, "Created"), ...errors(400, 401, 403, 409, 413) } },
      },
      "/api/v1/services": {
        get: { summary: "List services", security: secured("read"), parameters: [query("team", "Team slug"), query("tier", "1, 2 or 3"), query("q", "Text search")], responses: { "200": json({ type: "object", properties: { services: { type: "array", items: { $ref: "#/components/schemas/Service" } } } }), ...errors(400, 401, 403) } },
        post: { summary: "Create a service", security: secured("write"), requestBody: body({ $ref: "#/components/schemas/Service" }), responses: { "201": json({ $ref: "#/components/schemas/Service" }, "Created"), ...errors(400, 401, 403, 409, 413) } },
      },
      "/api/v1/services/{slug}": {
        parameters: [slugPath],
        get: { summary: "A service", security: secured("read"), responses: { "200": json({ $ref: "#/components/schemas/Service" }), ...errors(401, 403, 404) } },
        put: { summary: "Change a service", security: secured("write"), requestBody: body({ $ref: "#/components/schemas/Service" }), responses: { "200": json({ $ref: "#/components/schemas/Service" }), ...errors(400, 401, 403, 404) } },
        delete: { summary: "Delete a service", security: secured("write"), responses: { "204": { description: "Deleted" }, ...errors(401, 403, 404) } },
      },
      "/api/v1/sli": {
        post: {
          summary: "Push SLI minutes (replace by default, ?mode=add to add); atomic batches of up to 50,000 points",
          security: [{ bearer: ["ingest"] }],
          parameters: [{ name: "mode", in: "query", schema: { enum: ["replace", "add"] } }],
          requestBody: body({ type: "object", required: ["points"], properties: { points: { type: "array", maxItems: 50000, items: { type: "object", required: ["slo", "ts", "good", "total"], properties: { slo: { type: "string" }, ts: { oneOf: [{ type: "string", format: "date-time" }, { type: "number" }] }, good: { type: "integer", minimum: 0 }, total: { type: "integer", minimum: 0 } } } } } }),
          responses: { "200": json({ type: "object", properties: { accepted: { type: "integer" } } }), ...errors(400, 401, 403, 413) },
        },
      },
      "/api/v1/slos": {
        get: { summary: "Every SLO's status", security: secured("read"), parameters: [at, query("service", "Service slug"), query("team", "Team slug")], responses: { "200": json({ type: "object", properties: { slos: { type: "array", items: { $ref: "#/components/schemas/SloStatus" } } } }), ...errors(400, 401, 403) } },
        post: { summary: "Define an SLO", security: secured("write"), requestBody: body({ $ref: "#/components/schemas/SloDefinition" }), responses: { "201": json({ $ref: "#/components/schemas/SloDefinition" }, "Created"), ...errors(400, 401, 403, 409, 413) } },
      },
      "/api/v1/slos/{slug}": {
        parameters: [slugPath],
        get: { summary: "An SLO's status", security: secured("read"), parameters: [at], responses: { "200": json({ $ref: "#/components/schemas/SloStatus" }), ...errors(400, 401, 403, 404) } },
        put: { summary: "Replace an SLO's definition", security: secured("write"), requestBody: body({ $ref: "#/components/schemas/SloDefinition" }), responses: { "200": json({ $ref: "#/components/schemas/SloDefinition" }), ...errors(400, 401, 403, 404, 409) } },
        delete: { summary: "Delete an SLO with its data and history", security: secured("write"), responses: { "204": { description: "Deleted" }, ...errors(401, 403, 404) } },
      },
      "/api/v1/slos/{slug}/series": {
        parameters: [slugPath],
        get: {
          summary: "SLI, budget remaining and burn rates over time, for charts",
          security: secured("read"),
          parameters: [query("from", "Start (default: to − 24 h)"), query("to", "End (default: now)"), query("step", 'Step, e.g. "5m", "1h" or seconds (default: about 200 points)')],
          responses: { "200": json({ type: "object" }), ...errors(400, 401, 403, 404) },
        },
      },
      "/api/v1/slos/{slug}/history": {
        parameters: [slugPath],
        get: {
          summary: "Alert episodes, deployments and policy changes in a range (default: the SLO's current window), for charts",
          security: secured("read"),
          parameters: [query("from", "Start"), query("to", "End")],
          responses: { "200": json({ type: "object" }), ...errors(400, 401, 403, 404) },
        },
      },
      "/api/v1/slos/{slug}/openslo": {
        parameters: [slugPath],
        get: { summary: "The SLO as OpenSLO v1 YAML that re-imports unchanged", security: secured("read"), responses: { "200": { description: "OpenSLO v1 YAML", content: { "application/yaml": { schema: { type: "string" } } } }, ...errors(401, 403, 404) } },
      },
      "/api/v1/openslo": {
        post: {
          summary: "Import OpenSLO v1 documents (SLO, SLI, Service, AlertPolicy, DataSource; also Sloth prometheus/v1 specs): creates or updates; a bad document gives 400 naming its index and field, and nothing is written",
          security: secured("write"),
          parameters: [query("team", "Owning team for services the import creates")],
          requestBody: { required: true, content: { "application/yaml": { schema: { type: "string" } } } },
          responses: { "200": json({ type: "object", properties: { created: { type: "array", items: { type: "string" } }, updated: { type: "array", items: { type: "string" } }, servicesCreated: { type: "array", items: { type: "string" } } } }), ...errors(400, 401, 403, 413) },
        },
      },
      "/api/v1/openslo/export": {
        get: { summary: "Every SLO (or ?service= / ?team=) as multi-document OpenSLO v1 YAML", security: secured("read"), parameters: [query("service", "Service slug"), query("team", "Team slug")], responses: { "200": { description: "OpenSLO v1 YAML", content: { "application/yaml": { schema: { type: "string" } } } }, ...errors(401, 403) } },
      },
      "/api/v1/deploy-gate": {
        get: {
          summary: "May this service deploy? False when an SLO is in policy freeze and no live exception covers it",
          security: secured("read"),
          parameters: [query("service", "Service slug", true), at],
          responses: { "200": json({ type: "object", properties: { service: { type: "string" }, allowed: { type: "boolean" }, reasons: { type: "array", items: { type: "object", properties: { slo: { type: "string" }, rule: { type: "string" }, message: { type: "string" } } } } } }), ...errors(400, 401, 403, 404) },
        },
      },
      "/api/v1/deploy-gate/exceptions": {
        get: { summary: "A service's gate exceptions", security: secured("read"), parameters: [query("service", "Service slug", true)], responses: { "200": json({ type: "object" }), ...errors(400, 401, 403, 404) } },
        post: { summary: "Grant an exception (admin): reason and expiry, at most 7 days", security: [{ bearer: ["admin"] }], requestBody: body({ type: "object", required: ["service", "reason", "expiresAt"], properties: { service: { type: "string" }, reason: { type: "string" }, expiresAt: { type: "string" } } }), responses: { "201": json({ type: "object" }, "Granted"), ...errors(400, 401, 403) } },
      },
      "/api/v1/deployments": {
        get: { summary: "A service's recent deployments", security: secured("read"), parameters: [query("service", "Service slug", true)], responses: { "200": json({ type: "object" }), ...errors(400, 401, 403, 404) } },
        post: { summary: "Record a deployment", security: secured("write"), requestBody: body({ type: "object", required: ["service", "version"], properties: { service: { type: "string" }, version: { type: "string" }, at: { type: "string" }, description: { type: "string" } } }), responses: { "201": json({ type: "object" }, "Recorded"), ...errors(400, 401, 403) } },
      },
      "/api/v1/policy": {
        get: { summary: "The organisation's error budget policy", security: secured("read"), responses: { "200": json({ type: "object" }), ...errors(401, 403) } },
        put: { summary: "Change it (admin)", security: [{ bearer: ["admin"] }], requestBody: body({ type: "object" }), responses: { "200": json({ type: "object" }), ...errors(400, 401, 403) } },
      },
      "/api/v1/slo-defaults": {
        get: { summary: "Default SLO targets per service tier", security: secured("read"), responses: { "200": json({ type: "object" }), ...errors(401, 403) } },
        put: { summary: "Change them (admin)", security: [{ bearer: ["admin"] }], requestBody: body({ type: "object", properties: { "1": { type: "number" }, "2": { type: "number" }, "3": { type: "number" } } }), responses: { "200": json({ type: "object" }), ...errors(400, 401, 403) } },
      },
      "/api/v1/search": { get: { summary: "Find services, SLOs and teams by name", security: secured("read"), parameters: [query("q", "Text")], responses: { "200": json({ type: "object" }), ...errors(401, 403) } } },
    },
  };
}
