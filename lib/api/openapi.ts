// The OpenAPI 3.1 description of Keel's REST API, served at GET /api/v1/openapi.json: request schemas
// generated from the zod schemas the handlers parse with (lib/api/operations.ts), response shapes below.
import { z } from "zod";
import type { Operation } from "./operation";
import { incidentSchemas } from "./incident-operations";
import { readinessSchemas } from "./readiness-operations";
import { costImportSchemas } from "./cost-import-operations";
import { operations } from "./operations";

type Json = Record<string, unknown>;

/** A zod schema as JSON Schema (draft 2020-12, as OpenAPI 3.1 uses): what the handler accepts. */
export function requestSchema(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  void _dialect;
  return rest;
}

function responseOf({ description, schema, mediaType = "application/json" }: Operation["responses"][string]): Json {
  if (!schema) return { description };
  return { description, content: { [mediaType]: { schema: typeof schema === "string" ? { $ref: `#/components/schemas/${schema}` } : schema } } };
}

function parametersOf(operation: Operation): Json[] {
  const path: Json[] = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  if (!operation.query) return path;
  const query = requestSchema(operation.query) as { properties?: Record<string, Json>; required?: string[] };
  return path.concat(
    Object.entries(query.properties ?? {}).map(([name, schema]) => {
      const { description, ...rest } = schema;
      return { name, in: "query", required: query.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: rest };
    }),
  );
}

/** The OpenAPI operation object of one declared operation. */
export function operationObject(operation: Operation): Json {
  const out: Json = {
    operationId: Object.entries(operations).find(([, candidate]) => candidate === operation)?.[0],
    tags: [operation.tag],
    summary: operation.summary,
    security: operation.scope === null ? [] : [{ bearer: [operation.scope] }, { session: [operation.scope] }],
    "x-keel-scope": operation.scope,
    responses: Object.fromEntries(Object.entries(operation.responses).map(([status, response]) => [status, responseOf(response)])),
  };
  if (operation.description) out.description = operation.description;
  const parameters = parametersOf(operation);
  if (parameters.length) out.parameters = parameters;
  if (operation.jsonBody) out.requestBody = { required: true, content: { "application/json": { schema: requestSchema(operation.jsonBody.schema) } } };
  if (operation.body) out.requestBody = { required: true, content: { "application/json": { schema: requestSchema(operation.body) } } };
  if (operation.rawBody) out.requestBody = { required: true, description: operation.rawBody.description, content: { [operation.rawBody.mediaType]: { schema: { type: "string" } } } };
  return out;
}

const PUBLIC_PATHS: Record<string, Json> = {
  "/api/health": {
    get: { operationId: "health", tags: ["Instance"], summary: "Liveness: 200 when the database answers, 503 otherwise", security: [], responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "object", properties: { status: { const: "ok" } } } } } }, "503": { description: "The database does not answer" } } },
  },
  "/api/v1/openapi.json": { get: { operationId: "openapi", tags: ["Instance"], summary: "This document", security: [], responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } } } },
};

function operationPaths(): Record<string, Json> {
  const paths: Record<string, Json> = { ...PUBLIC_PATHS };
  for (const operation of Object.values(operations) as Operation[]) {
    const entry = (paths[operation.path] ??= {}) as Json;
    entry[operation.method.toLowerCase()] = operationObject(operation);
  }
  return paths;
}

export function openApiDocument(): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "Keel API",
      version: "1",
      description:
        "Keel's REST API. JSON in and out; times are ISO-8601 UTC on output and ISO-8601 or Unix epoch seconds on input. " +
        "Authenticate with `Authorization: Bearer <token>` (scopes read, ingest, write, admin); a signed-in browser session works too, with its role's rights. " +
        "Every write is checked against the team that owns what it changes; a token may be limited to teams and is refused with 403 on anything of another team. " +
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
            staleAfterMinutes: { type: ["integer", "null"], description: "Minutes without data after which the SLO is stale (default 15); null: never stale (daily batches)." },
            incidentOnPage: { enum: ["auto", "on", "off"], description: "Whether a page burn-rate alert opens an incident: auto (default) = for tier-1 services. Omitted on PUT: unchanged." },
            incidentOnStale: { type: "boolean", description: "Whether an SLI-data-missing episode opens an incident (default false). Omitted on PUT: unchanged." },
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
            periodBudget: {
              type: "object",
              description: "Calendar windows: the share of the whole period's budget the bad events so far take at the traffic's rate so far (consumed × elapsed / period). Rolling windows: equal to errorBudget.",
              properties: { consumed: { type: "number" }, remaining: { type: "number" } },
            },
            lastDataAt: { type: ["string", "null"], format: "date-time", description: "Start of the newest minute with data at or before the evaluation instant." },
            stale: { type: "boolean", description: "True when the newest data is older than staleAfterMinutes." },
            staleAfterMinutes: { type: ["integer", "null"] },
            incidentOnPage: { enum: ["auto", "on", "off"] },
            incidentOnStale: { type: "boolean" },
            burnRates: { type: "object", properties: Object.fromEntries(["5m", "30m", "1h", "2h", "6h", "1d", "3d"].map((w) => [w, { type: "number" }])) },
            alerts: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  severity: { enum: ["page", "ticket"] },
                  longWindow: { type: "string" },
                  shortWindow: { type: "string" },
                  threshold: { type: "number" },
                  firing: { type: "boolean" },
                  state: { enum: ["firing", "ok", "unknown"], description: "unknown: the SLO's data is missing, so the alert can be neither firing nor resolved." },
                },
              },
            },
            status: { enum: ["healthy", "at_risk", "breached", "no_data"] },
            forecast: { type: "object", properties: { daysLeft: { type: ["number", "null"] }, exhaustionAt: { type: ["string", "null"], format: "date-time" } } },
            policy: { type: "object", properties: { state: { enum: ["normal", "warn", "freeze"] }, reasons: { type: "array", items: { type: "object", properties: { rule: { type: "string" }, message: { type: "string" } } } } } },
          },
        },
        ...incidentSchemas,
        ...readinessSchemas,
        ...costImportSchemas,
      },
    },
    paths: operationPaths(),
  };
}
