import { describe, expect, it } from "vitest";
import { DEFAULT_BUDGET_POLICY, effectivePolicy, evaluatePolicy } from "./policy";

const base = { hasData: true, remaining: 0.8, pageAlertFiring: false, consumedInEarlySpan: null };

describe("evaluatePolicy with the default policy", () => {
  it("is normal with most of the budget left", () => {
    expect(evaluatePolicy(DEFAULT_BUDGET_POLICY, base)).toEqual({ state: "normal", reasons: [] });
  });

  it("warns below 50% remaining, not at exactly 50%", () => {
    expect(evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, remaining: 0.5 }).state).toBe("normal");
    const warned = evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, remaining: 0.49 });
    expect(warned.state).toBe("warn");
    expect(warned.reasons[0]).toMatchObject({ rule: "budget_low", message: expect.stringContaining("49%") });
  });

  it("freezes when the budget is spent, at exactly 0 and below", () => {
    expect(evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, remaining: 0 }).state).toBe("freeze");
    const overspent = evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, remaining: -0.25 });
    expect(overspent.reasons.map((r) => r.rule)).toEqual(["budget_exhausted"]);
  });

  it("freezes when more than 50% went in the first 10 days of the period", () => {
    expect(evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, consumedInEarlySpan: 0.5 }).state).toBe("normal");
    const early = evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, remaining: 0.45, consumedInEarlySpan: 0.55 });
    expect(early.state).toBe("freeze");
    expect(early.reasons.map((r) => r.rule)).toEqual(["budget_low", "early_burn"]);
  });

  it("freezes while a page alert fires, even without other reasons", () => {
    expect(evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, pageAlertFiring: true }).reasons.map((r) => r.rule)).toEqual(["page_alert"]);
  });

  it("has no budget rules without data", () => {
    expect(evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, hasData: false, remaining: 1 })).toEqual({ state: "normal", reasons: [] });
  });
});

describe("effectivePolicy", () => {
  it("applies per-SLO overrides field by field, null switching a rule off", () => {
    const policy = effectivePolicy(DEFAULT_BUDGET_POLICY, { warnBelowRemaining: 0.25, earlyBurn: null });
    expect(policy).toEqual({ warnBelowRemaining: 0.25, freezeAtOrBelowRemaining: 0, earlyBurn: null, freezeOnPage: true });
    expect(evaluatePolicy(policy, { ...base, remaining: 0.3, consumedInEarlySpan: 0.9 }).state).toBe("normal");
    expect(effectivePolicy(DEFAULT_BUDGET_POLICY, null)).toBe(DEFAULT_BUDGET_POLICY);
  });
});
