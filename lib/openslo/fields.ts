// Reads the fields of OpenSLO documents that need interpreting: durations and windows, indicators, alert policies, Keel annotations, services and data sources.
import type { AlertWindowSpec as SloAlertWindow, OpenSloFacts, OpenSloMetricFacts, SloSource } from "@/lib/slo/types";
import { slugSchema } from "@/lib/catalog/schemas";
import { isValidTimeZone } from "@/lib/slo/schemas";
import type { BudgetingMethod, BurnWindow, SloWindow } from "@/lib/slo/types";
import { annotationOf, check, DEFAULT_DATASOURCE, DEFAULT_WINDOW, Errors, isRecord, join, KEEL_ANNOTATIONS, labelOf, NEVER_STALE, SEGMENT_LABEL, SLI_KIND_LABEL, tierOf, toSlug, type ParsedDataSource, type ParsedService, type SliKind } from "./common";

import { Metadata, Metric, SliSpec, TimeWindow, conditionSpecSchema, ConditionSpec, alertPolicySpecSchema, AlertPolicySpec, serviceSpecSchema, dataSourceSpecSchema, OpenSloDocument } from "./shapes";

// ---------------------------------------------------------------------------------------------
// Durations and windows
// ---------------------------------------------------------------------------------------------

export type Duration = { count: number; unit: "m" | "h" | "d" | "w" | "M" | "Q" | "Y" };

export function parseDuration(raw: string): Duration | null {
  const match = /^([1-9][0-9]*)([mhdwMQY])$/.exec(raw.trim());
  return match ? { count: Number(match[1]), unit: match[2] as Duration["unit"] } : null;
}

export const MINUTES: Partial<Record<Duration["unit"], number>> = { m: 1, h: 60, d: 1440, w: 10080 };

export function rollingDays(duration: Duration): number | string {
  const minutes = MINUTES[duration.unit];
  if (minutes === undefined) return "Keel's rolling windows are whole days (e.g. 28d or 4w); months, quarters and years have no fixed length, use a calendar window";
  const total = duration.count * minutes;
  if (total % 1440 !== 0) return "Keel's rolling windows are whole days (e.g. 28d, 4w or 24h)";
  const days = total / 1440;
  if (days > 400) return "Keel's rolling windows are at most 400 days";
  return days;
}

export const CALENDAR_UNITS: Partial<Record<string, "week" | "month" | "quarter">> = { "1w": "week", "1M": "month", "1Q": "quarter" };

export function calendarUnit(raw: string, duration: Duration): "week" | "month" | "quarter" | string {
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
export function windowOf(timeWindows: TimeWindow[] | null | undefined, errors: Errors, document: number): SloWindow | null {
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

export const BUDGETING_METHODS: Record<"occurrences" | "timeslices" | "ratiotimeslices", BudgetingMethod> = {
  occurrences: "occurrences",
  timeslices: "timeslices",
  ratiotimeslices: "ratioTimeslices",
};

/** A timeSliceWindow of one minute: `1m`, `60s`, or a bare number, which the spec reads as minutes. */
export function isOneMinute(raw: number | string): boolean {
  if (typeof raw === "number") return raw === 1;
  const text = raw.trim();
  return text === "1m" || text === "60s" || text === "1";
}

// ---------------------------------------------------------------------------------------------
// Indicators (SLIs): what Keel pulls or expects pushed, and what kind of SLI it is
// ---------------------------------------------------------------------------------------------

export type DataSourceInfo = { type: string };
/** `datasourceNamed`: the document named the Prometheus data source (else Keel's annotation or the default names it). */
export type Indicator = { metric: "ratio" | "threshold"; source: SloSource; valueToMs: number; sliKind: SliKind | null; datasourceNamed: boolean; facts: OpenSloFacts };
export type Context = { errors: Errors; document: number; dataSources: Map<string, DataSourceInfo> };

/** `facts`: the type (or the referenced DataSource's) and spec as given, for the export to give back. */
export type ResolvedSource = { prometheus: boolean; ref: string | null; query: string | null; facts: OpenSloMetricFacts };

export function resolveMetricSource(metric: Metric, path: string, ctx: Context): ResolvedSource | null {
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
  const facts: OpenSloMetricFacts = {};
  if (declared) facts.type = declared;
  if (spec) facts.spec = spec;
  return { prometheus, ref: ref ?? null, query: typeof query === "string" ? query : null, facts };
}

/** Prometheus sources become pulls (both queries from one data source); anything else is pushed to Keel. */
export function ratioSource(numerator: ResolvedSource, total: ResolvedSource, isBad: boolean, path: string, ctx: Context): SloSource | null {
  if (!numerator.prometheus && !total.prometheus) return { kind: "push" };
  if (numerator.prometheus !== total.prometheus || numerator.ref !== total.ref) {
    ctx.errors.add(ctx.document, join(path, "total", "metricSource"), `${isBad ? "bad" : "good"} and total must come from the same Prometheus data source`);
    return null;
  }
  const datasource = numerator.ref ?? DEFAULT_DATASOURCE;
  const totalQuery = total.query!;
  return isBad ? { kind: "prometheus", datasource, errorQuery: numerator.query!, totalQuery } : { kind: "prometheus", datasource, goodQuery: numerator.query!, totalQuery };
}

type RatioReading = { source: SloSource; facts: OpenSloFacts; datasourceNamed: boolean };

export function ratioIndicator(ratio: NonNullable<SliSpec["ratioMetric"]>, path: string, ctx: Context): RatioReading | null {
  const ratioPath = join(path, "ratioMetric");
  const counter = typeof ratio.counter === "boolean" ? { counter: ratio.counter } : {};
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
    return { source: { kind: "push" }, facts: { ...counter, rawType: ratio.rawType ?? undefined, raw: raw.facts }, datasourceNamed: false };
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
  const source = first && total ? ratioSource(first, total, isBad, ratioPath, ctx) : null;
  if (!source) return null;
  const facts: OpenSloFacts = { ...counter, [isBad ? "bad" : "good"]: first!.facts, total: total!.facts };
  return { source, facts, datasourceNamed: first!.ref !== null };
}

// Prometheus names base units in the metric name: a threshold query over *_seconds reports seconds.
export const SECONDS_METRIC = /_seconds(?![a-z0-9])|_seconds_/i;

export function sliKindOf(metadata: Partial<Metadata> | null | undefined, path: string, ctx: Context): SliKind | null | undefined {
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
export function indicatorOf(spec: SliSpec, metadata: Partial<Metadata> | null | undefined, path: string, metadataPath: string, ctx: Context): Indicator | null {
  const sliKind = sliKindOf(metadata, metadataPath, ctx);
  if (Boolean(spec.ratioMetric) === Boolean(spec.thresholdMetric)) {
    ctx.errors.add(ctx.document, path || "spec", "give exactly one of ratioMetric and thresholdMetric");
    return null;
  }
  const indicator = { name: metadata?.name ?? undefined, displayName: metadata?.displayName ?? undefined };
  if (spec.thresholdMetric) {
    const threshold = resolveMetricSource(spec.thresholdMetric, join(path, "thresholdMetric"), ctx);
    if (!threshold || sliKind === undefined) return null;
    // Keel counts good and total events; a threshold query gives a value, not counts, so its events are pushed.
    const valueToMs = SECONDS_METRIC.test(threshold.query ?? "") ? 1000 : 1;
    return { metric: "threshold", source: { kind: "push" }, valueToMs, sliKind, datasourceNamed: false, facts: { metric: "threshold", threshold: threshold.facts, indicator } };
  }
  const ratio = ratioIndicator(spec.ratioMetric!, path, ctx);
  if (!ratio || sliKind === undefined) return null;
  return { metric: "ratio", source: ratio.source, valueToMs: 1, sliKind, datasourceNamed: ratio.datasourceNamed, facts: { ...ratio.facts, indicator } };
}

// ---------------------------------------------------------------------------------------------
// Alert policies → Keel alert windows (where a burn-rate condition maps onto Keel's window pairs)
// ---------------------------------------------------------------------------------------------

// The SRE Workbook pairs each long window with a short one of a twelfth of it; Keel's windows are these.
export const SHORT_WINDOW: Record<number, [BurnWindow, BurnWindow]> = { 60: ["1h", "5m"], 360: ["6h", "30m"], 1440: ["1d", "2h"], 4320: ["3d", "6h"] };
export const PAGE_SEVERITIES = new Set(["page", "critical", "urgent", "high", "sev1", "sev2", "p1", "p2"]);
export const TICKET_SEVERITIES = new Set(["ticket", "warning", "warn", "medium", "low", "info", "sev3", "sev4", "p3", "p4", "p5"]);
// A calendar period's burn-rate threshold varies with its real length; alert conditions are read with these.
export const NOMINAL_PERIOD_DAYS = { week: 7, month: 30, quarter: 91 } as const;

export function periodDaysOf(window: SloWindow): number {
  return window.kind === "rolling" ? window.days : NOMINAL_PERIOD_DAYS[window.unit];
}

export function lookbackMinutes(raw: string | number | boolean | null | undefined): number | null {
  if (typeof raw !== "string") return null;
  const duration = parseDuration(raw.replace(/^-/, ""));
  const minutes = duration ? MINUTES[duration.unit] : undefined;
  return duration && minutes ? duration.count * minutes : null;
}

/** threshold = budgetPercent / 100 × P / longWindow, read backwards; null when the condition has no Keel equivalent. */
export function alertWindowOf(spec: ConditionSpec, periodDays: number): SloAlertWindow | null {
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

export type AlertRegistry = { policies: Map<string, AlertPolicySpec>; conditions: Map<string, ConditionSpec> };

export function conditionsOf(policy: AlertPolicySpec, registry: AlertRegistry): ConditionSpec[] {
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
export function alertWindowsFromPolicies(items: unknown[] | null | undefined, registry: AlertRegistry, periodDays: number): SloAlertWindow[] | null {
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

export function jsonAnnotation(metadata: Metadata, key: string, ctx: Context): unknown {
  const raw = annotationOf(metadata, key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    ctx.errors.add(ctx.document, join("metadata", "annotations", key), "is not valid JSON");
    return undefined;
  }
}

export type KeelExtras = { alertWindows: unknown; policy: unknown; reviewCadenceDays: unknown; staleAfterMinutes: unknown; segment: string | null; sliKind: SliKind | null | undefined; datasource: string | null };

/** Absent: the default (undefined); "never": null; anything else a number for the schema to judge (NaN fails it). */
function staleAfterOf(raw: string | null): number | null | undefined {
  if (raw === null) return undefined;
  return raw.trim() === NEVER_STALE ? null : Number(raw);
}

export function keelExtrasOf(metadata: Metadata, ctx: Context): KeelExtras {
  const cadence = annotationOf(metadata, KEEL_ANNOTATIONS.reviewCadenceDays);
  return {
    alertWindows: jsonAnnotation(metadata, KEEL_ANNOTATIONS.alertWindows, ctx),
    policy: jsonAnnotation(metadata, KEEL_ANNOTATIONS.policy, ctx),
    reviewCadenceDays: cadence === null ? undefined : Number(cadence),
    staleAfterMinutes: staleAfterOf(annotationOf(metadata, KEEL_ANNOTATIONS.staleAfterMinutes)),
    segment: labelOf(metadata, SEGMENT_LABEL) ?? annotationOf(metadata, KEEL_ANNOTATIONS.segment),
    sliKind: sliKindOf(metadata, "metadata", ctx),
    datasource: annotationOf(metadata, KEEL_ANNOTATIONS.datasource),
  };
}

// ---------------------------------------------------------------------------------------------
// Services and data sources
// ---------------------------------------------------------------------------------------------


export function serviceOf(doc: OpenSloDocument, errors: Errors): ParsedService | null {
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

export function dataSourceOf(doc: OpenSloDocument, errors: Errors): { info: DataSourceInfo; parsed: ParsedDataSource | null } | null {
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

