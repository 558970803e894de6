// The POST /api/v1/sli body: a zod schema (documentation, OpenAPI) and the fast validator the route runs.
import { z } from "zod";

export const MAX_SLI_POINTS = 50_000;
/**
 * Events per minute and field. Running sums add every minute of up to 400 days (576,000 minutes):
 * 1e9 × 576,000 ≈ 5.8e14 stays below 2^53, so sums and their differences remain exact integers.
 */
export const MAX_EVENTS_PER_MINUTE = 1_000_000_000;
export const DEFAULT_SLI_RETENTION_DAYS = 400;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MAX_FUTURE_MS = MS_PER_DAY;

export type SliIngestMode = "replace" | "add";

/** A validated point: its SLO resolved to an id, its time truncated to epoch minutes (ms / 60000). */
export type SliIngestPoint = { sloId: number; minute: number; good: number; total: number };

export type SliIngestResult =
  | { ok: true; points: SliIngestPoint[] }
  | { ok: false; code: "bad_request" | "payload_too_large"; message: string; field?: string };

/** Days of minute data kept (KEEL_SLI_RETENTION_DAYS, default 400); older points are refused. */
export function sliRetentionDays(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const days = Number(env.KEEL_SLI_RETENTION_DAYS);
  return Number.isFinite(days) && days > 0 ? days : DEFAULT_SLI_RETENTION_DAYS;
}

/** `?mode=`: absent or "replace" replaces, "add" adds; anything else is null (400 naming `mode`). */
export function parseSliMode(raw: string | null): SliIngestMode | null {
  if (raw === null || raw === "replace") return "replace";
  if (raw === "add") return "add";
  return null;
}

// RFC 3339 / ISO-8601 extended date-time with a zone: 2026-11-01T10:05:00Z, …T10:05+01:00, …T10:05:00.123-0500.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Epoch ms of an ISO-8601 string with a zone or of Unix epoch seconds (a number); null when it is neither.
 * Hand-parsed rather than Date.parse, which accepts zone-less and non-ISO forms and reads them as local time.
 */
export function parseIngestInstant(ts: unknown): number | null {
  if (typeof ts === "number") return Number.isFinite(ts) ? ts * 1000 : null;
  if (typeof ts !== "string") return null;
  const match = ISO_DATE_TIME.exec(ts);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (match[7] === undefined) {
    const offsetHours = Number(match[9]);
    const offsetMins = match[10] === undefined ? 0 : Number(match[10]);
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (match[8] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  // Fractions of a second are dropped: they never move a time across a minute boundary.
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * MS_PER_MINUTE;
}

const TS_MESSAGE = "must be an ISO-8601 time with a zone (e.g. 2026-11-01T10:05:00Z) or Unix epoch seconds";
const COUNT_MESSAGE = "must be an integer ≥ 0";
const LIMIT_MESSAGE = `at most ${MAX_EVENTS_PER_MINUTE.toLocaleString("en-US")} events per minute`;

/** zod's view of the body, for the OpenAPI document and for callers that want a schema; the route uses parseSliIngestBody. */
export const sliPointSchema = z
  .object({
    slo: z.string().min(1, "must be the SLO's slug"),
    ts: z.union([z.string(), z.number()]).refine((ts) => parseIngestInstant(ts) !== null, TS_MESSAGE),
    good: z.number().int(COUNT_MESSAGE).min(0, COUNT_MESSAGE).max(MAX_EVENTS_PER_MINUTE, LIMIT_MESSAGE),
    total: z.number().int(COUNT_MESSAGE).min(0, COUNT_MESSAGE).max(MAX_EVENTS_PER_MINUTE, LIMIT_MESSAGE),
  })
  .refine((point) => point.good <= point.total, { path: ["good"], message: "must not exceed total" });

export const sliIngestBodySchema = z.object({
  points: z.array(sliPointSchema).max(MAX_SLI_POINTS, `at most ${MAX_SLI_POINTS} points per request`),
});

export type SliIngestBody = z.infer<typeof sliIngestBodySchema>;

/** The distinct string slugs of a body's points, to resolve in one query before validating. */
export function sloSlugsOf(body: unknown): string[] {
  const points = isRecord(body) ? body.points : undefined;
  if (!Array.isArray(points) || points.length > MAX_SLI_POINTS) return [];
  const slugs = new Set<string>();
  for (const point of points) {
    if (isRecord(point) && typeof point.slo === "string") slugs.add(point.slo);
  }
  return [...slugs];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

export type SliIngestOptions = {
  /** The SLO id of a slug, undefined when no SLO has it. */
  resolveSlo: (slug: string) => number | undefined;
  nowMs?: number;
  retentionDays?: number;
};

/**
 * Validates a parsed JSON body in one pass and names the first bad field exactly as the API documents
 * (`points[3].good`); fields are checked in the order slo, ts, good, total. A hand-written loop
 * because zod per item costs several times more on 50,000-point bodies. Never throws.
 */
export function parseSliIngestBody(body: unknown, options: SliIngestOptions): SliIngestResult {
  if (!isRecord(body)) return fail('Request body must be a JSON object: {"points": [...]}');
  const raw = body.points;
  if (raw === undefined) return fail("points: required; send an array of points", "points");
  if (!Array.isArray(raw)) return fail("points: must be an array", "points");
  if (raw.length > MAX_SLI_POINTS) {
    return { ok: false, code: "payload_too_large", message: `At most ${MAX_SLI_POINTS} points per request; this one has ${raw.length}` };
  }
  const nowMs = options.nowMs ?? Date.now();
  const retentionDays = options.retentionDays ?? sliRetentionDays();
  // Minutes, not instants: the bucket that holds the retention cut-off is still kept.
  const oldestMinute = Math.floor((nowMs - retentionDays * MS_PER_DAY) / MS_PER_MINUTE);
  const latestMs = nowMs + MAX_FUTURE_MS;
  const points: SliIngestPoint[] = [];
  // Exporters send many points with one timestamp (every SLO at a minute): parse each distinct string once.
  let lastTs: unknown = undefined;
  let lastTsMs: number | null = null;
  for (let i = 0; i < raw.length; i++) {
    const point: unknown = raw[i];
    const at = `points[${i}]`;
    if (!isRecord(point)) return fail(`${at}: must be an object with slo, ts, good and total`, at);
    const { slo, ts, good, total } = point;
    if (typeof slo !== "string" || slo === "") return fail(`${at}.slo: must be the SLO's slug (a string)`, `${at}.slo`);
    const sloId = options.resolveSlo(slo);
    if (sloId === undefined) return fail(`${at}.slo: unknown SLO slug "${slo}"`, `${at}.slo`);
    if (ts !== lastTs) {
      lastTs = ts;
      lastTsMs = parseIngestInstant(ts);
    }
    if (lastTsMs === null) return fail(`${at}.ts: ${TS_MESSAGE}`, `${at}.ts`);
    const minute = Math.floor(lastTsMs / MS_PER_MINUTE);
    if (minute < oldestMinute) return fail(`${at}.ts: older than the ${retentionDays}-day retention of minute data`, `${at}.ts`);
    if (lastTsMs > latestMs) return fail(`${at}.ts: more than 1 day in the future`, `${at}.ts`);
    if (!isCount(good)) return fail(`${at}.good: ${COUNT_MESSAGE}`, `${at}.good`);
    if (good > MAX_EVENTS_PER_MINUTE) return fail(`${at}.good: ${LIMIT_MESSAGE}`, `${at}.good`);
    if (!isCount(total)) return fail(`${at}.total: ${COUNT_MESSAGE}`, `${at}.total`);
    if (total > MAX_EVENTS_PER_MINUTE) return fail(`${at}.total: ${LIMIT_MESSAGE}`, `${at}.total`);
    if (good > total) return fail(`${at}.good: must not exceed total (${good} > ${total})`, `${at}.good`);
    points.push({ sloId, minute, good, total });
  }
  return { ok: true, points };
}

function fail(message: string, field?: string): SliIngestResult {
  return field === undefined ? { ok: false, code: "bad_request", message } : { ok: false, code: "bad_request", message, field };
}
