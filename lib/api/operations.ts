// Every operation of Keel's REST API: what the route handlers parse with and what the OpenAPI document says, declared once.
import { z } from "zod";
import { serviceInputSchema, serviceUpdateSchema, slugSchema, teamInputSchema, tierSchema } from "@/lib/catalog/schemas";
import { budgetPolicySchema, deploymentInputSchema, gateExceptionInputSchema, sloInputSchema, tierTargetsSchema } from "@/lib/slo/schemas";
import { sliIngestBodySchema } from "@/lib/slo/ingest-schema";
import { MiB } from "./body";
import { instantQuery } from "./instant";
import { defineOperation } from "./operation";
import { E, list, ok } from "./responses";
import { incidentOperations } from "./incident-operations";
import { oncallOperations } from "./oncall-operations";
import { readinessOperations } from "./readiness-operations";
import { readinessStatusOperations } from "./readiness-status-operation";
import { maturityOperations } from "./maturity-operations";
import { costWhatIfOperations } from "./cost-whatif-operations";
import { costOperations } from "./cost-operations";
import { costPolicyOperations } from "./cost-policy-operations";
import { costImportOperations } from "./cost-import-operations";

const yaml = { description: "OpenSLO v1 YAML", mediaType: "application/yaml", schema: { type: "string" } };
const atQuery = z.object({ at: instantQuery.optional().describe("Evaluate at this instant (ISO-8601 or Unix epoch seconds) instead of now.") });
const serviceQuery = z.object({ service: slugSchema.describe("Service slug") });

export const operations = {
  listTeams: defineOperation({ method: "GET", path: "/api/v1/teams", tag: "Catalogue", summary: "List teams", scope: "read", responses: { 200: ok(list("teams", "Team")), 401: E[401], 403: E[403] } }),
  createTeam: defineOperation({ method: "POST", path: "/api/v1/teams", tag: "Catalogue", summary: "Create a team (admin)", scope: "admin", body: teamInputSchema, responses: { 201: ok("Team", "Created"), 400: E[400], 401: E[401], 403: E[403], 409: E[409], 413: E[413] } }),
  listServices: defineOperation({
    method: "GET",
    path: "/api/v1/services",
    tag: "Catalogue",
    summary: "List services",
    scope: "read",
    query: z.object({ team: slugSchema.optional().describe("Team slug"), tier: tierSchema.optional().describe("1, 2 or 3"), q: z.string().optional().describe("Text search") }),
    responses: { 200: ok(list("services", "Service")), 400: E[400], 401: E[401], 403: E[403] },
  }),
  createService: defineOperation({ method: "POST", path: "/api/v1/services", tag: "Catalogue", summary: "Create a service (members of its team, admins)", scope: "write", body: serviceInputSchema, responses: { 201: ok("Service", "Created"), 400: E[400], 401: E[401], 403: E[403], 409: E[409], 413: E[413] } }),
  getService: defineOperation({ method: "GET", path: "/api/v1/services/{slug}", tag: "Catalogue", summary: "A service", scope: "read", responses: { 200: ok("Service"), 401: E[401], 403: E[403], 404: E[404] } }),
  updateService: defineOperation({ method: "PUT", path: "/api/v1/services/{slug}", tag: "Catalogue", summary: "Change a service; moving it to another team needs rights over both", scope: "write", body: serviceUpdateSchema, responses: { 200: ok("Service"), 400: E[400], 401: E[401], 403: E[403], 404: E[404] } }),
  deleteService: defineOperation({ method: "DELETE", path: "/api/v1/services/{slug}", tag: "Catalogue", summary: "Delete a service with its SLOs", scope: "write", responses: { 204: { description: "Deleted" }, 401: E[401], 403: E[403], 404: E[404] } }),
  ingestSli: defineOperation({
    method: "POST",
    path: "/api/v1/sli",
    tag: "SLI data",
    summary: "Push SLI minutes: atomic batches of up to 50,000 points",
    description:
      "A point replaces what was stored for its (SLO, minute), or with `?mode=add` adds to it. Every SLO of the batch must belong to a team the caller may change; the first one outside them refuses the whole batch with 403. Counts are integers with 0 ≤ good ≤ total ≤ 1,000,000,000 events a minute.",
    scope: "ingest",
    query: z.object({ mode: z.enum(["replace", "add"], { error: 'must be "replace" (the default) or "add"' }).optional() }),
    jsonBody: { schema: sliIngestBodySchema, limitBytes: 16 * MiB },
    responses: { 200: ok({ type: "object", properties: { accepted: { type: "integer" } } }), 400: E[400], 401: E[401], 403: E[403], 413: E[413] },
  }),
  listSloStatuses: defineOperation({
    method: "GET",
    path: "/api/v1/slos",
    tag: "SLOs",
    summary: "Every SLO's status",
    scope: "read",
    query: atQuery.extend({ service: slugSchema.optional().describe("Service slug"), team: slugSchema.optional().describe("Team slug") }),
    responses: { 200: ok(list("slos", "SloStatus")), 400: E[400], 401: E[401], 403: E[403] },
  }),
  createSlo: defineOperation({ method: "POST", path: "/api/v1/slos", tag: "SLOs", summary: "Define an SLO", scope: "write", body: sloInputSchema, responses: { 201: ok("SloDefinition", "Created"), 400: E[400], 401: E[401], 403: E[403], 409: E[409], 413: E[413] } }),
  getSloStatus: defineOperation({ method: "GET", path: "/api/v1/slos/{slug}", tag: "SLOs", summary: "An SLO's status", scope: "read", query: atQuery, responses: { 200: ok("SloStatus"), 400: E[400], 401: E[401], 403: E[403], 404: E[404] } }),
  updateSlo: defineOperation({
    method: "PUT",
    path: "/api/v1/slos/{slug}",
    tag: "SLOs",
    summary: "Replace an SLO's definition",
    description: "A new timeslice target rebuilds the SLO's running sums in the same transaction.",
    scope: "write",
    body: sloInputSchema,
    responses: { 200: ok("SloDefinition"), 400: E[400], 401: E[401], 403: E[403], 404: E[404], 409: E[409] },
  }),
  deleteSlo: defineOperation({ method: "DELETE", path: "/api/v1/slos/{slug}", tag: "SLOs", summary: "Delete an SLO with its data and history", scope: "write", responses: { 204: { description: "Deleted" }, 401: E[401], 403: E[403], 404: E[404] } }),
  sloSeries: defineOperation({
    method: "GET",
    path: "/api/v1/slos/{slug}/series",
    tag: "SLOs",
    summary: "SLI, budget remaining and burn rates over time, for charts",
    description:
      "Each point is the SLO's status at its instant `t` (its window's minutes before `t`). Points are laid back from `to` every `step`, so the last point is at `to` and holds the newest minute; the first is at `from`. When the data starts inside the range, the end of its first minute is a point as well. The charts ask for the last 1 hour, 6 hours, 24 hours, 7 days or the SLO's window this way.",
    scope: "read",
    query: z.object({
      from: instantQuery.optional().describe("Start (default: to − 24 h)"),
      to: instantQuery.optional().describe("End (default: now)"),
      step: z.string().optional().describe('Step, e.g. "5m", "1h" or seconds (default: about 200 points)'),
    }),
    responses: { 200: ok({ type: "object" }), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
  }),
  sloHistory: defineOperation({
    method: "GET",
    path: "/api/v1/slos/{slug}/history",
    tag: "SLOs",
    summary: "Alert episodes, deployments and policy changes in a range (default: the SLO's current window), for charts",
    scope: "read",
    query: z.object({ from: instantQuery.optional().describe("Start"), to: instantQuery.optional().describe("End") }),
    responses: { 200: ok({ type: "object" }), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
  }),
  sloOpenSlo: defineOperation({ method: "GET", path: "/api/v1/slos/{slug}/openslo", tag: "OpenSLO", summary: "The SLO as OpenSLO v1 YAML that re-imports unchanged", scope: "read", responses: { 200: yaml, 401: E[401], 403: E[403], 404: E[404] } }),
  importOpenSlo: defineOperation({
    method: "POST",
    path: "/api/v1/openslo",
    tag: "OpenSLO",
    summary: "Import OpenSLO v1 documents (SLO, SLI, Service, AlertPolicy, DataSource; also Sloth prometheus/v1 specs)",
    description: "Creates or updates; a bad document gives 400 naming its index and field path, and nothing is written. Every SLO and new service must belong to a team the caller may change.",
    scope: "write",
    query: z.object({ team: slugSchema.optional().describe("Owning team for services the import creates") }),
    rawBody: { mediaType: "application/yaml", description: "One or more OpenSLO v1 YAML documents" },
    responses: {
      200: ok({ type: "object", properties: { created: { type: "array", items: { type: "string" } }, updated: { type: "array", items: { type: "string" } }, servicesCreated: { type: "array", items: { type: "string" } } } }),
      400: E[400],
      401: E[401],
      403: E[403],
      413: E[413],
    },
  }),
  exportOpenSlo: defineOperation({
    method: "GET",
    path: "/api/v1/openslo/export",
    tag: "OpenSLO",
    summary: "Every SLO (or ?service= / ?team=) as multi-document OpenSLO v1 YAML",
    scope: "read",
    query: z.object({ service: slugSchema.optional().describe("Service slug"), team: slugSchema.optional().describe("Team slug") }),
    responses: { 200: yaml, 400: E[400], 401: E[401], 403: E[403] },
  }),
  deployGate: defineOperation({
    method: "GET",
    path: "/api/v1/deploy-gate",
    tag: "Deploy gate",
    summary: "May this service deploy? False when an SLO is in policy freeze and no live exception covers it",
    description:
      "An SLO in its warm-up (by default its first 24 hours from its first minute of SLI data; `warmUpHours` in the organisation's policy or the SLO's `policy` override) does not block: its policy state is computed and shown but advisory, and `reasons` carries a `warm_up` entry saying until when. Each reason's `slo` is the SLO's slug and its message names the SLO.",
    scope: "read",
    query: serviceQuery.extend(atQuery.shape),
    responses: {
      200: ok({ type: "object", properties: { service: { type: "string" }, allowed: { type: "boolean" }, reasons: { type: "array", items: { type: "object", properties: { slo: { type: "string" }, rule: { type: "string" }, message: { type: "string" } } } } } }),
      400: E[400],
      401: E[401],
      403: E[403],
      404: E[404],
    },
  }),
  listGateExceptions: defineOperation({ method: "GET", path: "/api/v1/deploy-gate/exceptions", tag: "Deploy gate", summary: "A service's gate exceptions", scope: "read", query: serviceQuery, responses: { 200: ok({ type: "object" }), 400: E[400], 401: E[401], 403: E[403], 404: E[404] } }),
  grantGateException: defineOperation({ method: "POST", path: "/api/v1/deploy-gate/exceptions", tag: "Deploy gate", summary: "Grant an exception (admin): reason and expiry, at most 7 days", scope: "admin", body: gateExceptionInputSchema, responses: { 201: ok({ type: "object" }, "Granted"), 400: E[400], 401: E[401], 403: E[403] } }),
  listDeployments: defineOperation({ method: "GET", path: "/api/v1/deployments", tag: "Deploy gate", summary: "A service's recent deployments", scope: "read", query: serviceQuery, responses: { 200: ok({ type: "object" }), 400: E[400], 401: E[401], 403: E[403], 404: E[404] } }),
  recordDeployment: defineOperation({ method: "POST", path: "/api/v1/deployments", tag: "Deploy gate", summary: "Record a deployment (members of the service's team, admins)", scope: "write", body: deploymentInputSchema, responses: { 201: ok({ type: "object" }, "Recorded"), 400: E[400], 401: E[401], 403: E[403] } }),
  getPolicy: defineOperation({ method: "GET", path: "/api/v1/policy", tag: "Settings", summary: "The organisation's error budget policy", scope: "read", responses: { 200: ok({ type: "object" }), 401: E[401], 403: E[403] } }),
  setPolicy: defineOperation({ method: "PUT", path: "/api/v1/policy", tag: "Settings", summary: "Change the organisation's error budget policy (admin)", description: "`warmUpHours` (optional, whole hours 0–720, default 24) is how long from an SLO's first minute of data its policy stays advisory for the deploy gate.", scope: "admin", body: budgetPolicySchema, responses: { 200: ok({ type: "object" }), 400: E[400], 401: E[401], 403: E[403] } }),
  getTierTargets: defineOperation({ method: "GET", path: "/api/v1/slo-defaults", tag: "Settings", summary: "Default SLO targets per service tier", scope: "read", responses: { 200: ok({ type: "object" }), 401: E[401], 403: E[403] } }),
  setTierTargets: defineOperation({ method: "PUT", path: "/api/v1/slo-defaults", tag: "Settings", summary: "Change the default SLO targets per tier (admin)", scope: "admin", body: tierTargetsSchema, responses: { 200: ok({ type: "object" }), 400: E[400], 401: E[401], 403: E[403] } }),
  search: defineOperation({ method: "GET", path: "/api/v1/search", tag: "Catalogue", summary: "Find services, SLOs and teams by name", scope: "read", query: z.object({ q: z.string().optional().describe("Text") }), responses: { 200: ok({ type: "object" }), 401: E[401], 403: E[403] } }),
  ...incidentOperations,
  ...oncallOperations,
  ...readinessOperations,
  ...readinessStatusOperations,
  ...maturityOperations,
  ...costWhatIfOperations,
  ...costOperations,
  ...costPolicyOperations,
  ...costImportOperations,
};
