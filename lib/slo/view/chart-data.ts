// Shapes SLO series and history from the API for charts: ranges, steps, the ideal burndown, axis domains, overlays.
import type { AlertSeverity, BurnWindow } from "../types";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/* ---------- API shapes (GET /api/v1/slos/{slug}/series and /history) ---------- */

export type SeriesPoint = {
  t: string;
  sli: number | null;
  budgetRemaining: number;
  burnRates: Record<BurnWindow, number>;
  status: string;
  policy: string;
};

export type SloSeriesResponse = { slug: string; from: string; to: string; stepSeconds: number; points: SeriesPoint[] };

export type AlertEpisode = {
  severity: AlertSeverity;
  longWindow: string;
  shortWindow: string;
  threshold: number;
  firedAt: string;
  resolvedAt: string | null;
  peakBurnRate: number;
};

export type DeploymentMark = { version: string; description: string; at: string };

export type PolicyChangeMark = { at: string; from: string; to: string; reasons: { rule: string; message: string }[] };

/** An incident of the SLO's service (drills left out). */
export type IncidentMark = { number: number; title: string; severity: string; startedAt: string; resolvedAt: string | null };

export type SloHistoryResponse = {
  slug: string;
  from: string;
  to: string;
  alerts: AlertEpisode[];
  deployments: DeploymentMark[];
  policy: PolicyChangeMark[];
  incidents: IncidentMark[];
  /** True when a list hit the route's row cap and only its most recent rows are included. */
  truncated: boolean;
};

/* ---------- Time ranges ---------- */

export type TimeRange = { fromMs: number; toMs: number };

/** The SLO's window as the page saw it: start, and end = start + period length (now, for rolling windows). */
export type WindowSpan = { startMs: number; endMs: number };

export type RangePreset = "window" | "7d" | "24h" | "6h" | "1h";

/** How far back each fixed preset reaches from now ("window" follows the SLO's window instead). */
export const PRESET_RANGE_MS: Record<Exclude<RangePreset, "window">, number> = { "7d": 7 * MS_PER_DAY, "24h": MS_PER_DAY, "6h": 6 * 60 * MS_PER_MINUTE, "1h": 60 * MS_PER_MINUTE };

export type RangeSelection = { kind: RangePreset } | { kind: "custom"; fromMs: number; toMs: number };

export const MAX_CUSTOM_RANGE_DAYS = 90;

function truncateToMinute(ms: number): number {
  return Math.floor(ms / MS_PER_MINUTE) * MS_PER_MINUTE;
}

/**
 * The window at `nowMs`. A calendar period still running keeps its bounds; once `nowMs` reaches the end
 * (always, for a rolling window, whose end was "now" when the page rendered) the window slides to end at now.
 */
export function currentWindow(window: WindowSpan, nowMs: number): WindowSpan {
  if (nowMs < window.endMs) return window;
  const lengthMs = window.endMs - window.startMs;
  return { startMs: nowMs - lengthMs, endMs: nowMs };
}

/** The instants a selection covers at `nowMs` (minute-aligned, so the series lands on whole minutes). */
export function resolveRange(selection: RangeSelection, window: WindowSpan, nowMs: number): TimeRange {
  if (selection.kind === "custom") return { fromMs: truncateToMinute(selection.fromMs), toMs: truncateToMinute(selection.toMs) };
  const toMs = truncateToMinute(nowMs);
  if (selection.kind !== "window") return { fromMs: toMs - PRESET_RANGE_MS[selection.kind], toMs };
  const current = currentWindow(window, toMs);
  const windowToMs = Math.min(toMs, truncateToMinute(current.endMs));
  // In the first minute of a calendar period the window is empty; one minute keeps from < to for the API.
  return { fromMs: Math.min(truncateToMinute(current.startMs), windowToMs - MS_PER_MINUTE), toMs: windowToMs };
}

/** About 200 points over the range, in whole minutes (the series API's resolution); never below one minute. */
export function chooseStepMs(rangeMs: number): number {
  return Math.max(1, Math.round(rangeMs / 200 / MS_PER_MINUTE)) * MS_PER_MINUTE;
}

/** Custom ranges may span the SLO's window or 90 days, whichever is longer. */
export function maxCustomRangeMs(window: WindowSpan): number {
  return Math.max(window.endMs - window.startMs, MAX_CUSTOM_RANGE_DAYS * MS_PER_DAY);
}

export type CustomRangeCheck = { ok: true; range: TimeRange } | { ok: false; field: "from" | "to"; message: string };

/** Validates a custom range typed by a person; messages say what to change. */
export function validateCustomRange(fromMs: number, toMs: number, { nowMs, maxRangeMs }: { nowMs: number; maxRangeMs: number }): CustomRangeCheck {
  if (!Number.isFinite(fromMs)) return { ok: false, field: "from", message: "Enter a start date and time." };
  if (!Number.isFinite(toMs)) return { ok: false, field: "to", message: "Enter an end date and time." };
  if (fromMs >= toMs) return { ok: false, field: "to", message: "The end must be after the start." };
  // A minute of slack: the inputs only show minutes, so "now" typed by hand may round up.
  if (toMs > nowMs + MS_PER_MINUTE) return { ok: false, field: "to", message: "The end can't be in the future." };
  if (toMs - fromMs > maxRangeMs) {
    return { ok: false, field: "from", message: `The range can be at most ${Number((maxRangeMs / MS_PER_DAY).toFixed(2))} days; move the start later.` };
  }
  return { ok: true, range: { fromMs, toMs } };
}

/* ---------- Rows the charts plot ---------- */

export type ChartRow = {
  t: number;
  sli: number | null;
  budgetRemaining: number;
  idealBudgetRemaining: number | null;
  burnRates: Partial<Record<BurnWindow, number | null>>;
};

/** Budget left if it burned at exactly 1×: 100% at the window's start, 0% at its end; null outside the window. */
export function idealBudgetRemaining(tMs: number, window: WindowSpan): number | null {
  const lengthMs = window.endMs - window.startMs;
  if (lengthMs <= 0 || tMs < window.startMs || tMs > window.endMs) return null;
  return 1 - (tMs - window.startMs) / lengthMs;
}

/** A burn rate fit to plot: non-finite or negative values (never sent by the API, but JSON can carry anything) become gaps. */
export function displayBurnRate(rate: number | null | undefined): number | null {
  return typeof rate === "number" && Number.isFinite(rate) && rate >= 0 ? rate : null;
}

export function toChartRows(points: readonly SeriesPoint[], burnWindows: readonly BurnWindow[], window: WindowSpan): ChartRow[] {
  return points.map((point) => {
    const t = Date.parse(point.t);
    const burnRates: Partial<Record<BurnWindow, number | null>> = {};
    for (const burnWindow of burnWindows) burnRates[burnWindow] = displayBurnRate(point.burnRates[burnWindow]);
    return { t, sli: point.sli, budgetRemaining: point.budgetRemaining, idealBudgetRemaining: idealBudgetRemaining(t, window), burnRates };
  });
}

export function hasSliData(points: readonly SeriesPoint[]): boolean {
  return points.some((point) => point.sli !== null);
}

/** Lowest, highest and latest of the non-null values, with when they occurred (for chart summaries). */
export function seriesExtent(rows: readonly ChartRow[], value: (row: ChartRow) => number | null) {
  let min: { value: number; t: number } | null = null;
  let max: { value: number; t: number } | null = null;
  let last: { value: number; t: number } | null = null;
  for (const row of rows) {
    const v = value(row);
    if (v === null) continue;
    if (!min || v < min.value) min = { value: v, t: row.t };
    if (!max || v > max.value) max = { value: v, t: row.t };
    last = { value: v, t: row.t };
  }
  return { min, max, last };
}

/* ---------- Axis domains ---------- */

function clean(value: number): number {
  return Number(value.toFixed(10));
}

function floorTo(value: number, unit: number): number {
  // The epsilon keeps 0.998 / 0.0005 (= 1995.9999…) from flooring a whole unit too far.
  return clean(Math.floor(value / unit + 1e-9) * unit);
}

// A 100% target allows no error to show below it; the axis still reaches 0.1 percentage point under 100%.
const MIN_SLI_MARGIN = 0.001;

/**
 * SLI axis from a rounded bottom to 100%: deep enough to show twice the allowed error below the target and always
 * the lowest SLI in the range, so no point of the line falls off the chart (a deep dip widens the axis; the target
 * line and the tooltip still give the exact figures).
 */
export function sliDomain(values: readonly (number | null)[], target: number): [number, number] {
  const allowed = 1 - target;
  let lowest = target - (allowed > 0 ? 2 * allowed : MIN_SLI_MARGIN);
  for (const v of values) if (v !== null && Number.isFinite(v) && v < lowest) lowest = v;
  lowest = Math.max(0, lowest);
  const span = 1 - lowest;
  const unit = 10 ** Math.floor(Math.log10(span)) / 2;
  return [Math.max(0, floorTo(lowest - span * 0.05, unit)), 1];
}

/** Budget axis: 0% to 100% at least, extended down in 10% steps when the budget is overspent. */
export function budgetDomain(values: readonly (number | null)[]): [number, number] {
  let lowest = 0;
  for (const v of values) if (v !== null && v < lowest) lowest = v;
  return [floorTo(lowest, 0.1), 1];
}

/** Budget ticks down from 100% through 0%, every 25%, 50% or 100% depending on how far the axis reaches. */
export function budgetTicks([bottom, top]: [number, number]): number[] {
  const span = top - bottom;
  const step = span <= 1.5 ? 0.25 : span <= 3 ? 0.5 : 1;
  const ticks: number[] = [];
  for (let k = 0; clean(top - k * step) >= bottom; k += 1) ticks.push(clean(top - k * step));
  return ticks.reverse();
}

/*
 * Burn rates are drawn on a symlog axis (linear near 0, logarithmic above ~1×): normal burning (0–2×), the
 * thresholds (1× to 14.4×) and a 100× spike all stay readable, and 0× (no errors, or no data) stays plottable,
 * which a log axis cannot do.
 */
const BURN_TICK_SEQUENCE = [1, 3];
const MAX_BURN_TICKS = 8;

/** Top of the burn-rate axis: the next 1-3-10 step at or above the highest rate and 1.25× the highest threshold. */
export function burnRateDomainMax(rates: readonly (number | null)[], thresholds: readonly number[]): number {
  let highest = 1;
  for (const r of rates) if (r !== null && Number.isFinite(r) && r > highest) highest = r;
  for (const th of thresholds) if (Number.isFinite(th) && th * 1.25 > highest) highest = th * 1.25;
  for (let decade = 1; ; decade *= 10) {
    for (const m of BURN_TICK_SEQUENCE) if (m * decade >= highest) return m * decade;
  }
}

/** Ticks 0, 1, 3, 10, 30, … up to `max`; only 0, the powers of ten and `max` when that would be more than eight. */
export function burnRateTicks(max: number): number[] {
  const all: number[] = [0];
  const decades: number[] = [0];
  for (let decade = 1; decade <= max; decade *= 10) {
    decades.push(decade);
    for (const m of BURN_TICK_SEQUENCE) if (m * decade <= max) all.push(m * decade);
  }
  if (all.length <= MAX_BURN_TICKS) return all;
  return decades.at(-1) === max ? decades : [...decades, max];
}

/* ---------- Overlays ---------- */

export type AlertSpan = {
  key: string;
  severity: AlertSeverity;
  /** The alert it belongs to, e.g. "page 1h/5m". */
  name: string;
  /** The name, with "(firing)" while it still fires. */
  label: string;
  x1: number;
  x2: number;
  isOpen: boolean;
  firedAtMs: number;
  resolvedAtMs: number | null;
  threshold: number;
  peakBurnRate: number;
};

/** Alert episodes as spans clipped to the range; an episode still firing runs to the range's end. */
export function alertSpans(alerts: readonly AlertEpisode[], range: TimeRange): AlertSpan[] {
  const spans: AlertSpan[] = [];
  for (const alert of alerts) {
    const firedAtMs = Date.parse(alert.firedAt);
    const resolvedAtMs = alert.resolvedAt === null ? null : Date.parse(alert.resolvedAt);
    const x1 = Math.max(firedAtMs, range.fromMs);
    const x2 = Math.min(resolvedAtMs ?? range.toMs, range.toMs);
    if (x2 < x1) continue;
    const name = `${alert.severity} ${alert.longWindow}/${alert.shortWindow}`;
    spans.push({
      key: `${alert.severity}-${alert.longWindow}-${alert.shortWindow}-${firedAtMs}`,
      severity: alert.severity,
      name,
      label: resolvedAtMs === null ? `${name} (firing)` : name,
      x1,
      x2,
      isOpen: resolvedAtMs === null,
      firedAtMs,
      resolvedAtMs,
      threshold: alert.threshold,
      peakBurnRate: alert.peakBurnRate,
    });
  }
  return spans.sort((a, b) => a.x1 - b.x1 || a.key.localeCompare(b.key));
}

export type DeployMarker = { key: string; atMs: number; version: string; description: string };

/** Deployments inside the range, oldest first. */
export function deployMarkers(deployments: readonly DeploymentMark[], range: TimeRange): DeployMarker[] {
  return deployments
    .map((d, i) => ({ key: `${d.at}-${d.version}-${i}`, atMs: Date.parse(d.at), version: d.version, description: d.description }))
    .filter((d) => d.atMs >= range.fromMs && d.atMs <= range.toMs)
    .sort((a, b) => a.atMs - b.atMs);
}

export type IncidentSpan = { key: string; number: number; severity: string; title: string; label: string; x1: number; x2: number; isOpen: boolean };

/** Incidents as spans clipped to the range; one still open runs to the range's end. */
export function incidentSpans(incidents: readonly IncidentMark[], range: TimeRange): IncidentSpan[] {
  const spans: IncidentSpan[] = [];
  for (const incident of incidents) {
    const startMs = Date.parse(incident.startedAt);
    const endMs = incident.resolvedAt === null ? null : Date.parse(incident.resolvedAt);
    const x1 = Math.max(startMs, range.fromMs);
    const x2 = Math.min(endMs ?? range.toMs, range.toMs);
    if (x2 < x1) continue;
    const label = `incident #${incident.number} (${incident.severity}): ${incident.title}${endMs === null ? " (open)" : ""}`;
    spans.push({ key: `incident-${incident.number}`, number: incident.number, severity: incident.severity, title: incident.title, label, x1, x2, isOpen: endMs === null });
  }
  return spans.sort((a, b) => a.x1 - b.x1 || a.number - b.number);
}

/** The alerts with spans in the range, by severity (page first), each named once: the charts' legend. */
export function alertLegendGroups(spans: readonly AlertSpan[]): { severity: AlertSeverity; windows: string[] }[] {
  const severities: AlertSeverity[] = ["page", "ticket"];
  return severities
    .map((severity) => ({ severity, windows: [...new Set(spans.filter((span) => span.severity === severity).map((span) => span.name.slice(severity.length + 1)))] }))
    .filter((group) => group.windows.length > 0);
}

/**
 * What happened around the point at `index`, for its tooltip: the alerts firing at any time since the previous point
 * and the deployments made since then (up to and including the point's instant), so no marker is missed between points.
 */
export function overlaysAtRow(
  rows: readonly { t: number }[],
  index: number,
  spans: readonly AlertSpan[],
  deploys: readonly DeployMarker[],
  incidents: readonly IncidentSpan[] = [],
): { alerts: string[]; deploys: DeployMarker[]; incidents: string[] } {
  const row = rows[index];
  if (!row) return { alerts: [], deploys: [], incidents: [] };
  const previousT = index > 0 ? rows[index - 1]!.t : Number.NEGATIVE_INFINITY;
  const overlapping = <S extends { x1: number; x2: number; label: string }>(list: readonly S[]) => [...new Set(list.filter((span) => span.x1 <= row.t && span.x2 > previousT).map((span) => span.label))];
  return { alerts: overlapping(spans), deploys: deploys.filter((deploy) => deploy.atMs > previousT && deploy.atMs <= row.t), incidents: overlapping(incidents) };
}

/** Indices of values with no value on either side: a line cannot draw them, so they get a dot. */
export function isolatedPoints(values: readonly (number | null)[]): Set<number> {
  const isolated = new Set<number>();
  values.forEach((value, i) => {
    if (value !== null && (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null) isolated.add(i);
  });
  return isolated;
}
