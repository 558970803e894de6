// The zod schemas for declaring and changing incidents, their notes, runbooks, postmortems, action items and drills.
import { z } from "zod";
import { slugSchema } from "@/lib/catalog/schemas";
import { instantInput } from "@/lib/instant";
import { ACTION_ITEM_PRIORITIES, ACTION_ITEM_STATUSES, INCIDENT_STATUSES, POSTMORTEM_STATUSES, RUNBOOK_FOLLOWED, SEVERITIES } from "./types";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => z.string({ error: "is required" }).trim().min(1, "is required").max(max, `must be at most ${max} characters`);

export const severitySchema = z.enum(SEVERITIES, { error: "must be SEV1, SEV2, SEV3 or SEV4" });
export const incidentStatusSchema = z.enum(INCIDENT_STATUSES, { error: `must be one of ${INCIDENT_STATUSES.join(", ")}` });
const tagSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(40, "must be at most 40 characters")
  .regex(/^[a-z0-9][a-z0-9._:-]*$/i, "may hold letters, digits and . _ : -");
const emailOrNull = z.string().trim().email("must be an email address").nullable();

export const incidentCreateSchema = z.object({
  title: required(200),
  severity: severitySchema,
  services: z.array(slugSchema, { error: "must be a list of service slugs" }).min(1, "name at least one affected service").max(20, "at most 20 services"),
  summary: text(10_000).optional().default(""),
  customerImpact: text(4_000).optional().default(""),
  tags: z.array(tagSchema).max(20, "at most 20 tags").optional().default([]),
  startedAt: instantInput.optional(),
  commander: emailOrNull.optional(),
});
export type IncidentCreateInput = z.infer<typeof incidentCreateSchema>;

const rolesSchema = z.object({ commander: emailOrNull.optional(), communications: emailOrNull.optional(), scribe: emailOrNull.optional() }).strict();

export const incidentPatchSchema = z
  .object({
    status: incidentStatusSchema.optional(),
    severity: severitySchema.optional(),
    note: required(10_000).optional(),
    title: required(200).optional(),
    summary: text(10_000).optional(),
    customerImpact: text(4_000).optional(),
    tags: z.array(tagSchema).max(20, "at most 20 tags").optional(),
    roles: rolesSchema.optional(),
    escalate: z.literal(true, { error: "must be true" }).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: "say what to change: status, severity, note, title, summary, customerImpact, tags, roles or escalate" });
export type IncidentPatchInput = z.infer<typeof incidentPatchSchema>;

export const timelineNoteSchema = z.object({ text: required(10_000), at: instantInput.optional() });
export const timelineNoteEditSchema = z.object({ text: required(10_000).optional(), at: instantInput.optional() });

export const incidentListQuerySchema = z.object({
  status: z.string().optional().describe("Comma-separated statuses, or `open` for every status before resolved"),
  severity: z.string().optional().describe("Comma-separated severities, e.g. SEV1,SEV2"),
  service: slugSchema.optional().describe("Service slug"),
  team: slugSchema.optional().describe("Team slug"),
  from: z.string().optional().describe("Started at or after (ISO-8601 or epoch seconds)"),
  to: z.string().optional().describe("Started before (ISO-8601 or epoch seconds)"),
  q: z.string().optional().describe("Text search in number, title, summary and tags"),
  drill: z.enum(["true", "false"]).optional().describe("`true` lists drills instead of incidents"),
  limit: z.coerce.number().int().min(1).max(500).optional().describe("Page size (default 50)"),
  offset: z.coerce.number().int().min(0).optional().describe("Rows to skip"),
});

// The service comes from the path (/services/{slug}/runbooks) or the page, not the body.
export const runbookInputSchema = z
  .object({
    slug: slugSchema,
    title: required(200),
    url: z.string().trim().url("must be a URL").regex(/^https?:\/\//i, "must be an http(s) URL").nullable().optional(),
    body: text(50_000).optional().default(""),
  })
  .refine((r) => Boolean(r.url) || r.body.trim() !== "", { message: "give a URL or write the steps", path: ["body"] });
export type RunbookInput = z.infer<typeof runbookInputSchema>;

export const postmortemInputSchema = z.object({
  summary: text(20_000).optional(),
  usersAffected: text(2_000).optional(),
  impact: text(20_000).optional(),
  detection: text(20_000).optional(),
  rootCauses: text(20_000).optional(),
  contributingFactors: text(20_000).optional(),
  wentWell: text(20_000).optional(),
  wentWrong: text(20_000).optional(),
  gotLucky: text(20_000).optional(),
  status: z.enum(POSTMORTEM_STATUSES, { error: "must be draft, in_review or published" }).optional(),
});
export type PostmortemInput = z.infer<typeof postmortemInputSchema>;

export const actionItemInputSchema = z.object({
  title: required(300),
  owner: emailOrNull.optional(),
  dueAt: instantInput.nullable().optional(),
  priority: z.enum(ACTION_ITEM_PRIORITIES, { error: "must be P1, P2 or P3" }).optional().default("P2"),
  status: z.enum(ACTION_ITEM_STATUSES, { error: "must be open, in_progress, done or wont_do" }).optional().default("open"),
});
export const actionItemPatchSchema = z.object({
  title: required(300).optional(),
  owner: emailOrNull.optional(),
  dueAt: instantInput.nullable().optional(),
  priority: z.enum(ACTION_ITEM_PRIORITIES, { error: "must be P1, P2 or P3" }).optional(),
  status: z.enum(ACTION_ITEM_STATUSES, { error: "must be open, in_progress, done or wont_do" }).optional(),
});

export const actionItemListQuerySchema = z.object({
  status: z.string().optional().describe("Comma-separated statuses (open, in_progress, done, wont_do), or `open` for open and in progress"),
  overdue: z.enum(["true", "false"], { error: "must be true or false" }).optional().describe("`true`: only items whose due date passed while open or in progress"),
  team: slugSchema.optional().describe("Team slug (the incident's team)"),
  owner: z.string().trim().email("must be an email address").optional().describe("Owner's email"),
});

export const drillInputSchema = z.object({
  service: slugSchema,
  title: required(200),
  scenario: required(4_000),
  hypothesis: text(4_000).optional().default(""),
  scheduledAt: instantInput,
  participants: z.array(z.string().trim().email("must be an email address")).max(30).optional().default([]),
  runbook: slugSchema.nullable().optional(),
});

export const drillRunSchema = z.object({ faultInjectedAt: instantInput.optional(), severity: severitySchema.optional() });

export const drillOutcomeSchema = z.object({
  runbookFollowed: z.enum(RUNBOOK_FOLLOWED, { error: "must be yes, partly or no" }),
  runbookNote: text(4_000).optional().default(""),
});
