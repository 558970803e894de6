// What an OpenSLO import remembers beyond Keel's own fields: kept only where the document differed from Keel's own rendering, given back by the export where it still holds.
import type { BudgetingMethod, OpenSloFacts, OpenSloMetricFacts, SloSource, SloWindow } from "@/lib/slo/types";
import type { KeelSloDefinition } from "./common";
import { CALENDAR_UNITS, isOneMinute, parseDuration, rollingDays } from "./fields";

// ---------------------------------------------------------------------------------------------
// Keel's own rendering (what the export writes when no fact says otherwise)
// ---------------------------------------------------------------------------------------------

/** A pushed metric: Keel is sent the events of each minute (POST /api/v1/sli). */
export const PUSH_METRIC: OpenSloMetricFacts = { type: "Keel", spec: { push: "POST /api/v1/sli" } };
export const PROMETHEUS_TYPE = "Prometheus";
// A Monday that starts a month and a quarter: every Keel calendar period is aligned to it.
export const CALENDAR_START = "2018-01-01 00:00:00";
export const CALENDAR_DURATIONS = { week: "1w", month: "1M", quarter: "1Q" } as const;

export const slugPart = (text: string, max: number) => text.slice(0, max).replace(/-+$/, "");
export const keelIndicatorName = (slug: string) => `${slugPart(slug, 59)}-sli`;
export const keelDuration = (window: SloWindow) => (window.kind === "rolling" ? `${window.days}d` : CALENDAR_DURATIONS[window.unit]);
export const keelTimeSliceWindow = (method: BudgetingMethod) => (method === "occurrences" ? undefined : "1m");

export type RatioRole = "good" | "bad" | "total";

/** Which of good and bad a source counts: a Prometheus source says so itself; a pushed one as its document did. */
export function numeratorOf(source: SloSource, facts: OpenSloFacts | undefined): "good" | "bad" {
  if (source.kind === "prometheus") return source.errorQuery !== undefined ? "bad" : "good";
  return facts?.bad && !facts.good ? "bad" : "good";
}

// ---------------------------------------------------------------------------------------------
// Whether a fact still holds for the definition as it is now (the SLO may have been edited since)
// ---------------------------------------------------------------------------------------------

/** The document's duration, when it still names the window Keel has (e.g. 2w for 14 rolling days). */
export function durationFact(facts: OpenSloFacts | undefined, window: SloWindow): string | undefined {
  const given = facts?.timeWindow?.duration;
  const duration = given === undefined ? null : parseDuration(given);
  if (!given || !duration) return undefined;
  if (window.kind === "rolling") return rollingDays(duration) === window.days ? given : undefined;
  return CALENDAR_UNITS[`${duration.count}${duration.unit}`] === window.unit ? given : undefined;
}

/** The document's slice length, when Keel would still read it as one minute (any length goes with occurrences). */
export function timeSliceWindowFact(facts: OpenSloFacts | undefined, method: BudgetingMethod): number | string | undefined {
  const given = facts?.objective?.timeSliceWindow;
  if (given === undefined) return undefined;
  return method === "occurrences" || isOneMinute(given) ? given : undefined;
}

/** The objective's value as the document wrote it (0.3s, 0.25 for a seconds metric), when it still means Keel's threshold. */
export function valueFact(facts: OpenSloFacts | undefined, latencyThresholdMs: number | null): number | string | undefined {
  const objective = facts?.objective;
  if (objective?.value === undefined) return undefined;
  return objective.valueMs === (latencyThresholdMs ?? undefined) ? objective.value : undefined;
}

export const isPrometheusType = (type: string | undefined) => type?.toLowerCase() === "prometheus";

// ---------------------------------------------------------------------------------------------
// Keeping only what differs
// ---------------------------------------------------------------------------------------------

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isEmpty = (value: object) => Object.values(value).every((item) => item === undefined);

function keptMetric(given: OpenSloMetricFacts | undefined, source: SloSource): OpenSloMetricFacts | undefined {
  if (!given || isEmpty(given)) return undefined;
  if (source.kind === "push") return same({ type: given.type, spec: given.spec }, PUSH_METRIC) ? undefined : given;
  const kept: OpenSloMetricFacts = {};
  if (given.type !== undefined && given.type !== PROMETHEUS_TYPE) kept.type = given.type;
  // The query lives in the source itself (and may have been edited there).
  const { query: _query, ...rest } = given.spec ?? {};
  if (Object.keys(rest).length) kept.spec = rest;
  return isEmpty(kept) ? undefined : kept;
}

/** Drops undefined members so the stored JSON and the comparison in tests hold only what was said. */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

/**
 * The facts of an imported document worth storing: each one only where it differs from what Keel's export would
 * write for `definition` without it, so an SLO Keel itself exported (or one never imported) stores none.
 */
export function keptFacts(given: OpenSloFacts, definition: KeelSloDefinition): OpenSloFacts | undefined {
  const { source } = definition;
  const objective = given.objective ?? {};
  const defaultOp = definition.latencyThresholdMs !== null ? "lt" : undefined;
  const window = given.timeWindow ?? {};
  const isThreshold = given.metric === "threshold";
  return compact<OpenSloFacts>({
    counter: given.counter === true && !isThreshold ? true : undefined,
    metric: isThreshold ? "threshold" : undefined,
    rawType: given.raw ? given.rawType : undefined,
    good: keptMetric(given.good, source),
    bad: keptMetric(given.bad, source),
    total: keptMetric(given.total, source),
    raw: given.raw && !isEmpty(given.raw) ? given.raw : undefined,
    threshold: given.threshold && !isEmpty(given.threshold) ? given.threshold : undefined,
    indicator: compact({
      name: given.indicator?.name !== undefined && given.indicator.name !== keelIndicatorName(definition.slug) ? given.indicator.name : undefined,
      displayName: given.indicator?.displayName !== undefined && given.indicator.displayName !== definition.name ? given.indicator.displayName : undefined,
    }),
    objective: compact({
      displayName: objective.displayName !== undefined && objective.displayName !== definition.name ? objective.displayName : undefined,
      op: objective.op !== undefined && objective.op !== defaultOp ? objective.op : undefined,
      // A threshold SLI's bare number may be seconds (a *_seconds query): its value is kept even when it looks like Keel's.
      ...(objective.value !== undefined && (isThreshold || objective.value !== definition.latencyThresholdMs) ? { value: objective.value, valueMs: definition.latencyThresholdMs ?? undefined } : {}),
      timeSliceWindow: objective.timeSliceWindow !== undefined && objective.timeSliceWindow !== keelTimeSliceWindow(definition.budgetingMethod) ? objective.timeSliceWindow : undefined,
    }),
    timeWindow: compact({
      duration: window.duration !== undefined && window.duration !== keelDuration(definition.window) ? window.duration : undefined,
      startTime: window.startTime !== undefined && definition.window.kind === "calendar" && window.startTime !== CALENDAR_START ? window.startTime : undefined,
    }),
  });
}
