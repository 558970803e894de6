// Error budget policies: the org default, per-SLO overrides, and the rules that put an SLO in warn or freeze.
export type PolicyState = "normal" | "warn" | "freeze";

export type BudgetPolicy = {
  /** Warn when the remaining budget is below this fraction (0.5 = half the budget left). Null turns the rule off. */
  warnBelowRemaining: number | null;
  /** Freeze when the remaining budget is at or below this fraction (0 = budget exhausted). Null turns it off. */
  freezeAtOrBelowRemaining: number | null;
  /** Calendar windows: freeze when more than `consumedAbove` of the budget went in the period's first `withinDays` days. */
  earlyBurn: { consumedAbove: number; withinDays: number } | null;
  /** Freeze while a page-severity burn-rate alert fires. */
  freezeOnPage: boolean;
};

export type PolicyOverride = Partial<BudgetPolicy>;

/**
 * Defaults from common SRE practice: teams turn to reliability once the budget drops below 50%, launches
 * freeze when more than 50% of a period's budget is consumed in its first 10 days, when the budget is
 * spent, and while the SLO pages.
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
  /** Calendar windows only: budget consumed by the end of the early-burn span (or by now, if earlier); null otherwise. */
  consumedInEarlySpan: number | null;
};

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
    if (policy.earlyBurn && input.consumedInEarlySpan !== null && input.consumedInEarlySpan > policy.earlyBurn.consumedAbove) {
      reasons.push({
        rule: "early_burn",
        state: "freeze",
        message: `${percent(input.consumedInEarlySpan)} of the budget was consumed in the first ${policy.earlyBurn.withinDays} days of the period (limit ${percent(policy.earlyBurn.consumedAbove)}): freeze launches.`,
      });
    }
  }
  if (policy.freezeOnPage && input.pageAlertFiring) {
    reasons.push({ rule: "page_alert", state: "freeze", message: "A page-severity burn-rate alert is firing: freeze launches until it resolves." });
  }
  const state: PolicyState = reasons.some((r) => r.state === "freeze") ? "freeze" : reasons.length ? "warn" : "normal";
  return { state, reasons };
}
