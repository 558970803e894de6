// Pure SLO arithmetic on window aggregates: SLI, error budget, burn rates, alerts, status, forecast.
import { truncateToMinute } from "./windows";
import {
  BURN_WINDOW_MINUTES,
  DEFAULT_ALERT_WINDOWS,
  type AlertSeverity,
  type AlertWindowSpec,
  type BudgetingMethod,
  type BurnWindow,
} from "./types";

const MINUTES_PER_DAY = 1440;
const MS_PER_DAY = 86_400_000;

/**
 * Sums over the minute buckets of a window. Every field is additive, so the storage layer can
 * answer from rollups or prefix sums (window = prefix(to) − prefix(from)).
 */
export type WindowAggregate = {
  good: number;
  total: number;
  /** Minutes with total > 0. */
  slices: number;
  /** Minutes with total > 0 and good/total ≥ timesliceTarget. */
  goodSlices: number;
  /** Σ good/total over minutes with total > 0. */
  ratioSum: number;
};

export type MinutePoint = { good: number; total: number };

export function emptyAggregate(): WindowAggregate {
  return { good: 0, total: 0, slices: 0, goodSlices: 0, ratioSum: 0 };
}

/** Folds raw minutes; with timesliceTarget null no slice counts as good (only timeslices needs it). */
export function aggregateMinutes(points: readonly MinutePoint[], timesliceTarget: number | null): WindowAggregate {
  const agg = emptyAggregate();
  for (const { good, total } of points) {
    if (total <= 0) continue; // a minute without events holds no data for any method
    const ratio = good / total; // compare the ratio, not good vs target×total, so 999/1000 ≥ 0.999 holds exactly
    agg.good += good;
    agg.total += total;
    agg.slices += 1;
    agg.ratioSum += ratio;
    if (timesliceTarget !== null && ratio >= timesliceTarget) agg.goodSlices += 1;
  }
  return agg;
}

export function addAggregates(a: WindowAggregate, b: WindowAggregate): WindowAggregate {
  return {
    good: a.good + b.good,
    total: a.total + b.total,
    slices: a.slices + b.slices,
    goodSlices: a.goodSlices + b.goodSlices,
    ratioSum: a.ratioSum + b.ratioSum,
  };
}

export function subtractAggregates(a: WindowAggregate, b: WindowAggregate): WindowAggregate {
  return {
    good: a.good - b.good,
    total: a.total - b.total,
    slices: a.slices - b.slices,
    goodSlices: a.goodSlices - b.goodSlices,
    ratioSum: a.ratioSum - b.ratioSum,
  };
}

/** SLI by budgeting method, or null when the window holds no data. */
export function computeSli(agg: WindowAggregate, method: BudgetingMethod): number | null {
  if (agg.total <= 0 || agg.slices <= 0) return null;
  const sli =
    method === "occurrences"
      ? agg.good / agg.total
      : method === "timeslices"
        ? agg.goodSlices / agg.slices
        : agg.ratioSum / agg.slices;
  // Prefix-sum subtraction of float ratioSum can drift a hair outside [0, 1].
  return Math.min(1, Math.max(0, sli));
}

export type ErrorBudget = { consumed: number; remaining: number };

/** Share of the error budget spent; remaining goes negative when overspent. No data spends nothing. */
export function computeErrorBudget(sli: number | null, target: number): ErrorBudget {
  assertTarget(target);
  if (sli === null) return { consumed: 0, remaining: 1 };
  const consumed = (1 - sli) / (1 - target);
  return { consumed, remaining: 1 - consumed };
}

/** How fast the window spends budget: 1 spends exactly the budget over the period; 0 without data. */
export function computeBurnRate(agg: WindowAggregate, method: BudgetingMethod, target: number): number {
  assertTarget(target);
  const sli = computeSli(agg, method);
  if (sli === null) return 0;
  return (1 - sli) / (1 - target);
}

function assertTarget(target: number): void {
  if (!(target > 0 && target < 1)) throw new RangeError(`SLO target must be in (0, 1), got ${target}`);
}

/** Burn rate that spends budgetPercent of a period of periodDays within longWindow. */
export function alertThreshold(budgetPercent: number, periodDays: number, longWindow: BurnWindow): number {
  // One division at the end keeps round inputs exact (2% of 30 d over 1 h is 14.4, not 14.400000000000002).
  return (budgetPercent * periodDays * MINUTES_PER_DAY) / (100 * BURN_WINDOW_MINUTES[longWindow]);
}

export type BurnRates = Record<BurnWindow, number>;

export type AlertState = {
  severity: AlertSeverity;
  longWindow: BurnWindow;
  shortWindow: BurnWindow;
  threshold: number;
  firing: boolean;
};

/** Multiwindow alerts: each fires only when both its long and short burn rates exceed the threshold. */
export function evaluateAlerts(
  burnRates: Readonly<BurnRates>,
  periodDays: number,
  alertWindows: readonly AlertWindowSpec[] = DEFAULT_ALERT_WINDOWS,
): AlertState[] {
  return alertWindows.map(({ severity, longWindow, shortWindow, budgetPercent }) => {
    const threshold = alertThreshold(budgetPercent, periodDays, longWindow);
    const firing = burnRates[longWindow] > threshold && burnRates[shortWindow] > threshold;
    return { severity, longWindow, shortWindow, threshold, firing };
  });
}

export type SloStatus = "no_data" | "breached" | "at_risk" | "healthy";

export function computeStatus(input: {
  hasData: boolean;
  remaining: number;
  pageAlertFiring: boolean;
  policyFreeze: boolean;
}): SloStatus {
  if (!input.hasData) return "no_data";
  if (input.remaining <= 0) return "breached";
  if (input.pageAlertFiring || input.policyFreeze) return "at_risk";
  return "healthy";
}

export type Forecast = { daysLeft: number | null; exhaustionAt: number | null };

/** When the budget runs out at the 1d burn rate; atMs is the evaluation instant t (minute-truncated). */
export function computeForecast(input: {
  remaining: number;
  periodDays: number;
  burnRate1d: number;
  atMs: number;
}): Forecast {
  const { remaining, periodDays, burnRate1d, atMs } = input;
  if (!(burnRate1d > 0 && remaining > 0)) return { daysLeft: null, exhaustionAt: null };
  const daysLeft = (remaining * periodDays) / burnRate1d;
  // exhaustionAt is an instant, so whole milliseconds; daysLeft stays unrounded.
  return { daysLeft, exhaustionAt: Math.round(atMs + daysLeft * MS_PER_DAY) };
}

export type SliKind = "availability" | "latency" | "ratio";

export type BudgetInPlainWords = {
  /** (1 − target) × Σtotal: bad events the window's traffic so far may contain. */
  allowedBadEvents: number;
  badEvents: number;
  /** max(0, allowedBadEvents − badEvents). */
  remainingBadEvents: number;
  /** (1 − target) × P × 1440: minutes of total outage the whole period allows (99.9% over 30 d = 43.2). */
  fullOutageMinutesAllowed: number;
  /** max(0, remaining) × fullOutageMinutesAllowed. */
  fullOutageMinutesLeft: number;
  /** What a bad event is for this kind of SLI, for sentences such as "12 failed requests left". */
  badEventNoun: string;
};

const BAD_EVENT_NOUNS: Record<SliKind, string> = {
  availability: "failed requests",
  latency: "slow requests",
  ratio: "bad events",
};

/**
 * The budget as counts people can picture. Event counts scale with the traffic seen so far in the
 * window (not a projection of the whole period), so they are exact whatever the budgeting method.
 */
export function budgetInPlainWords(input: {
  target: number;
  periodDays: number;
  remaining: number;
  goodEvents: number;
  totalEvents: number;
  sliKind: SliKind;
}): BudgetInPlainWords {
  const { target, periodDays, remaining, goodEvents, totalEvents, sliKind } = input;
  const allowedBadEvents = (1 - target) * totalEvents;
  const badEvents = totalEvents - goodEvents;
  const fullOutageMinutesAllowed = (1 - target) * periodDays * MINUTES_PER_DAY;
  return {
    allowedBadEvents,
    badEvents,
    remainingBadEvents: Math.max(0, allowedBadEvents - badEvents),
    fullOutageMinutesAllowed,
    fullOutageMinutesLeft: Math.max(0, remaining) * fullOutageMinutesAllowed,
    badEventNoun: BAD_EVENT_NOUNS[sliKind],
  };
}

export type EvaluateSloInput = {
  target: number;
  method: BudgetingMethod;
  /** P: the rolling window's days or the current calendar period's real length in days. */
  periodDays: number;
  /** Aggregate over the SLO window at atMs. */
  window: WindowAggregate;
  /** Aggregate over each burn window ending at atMs. */
  burnWindows: Readonly<Record<BurnWindow, WindowAggregate>>;
  alertWindows?: readonly AlertWindowSpec[] | null;
  atMs: number;
  policyFreeze: boolean;
};

export type SloEvaluation = {
  sli: number | null;
  errorBudget: ErrorBudget;
  burnRates: BurnRates;
  alerts: AlertState[];
  status: SloStatus;
  forecast: Forecast;
};

/** Everything the status object computes, from aggregates the caller read for the window and burn windows. */
export function evaluateSlo(input: EvaluateSloInput): SloEvaluation {
  const { target, method, periodDays } = input;
  const sli = computeSli(input.window, method);
  const errorBudget = computeErrorBudget(sli, target);
  const burnRates = computeBurnRates(input.burnWindows, method, target);
  const alerts = evaluateAlerts(burnRates, periodDays, input.alertWindows ?? DEFAULT_ALERT_WINDOWS);
  const status = computeStatus({
    hasData: sli !== null,
    remaining: errorBudget.remaining,
    pageAlertFiring: alerts.some((alert) => alert.severity === "page" && alert.firing),
    policyFreeze: input.policyFreeze,
  });
  const forecast = computeForecast({
    remaining: errorBudget.remaining,
    periodDays,
    burnRate1d: burnRates["1d"],
    atMs: truncateToMinute(input.atMs),
  });
  return { sli, errorBudget, burnRates, alerts, status, forecast };
}

function computeBurnRates(
  burnWindows: Readonly<Record<BurnWindow, WindowAggregate>>,
  method: BudgetingMethod,
  target: number,
): BurnRates {
  const rate = (w: BurnWindow) => computeBurnRate(burnWindows[w], method, target);
  return {
    "5m": rate("5m"),
    "30m": rate("30m"),
    "1h": rate("1h"),
    "2h": rate("2h"),
    "6h": rate("6h"),
    "1d": rate("1d"),
    "3d": rate("3d"),
  };
}
