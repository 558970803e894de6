// Error budget policies: the org default, per-SLO overrides, and the rules that put an SLO in warn or freeze.
import { formatTimes, formatUtcMinute } from "./format";

export type PolicyState = "normal" | "warn" | "freeze";

export type BudgetPolicy = {
  /** Warn when the remaining budget is below this fraction (0.5 = half the budget left). Null turns the rule off. */
  warnBelowRemaining: number | null;
  /** Freeze when the remaining budget is at or below this fraction (0 = budget exhausted). Null turns it off. */
  freezeAtOrBelowRemaining: number | null;
  /**
   * Calendar windows: freeze when the errors of the period's first `withinDays` days take more than
   * `consumedAbove` of the whole period's budget (the period's traffic counted at the span's rate).
   */
  earlyBurn: { consumedAbove: number; withinDays: number } | null;
  /** Freeze while a page-severity burn-rate alert fires. */
  freezeOnPage: boolean;
  /**
   * Hours from an SLO's first minute of SLI data during which its policy state is advisory: computed and
   * shown, but it does not close the deploy gate (a new SLO's first bad half hour is not a verdict). 0 = none.
   */
  warmUpHours: number;
};

export type PolicyOverride = Partial<BudgetPolicy>;

/** Keel's default warm-up: a new SLO's policy is advisory until it has a day of data. */
export const DEFAULT_WARM_UP_HOURS = 24;

/** Longest warm-up an org or SLO may set: 30 days. */
export const MAX_WARM_UP_HOURS = 720;

/**
 * Defaults: teams turn to reliability once the budget drops below 50%, launches freeze when more than
 * 50% of a period's budget goes in its first 10 days, when the budget is spent, and while the SLO pages;
 * during a new SLO's first 24 hours of data all of that is advisory.
 */
export const DEFAULT_BUDGET_POLICY: BudgetPolicy = {
  warnBelowRemaining: 0.5,
  freezeAtOrBelowRemaining: 0,
  earlyBurn: { consumedAbove: 0.5, withinDays: 10 },
  freezeOnPage: true,
  warmUpHours: DEFAULT_WARM_UP_HOURS,
};

export function effectivePolicy(orgDefault: BudgetPolicy, override: PolicyOverride | null | undefined): BudgetPolicy {
  if (!override) return orgDefault;
  const pick = <K extends keyof BudgetPolicy>(key: K): BudgetPolicy[K] => (override[key] === undefined ? orgDefault[key] : (override[key] as BudgetPolicy[K]));
  return {
    warnBelowRemaining: pick("warnBelowRemaining"),
    freezeAtOrBelowRemaining: pick("freezeAtOrBelowRemaining"),
    earlyBurn: pick("earlyBurn"),
    freezeOnPage: pick("freezeOnPage"),
    warmUpHours: pick("warmUpHours"),
  };
}

/**
 * When the SLO's warm-up ends: its first minute of data plus the warm-up. Null when it is over at t, when
 * there is no data yet (nothing to be advisory about), or when the policy has no warm-up. Measured from
 * the first SLI minute rather than the SLO's creation, so a backfilled SLO needs none and an SLO whose data
 * starts a week after it was defined still gets its full day.
 */
export function warmUpUntil(input: { firstDataAtMs: number | null; warmUpHours: number; atMs: number }): number | null {
  if (input.firstDataAtMs === null || !(input.warmUpHours > 0)) return null;
  const untilMs = input.firstDataAtMs + input.warmUpHours * 3_600_000;
  return input.atMs < untilMs ? untilMs : null;
}

export type PolicyReason = { rule: "budget_exhausted" | "budget_low" | "early_burn" | "page_alert"; state: Exclude<PolicyState, "normal">; message: string };

export type PolicyInput = {
  hasData: boolean;
  remaining: number;
  pageAlertFiring: boolean;
  /**
   * Calendar windows only (null otherwise): the period budget of the span [period start, min(t, start +
   * withinDays)] — c_span = consumed_span × E_span / P — with the span's length and the period's name.
   */
  earlySpan: { periodConsumed: number; days: number; periodPossessive: string } | null;
  /**
   * Set while the SLO is stale and a page alert was firing at its last data: that alert's state is
   * unknown, and a freeze must not lift only because data stopped. The instant is the last data's minute.
   */
  pageAlertUnknownSinceMs?: number | null;
};

const formatDays = (days: number) => (Number.isInteger(days) ? `${days}` : `${Math.round(days * 10) / 10}`);

const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

export function evaluatePolicy(policy: BudgetPolicy, input: PolicyInput): { state: PolicyState; reasons: PolicyReason[] } {
  const reasons: PolicyReason[] = [];
  if (input.hasData) {
    if (policy.freezeAtOrBelowRemaining !== null && input.remaining <= policy.freezeAtOrBelowRemaining) {
      reasons.push({
        rule: "budget_exhausted",
        state: "freeze",
        message:
          policy.freezeAtOrBelowRemaining === 0
            ? input.remaining < 0
              ? `Error budget exhausted (${formatTimes(1 - input.remaining)} the budget spent): freeze launches until it recovers.`
              : `Error budget exhausted (${percent(input.remaining)} remaining): freeze launches until it recovers.`
            : `Only ${percent(input.remaining)} of the error budget remains (freeze at ${percent(policy.freezeAtOrBelowRemaining)}).`,
      });
    } else if (policy.warnBelowRemaining !== null && input.remaining < policy.warnBelowRemaining) {
      reasons.push({
        rule: "budget_low",
        state: "warn",
        message: `${percent(input.remaining)} of the error budget remains, below ${percent(policy.warnBelowRemaining)}: prioritise reliability work.`,
      });
    }
    const span = input.earlySpan;
    if (policy.earlyBurn && span !== null && span.periodConsumed > policy.earlyBurn.consumedAbove) {
      reasons.push({
        rule: "early_burn",
        state: "freeze",
        message: `${percent(span.periodConsumed)} of ${span.periodPossessive} budget went in its first ${formatDays(span.days)} days, counting the period's traffic at the rate so far (limit ${percent(policy.earlyBurn.consumedAbove)} in the first ${policy.earlyBurn.withinDays} days): freeze launches.`,
      });
    }
  }
  if (policy.freezeOnPage && input.pageAlertFiring) {
    reasons.push({ rule: "page_alert", state: "freeze", message: "A page-severity burn-rate alert is firing: freeze launches until it resolves." });
  } else if (policy.freezeOnPage && input.pageAlertUnknownSinceMs != null) {
    reasons.push({
      rule: "page_alert",
      state: "freeze",
      message: `A page-severity burn-rate alert was firing when SLI data stopped (last data ${formatUtcMinute(input.pageAlertUnknownSinceMs)}); its state is unknown: launches stay frozen until fresh data shows it resolved.`,
    });
  }
  const state: PolicyState = reasons.some((r) => r.state === "freeze") ? "freeze" : reasons.length ? "warn" : "normal";
  return { state, reasons };
}
