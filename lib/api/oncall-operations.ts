// The on-call operations of Keel's REST API (who is on call, schedules, the iCalendar feed).
import { z } from "zod";
import { slugSchema } from "@/lib/catalog/schemas";
import { escalationPolicySchema, overrideInputSchema, scheduleInputSchema, scheduleUpdateSchema } from "@/lib/oncall/schemas";
import { defineOperation } from "./operation";
import { E, ok } from "./responses";

const tag = "On-call";
const person = { type: ["object", "null"], required: ["email", "name", "from", "until"], properties: { email: { type: "string" }, name: { type: "string" }, from: { type: "string", format: "date-time" }, until: { type: "string", format: "date-time" } } };
const schedule = {
  type: "object",
  properties: {
    slug: { type: "string" },
    name: { type: "string" },
    team: { type: "string" },
    timeZone: { type: "string" },
    rotation: { enum: ["daily", "weekly"] },
    handoffTime: { type: "string", description: "HH:MM in the schedule's time zone" },
    handoffWeekday: { type: "integer", description: "Weekly handoffs: 1 = Monday … 7 = Sunday" },
    startDate: { type: "string", format: "date" },
    participants: { type: "array", items: { type: "object", properties: { email: { type: "string" }, name: { type: "string" } } } },
  },
};
const override = { type: "object", properties: { id: { type: "integer" }, user: { type: "string" }, name: { type: "string" }, from: { type: "string", format: "date-time" }, until: { type: "string", format: "date-time" }, reason: { type: "string" }, createdBy: { type: "string" } } };
const level = {
  type: "object",
  properties: {
    level: { type: "integer" },
    delayMinutes: { type: "integer" },
    schedule: { type: "string", description: "Slug of the schedule whose on-call person this level reaches" },
    user: { type: "string", description: "Email of the person this level reaches" },
    people: { type: "array", items: { type: "object", properties: { email: { type: "string" }, name: { type: "string" } } }, description: "Whom the level reaches now" },
  },
};
const teamQuery = z.object({ team: slugSchema.describe("Team slug") });

export const oncallOperations = {
  getOnCall: defineOperation({
    method: "GET",
    path: "/api/v1/oncall",
    tag,
    summary: "Who is on call now and next for a team, per schedule, with the handoff instants",
    description: "`now.until` is when the current shift ends (a handoff or an override's end); `next.from` when the next one starts. Overrides are included.",
    scope: "read",
    query: teamQuery,
    responses: {
      200: ok({ type: "object", required: ["team", "schedules"], properties: { team: { type: "string" }, schedules: { type: "array", items: { type: "object", required: ["name", "timeZone", "now", "next"], properties: { name: { type: "string" }, timeZone: { type: "string" }, now: person, next: person } } } } }),
      400: E[400],
      401: E[401],
      403: E[403],
      404: { description: "Unknown team.", schema: "Error" },
    },
  }),
  oncallFeed: defineOperation({
    method: "GET",
    path: "/api/v1/oncall/{schedule}.ics",
    tag,
    summary: "A schedule's iCalendar feed (RFC 5545) for people's calendars; the token in the URL is the authentication",
    description: "One VEVENT per shift (overrides included) from about 30 days back to 90 days ahead, in the schedule's time zone with its VTIMEZONE. The URL with its token is on the schedule's page; regenerating the token voids the old URL. An unknown schedule and a wrong token both answer 404.",
    scope: null,
    query: z.object({ token: z.string().describe("The feed's secret token") }),
    responses: { 200: { description: "The feed", mediaType: "text/calendar", schema: { type: "string" } }, 404: { description: "Unknown schedule or wrong token.", schema: "Error" } },
  }),
  listSchedules: defineOperation({
    method: "GET",
    path: "/api/v1/oncall/schedules",
    tag,
    summary: "On-call schedules (or a team's)",
    scope: "read",
    query: z.object({ team: slugSchema.optional().describe("Team slug") }),
    responses: { 200: ok({ type: "object", properties: { schedules: { type: "array", items: schedule } } }), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
  }),
  createSchedule: defineOperation({
    method: "POST",
    path: "/api/v1/oncall/schedules",
    tag,
    summary: "Create a schedule (members of its team, admins): rotation, handoff time in its time zone, participants in order by email",
    scope: "write",
    body: scheduleInputSchema,
    responses: { 201: ok(schedule, "Created"), 400: E[400], 401: E[401], 403: E[403], 409: E[409], 413: E[413] },
  }),
  getSchedule: defineOperation({
    method: "GET",
    path: "/api/v1/oncall/schedules/{slug}",
    tag,
    summary: "A schedule with who is on call now and next and its overrides from now on",
    scope: "read",
    responses: { 200: ok({ type: "object", properties: { ...schedule.properties, now: person, next: person, overrides: { type: "array", items: override } } }), 401: E[401], 403: E[403], 404: E[404] },
  }),
  updateSchedule: defineOperation({ method: "PUT", path: "/api/v1/oncall/schedules/{slug}", tag, summary: "Change a schedule; `participants` replaces the rotation's order", scope: "write", body: scheduleUpdateSchema, responses: { 200: ok(schedule), 400: E[400], 401: E[401], 403: E[403], 404: E[404] } }),
  deleteSchedule: defineOperation({ method: "DELETE", path: "/api/v1/oncall/schedules/{slug}", tag, summary: "Delete a schedule with its overrides", scope: "write", responses: { 204: { description: "Deleted" }, 401: E[401], 403: E[403], 404: E[404] } }),
  addOverride: defineOperation({
    method: "POST",
    path: "/api/v1/oncall/schedules/{slug}/overrides",
    tag,
    summary: "Put someone on call for a stretch (at most 90 days); where overrides overlap, the later one wins",
    scope: "write",
    body: overrideInputSchema,
    responses: { 201: ok({ type: "object", properties: { id: { type: "integer" } } }, "Created"), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
  }),
  deleteOverride: defineOperation({ method: "DELETE", path: "/api/v1/oncall/schedules/{slug}/overrides/{id}", tag, summary: "Remove an override", scope: "write", responses: { 204: { description: "Removed" }, 401: E[401], 403: E[403], 404: E[404] } }),
  getEscalationPolicy: defineOperation({
    method: "GET",
    path: "/api/v1/oncall/escalation-policies/{team}",
    tag,
    summary: "A team's escalation policy: levels with their delay after an incident triggers and whom they reach now",
    scope: "read",
    responses: { 200: ok({ type: "object", properties: { team: { type: "string" }, levels: { type: "array", items: level } } }), 401: E[401], 403: E[403], 404: E[404] },
  }),
  setEscalationPolicy: defineOperation({
    method: "PUT",
    path: "/api/v1/oncall/escalation-policies/{team}",
    tag,
    summary: "Replace a team's escalation policy (members of the team, admins); each level names a schedule of the team or a user",
    scope: "write",
    body: escalationPolicySchema,
    responses: { 200: ok({ type: "object", properties: { team: { type: "string" }, levels: { type: "array", items: level } } }), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
  }),
};
