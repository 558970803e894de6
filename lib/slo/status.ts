// Assembles an SLO's full status at an instant — SLI, budget, burn rates, alerts, policy, status, forecast —
// from a definition and a function that answers window aggregates (the storage layer's running sums).
import { computeStatus, evaluateSlo, budgetInPlainWords, computeErrorBudget, computeSli, type AlertState, type BudgetInPlainWords, type BurnRates, type ErrorBudget, type SliKind, type SloStatus, type WindowAggregate } from "./math";
import { effectivePolicy, evaluatePolicy, type BudgetPolicy, type PolicyOverride, type PolicyReason, type PolicyState } from "./policy";
import { BURN_WINDOWS, type AlertWindowSpec, type BudgetingMethod, type BurnWindow, type SloWindow } from "./types";
import { burnWindowBounds, windowBounds, type WindowRange } from "./windows";

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
};

export type SloStatusResult = {
  atMs: number;
  windowFromMs: number;
  periodDays: number;
  sli: number | null;
  errorBudget: ErrorBudget;
  burnRates: BurnRates;
  alerts: AlertState[];
  status: SloStatus;
  forecast: { daysLeft: number | null; exhaustionAtMs: number | null };
  policy: { state: PolicyState; reasons: PolicyReason[] };
  budget: BudgetInPlainWords;
  totals: { good: number; total: number };
};

/** Reads the aggregate of [fromMs, toMs) — bucket minute starts m with from ≤ m < to. */
export type AggregateReader = (range: WindowRange) => WindowAggregate;

export function computeSloStatus(definition: SloDefinition, atMs: number, read: AggregateReader, orgPolicy: BudgetPolicy): SloStatusResult {
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
  const policy = effectivePolicy(orgPolicy, definition.policy);
  const hasData = evaluation.sli !== null;
  const pageAlertFiring = evaluation.alerts.some((a) => a.severity === "page" && a.firing);
  const policyResult = evaluatePolicy(policy, {
    hasData,
    remaining: evaluation.errorBudget.remaining,
    pageAlertFiring,
    consumedInEarlySpan: consumedInEarlySpan(definition, policy, bounds, read),
  });
  const status = computeStatus({ hasData, remaining: evaluation.errorBudget.remaining, pageAlertFiring, policyFreeze: policyResult.state === "freeze" });
  return {
    atMs: bounds.toMs,
    windowFromMs: bounds.fromMs,
    periodDays: bounds.periodDays,
    sli: evaluation.sli,
    errorBudget: evaluation.errorBudget,
    burnRates: evaluation.burnRates,
    alerts: evaluation.alerts,
    status,
    forecast: { daysLeft: evaluation.forecast.daysLeft, exhaustionAtMs: evaluation.forecast.exhaustionAt },
    policy: policyResult,
    budget: budgetInPlainWords({
      target: definition.target,
      periodDays: bounds.periodDays,
      remaining: evaluation.errorBudget.remaining,
      goodEvents: windowAggregate.good,
      totalEvents: windowAggregate.total,
      sliKind: definition.sliKind,
    }),
    totals: { good: windowAggregate.good, total: windowAggregate.total },
  };
}

/** Budget consumed from the calendar period's start to the end of the early-burn span (or now, if sooner). */
function consumedInEarlySpan(definition: SloDefinition, policy: BudgetPolicy, bounds: { fromMs: number; toMs: number }, read: AggregateReader): number | null {
  if (definition.window.kind !== "calendar" || !policy.earlyBurn) return null;
  const spanEnd = Math.min(bounds.toMs, bounds.fromMs + policy.earlyBurn.withinDays * MS_PER_DAY);
  const sli = computeSli(read({ fromMs: bounds.fromMs, toMs: spanEnd }), definition.budgetingMethod);
  return computeErrorBudget(sli, definition.target).consumed;
}

/** The JSON status object of API.md (plus a few extra fields), from a definition and its computed status. */
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
    burnRates: result.burnRates,
    alerts: result.alerts,
    status: result.status,
    forecast: {
      daysLeft: result.forecast.daysLeft,
      exhaustionAt: result.forecast.exhaustionAtMs === null ? null : new Date(result.forecast.exhaustionAtMs).toISOString(),
    },
    policy: { state: result.policy.state, reasons: result.policy.reasons.map(({ rule, state, message }) => ({ rule, state, message })) },
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
  };
}

export type SloStatusJson = ReturnType<typeof statusToJson>;
