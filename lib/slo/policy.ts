// Error budget policies: the org default, per-SLO overrides, and the rules that put an SLO in warn or freeze.
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
};

export type PolicyOverride = Partial<BudgetPolicy>;

/**
 * Defaults: teams turn to reliability once the budget drops below 50%, launches freeze when more than
 * 50% of a period's budget goes in its first 10 days, when the budget is spent, and while the SLO pages.
 */
export const DEFAULT_BUDGET_POLICY: BudgetPolicy = {
  warnBelowRemaining: 0.5,
  freezeAtOrBelowRemaining: 0,
  earlyBurn: { consumedAbove: 0.5, withinDays: 10 },
  freezeOnPage: true,
};

export function effectivePolicy(orgDefault: BudgetPolicy, override: PolicyOverride | null | undefined): BudgetPolicy {
  if (!override) return orgDefault;
  const pick = <K extends keyof BudgetPolicy>(key: K): BudgetPolicy[K] => (override[key] === undefined ? orgDefault[key] : (override[key] as BudgetPolicy[K]));
  return {
    warnBelowRemaining: pick("warnBelowRemaining"),
    freezeAtOrBelowRemaining: pick("freezeAtOrBelowRemaining"),
    earlyBurn: pick("earlyBurn"),
    freezeOnPage: pick("freezeOnPage"),
  };
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
const formatInstant = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;

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
            ? `Error budget exhausted (${percent(input.remaining)} remaining): freeze launches until it recovers.`
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
      message: `A page-severity burn-rate alert was firing when SLI data stopped (last data ${formatInstant(input.pageAlertUnknownSinceMs)}); its state is unknown: launches stay frozen until fresh data shows it resolved.`,
    });
  }
  const state: PolicyState = reasons.some((r) => r.state === "freeze") ? "freeze" : reasons.length ? "warn" : "normal";
  return { state, reasons };
}
