// The incident operations of Keel's REST API (incidents, their timeline, the severity policy), with their response schemas.
import { incidentAnalyticsQuerySchema } from "@/lib/incidents/analytics-query";
import { incidentPolicySchema } from "@/lib/incidents/policy";
import { drillInputSchema, drillOutcomeSchema, drillRunSchema, incidentCreateSchema, incidentListQuerySchema, incidentPatchSchema, timelineNoteEditSchema, timelineNoteSchema } from "@/lib/incidents/schemas";
import { slugSchema } from "@/lib/catalog/schemas";
import { z } from "zod";
import { INCIDENT_SOURCES, INCIDENT_STATUSES, SEVERITIES, TIMELINE_KINDS } from "@/lib/incidents/types";
import { defineOperation } from "./operation";
import { E, ok } from "./responses";

const NOT_FOUND = { description: "Unknown incident number (or timeline entry).", schema: "Error" };
const CONFLICT = { description: "The move is not allowed from the incident's status (e.g. closing before a required postmortem is published).", schema: "Error" };
const DRILL_NOT_FOUND = { description: "Unknown drill id.", schema: "Error" };
const DRILL_CONFLICT = { description: "The drill is not in a state that allows this (e.g. running a drill twice).", schema: "Error" };
const time = { type: ["string", "null"], format: "date-time" };
const person = { type: ["object", "null"], properties: { name: { type: "string" }, email: { type: "string" } } };

const timing = { type: ["number", "null"], description: "Minutes" };

export const incidentSchemas = {
  Drill: {
    type: "object",
    required: ["id", "drill", "title", "service", "status", "scheduledAt", "timings"],
    properties: {
      id: { type: "integer" },
      drill: { const: true },
      title: { type: "string" },
      service: { type: "string" },
      team: { type: "string" },
      scenario: { type: "string" },
      hypothesis: { type: "string" },
      status: { enum: ["planned", "running", "completed", "cancelled"] },
      scheduledAt: { type: "string", format: "date-time" },
      participants: { type: "array", items: { type: "object", properties: { name: { type: "string" }, email: { type: "string" } } } },
      runbook: { type: ["object", "null"], properties: { slug: { type: "string" }, title: { type: "string" }, url: { type: ["string", "null"] } } },
      incident: { type: ["integer", "null"], description: "The number of the incident the drill ran as" },
      faultInjectedAt: time,
      runbookFollowed: { enum: ["yes", "partly", "no", null] },
      runbookNote: { type: "string" },
      timings: { type: "object", properties: { detectMinutes: timing, acknowledgeMinutes: timing, escalateMinutes: timing, resolveMinutes: timing } },
    },
  },
  TimelineEntry: {
    type: "object",
    required: ["at", "kind", "text"],
    properties: { id: { type: "integer" }, at: { type: "string", format: "date-time" }, kind: { enum: [...TIMELINE_KINDS] }, text: { type: "string" }, actor: { type: "string" }, editedAt: time },
  },
  Incident: {
    type: "object",
    required: ["number", "title", "severity", "status", "services", "source", "drill", "startedAt", "acknowledgedAt", "mitigatedAt", "resolvedAt"],
    properties: {
      number: { type: "integer" },
      title: { type: "string" },
      severity: { enum: [...SEVERITIES] },
      status: { enum: [...INCIDENT_STATUSES] },
      services: { type: "array", items: { type: "string" }, description: "Service slugs, the first one owning the incident" },
      source: { enum: INCIDENT_SOURCES.filter((s) => s !== "drill") },
      drill: { type: "boolean", description: "A game-day drill: never counted in analytics" },
      startedAt: { type: "string", format: "date-time" },
      acknowledgedAt: time,
      investigatingAt: time,
      mitigatedAt: time,
      resolvedAt: time,
      closedAt: time,
      escalatedAt: time,
      summary: { type: "string" },
      customerImpact: { type: "string" },
      tags: { type: "array", items: { type: "string" } },
      team: { type: ["string", "null"] },
      slo: { type: ["string", "null"], description: "The SLO whose alert opened it" },
      assignee: person,
      roles: { type: "object", properties: { commander: person, communications: person, scribe: person } },
      timeline: { type: "array", items: { $ref: "#/components/schemas/TimelineEntry" }, description: "On single reads and writes" },
    },
  },
};

export const incidentOperations = {
  listIncidents: defineOperation({
    method: "GET",
    path: "/api/v1/incidents",
    tag: "Incidents",
    summary: "The incident log, newest first, filtered",
    description: "Drills are listed only with `?drill=true` (and then only drills). `total` counts every match; `limit` and `offset` page through them.",
    scope: "read",
    query: incidentListQuerySchema,
    responses: { 200: ok({ type: "object", properties: { incidents: { type: "array", items: { $ref: "#/components/schemas/Incident" } }, total: { type: "integer" } } }), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
  }),
  declareIncident: defineOperation({
    method: "POST",
    path: "/api/v1/incidents",
    tag: "Incidents",
    summary: "Declare an incident (members of the first service's team, admins)",
    description: "Numbered #1, #2…; assigned to the on-call engineer of the first service's team; deploys of its services in the deploy window before the start go on its timeline.",
    scope: "write",
    body: incidentCreateSchema,
    responses: { 201: ok("Incident", "Declared"), 400: E[400], 401: E[401], 403: E[403], 413: E[413] },
  }),
  getIncident: defineOperation({ method: "GET", path: "/api/v1/incidents/{number}", tag: "Incidents", summary: "An incident with its timeline", scope: "read", responses: { 200: ok("Incident"), 401: E[401], 403: E[403], 404: NOT_FOUND } }),
  changeIncident: defineOperation({
    method: "PATCH",
    path: "/api/v1/incidents/{number}",
    tag: "Incidents",
    summary: "Change an incident's status, severity, roles or text, add a note, or escalate it",
    description: "Each change goes on the timeline. Statuses move forward (steps may be skipped); a mitigated or resolved incident may be reopened; closing needs a resolved incident and, for severities that require one, a published postmortem (409 otherwise).",
    scope: "write",
    body: incidentPatchSchema,
    responses: { 200: ok("Incident"), 400: E[400], 401: E[401], 403: E[403], 404: NOT_FOUND, 409: CONFLICT },
  }),
  addIncidentNote: defineOperation({
    method: "POST",
    path: "/api/v1/incidents/{number}/notes",
    tag: "Incidents",
    summary: "Add a note to the timeline, at a given time (default now)",
    scope: "write",
    body: timelineNoteSchema,
    responses: { 201: ok("Incident", "Added"), 400: E[400], 401: E[401], 403: E[403], 404: NOT_FOUND },
  }),
  editIncidentNote: defineOperation({
    method: "PATCH",
    path: "/api/v1/incidents/{number}/notes/{id}",
    tag: "Incidents",
    summary: "Correct a note's text or time",
    scope: "write",
    body: timelineNoteEditSchema,
    responses: { 200: ok("Incident"), 400: E[400], 401: E[401], 403: E[403], 404: NOT_FOUND },
  }),
  listDrills: defineOperation({
    method: "GET",
    path: "/api/v1/drills",
    tag: "Drills",
    summary: "Game days and drills, newest first, with their timings",
    description: "Timings in minutes: detect (fault injected → incident triggered), acknowledge and escalate (from the trigger) and resolve. Drills never count in incident analytics.",
    scope: "read",
    query: z.object({ service: slugSchema.optional().describe("Service slug"), team: slugSchema.optional().describe("Team slug") }),
    responses: { 200: ok({ type: "object", properties: { drills: { type: "array", items: { $ref: "#/components/schemas/Drill" } } } }), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
  }),
  planDrill: defineOperation({ method: "POST", path: "/api/v1/drills", tag: "Drills", summary: "Plan a drill for a service (members of its team, admins)", scope: "write", body: drillInputSchema, responses: { 201: ok("Drill", "Planned"), 400: E[400], 401: E[401], 403: E[403], 413: E[413] } }),
  getDrill: defineOperation({ method: "GET", path: "/api/v1/drills/{id}", tag: "Drills", summary: "A drill with its timings", scope: "read", responses: { 200: ok("Drill"), 401: E[401], 403: E[403], 404: DRILL_NOT_FOUND } }),
  updateDrill: defineOperation({ method: "PUT", path: "/api/v1/drills/{id}", tag: "Drills", summary: "Change a planned drill", scope: "write", body: drillInputSchema, responses: { 200: ok("Drill"), 400: E[400], 401: E[401], 403: E[403], 404: DRILL_NOT_FOUND, 409: DRILL_CONFLICT } }),
  runDrill: defineOperation({
    method: "POST",
    path: "/api/v1/drills/{id}/run",
    tag: "Drills",
    summary: "Run a planned drill: its incident opens now, flagged as a drill",
    description: "`faultInjectedAt` (default now) is when the fault was injected; time to detect runs from it to the incident's trigger. The incident takes the same lifecycle, roles and timeline as any other and is listed with `GET /api/v1/incidents?drill=true`.",
    scope: "write",
    body: drillRunSchema,
    responses: { 200: ok("Drill"), 400: E[400], 401: E[401], 403: E[403], 404: DRILL_NOT_FOUND, 409: DRILL_CONFLICT },
  }),
  recordDrillOutcome: defineOperation({ method: "PUT", path: "/api/v1/drills/{id}/outcome", tag: "Drills", summary: "Record whether the runbook was followed (yes, partly, no) with a note", scope: "write", body: drillOutcomeSchema, responses: { 200: ok("Drill"), 400: E[400], 401: E[401], 403: E[403], 404: DRILL_NOT_FOUND, 409: DRILL_CONFLICT } }),
  finishDrill: defineOperation({
    method: "POST",
    path: "/api/v1/drills/{id}/finish",
    tag: "Drills",
    summary: "Complete a running drill whose incident is resolved, or cancel a planned one",
    scope: "write",
    body: z.object({ outcome: z.enum(["completed", "cancelled"], { error: "must be completed or cancelled" }) }),
    responses: { 200: ok("Drill"), 400: E[400], 401: E[401], 403: E[403], 404: DRILL_NOT_FOUND, 409: DRILL_CONFLICT },
  }),
  getIncidentPolicy: defineOperation({ method: "GET", path: "/api/v1/incident-policy", tag: "Incidents", summary: "The severity policy: meanings, targets, escalation, postmortems", scope: "read", responses: { 200: ok({ type: "object" }), 401: E[401], 403: E[403] } }),
  setIncidentPolicy: defineOperation({ method: "PUT", path: "/api/v1/incident-policy", tag: "Incidents", summary: "Change the severity policy (admin)", scope: "admin", body: incidentPolicySchema, responses: { 200: ok({ type: "object" }), 400: E[400], 401: E[401], 403: E[403] } }),
  incidentAnalytics: defineOperation({
    method: "GET",
    path: "/api/v1/incidents/analytics",
    tag: "Incidents",
    summary: "Incident count, MTTA and MTTR over incidents that started in [from, to)",
    description:
      "MTTA is acknowledgedAt − startedAt and MTTR is resolvedAt − startedAt, in minutes, each over the incidents that have the instant (null when none). Drills never count. Defaults: the 90 days before now.",
    scope: "read",
    query: incidentAnalyticsQuerySchema,
    responses: {
      200: ok({
        type: "object",
        required: ["count", "bySeverity", "mttaMinutes", "mttrMinutes"],
        properties: {
          count: { type: "integer" },
          bySeverity: { type: "object", properties: Object.fromEntries(SEVERITIES.map((s) => [s, { type: "integer" }])) },
          mttaMinutes: { type: "object", required: ["mean", "median"], properties: { mean: { type: ["number", "null"] }, median: { type: ["number", "null"] } } },
          mttrMinutes: { type: "object", required: ["mean", "median"], properties: { mean: { type: ["number", "null"] }, median: { type: ["number", "null"] } } },
        },
      }),
      400: E[400],
      401: E[401],
      403: E[403],
      404: E[404],
    },
  }),
};

