// Assembles an SLO's full status at an instant — SLI, budget, burn rates, alerts, policy, status, forecast —
// from a definition and a function that answers window aggregates (the storage layer's running sums).
import { freshness } from "./freshness";
import {
  computeBurnRate,
  computeStatus,
  evaluateAlerts,
  evaluateSlo,
  budgetInPlainWords,
  computeErrorBudget,
  computeSli,
  type AlertState,
  type BudgetInPlainWords,
  type BurnRates,
  type ErrorBudget,
  type SliKind,
  type SloStatus,
  type WindowAggregate,
} from "./math";
import { daysBetween, periodBudgetOf, periodPossessive } from "./period";
import { effectivePolicy, evaluatePolicy, warmUpUntil, type BudgetPolicy, type PolicyOverride, type PolicyReason, type PolicyState } from "./policy";
import { BURN_WINDOWS, DEFAULT_ALERT_WINDOWS, type AlertWindowSpec, type BudgetingMethod, type BurnWindow, type SloWindow } from "./types";
import { burnWindowBounds, windowBounds, type WindowBounds, type WindowRange } from "./windows";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export type SloDefinition = {
  slug: string;
  name: string;
  service: string;
  team: string;
  sliKind: SliKind;
  target: number;
  window: SloWindow;
  budgetingMethod: BudgetingMethod;
  timesliceTarget: number | null;
  alertWindows: readonly AlertWindowSpec[] | null;
  policy: PolicyOverride | null;
  /** Minutes without data after which the SLO is stale; null: never (data arrives in batches). */
  staleAfterMinutes: number | null;
};

/** "unknown" while the SLO is stale: the windows' newest minutes hold no data, so nobody can say. */
export type AlertStatusState = "firing" | "ok" | "unknown";
export type StatusAlert = AlertState & { state: AlertStatusState };

export type SloStatusResult = {
  atMs: number;
  windowFromMs: number;
  periodDays: number;
  sli: number | null;
  errorBudget: ErrorBudget;
  /** Calendar windows: errorBudget.consumed × E / P; rolling windows: errorBudget itself. */
  periodBudget: ErrorBudget;
  burnRates: BurnRates;
  alerts: StatusAlert[];
  status: SloStatus;
  forecast: { daysLeft: number | null; exhaustionAtMs: number | null };
  policy: { state: PolicyState; reasons: PolicyReason[] };
  /**
   * While the SLO is in its warm-up (its first `warmUpHours` of data), the instant it ends: the policy
   * state above is computed as usual but advisory, and the deploy gate does not close for it. Null otherwise.
   */
  warmUpUntilMs: number | null;
  budget: BudgetInPlainWords;
  totals: { good: number; total: number };
  /** Start of the newest minute with data at or before t; null when there is none. */
  lastDataAtMs: number | null;
  stale: boolean;
  staleAfterMinutes: number | null;
};

/** Reads the aggregate of [fromMs, toMs) — bucket minute starts m with from ≤ m < to. */
export type AggregateReader = (range: WindowRange) => WindowAggregate;

/**
 * `lastDataAtMs` is the start of the newest minute with data at or before t (the storage layer finds it
 * with one seek); null when there is none, which also means the SLO cannot be stale. `firstDataAtMs` is
 * the start of the SLO's first minute with data, or null when the storage layer knows the data began
 * before the warm-up (it then needs no further read): the warm-up runs from it.
 */
export function computeSloStatus(
  definition: SloDefinition,
  atMs: number,
  read: AggregateReader,
  orgPolicy: BudgetPolicy,
  lastDataAtMs: number | null = null,
  firstDataAtMs: number | null = null,
): SloStatusResult {
  const bounds = windowBounds(definition.window, atMs);
  const windowAggregate = read(bounds);
  const burnWindows = Object.fromEntries(BURN_WINDOWS.map((w) => [w, read(burnWindowBounds(w, atMs))])) as Record<BurnWindow, WindowAggregate>;
  const evaluation = evaluateSlo({
    target: definition.target,
    method: definition.budgetingMethod,
    periodDays: bounds.periodDays,
    window: windowAggregate,
    burnWindows,
    alertWindows: definition.alertWindows,
    atMs,
    policyFreeze: false,
  });
  const { stale } = freshness({ lastDataAtMs, atMs: bounds.toMs, staleAfterMinutes: definition.staleAfterMinutes });
  const alerts = alertStates(evaluation.alerts, burnWindows, definition.staleAfterMinutes === null ? null : lastDataAtMs, stale);
  const policy = effectivePolicy(orgPolicy, definition.policy);
  const hasData = evaluation.sli !== null;
  const pageAlertFiring = evaluation.alerts.some((a) => a.severity === "page" && a.firing);
  const pageUnknown = !pageAlertFiring && lastDataAtMs !== null && alerts.some((a) => a.severity === "page" && a.state === "unknown");
  const heldPage = pageUnknown && pagedAtLastData(definition, lastDataAtMs, read);
  const policyResult = evaluatePolicy(policy, {
    hasData,
    remaining: evaluation.errorBudget.remaining,
    pageAlertFiring,
    earlySpan: earlySpanBudget(definition, policy, bounds, read),
    pageAlertUnknownSinceMs: heldPage ? lastDataAtMs : null,
  });
  const status = computeStatus({ hasData, remaining: evaluation.errorBudget.remaining, pageAlertFiring, policyFreeze: policyResult.state === "freeze" });
  const periodBudget = periodBudgetIn(definition.window, bounds, evaluation.errorBudget);
  return {
    atMs: bounds.toMs,
    windowFromMs: bounds.fromMs,
    periodDays: bounds.periodDays,
    sli: evaluation.sli,
    errorBudget: evaluation.errorBudget,
    periodBudget,
    burnRates: evaluation.burnRates,
    alerts,
    status,
    forecast: { daysLeft: evaluation.forecast.daysLeft, exhaustionAtMs: evaluation.forecast.exhaustionAt },
    policy: policyResult,
    warmUpUntilMs: hasData ? warmUpUntil({ firstDataAtMs, warmUpHours: policy.warmUpHours, atMs: bounds.toMs }) : null,
    budget: budgetInPlainWords({
      target: definition.target,
      periodDays: bounds.periodDays,
      remaining: evaluation.errorBudget.remaining,
      goodEvents: windowAggregate.good,
      totalEvents: windowAggregate.total,
      sliKind: definition.sliKind,
    }),
    totals: { good: windowAggregate.good, total: windowAggregate.total },
    lastDataAtMs,
    stale,
    staleAfterMinutes: definition.staleAfterMinutes,
  };
}

/**
 * An alert's state is unknown while the SLO is stale, and also once its short window holds no data
 * although the SLO had data before: "not firing" would then only mean "no data", and a page must not
 * look resolved minutes before the staleness limit is reached. SLOs that are never stale (batches)
 * pass lastDataAtMs null here: gaps between their batches are normal, so their alerts stay ok.
 */
function alertStates(alerts: readonly AlertState[], burnWindows: Record<BurnWindow, WindowAggregate>, lastDataAtMs: number | null, stale: boolean): StatusAlert[] {
  return alerts.map((alert) => {
    const silent = lastDataAtMs !== null && burnWindows[alert.shortWindow].total <= 0;
    const state: AlertStatusState = stale || (silent && !alert.firing) ? "unknown" : alert.firing ? "firing" : "ok";
    return { ...alert, state };
  });
}

/** The whole period's budget of a calendar window (consumed × E / P); a rolling window's own budget. */
function periodBudgetIn(window: SloWindow, bounds: WindowBounds, errorBudget: ErrorBudget): ErrorBudget {
  return window.kind === "calendar" ? periodBudgetOf(errorBudget, daysBetween(bounds.fromMs, bounds.toMs), bounds.periodDays) : errorBudget;
}

/** The status's periodBudget alone, from the window's aggregate only: for reads of many SLOs that need nothing else. */
export function computePeriodBudget(definition: Pick<SloDefinition, "window" | "target" | "budgetingMethod">, atMs: number, read: AggregateReader): ErrorBudget {
  const bounds = windowBounds(definition.window, atMs);
  return periodBudgetIn(definition.window, bounds, computeErrorBudget(computeSli(read(bounds), definition.budgetingMethod), definition.target));
}

/** Whether a page alert fired at the end of the newest minute with data: the state a stale SLO was left in. */
function pagedAtLastData(definition: SloDefinition, lastDataAtMs: number, read: AggregateReader): boolean {
  const endMs = lastDataAtMs + MS_PER_MINUTE;
  const burnRates = Object.fromEntries(
    BURN_WINDOWS.map((w) => [w, computeBurnRate(read(burnWindowBounds(w, endMs)), definition.budgetingMethod, definition.target)]),
  ) as BurnRates;
  const { periodDays } = windowBounds(definition.window, endMs);
  return evaluateAlerts(burnRates, periodDays, definition.alertWindows ?? DEFAULT_ALERT_WINDOWS).some((a) => a.severity === "page" && a.firing);
}

/**
 * The period budget of the early-burn span [period start, min(t, start + withinDays)]: the span's
 * consumed × E_span / P, so an SLO burning below the sustainable rate never trips the rule.
 */
function earlySpanBudget(definition: SloDefinition, policy: BudgetPolicy, bounds: WindowBounds, read: AggregateReader) {
  if (definition.window.kind !== "calendar" || !policy.earlyBurn) return null;
  const spanEnd = Math.min(bounds.toMs, bounds.fromMs + policy.earlyBurn.withinDays * MS_PER_DAY);
  const sli = computeSli(read({ fromMs: bounds.fromMs, toMs: spanEnd }), definition.budgetingMethod);
  const days = daysBetween(bounds.fromMs, spanEnd);
  return {
    periodConsumed: periodBudgetOf(computeErrorBudget(sli, definition.target), days, bounds.periodDays).consumed,
    days,
    periodPossessive: periodPossessive(definition.window, bounds.fromMs),
  };
}

/** The JSON status object of the API (plus a few extra fields), from a definition and its computed status. */
export function statusToJson(definition: SloDefinition, result: SloStatusResult) {
  return {
    slug: definition.slug,
    name: definition.name,
    service: definition.service,
    team: definition.team,
    target: definition.target,
    window: definition.window,
    budgetingMethod: definition.budgetingMethod,
    sli: result.sli,
    errorBudget: result.errorBudget,
    periodBudget: result.periodBudget,
    burnRates: result.burnRates,
    alerts: result.alerts,
    status: result.status,
    forecast: {
      daysLeft: result.forecast.daysLeft,
      exhaustionAt: result.forecast.exhaustionAtMs === null ? null : new Date(result.forecast.exhaustionAtMs).toISOString(),
    },
    policy: {
      state: result.policy.state,
      reasons: result.policy.reasons.map(({ rule, state, message }) => ({ rule, state, message })),
      // An addition: while set, the state is advisory and does not close the deploy gate.
      warmUpUntil: result.warmUpUntilMs === null ? null : new Date(result.warmUpUntilMs).toISOString(),
    },
    evaluatedAt: new Date(result.atMs).toISOString(),
    windowStart: new Date(result.windowFromMs).toISOString(),
    periodDays: result.periodDays,
    budget: {
      allowedBadEvents: result.budget.allowedBadEvents,
      badEvents: result.budget.badEvents,
      remainingBadEvents: result.budget.remainingBadEvents,
      fullOutageMinutesAllowed: result.budget.fullOutageMinutesAllowed,
      fullOutageMinutesLeft: result.budget.fullOutageMinutesLeft,
    },
    events: result.totals,
    lastDataAt: result.lastDataAtMs === null ? null : new Date(result.lastDataAtMs).toISOString(),
    stale: result.stale,
    staleAfterMinutes: result.staleAfterMinutes,
  };
}

export type SloStatusJson = ReturnType<typeof statusToJson>;
