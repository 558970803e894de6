// The incident operations of Keel's REST API (incidents, their timeline, the severity policy), with their response schemas.
import { alertmanagerPayloadSchema } from "@/lib/incidents/alertmanager";
import { incidentPolicySchema } from "@/lib/incidents/policy";
import { incidentCreateSchema, incidentListQuerySchema, incidentPatchSchema, timelineNoteEditSchema, timelineNoteSchema } from "@/lib/incidents/schemas";
import { INCIDENT_SOURCES, INCIDENT_STATUSES, SEVERITIES, TIMELINE_KINDS } from "@/lib/incidents/types";
import { defineOperation } from "./operation";
import { E, ok } from "./responses";

const NOT_FOUND = { description: "Unknown incident number (or timeline entry).", schema: "Error" };
const CONFLICT = { description: "The move is not allowed from the incident's status (e.g. closing before a required postmortem is published).", schema: "Error" };
const time = { type: ["string", "null"], format: "date-time" };
const person = { type: ["object", "null"], properties: { name: { type: "string" }, email: { type: "string" } } };

export const incidentSchemas = {
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
  receiveAlertmanager: defineOperation({
    method: "POST",
    path: "/api/v1/alertmanager",
    tag: "Incidents",
    summary: "Alertmanager webhook (payload version 4): alert groups open and resolve incidents",
    description:
      "Point an Alertmanager `webhook_configs` receiver here with `http_config.authorization` (type Bearer, a token with the `write` scope). A firing group opens an incident (source `alertmanager`) or adds its new alerts to the open incident of the same `groupKey`; re-sent alerts are not repeated. Severity: label `keel_severity` (SEV1..SEV4), else `severity` critical/page → SEV2, warning/ticket → SEV3, anything else SEV4. Services: the `service` labels that name a service (the first one owns the incident). Annotations `runbook_url` or `keel_runbook` put a runbook link on the alert's timeline entry. When every alert of the group has resolved, the incident resolves, unless a person acknowledged or changed it (then a timeline entry says so). A token limited to teams is refused (403) for another team's service.",
    scope: "write",
    body: alertmanagerPayloadSchema,
    responses: {
      200: ok(
        {
          type: "object",
          required: ["incident", "action"],
          properties: { incident: { type: ["integer", "null"], description: "The incident's number (null when nothing was opened)" }, action: { enum: ["opened", "updated", "resolved", "ignored"] } },
        },
        "What the notification did",
      ),
      400: E[400],
      401: E[401],
      403: E[403],
      413: E[413],
    },
  }),
  getIncidentPolicy: defineOperation({ method: "GET", path: "/api/v1/incident-policy", tag: "Incidents", summary: "The severity policy: meanings, targets, escalation, postmortems", scope: "read", responses: { 200: ok({ type: "object" }), 401: E[401], 403: E[403] } }),
  setIncidentPolicy: defineOperation({ method: "PUT", path: "/api/v1/incident-policy", tag: "Incidents", summary: "Change the severity policy (admin)", scope: "admin", body: incidentPolicySchema, responses: { 200: ok({ type: "object" }), 400: E[400], 401: E[401], 403: E[403] } }),
};

