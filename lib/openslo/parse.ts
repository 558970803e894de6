// Parses OpenSLO v1 (and Sloth prometheus/v1) YAML into Keel SLO definitions, services and datasources, or per-document, per-field errors.
import { parseAllDocuments } from "yaml";
import { z } from "zod";
import type { SloAlertWindow, SloSource } from "@/db/schema/slo";
import { slugSchema } from "@/lib/catalog/schemas";
import type { PolicyOverride } from "@/lib/slo/policy";
import { DEFAULT_REVIEW_CADENCE_DAYS, isValidTimeZone, sloInputSchema } from "@/lib/slo/schemas";
import type { BudgetingMethod, SloWindow } from "@/lib/slo/types";

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

export type OpenSloError = { document: number; path: string; message: string };

export type SliKind = "availability" | "latency" | "ratio";
export type ServiceTier = 1 | 2 | 3;

/** An SLO definition in the shape of the API's body as `definitionToJson` returns it: every field present. */
export type KeelSloDefinition = {
  slug: string;
  name: string;
  service: string;
  description: string;
  sliKind: SliKind;
  latencyThresholdMs: number | null;
  target: number;
  window: SloWindow;
  budgetingMethod: BudgetingMethod;
  timesliceTarget: number | null;
  segment: string | null;
  source: SloSource;
  alertWindows: SloAlertWindow[] | null;
  policy: PolicyOverride | null;
  reviewCadenceDays: number;
};

export type ParsedSlo = { document: number; definition: KeelSloDefinition };
/** A service an import needs; `document` is null when only an SLO names it. `team` is a slug the importer may or may not know. */
export type ParsedService = { document: number | null; slug: string; name: string; description: string; team: string | null; tier: ServiceTier | null };
export type ParsedDataSource = { document: number; name: string; type: "prometheus"; url: string };
export type OpenSloImport = { slos: ParsedSlo[]; services: ParsedService[]; datasources: ParsedDataSource[] };
export type OpenSloParseResult = ({ ok: true } & OpenSloImport) | { ok: false; errors: OpenSloError[] };

// Keel-only fields travel in annotations (map[string]string by the spec) and the segment in a plain label.
export const KEEL_ANNOTATIONS = {
  sliKind: "keel.dev/sli-kind",
  alertWindows: "keel.dev/alert-windows",
  policy: "keel.dev/policy",
  reviewCadenceDays: "keel.dev/review-cadence-days",
  segment: "keel.dev/segment",
} as const;
export const SEGMENT_LABEL = "segment";
const SLI_KIND_LABEL = "sli-kind";

// SLO documents without a time window get what Sloth and most tools assume.
const DEFAULT_WINDOW: SloWindow = { kind: "rolling", days: 30 };

// ---------------------------------------------------------------------------------------------
// Paths and error collection
// ---------------------------------------------------------------------------------------------

/** `spec.timeWindow[0].duration`; keys that are not plain identifiers are bracketed: `metadata.annotations["keel.dev/policy"]`. */
export function formatPath(parts: readonly PropertyKey[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(part))) out += out ? `.${String(part)}` : String(part);
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

const join = (base: string, ...parts: PropertyKey[]) => {
  const tail = formatPath(parts);
  if (!base) return tail;
  return tail.startsWith("[") ? base + tail : `${base}.${tail}`;
};

class Errors {
  readonly list: OpenSloError[] = [];
  // Objectives share their SLO's indicator and window: a problem there is said once, not once per objective.
  add(document: number, path: string, message: string): void {
    if (this.list.some((e) => e.document === document && e.path === path && e.message === message)) return;
    this.list.push({ document, path, message });
  }
}

// Missing fields read "is required" rather than zod's "expected string, received undefined".
const requiredMessage = (issue: { code?: string; input?: unknown }) => (issue.code === "invalid_type" && issue.input === undefined ? "is required" : undefined);

function check<S extends z.ZodType>(schema: S, value: unknown, errors: Errors, document: number, base: string): z.infer<S> | null {
  const result = schema.safeParse(value, { error: requiredMessage });
  if (result.success) return result.data;
  for (const issue of result.error.issues) errors.add(document, join(base, ...issue.path), issue.message);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Document shapes (structure only; meaning is checked while mapping). Unknown fields are kept silently.
// ---------------------------------------------------------------------------------------------

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const metadataSchema = z.looseObject({
  name: z.string().min(1, "is required"),
  displayName: z.string().nullish(),
  labels: z.record(z.string(), z.union([scalar, z.array(scalar)]).nullable()).nullish(),
  annotations: z.record(z.string(), scalar.nullable()).nullish(),
});
type Metadata = z.infer<typeof metadataSchema>;

const metricSourceSchema = z.looseObject({
  metricSourceRef: z.string().nullish(),
  type: z.string().nullish(),
  spec: z.record(z.string(), z.unknown()).nullish(),
});
const metricSchema = z.looseObject({ metricSource: metricSourceSchema });
type Metric = z.infer<typeof metricSchema>;

const sliSpecSchema = z.looseObject({
  description: z.string().nullish(),
  thresholdMetric: metricSchema.nullish(),
  ratioMetric: z
    .looseObject({
      counter: z.boolean().nullish(),
      good: metricSchema.nullish(),
      bad: metricSchema.nullish(),
      total: metricSchema.nullish(),
      rawType: z.enum(["success", "failure"]).nullish(),
      raw: metricSchema.nullish(),
    })
    .nullish(),
});
type SliSpec = z.infer<typeof sliSpecSchema>;
const inlineSliSchema = z.looseObject({ metadata: metadataSchema.partial().nullish(), spec: sliSpecSchema });
type InlineSli = z.infer<typeof inlineSliSchema>;

const objectiveSchema = z.looseObject({
  displayName: z.string().nullish(),
  op: z.enum(["lt", "lte", "gt", "gte"], { error: "must be lt, lte, gt or gte" }).nullish(),
  value: z.union([z.number(), z.string()]).nullish(),
  target: z.number().nullish(),
  targetPercent: z.number().nullish(),
  timeSliceTarget: z.number().nullish(),
  timeSliceWindow: z.union([z.number(), z.string()]).nullish(),
  indicator: inlineSliSchema.nullish(),
  indicatorRef: z.string().nullish(),
});
type Objective = z.infer<typeof objectiveSchema>;

const timeWindowSchema = z.looseObject({
  duration: z.string(),
  isRolling: z.boolean().nullish(),
  calendar: z.looseObject({ timeZone: z.string().nullish() }).nullish(),
});
type TimeWindow = z.infer<typeof timeWindowSchema>;

const budgetingMethodSchema = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(z.enum(["occurrences", "timeslices", "ratiotimeslices"], { error: "must be Occurrences, Timeslices or RatioTimeslices" }));

const sloSpecSchema = z.looseObject({
  description: z.string().nullish(),
  service: z.string().min(1, "is required"),
  indicator: inlineSliSchema.nullish(),
  indicatorRef: z.string().nullish(),
  timeWindow: z.array(timeWindowSchema).nullish(),
  budgetingMethod: budgetingMethodSchema,
  objectives: z.array(objectiveSchema).min(1, "give at least one objective"),
  alertPolicies: z.array(z.unknown()).nullish(),
});
type SloSpec = z.infer<typeof sloSpecSchema>;

const conditionSpecSchema = z.looseObject({
  severity: scalar.nullish(),
  condition: z
    .looseObject({ kind: z.string().nullish(), op: z.string().nullish(), threshold: z.number().nullish(), lookbackWindow: scalar.nullish() })
    .nullish(),
});
type ConditionSpec = z.infer<typeof conditionSpecSchema>;
const alertPolicySpecSchema = z.looseObject({ alertWhenBreaching: z.boolean().nullish(), conditions: z.array(z.unknown()).nullish() });
type AlertPolicySpec = z.infer<typeof alertPolicySpecSchema>;

const serviceSpecSchema = z.looseObject({ description: z.string().nullish() }).nullish();
const dataSourceSpecSchema = z.looseObject({
  type: z.string().min(1, "is required"),
  connectionDetails: z.record(z.string(), z.unknown()).nullish(),
});

const KINDS = ["SLO", "SLI", "Service", "AlertPolicy", "AlertCondition", "AlertNotificationTarget", "DataSource"] as const;
type Kind = (typeof KINDS)[number];

type OpenSloDocument = { index: number; kind: Kind; metadata: Metadata; spec: unknown };
type SlothDocument = { index: number; value: Record<string, unknown> };

// ---------------------------------------------------------------------------------------------
// Small readers
// ---------------------------------------------------------------------------------------------

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function labelOf(metadata: Partial<Metadata> | null | undefined, key: string): string | null {
  const value = metadata?.labels?.[key];
  if (value == null) return null;
  if (Array.isArray(value)) return value.length === 1 ? String(value[0]) : null;
  return String(value);
}

function annotationOf(metadata: Partial<Metadata> | null | undefined, key: string): string | null {
  const value = metadata?.annotations?.[key];
  return value == null ? null : String(value);
}

/** Lowercase letters and digits joined by single hyphens: "Internal (stricter!)" → "internal-stricter". */
function slugWords(raw: string): string {
  return raw
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Keeps valid Keel slugs as they are; anything else becomes one (lowercase, hyphens, a leading letter, at most 63 characters). */
export function toSlug(raw: string, prefixIfNoLetter: string): string {
  const trimmed = raw.trim();
  if (slugSchema.safeParse(trimmed).success) return trimmed;
  let slug = slugWords(trimmed);
  if (slug && !/^[a-z]/.test(slug)) slug = `${prefixIfNoLetter}-${slug}`;
  return slug.slice(0, 63).replace(/-+$/, "");
}

/** `base-suffix` within 63 characters, shortening the base so the suffix (what tells objectives apart) survives. */
function joinSlug(base: string, suffix: string): string {
  const tail = suffix.slice(0, 40).replace(/-+$/, "");
  return `${base.slice(0, 62 - tail.length).replace(/-+$/, "")}-${tail}`;
}

const roundFraction = (value: number) => Number(value.toPrecision(12));

// ---------------------------------------------------------------------------------------------
// Durations and windows
// ---------------------------------------------------------------------------------------------

type Duration = { count: number; unit: "m" | "h" | "d" | "w" | "M" | "Q" | "Y" };

function parseDuration(raw: string): Duration | null {
  const match = /^([1-9][0-9]*)([mhdwMQY])$/.exec(raw.trim());
  return match ? { count: Number(match[1]), unit: match[2] as Duration["unit"] } : null;
}

const MINUTES: Partial<Record<Duration["unit"], number>> = { m: 1, h: 60, d: 1440, w: 10080 };

function rollingDays(duration: Duration): number | string {
  const minutes = MINUTES[duration.unit];
  if (minutes === undefined) return "Keel's rolling windows are whole days (e.g. 28d or 4w); months, quarters and years have no fixed length, use a calendar window";
  const total = duration.count * minutes;
  if (total % 1440 !== 0) return "Keel's rolling windows are whole days (e.g. 28d, 4w or 24h)";
  const days = total / 1440;
  if (days > 400) return "Keel's rolling windows are at most 400 days";
  return days;
}

const CALENDAR_UNITS: Partial<Record<string, "week" | "month" | "quarter">> = { "1w": "week", "1M": "month", "1Q": "quarter" };

function calendarUnit(raw: string, duration: Duration): "week" | "month" | "quarter" | string {
  const unit = CALENDAR_UNITS[`${duration.count}${duration.unit}`];
  if (unit) return unit;
  const hint = raw.trim() === "1m" ? " (1m is one minute; one month is 1M)" : "";
  return `Keel's calendar windows are one week (1w), one month (1M) or one quarter (1Q)${hint}`;
}

/**
 * The SLO's window. Calendar periods in Keel start at local midnight on ISO Mondays, the 1st of a month or of a
 * quarter, so `calendar.startTime` (the spec's example says noon on 1 Jan 2022) only says since when the SLO counts
 * and is not used for alignment.
 */
function windowOf(timeWindows: TimeWindow[] | null | undefined, errors: Errors, document: number): SloWindow | null {
  if (!timeWindows || timeWindows.length === 0) return DEFAULT_WINDOW;
  if (timeWindows.length > 1) {
    errors.add(document, "spec.timeWindow", "must hold exactly one time window");
    return null;
  }
  const window = timeWindows[0]!;
  const path = "spec.timeWindow[0]";
  const duration = parseDuration(window.duration);
  if (!duration) {
    errors.add(document, `${path}.duration`, `"${window.duration}" is not a duration such as 28d, 1w, 1M or 1Q`);
    return null;
  }
  const rolling = window.isRolling ?? !window.calendar;
  if (rolling) {
    const days = rollingDays(duration);
    if (typeof days === "string") errors.add(document, `${path}.duration`, `"${window.duration}": ${days}`);
    return typeof days === "number" ? { kind: "rolling", days } : null;
  }
  const unit = calendarUnit(window.duration, duration);
  const timeZone = window.calendar?.timeZone ?? "UTC";
  let valid = true;
  if (unit !== "week" && unit !== "month" && unit !== "quarter") {
    errors.add(document, `${path}.duration`, `"${window.duration}": ${unit}`);
    valid = false;
  }
  if (!isValidTimeZone(timeZone)) {
    errors.add(document, `${path}.calendar.timeZone`, `"${timeZone}" is not an IANA time zone such as Europe/Berlin`);
    valid = false;
  }
  return valid ? { kind: "calendar", unit: unit as "week" | "month" | "quarter", timeZone } : null;
}

const BUDGETING_METHODS: Record<"occurrences" | "timeslices" | "ratiotimeslices", BudgetingMethod> = {
  occurrences: "occurrences",
  timeslices: "timeslices",
  ratiotimeslices: "ratioTimeslices",
};

/** A timeSliceWindow of one minute: `1m`, `60s`, or a bare number, which the spec reads as minutes. */
function isOneMinute(raw: number | string): boolean {
  if (typeof raw === "number") return raw === 1;
  const text = raw.trim();
  return text === "1m" || text === "60s" || text === "1";
}

// ---------------------------------------------------------------------------------------------
// Indicators (SLIs): what Keel pulls or expects pushed, and what kind of SLI it is
// ---------------------------------------------------------------------------------------------

type DataSourceInfo = { type: string };
type Indicator = { metric: "ratio" | "threshold"; source: SloSource; valueToMs: number; sliKind: SliKind | null };
type Context = { errors: Errors; document: number; dataSources: Map<string, DataSourceInfo> };

type ResolvedSource = { prometheus: boolean; ref: string | null; query: string | null };

function resolveMetricSource(metric: Metric, path: string, ctx: Context): ResolvedSource | null {
  const { metricSourceRef: ref, type, spec } = metric.metricSource;
  const declared = type ?? (ref ? ctx.dataSources.get(ref)?.type : undefined);
  if (!declared && ref) {
    ctx.errors.add(ctx.document, join(path, "metricSource", "type"), `is required: no DataSource named "${ref}" in this file says which type it is`);
    return null;
  }
  const prometheus = declared?.toLowerCase() === "prometheus";
  const query = spec?.query;
  if (prometheus && (typeof query !== "string" || !query.trim())) {
    ctx.errors.add(ctx.document, join(path, "metricSource", "spec", "query"), "is required for a Prometheus metric source");
    return null;
  }
  return { prometheus, ref: ref ?? null, query: typeof query === "string" ? query : null };
}

/** Prometheus sources become pulls (both queries from one data source); anything else is pushed to Keel. */
function ratioSource(numerator: ResolvedSource, total: ResolvedSource, isBad: boolean, path: string, ctx: Context): SloSource | null {
  if (!numerator.prometheus && !total.prometheus) return { kind: "push" };
  if (numerator.prometheus !== total.prometheus || numerator.ref !== total.ref) {
    ctx.errors.add(ctx.document, join(path, "total", "metricSource"), `${isBad ? "bad" : "good"} and total must come from the same Prometheus data source`);
    return null;
  }
  const datasource = numerator.ref ?? "prometheus";
  const totalQuery = total.query!;
  return isBad ? { kind: "prometheus", datasource, errorQuery: numerator.query!, totalQuery } : { kind: "prometheus", datasource, goodQuery: numerator.query!, totalQuery };
}

function ratioIndicator(ratio: NonNullable<SliSpec["ratioMetric"]>, path: string, ctx: Context): SloSource | null {
  const ratioPath = join(path, "ratioMetric");
  if (ratio.raw) {
    if (ratio.good || ratio.bad || ratio.total) {
      ctx.errors.add(ctx.document, join(ratioPath, "raw"), "give raw, or good/bad with total, not both");
      return null;
    }
    const raw = resolveMetricSource(ratio.raw, join(ratioPath, "raw"), ctx);
    if (!raw) return null;
    if (raw.prometheus) {
      ctx.errors.add(ctx.document, join(ratioPath, "raw"), "Keel pulls good and total event counts; a precomputed ratio cannot be pulled (use good or bad with total)");
      return null;
    }
    return { kind: "push" };
  }
  if (ratio.good && ratio.bad) {
    ctx.errors.add(ctx.document, join(ratioPath, "bad"), "give good or bad, not both");
    return null;
  }
  const numerator = ratio.good ?? ratio.bad;
  if (!numerator) ctx.errors.add(ctx.document, join(ratioPath, "good"), "is required (or bad)");
  if (!ratio.total) ctx.errors.add(ctx.document, join(ratioPath, "total"), "is required");
  if (!numerator || !ratio.total) return null;
  const isBad = !ratio.good;
  const first = resolveMetricSource(numerator, join(ratioPath, isBad ? "bad" : "good"), ctx);
  const total = resolveMetricSource(ratio.total, join(ratioPath, "total"), ctx);
  return first && total ? ratioSource(first, total, isBad, ratioPath, ctx) : null;
}

// Prometheus names base units in the metric name: a threshold query over *_seconds reports seconds.
const SECONDS_METRIC = /_seconds(?![a-z0-9])|_seconds_/i;

function sliKindOf(metadata: Partial<Metadata> | null | undefined, path: string, ctx: Context): SliKind | null | undefined {
  const annotated = annotationOf(metadata, KEEL_ANNOTATIONS.sliKind);
  const labelled = labelOf(metadata, SLI_KIND_LABEL);
  const raw = annotated ?? labelled;
  if (raw === null) return null;
  if (raw === "availability" || raw === "latency" || raw === "ratio") return raw;
  const where = annotated !== null ? join(path, "annotations", KEEL_ANNOTATIONS.sliKind) : join(path, "labels", SLI_KIND_LABEL);
  ctx.errors.add(ctx.document, where, "must be availability, latency or ratio");
  return undefined;
}

/** Validates an SLI's spec (inline or an SLI document) at `path`; null when it has errors (already recorded). */
function indicatorOf(spec: SliSpec, metadata: Partial<Metadata> | null | undefined, path: string, metadataPath: string, ctx: Context): Indicator | null {
  const sliKind = sliKindOf(metadata, metadataPath, ctx);
  if (Boolean(spec.ratioMetric) === Boolean(spec.thresholdMetric)) {
    ctx.errors.add(ctx.document, path || "spec", "give exactly one of ratioMetric and thresholdMetric");
    return null;
  }
  if (spec.thresholdMetric) {
    const threshold = resolveMetricSource(spec.thresholdMetric, join(path, "thresholdMetric"), ctx);
    if (!threshold || sliKind === undefined) return null;
    // Keel counts good and total events; a threshold query gives a value, not counts, so its events are pushed.
    return { metric: "threshold", source: { kind: "push" }, valueToMs: SECONDS_METRIC.test(threshold.query ?? "") ? 1000 : 1, sliKind };
  }
  const source = ratioIndicator(spec.ratioMetric!, path, ctx);
  if (!source || sliKind === undefined) return null;
  return { metric: "ratio", source, valueToMs: 1, sliKind };
}

// ---------------------------------------------------------------------------------------------
// Alert policies → Keel alert windows (where a burn-rate condition maps onto Keel's window pairs)
// ---------------------------------------------------------------------------------------------

// The SRE Workbook pairs each long window with a short one of a twelfth of it; Keel's windows are these.
const SHORT_WINDOW: Record<number, [string, string]> = { 60: ["1h", "5m"], 360: ["6h", "30m"], 1440: ["1d", "2h"], 4320: ["3d", "6h"] };
const PAGE_SEVERITIES = new Set(["page", "critical", "urgent", "high", "sev1", "sev2", "p1", "p2"]);
const TICKET_SEVERITIES = new Set(["ticket", "warning", "warn", "medium", "low", "info", "sev3", "sev4", "p3", "p4", "p5"]);
// A calendar period's burn-rate threshold varies with its real length; alert conditions are read with these.
const NOMINAL_PERIOD_DAYS = { week: 7, month: 30, quarter: 91 } as const;

export function periodDaysOf(window: SloWindow): number {
  return window.kind === "rolling" ? window.days : NOMINAL_PERIOD_DAYS[window.unit];
}

function lookbackMinutes(raw: string | number | boolean | null | undefined): number | null {
  if (typeof raw !== "string") return null;
  const duration = parseDuration(raw.replace(/^-/, ""));
  const minutes = duration ? MINUTES[duration.unit] : undefined;
  return duration && minutes ? duration.count * minutes : null;
}

/** threshold = budgetPercent / 100 × P / longWindow, read backwards; null when the condition has no Keel equivalent. */
function alertWindowOf(spec: ConditionSpec, periodDays: number): SloAlertWindow | null {
  const condition = spec.condition;
  if (!condition || (condition.kind && condition.kind.toLowerCase() !== "burnrate")) return null;
  if (condition.op && condition.op !== "gt" && condition.op !== "gte") return null;
  const severity = String(spec.severity ?? "").toLowerCase();
  const kind = PAGE_SEVERITIES.has(severity) ? "page" : TICKET_SEVERITIES.has(severity) ? "ticket" : null;
  const longMinutes = lookbackMinutes(condition.lookbackWindow);
  const pair = longMinutes === null ? undefined : SHORT_WINDOW[longMinutes];
  if (!kind || !pair || !condition.threshold || condition.threshold <= 0) return null;
  const percent = Number((((condition.threshold * longMinutes!) / (periodDays * 1440)) * 100).toPrecision(10));
  if (!(percent > 0 && percent <= 100)) return null;
  return { severity: kind, longWindow: pair[0], shortWindow: pair[1], budgetPercent: percent };
}

type AlertRegistry = { policies: Map<string, AlertPolicySpec>; conditions: Map<string, ConditionSpec> };

function conditionsOf(policy: AlertPolicySpec, registry: AlertRegistry): ConditionSpec[] {
  if (policy.alertWhenBreaching === false) return [];
  const out: ConditionSpec[] = [];
  for (const item of policy.conditions ?? []) {
    if (!isRecord(item)) continue;
    const spec = typeof item.conditionRef === "string" ? registry.conditions.get(item.conditionRef) : conditionSpecSchema.safeParse(item.spec).data;
    if (spec) out.push(spec);
  }
  return out;
}

/** Every burn-rate condition of the SLO's alert policies that Keel can express; the others are ignored, as are unknown references. */
function alertWindowsFromPolicies(items: unknown[] | null | undefined, registry: AlertRegistry, periodDays: number): SloAlertWindow[] | null {
  const windows: SloAlertWindow[] = [];
  for (const item of items ?? []) {
    if (!isRecord(item)) continue;
    const policy = typeof item.alertPolicyRef === "string" ? registry.policies.get(item.alertPolicyRef) : alertPolicySpecSchema.safeParse(item.spec).data;
    if (!policy) continue;
    for (const condition of conditionsOf(policy, registry)) {
      const window = alertWindowOf(condition, periodDays);
      if (window) windows.push(window);
    }
  }
  return windows.length ? windows.slice(0, 8) : null;
}

// ---------------------------------------------------------------------------------------------
// Keel-only fields from annotations
// ---------------------------------------------------------------------------------------------

function jsonAnnotation(metadata: Metadata, key: string, ctx: Context): unknown {
  const raw = annotationOf(metadata, key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    ctx.errors.add(ctx.document, join("metadata", "annotations", key), "is not valid JSON");
    return undefined;
  }
}

type KeelExtras = { alertWindows: unknown; policy: unknown; reviewCadenceDays: unknown; segment: string | null; sliKind: SliKind | null | undefined };

function keelExtrasOf(metadata: Metadata, ctx: Context): KeelExtras {
  const cadence = annotationOf(metadata, KEEL_ANNOTATIONS.reviewCadenceDays);
  return {
    alertWindows: jsonAnnotation(metadata, KEEL_ANNOTATIONS.alertWindows, ctx),
    policy: jsonAnnotation(metadata, KEEL_ANNOTATIONS.policy, ctx),
    reviewCadenceDays: cadence === null ? undefined : Number(cadence),
    segment: labelOf(metadata, SEGMENT_LABEL) ?? annotationOf(metadata, KEEL_ANNOTATIONS.segment),
    sliKind: sliKindOf(metadata, "metadata", ctx),
  };
}

// ---------------------------------------------------------------------------------------------
// Objectives → Keel SLOs
// ---------------------------------------------------------------------------------------------

type SloParts = {
  doc: OpenSloDocument;
  spec: SloSpec;
  window: SloWindow;
  extras: KeelExtras;
  policyWindows: SloAlertWindow[] | null;
  spread: boolean; // several objectives: each becomes its own SLO
  indicator: Indicator | null | undefined; // the SLO-level one, read once for all objectives
};

function targetOf(objective: Objective, path: string, ctx: Context): number | null {
  const { target, targetPercent } = objective;
  if (target != null && targetPercent != null) {
    ctx.errors.add(ctx.document, join(path, "targetPercent"), "give target or targetPercent, not both");
    return null;
  }
  if (target != null) {
    if (target > 0 && target < 1) return target;
    ctx.errors.add(ctx.document, join(path, "target"), "must be greater than 0 and less than 1");
    return null;
  }
  if (targetPercent != null) {
    if (targetPercent > 0 && targetPercent < 100) return roundFraction(targetPercent / 100);
    ctx.errors.add(ctx.document, join(path, "targetPercent"), "must be greater than 0 and less than 100");
    return null;
  }
  ctx.errors.add(ctx.document, join(path, "target"), "is required (or targetPercent)");
  return null;
}

const UNIT_TO_MS: Record<string, number> = { ms: 1, s: 1000, us: 0.001, "µs": 0.001 };

/** The objective's `value` in whole milliseconds: a number in the metric's unit, or a string with a unit ("300ms", "0.3s"). */
function thresholdMs(value: number | string, valueToMs: number, path: string, ctx: Context): number | null {
  let ms: number | null = null;
  if (typeof value === "number") ms = value * valueToMs;
  else {
    const match = /^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|us|µs)$/.exec(value.trim());
    if (match) ms = Number(match[1]) * UNIT_TO_MS[match[2]!]!;
  }
  if (ms === null) {
    ctx.errors.add(ctx.document, join(path, "value"), `"${value}" is not a latency such as 300, 300ms or 0.3s`);
    return null;
  }
  const rounded = Math.round(ms * 1e6) / 1e6;
  if (!Number.isInteger(rounded) || rounded <= 0) {
    ctx.errors.add(ctx.document, join(path, "value"), `must be a whole number of milliseconds greater than 0 (got ${rounded} ms)`);
    return null;
  }
  return rounded;
}

type LatencyReading = { sliKind: SliKind; latencyThresholdMs: number | null };

/**
 * A threshold metric is latency: good events are those below `value` (op lt/lte). On a ratio metric, op lt/lte with
 * a value also names a latency threshold (the good query counts requests under it); op gt without value, as in the
 * spec's examples, is ignored. An explicit sli-kind annotation or label wins.
 */
function latencyOf(objective: Objective, indicator: Indicator, explicit: SliKind | null, path: string, ctx: Context): LatencyReading | null {
  const below = objective.op === "lt" || objective.op === "lte";
  if (indicator.metric === "threshold") {
    if (!below) {
      ctx.errors.add(ctx.document, join(path, "op"), objective.op ? "Keel's threshold SLIs count events below the value (latency): use lt or lte" : "is required with a thresholdMetric: lt or lte");
      return null;
    }
    if (objective.value == null) {
      ctx.errors.add(ctx.document, join(path, "value"), "is required with a thresholdMetric");
      return null;
    }
  }
  const hasThreshold = below && objective.value != null;
  const latencyThresholdMs = hasThreshold ? thresholdMs(objective.value!, indicator.valueToMs, path, ctx) : null;
  if (hasThreshold && latencyThresholdMs === null) return null;
  const inferred: SliKind = hasThreshold ? "latency" : "availability";
  return { sliKind: explicit ?? indicator.sliKind ?? inferred, latencyThresholdMs };
}

function timesliceTargetOf(objective: Objective, method: BudgetingMethod, path: string, ctx: Context): number | null | undefined {
  // Keel's timeslices are one minute. Every fixture says 1m; a longer slice would judge (Timeslices) or weigh
  // (RatioTimeslices) minutes differently, so it is refused rather than imported as something else.
  if (method !== "occurrences" && objective.timeSliceWindow != null && !isOneMinute(objective.timeSliceWindow)) {
    ctx.errors.add(ctx.document, join(path, "timeSliceWindow"), `Keel's timeslices are one minute (1m); "${objective.timeSliceWindow}" would change what the SLO measures`);
    return undefined;
  }
  const value = objective.timeSliceTarget ?? null;
  if (value !== null && !(value > 0 && value <= 1)) {
    ctx.errors.add(ctx.document, join(path, "timeSliceTarget"), "must be greater than 0 and at most 1");
    return undefined;
  }
  if (value === null && method === "timeslices") {
    ctx.errors.add(ctx.document, join(path, "timeSliceTarget"), "is required with the Timeslices budgeting method");
    return undefined;
  }
  return value;
}

/** The indicator given inline or by reference at `base`; undefined when neither is given. */
function pickIndicator(inline: InlineSli | null | undefined, ref: string | null | undefined, base: string, ctx: Context, slis: Map<string, Indicator | null>): Indicator | null | undefined {
  if (inline && ref) {
    ctx.errors.add(ctx.document, join(base, "indicatorRef"), "give indicator or indicatorRef, not both");
    return null;
  }
  if (inline) return indicatorOf(inline.spec, inline.metadata, join(base, "indicator", "spec"), join(base, "indicator", "metadata"), ctx);
  if (!ref) return undefined;
  if (!slis.has(ref)) ctx.errors.add(ctx.document, join(base, "indicatorRef"), `no SLI named "${ref}" in this file`);
  // A broken SLI document has its own errors; the SLO referring to it adds none.
  return slis.get(ref) ?? null;
}

function nameAndSlug(parts: SloParts, objective: Objective, index: number): { slug: string; name: string } {
  const { metadata } = parts.doc;
  const baseName = metadata.displayName?.trim() || metadata.name;
  const baseSlug = toSlug(metadata.name, "slo");
  if (!parts.spread) return { slug: baseSlug, name: baseName.slice(0, 160) };
  const label = objective.displayName?.trim() || `objective ${index + 1}`;
  const suffix = slugWords(objective.displayName ?? "") || String(index + 1);
  return { slug: joinSlug(baseSlug, suffix), name: `${baseName} (${label})`.slice(0, 160) };
}

/** Where a Keel field's problem shows in the OpenSLO document. */
function openSloPathOf(keelPath: readonly PropertyKey[], objectivePath: string, objective: Objective, indicatorPath: string): string {
  const [head, ...rest] = keelPath;
  const annotation = (key: string) => join("metadata", "annotations", key, ...rest);
  switch (head) {
    case "slug":
      return "metadata.name";
    case "name":
      return "metadata.displayName";
    case "service":
      return "spec.service";
    case "description":
      return "spec.description";
    case "latencyThresholdMs":
      return join(objectivePath, "value");
    case "target":
      return join(objectivePath, objective.targetPercent != null ? "targetPercent" : "target");
    case "timesliceTarget":
      return join(objectivePath, "timeSliceTarget");
    case "window":
      return rest[0] === "timeZone" ? "spec.timeWindow[0].calendar.timeZone" : "spec.timeWindow[0].duration";
    case "budgetingMethod":
      return "spec.budgetingMethod";
    case "segment":
      return join("metadata", "labels", SEGMENT_LABEL);
    case "source":
      return indicatorPath;
    case "alertWindows":
      return annotation(KEEL_ANNOTATIONS.alertWindows);
    case "policy":
      return annotation(KEEL_ANNOTATIONS.policy);
    case "reviewCadenceDays":
      return annotation(KEEL_ANNOTATIONS.reviewCadenceDays);
    default:
      return "";
  }
}

function objectiveToSlo(parts: SloParts, objective: Objective, index: number, ctx: Context, slis: Map<string, Indicator | null>): KeelSloDefinition | null {
  const path = `spec.objectives[${index}]`;
  const own = pickIndicator(objective.indicator, objective.indicatorRef, path, ctx, slis);
  const indicator = own !== undefined ? own : parts.indicator;
  if (indicator === undefined) ctx.errors.add(ctx.document, "spec.indicator", "is required (or indicatorRef)");
  const target = targetOf(objective, path, ctx);
  const method = BUDGETING_METHODS[parts.spec.budgetingMethod];
  const timesliceTarget = timesliceTargetOf(objective, method, path, ctx);
  if (!indicator || parts.extras.sliKind === undefined) return null;
  const latency = latencyOf(objective, indicator, parts.extras.sliKind, path, ctx);
  if (!latency || target === null || timesliceTarget === undefined) return null;
  const candidate = {
    ...nameAndSlug(parts, objective, index),
    service: toSlug(parts.spec.service, "svc"),
    description: parts.spec.description ?? "",
    ...latency,
    target,
    window: parts.window,
    budgetingMethod: method,
    timesliceTarget,
    segment: parts.extras.segment,
    source: indicator.source,
    alertWindows: parts.extras.alertWindows !== undefined ? parts.extras.alertWindows : parts.policyWindows,
    policy: parts.extras.policy ?? null,
    reviewCadenceDays: parts.extras.reviewCadenceDays ?? null,
  };
  const result = sloInputSchema.safeParse(candidate);
  if (!result.success) {
    const indicatorPath = objective.indicator || objective.indicatorRef ? path : "spec.indicator";
    for (const issue of result.error.issues) ctx.errors.add(ctx.document, openSloPathOf(issue.path, path, objective, indicatorPath), issue.message);
    return null;
  }
  return normalise(result.data);
}

/** The definition as the database will hold it: every optional field filled the way `definitionToJson` reads it back. */
function normalise(input: z.infer<typeof sloInputSchema>): KeelSloDefinition {
  return {
    slug: input.slug,
    name: input.name,
    service: input.service,
    description: input.description ?? "",
    sliKind: input.sliKind,
    latencyThresholdMs: input.latencyThresholdMs ?? null,
    target: input.target,
    window: input.window,
    budgetingMethod: input.budgetingMethod,
    timesliceTarget: input.timesliceTarget ?? null,
    segment: input.segment ?? null,
    source: input.source ?? { kind: "push" },
    alertWindows: input.alertWindows ?? null,
    policy: input.policy ?? null,
    reviewCadenceDays: input.reviewCadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS,
  };
}

function sloDocumentToSlos(doc: OpenSloDocument, ctx: Context, slis: Map<string, Indicator | null>, alerts: AlertRegistry): KeelSloDefinition[] {
  const spec = check(sloSpecSchema, doc.spec, ctx.errors, doc.index, "spec");
  if (!spec) return [];
  const window = windowOf(spec.timeWindow, ctx.errors, doc.index);
  const extras = keelExtrasOf(doc.metadata, ctx);
  // With a bad window the objectives are still checked (against the default one), so every error shows at once.
  const usable = window ?? DEFAULT_WINDOW;
  const indicator = pickIndicator(spec.indicator, spec.indicatorRef, "spec", ctx, slis);
  const policyWindows = alertWindowsFromPolicies(spec.alertPolicies, alerts, periodDaysOf(usable));
  const parts: SloParts = { doc, spec, window: usable, extras, policyWindows, spread: spec.objectives.length > 1, indicator };
  const out: KeelSloDefinition[] = [];
  spec.objectives.forEach((objective, index) => {
    const slo = objectiveToSlo(parts, objective, index, ctx, slis);
    if (slo) out.push(slo);
  });
  return window ? out : [];
}

// ---------------------------------------------------------------------------------------------
// Services and data sources
// ---------------------------------------------------------------------------------------------

function tierOf(raw: string | null): ServiceTier | null {
  return raw === "1" || raw === "2" || raw === "3" ? (Number(raw) as ServiceTier) : null;
}

function serviceOf(doc: OpenSloDocument, errors: Errors): ParsedService | null {
  const spec = check(serviceSpecSchema, doc.spec, errors, doc.index, "spec");
  if (spec === null && doc.spec != null) return null;
  const slug = toSlug(doc.metadata.name, "svc");
  if (!slugSchema.safeParse(slug).success) {
    errors.add(doc.index, "metadata.name", "must give a service slug of at least 2 letters or digits");
    return null;
  }
  return {
    document: doc.index,
    slug,
    name: (doc.metadata.displayName?.trim() || doc.metadata.name).slice(0, 120),
    description: (spec?.description ?? "").slice(0, 4000),
    team: labelOf(doc.metadata, "team"),
    tier: tierOf(labelOf(doc.metadata, "tier")),
  };
}

function dataSourceOf(doc: OpenSloDocument, errors: Errors): { info: DataSourceInfo; parsed: ParsedDataSource | null } | null {
  const spec = check(dataSourceSpecSchema, doc.spec, errors, doc.index, "spec");
  if (!spec) return null;
  const info = { type: spec.type };
  // Keel reads Prometheus only; other data sources are kept as names so SLIs referring to them are pushed.
  if (spec.type.toLowerCase() !== "prometheus") return { info, parsed: null };
  const url = spec.connectionDetails?.url;
  if (typeof url !== "string" || !/^https?:\/\/\S+$/.test(url)) {
    errors.add(doc.index, "spec.connectionDetails.url", "is required: the Prometheus base URL (http or https)");
    return null;
  }
  return { info, parsed: { document: doc.index, name: doc.metadata.name, type: "prometheus", url } };
}

// ---------------------------------------------------------------------------------------------
// Sloth prometheus/v1 specs
// ---------------------------------------------------------------------------------------------

const slothSchema = z.looseObject({
  version: z.literal("prometheus/v1"),
  service: z.string().min(1, "is required"),
  labels: z.record(z.string(), scalar).nullish(),
  slos: z
    .array(
      z.looseObject({
        name: z.string().min(1, "is required"),
        objective: z.number(),
        description: z.string().nullish(),
        sli: z.looseObject({
          events: z.looseObject({ error_query: z.string().min(1, "is required"), total_query: z.string().min(1, "is required") }).nullish(),
        }),
      }),
    )
    .min(1, "give at least one SLO"),
});

/**
 * Sloth queries are rates over `{{.window}}`; Keel asks for the events of each minute, so the window becomes 1m and
 * `rate(` becomes `increase(` (the same ratio, counted in events instead of events per second).
 */
export function slothQueryToKeel(query: string): string {
  return query.replaceAll("{{.window}}", "1m").replace(/\brate\(/g, "increase(").trim();
}

/** Sloth's SLOs are 30-day rolling, event-based (occurrences) availability SLOs read from Prometheus. */
function slothToSlos(doc: SlothDocument, errors: Errors): { slos: KeelSloDefinition[]; service: ParsedService | null } {
  const spec = check(slothSchema, doc.value, errors, doc.index, "");
  if (!spec) return { slos: [], service: null };
  const service = toSlug(spec.service, "svc");
  const slos: KeelSloDefinition[] = [];
  spec.slos.forEach((slo, index) => {
    const path = `slos[${index}]`;
    const events = slo.sli.events;
    if (!events) {
      errors.add(doc.index, join(path, "sli", "events"), "Keel needs event counts: give sli.events with error_query and total_query (raw ratios and plugins cannot be imported)");
      return;
    }
    if (!(slo.objective > 0 && slo.objective < 100)) {
      errors.add(doc.index, join(path, "objective"), "must be greater than 0 and less than 100");
      return;
    }
    const candidate = {
      slug: toSlug(`${service}-${slo.name}`, "slo"),
      name: `${spec.service} ${slo.name}`.slice(0, 160),
      service,
      description: slo.description ?? "",
      sliKind: "availability" as const,
      target: roundFraction(slo.objective / 100),
      window: DEFAULT_WINDOW,
      budgetingMethod: "occurrences" as const,
      source: { kind: "prometheus" as const, datasource: "prometheus", errorQuery: slothQueryToKeel(events.error_query), totalQuery: slothQueryToKeel(events.total_query) },
    };
    const result = sloInputSchema.safeParse(candidate);
    if (result.success) slos.push(normalise(result.data));
    else for (const issue of result.error.issues) errors.add(doc.index, join(path, "name"), `${formatPath(issue.path)}: ${issue.message}`);
  });
  const labels = spec.labels ?? {};
  const team = labels.team ?? labels.owner;
  return { slos, service: { document: null, slug: service, name: spec.service.slice(0, 120), description: "", team: team == null ? null : String(team), tier: tierOf(labels.tier == null ? null : String(labels.tier)) } };
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

type Classified = { openSlo: OpenSloDocument[]; sloth: SlothDocument[] };

function classify(index: number, value: unknown, errors: Errors, out: Classified): void {
  if (!isRecord(value)) {
    errors.add(index, "", "must be a mapping with apiVersion, kind, metadata and spec");
    return;
  }
  if (value.apiVersion === undefined && typeof value.version === "string") {
    out.sloth.push({ index, value });
    return;
  }
  if (value.apiVersion !== "openslo/v1") {
    errors.add(index, "apiVersion", value.apiVersion === undefined ? "is required: openslo/v1" : `must be openslo/v1 (got ${JSON.stringify(value.apiVersion)})`);
    return;
  }
  if (!KINDS.includes(value.kind as Kind)) {
    errors.add(index, "kind", value.kind === undefined ? "is required" : `${JSON.stringify(value.kind)} is not an OpenSLO v1 kind Keel reads (SLO, SLI, Service, AlertPolicy, AlertCondition, AlertNotificationTarget, DataSource)`);
    return;
  }
  const metadata = check(metadataSchema, value.metadata, errors, index, "metadata");
  if (metadata) out.openSlo.push({ index, kind: value.kind as Kind, metadata, spec: value.spec });
}

function readDocuments(text: string, errors: Errors): Classified {
  const out: Classified = { openSlo: [], sloth: [] };
  parseAllDocuments(text).forEach((doc, index) => {
    if (doc.errors.length) {
      for (const error of doc.errors) errors.add(index, "", `YAML: ${error.message.split("\n")[0]}`);
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      errors.add(index, "", `YAML: ${error instanceof Error ? error.message : "cannot be read"}`);
      return;
    }
    if (value != null) classify(index, value, errors, out);
  });
  return out;
}

const byKind = (docs: OpenSloDocument[], kind: Kind) => docs.filter((doc) => doc.kind === kind);

/** Names must be unique per kind within a file; a repeat is an error on the later document. */
function uniqueByName(docs: OpenSloDocument[], errors: Errors): OpenSloDocument[] {
  const seen = new Map<string, number>();
  return docs.filter((doc) => {
    const first = seen.get(doc.metadata.name);
    if (first !== undefined) {
      errors.add(doc.index, "metadata.name", `another ${doc.kind} (document ${first}) is also named "${doc.metadata.name}"`);
      return false;
    }
    seen.set(doc.metadata.name, doc.index);
    return true;
  });
}

function collectDataSources(docs: OpenSloDocument[], errors: Errors): { infos: Map<string, DataSourceInfo>; parsed: ParsedDataSource[] } {
  const infos = new Map<string, DataSourceInfo>();
  const parsed: ParsedDataSource[] = [];
  for (const doc of uniqueByName(byKind(docs, "DataSource"), errors)) {
    const result = dataSourceOf(doc, errors);
    if (!result) continue;
    infos.set(doc.metadata.name, result.info);
    if (result.parsed) parsed.push(result.parsed);
  }
  return { infos, parsed };
}

function collectSlis(docs: OpenSloDocument[], errors: Errors, dataSources: Map<string, DataSourceInfo>): Map<string, Indicator | null> {
  const slis = new Map<string, Indicator | null>();
  for (const doc of uniqueByName(byKind(docs, "SLI"), errors)) {
    const spec = check(sliSpecSchema, doc.spec, errors, doc.index, "spec");
    slis.set(doc.metadata.name, spec ? indicatorOf(spec, doc.metadata, "spec", "metadata", { errors, document: doc.index, dataSources }) : null);
  }
  return slis;
}

function collectAlerts(docs: OpenSloDocument[], errors: Errors): AlertRegistry {
  const registry: AlertRegistry = { policies: new Map(), conditions: new Map() };
  for (const doc of uniqueByName(byKind(docs, "AlertPolicy"), errors)) {
    const spec = check(alertPolicySpecSchema, doc.spec ?? {}, errors, doc.index, "spec");
    if (spec) registry.policies.set(doc.metadata.name, spec);
  }
  for (const doc of uniqueByName(byKind(docs, "AlertCondition"), errors)) {
    const spec = check(conditionSpecSchema, doc.spec ?? {}, errors, doc.index, "spec");
    if (spec) registry.conditions.set(doc.metadata.name, spec);
  }
  return registry;
}

function collectSlos(docs: OpenSloDocument[], errors: Errors, dataSources: Map<string, DataSourceInfo>, slis: Map<string, Indicator | null>, alerts: AlertRegistry): ParsedSlo[] {
  const slos: ParsedSlo[] = [];
  for (const doc of byKind(docs, "SLO")) {
    const ctx: Context = { errors, document: doc.index, dataSources };
    for (const definition of sloDocumentToSlos(doc, ctx, slis, alerts)) slos.push({ document: doc.index, definition });
  }
  return slos;
}

/** One SLO per slug in a file: a later one with the same slug is an error on its document. */
function rejectDuplicateSlugs(slos: ParsedSlo[], errors: Errors): void {
  const seen = new Map<string, number>();
  for (const slo of slos) {
    const first = seen.get(slo.definition.slug);
    if (first !== undefined) errors.add(slo.document, "metadata.name", `gives the SLO slug "${slo.definition.slug}", which document ${first} also gives`);
    else seen.set(slo.definition.slug, slo.document);
  }
}

/** Service documents first, then every service an SLO names without one (created with its slug as name). */
function servicesNeeded(declared: ParsedService[], slos: ParsedSlo[], errors: Errors): ParsedService[] {
  const services = new Map<string, ParsedService>();
  for (const service of declared) {
    const first = services.get(service.slug);
    if (first && first.document !== null && service.document !== null) errors.add(service.document, "metadata.name", `another Service (document ${first.document}) has the slug "${service.slug}"`);
    else if (!first || first.document === null) services.set(service.slug, service);
  }
  for (const { definition } of slos) {
    if (!services.has(definition.service)) services.set(definition.service, { document: null, slug: definition.service, name: definition.service, description: "", team: null, tier: null });
  }
  return [...services.values()];
}

/** Reads every document and collects every error before answering: an import is all or nothing. */
export function parseOpenSlo(text: string): OpenSloParseResult {
  const errors = new Errors();
  const { openSlo, sloth } = readDocuments(text, errors);
  if (!openSlo.length && !sloth.length && !errors.list.length) errors.add(0, "", "no OpenSLO documents found");
  const dataSources = collectDataSources(openSlo, errors);
  const slis = collectSlis(openSlo, errors, dataSources.infos);
  const alerts = collectAlerts(openSlo, errors);
  const declared = uniqueByName(byKind(openSlo, "Service"), errors).flatMap((doc) => serviceOf(doc, errors) ?? []);
  const slos = collectSlos(openSlo, errors, dataSources.infos, slis, alerts);
  for (const doc of sloth) {
    const result = slothToSlos(doc, errors);
    for (const definition of result.slos) slos.push({ document: doc.index, definition });
    if (result.service) declared.push(result.service);
  }
  rejectDuplicateSlugs(slos, errors);
  const services = servicesNeeded(declared, slos, errors);
  if (errors.list.length) return { ok: false, errors: errors.list.sort((a, b) => a.document - b.document) };
  return { ok: true, slos, services, datasources: dataSources.parsed };
}
