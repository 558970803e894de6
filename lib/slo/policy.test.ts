import { describe, expect, it } from "vitest";
import { DEFAULT_BUDGET_POLICY, effectivePolicy, evaluatePolicy, warmUpUntil } from "./policy";

const base = { hasData: true, remaining: 0.8, pageAlertFiring: false, earlySpan: null };

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
    // Overspent says by how much, as a multiple of the budget, not as a negative share left.
    expect(overspent.reasons[0].message).toBe("Error budget exhausted (1.3× the budget spent): freeze launches until it recovers.");
    expect(evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, remaining: 0 }).reasons[0].message).toBe("Error budget exhausted (0% remaining): freeze launches until it recovers.");
  });

  it("freezes when more than 50% of the period's budget went in its first 10 days", () => {
    const span = (periodConsumed: number, days = 10) => ({ periodConsumed, days, periodPossessive: "December's" });
    expect(evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, earlySpan: span(0.5) }).state).toBe("normal");
    const early = evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, remaining: 0.45, earlySpan: span(0.62) });
    expect(early.state).toBe("freeze");
    expect(early.reasons.map((r) => r.rule)).toEqual(["budget_low", "early_burn"]);
    expect(early.reasons[1]!.message).toBe(
      "62% of December's budget went in its first 10 days, counting the period's traffic at the rate so far (limit 50% in the first 10 days): freeze launches.",
    );
    expect(evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, earlySpan: span(0.51, 3.25) }).reasons[0]!.message).toContain("went in its first 3.3 days");
  });

  it("keeps a page-alert freeze while the SLO is stale and the alert's state is unknown", () => {
    const held = evaluatePolicy(DEFAULT_BUDGET_POLICY, { ...base, pageAlertUnknownSinceMs: Date.UTC(2026, 11, 2, 10, 42) });
    expect(held.state).toBe("freeze");
    expect(held.reasons).toEqual([
      {
        rule: "page_alert",
        state: "freeze",
        message:
          "A page-severity burn-rate alert was firing when SLI data stopped (last data 2026-12-02 10:42 UTC); its state is unknown: launches stay frozen until fresh data shows it resolved.",
      },
    ]);
    expect(evaluatePolicy({ ...DEFAULT_BUDGET_POLICY, freezeOnPage: false }, { ...base, pageAlertUnknownSinceMs: 0 }).state).toBe("normal");
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
    expect(policy).toEqual({ warnBelowRemaining: 0.25, freezeAtOrBelowRemaining: 0, earlyBurn: null, freezeOnPage: true, warmUpHours: 24 });
    expect(effectivePolicy(DEFAULT_BUDGET_POLICY, { warmUpHours: 0 }).warmUpHours).toBe(0);
    expect(evaluatePolicy(policy, { ...base, remaining: 0.3, earlySpan: { periodConsumed: 0.9, days: 10, periodPossessive: "November's" } }).state).toBe("normal");
    expect(effectivePolicy(DEFAULT_BUDGET_POLICY, null)).toBe(DEFAULT_BUDGET_POLICY);
  });
});

describe("warmUpUntil", () => {
  const first = Date.UTC(2026, 11, 2, 9, 30);
  const HOUR = 3_600_000;

  it("runs the warm-up from the first minute of data", () => {
    // 30 minutes of data: advisory for 23.5 more hours.
    expect(warmUpUntil({ firstDataAtMs: first, warmUpHours: 24, atMs: first + 30 * 60_000 })).toBe(first + 24 * HOUR);
    expect(warmUpUntil({ firstDataAtMs: first, warmUpHours: 24, atMs: first + 24 * HOUR - 60_000 })).toBe(first + 24 * HOUR);
  });

  it("ends exactly 24 hours after the first data, and never starts without data or a warm-up", () => {
    expect(warmUpUntil({ firstDataAtMs: first, warmUpHours: 24, atMs: first + 24 * HOUR })).toBeNull();
    expect(warmUpUntil({ firstDataAtMs: null, warmUpHours: 24, atMs: first })).toBeNull();
    expect(warmUpUntil({ firstDataAtMs: first, warmUpHours: 0, atMs: first + 60_000 })).toBeNull();
    expect(warmUpUntil({ firstDataAtMs: first, warmUpHours: 72, atMs: first + 48 * HOUR })).toBe(first + 72 * HOUR);
  });
});
