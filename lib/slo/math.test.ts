import { describe, expect, it } from "vitest";
import {
  addAggregates,
  aggregateMinutes,
  alertThreshold,
  budgetInPlainWords,
  computeBurnRate,
  computeErrorBudget,
  computeForecast,
  computeSli,
  computeStatus,
  emptyAggregate,
  evaluateAlerts,
  evaluateSlo,
  subtractAggregates,
  type BurnRates,
  type WindowAggregate,
} from "./math";
import { BURN_WINDOWS, type BurnWindow } from "./types";

const DAY = 86_400_000;
const T = Date.parse("2026-11-01T10:05:00Z");

const rates = (overrides: Partial<BurnRates>): BurnRates => ({
  "5m": 0, "30m": 0, "1h": 0, "2h": 0, "6h": 0, "1d": 0, "3d": 0, ...overrides,
});

function burnWindowsOf(fill: Partial<Record<BurnWindow, WindowAggregate>>): Record<BurnWindow, WindowAggregate> {
  return Object.fromEntries(BURN_WINDOWS.map((w) => [w, fill[w] ?? emptyAggregate()])) as Record<BurnWindow, WindowAggregate>;
}

const events = (good: number, total: number) => aggregateMinutes([{ good, total }], null);

describe("aggregateMinutes", () => {
  it("ignores minutes whose total is 0 for every sum", () => {
    const agg = aggregateMinutes([{ good: 0, total: 0 }, { good: 9, total: 10 }, { good: 0, total: 0 }], 0.5);
    expect(agg).toEqual({ good: 9, total: 10, slices: 1, goodSlices: 1, ratioSum: 0.9 });
  });

  it("counts a slice whose good/total equals timesliceTarget as good", () => {
    const agg = aggregateMinutes([{ good: 999, total: 1000 }, { good: 998, total: 1000 }], 0.999);
    expect(agg.slices).toBe(2);
    expect(agg.goodSlices).toBe(1);
  });

  it("counts no good slices without a timesliceTarget", () => {
    expect(aggregateMinutes([{ good: 10, total: 10 }], null).goodSlices).toBe(0);
  });

  it("of nothing is the empty aggregate", () => {
    expect(aggregateMinutes([], 0.9)).toEqual(emptyAggregate());
  });
});

describe("add and subtract aggregates", () => {
  it("window = prefix(to) − prefix(from), as the storage layer computes it", () => {
    const older = [{ good: 5, total: 10 }, { good: 0, total: 0 }];
    const inside = [{ good: 99, total: 100 }, { good: 7, total: 7 }];
    const prefixFrom = aggregateMinutes(older, 0.99);
    const prefixTo = addAggregates(prefixFrom, aggregateMinutes(inside, 0.99));
    const window = subtractAggregates(prefixTo, prefixFrom);
    expect(window).toEqual({ ...aggregateMinutes(inside, 0.99), ratioSum: window.ratioSum });
    expect(window.ratioSum).toBeCloseTo(1.99, 12);
  });
});

describe("computeSli", () => {
  // Minutes: 100/100, 50/100, an empty minute, 9/10; timeslice target 0.9.
  const agg = aggregateMinutes(
    [{ good: 100, total: 100 }, { good: 50, total: 100 }, { good: 0, total: 0 }, { good: 9, total: 10 }],
    0.9,
  );

  it("occurrences: Σgood / Σtotal", () => {
    expect(computeSli(agg, "occurrences")).toBe(159 / 210);
  });
  it("timeslices: good slices / slices with data (9/10 meets 0.9)", () => {
    expect(computeSli(agg, "timeslices")).toBe(2 / 3);
  });
  it("ratioTimeslices: mean of good/total over minutes with data", () => {
    expect(computeSli(agg, "ratioTimeslices")).toBeCloseTo(0.8, 12);
  });
  it("is null without data, whatever the method", () => {
    const empty = aggregateMinutes([{ good: 0, total: 0 }], 0.9);
    expect(computeSli(empty, "occurrences")).toBeNull();
    expect(computeSli(empty, "timeslices")).toBeNull();
    expect(computeSli(empty, "ratioTimeslices")).toBeNull();
  });
  it("clamps float drift from prefix sums to 1", () => {
    const drifted = { good: 1, total: 1, slices: 1, goodSlices: 1, ratioSum: 1.0000000000000002 };
    expect(computeSli(drifted, "ratioTimeslices")).toBe(1);
  });
});

describe("computeErrorBudget", () => {
  it("matches the API example: sli 0.99931 at 99.9% spends 69%", () => {
    const budget = computeErrorBudget(0.99931, 0.999);
    expect(budget.consumed).toBeCloseTo(0.69, 12);
    expect(budget.remaining).toBeCloseTo(0.31, 12);
  });
  it("goes negative when overspent", () => {
    const budget = computeErrorBudget(0.997, 0.999);
    expect(budget.consumed).toBeCloseTo(3, 12);
    expect(budget.remaining).toBeCloseTo(-2, 12);
  });
  it("spends nothing without data", () => {
    expect(computeErrorBudget(null, 0.999)).toEqual({ consumed: 0, remaining: 1 });
  });
  it("is exact at a target near 1 (0.9999): one bad event in 10,000 spends all of it", () => {
    const sli = computeSli(events(9_999, 10_000), "occurrences");
    expect(computeErrorBudget(sli, 0.9999)).toEqual({ consumed: 1, remaining: 0 });
    const half = computeErrorBudget(computeSli(events(19_999, 20_000), "occurrences"), 0.9999);
    expect(half.consumed).toBeCloseTo(0.5, 9);
  });
  it("rejects targets outside (0, 1)", () => {
    expect(() => computeErrorBudget(0.5, 1)).toThrow(RangeError);
    expect(() => computeErrorBudget(0.5, 0)).toThrow(RangeError);
  });
});

describe("a 30-day window with a single bad minute", () => {
  const minutes = Array.from({ length: 30 * 1440 }, (_, i) => ({ good: i === 777 ? 0 : 1, total: 1 }));
  const agg = aggregateMinutes(minutes, 0.999);

  it("spends 1/43.2 of a 99.9% budget by every method", () => {
    for (const method of ["occurrences", "timeslices", "ratioTimeslices"] as const) {
      const sli = computeSli(agg, method);
      expect(sli).toBe(43_199 / 43_200);
      expect(computeErrorBudget(sli, 0.999).consumed).toBeCloseTo(1 / 43.2, 9);
    }
  });
});

describe("computeBurnRate", () => {
  it("is (1 − sli) / (1 − target)", () => {
    expect(computeBurnRate(events(98, 100), "occurrences", 0.999)).toBeCloseTo(20, 9);
    expect(computeBurnRate(events(100, 100), "occurrences", 0.999)).toBe(0);
  });
  it("is 0 without data", () => {
    expect(computeBurnRate(emptyAggregate(), "timeslices", 0.999)).toBe(0);
  });
});

describe("alertThreshold", () => {
  it.each([
    [30, [14.4, 6, 3, 1]],
    [28, [13.44, 5.6, 2.8]],
    [7, [3.36, 1.4, 0.7]],
  ])("P = %i days gives %j", (periodDays, expected) => {
    expect(alertThreshold(2, periodDays, "1h")).toBe(expected[0]);
    expect(alertThreshold(5, periodDays, "6h")).toBe(expected[1]);
    expect(alertThreshold(10, periodDays, "1d")).toBe(expected[2]);
    if (expected[3] !== undefined) expect(alertThreshold(10, periodDays, "3d")).toBe(expected[3]);
  });
  it("gives fractions for the 3d ticket at 28 and 7 days", () => {
    expect(alertThreshold(10, 28, "3d")).toBeCloseTo(0.933333333333, 12);
    expect(alertThreshold(10, 7, "3d")).toBeCloseTo(7 / 30, 12);
  });
  it("uses the real calendar period length (Berlin October 2026)", () => {
    expect(alertThreshold(2, 31 + 1 / 24, "1h")).toBeCloseTo(14.9, 12);
  });
});

describe("evaluateAlerts", () => {
  it("lists the defaults with their thresholds", () => {
    expect(evaluateAlerts(rates({}), 30)).toEqual([
      { severity: "page", longWindow: "1h", shortWindow: "5m", threshold: 14.4, firing: false },
      { severity: "page", longWindow: "6h", shortWindow: "30m", threshold: 6, firing: false },
      { severity: "ticket", longWindow: "1d", shortWindow: "2h", threshold: 3, firing: false },
      { severity: "ticket", longWindow: "3d", shortWindow: "6h", threshold: 1, firing: false },
    ]);
  });
  it("fires only when both the long and the short window exceed the threshold", () => {
    const firing = (r: Partial<BurnRates>) => evaluateAlerts(rates(r), 30)[0].firing;
    expect(firing({ "1h": 15, "5m": 15 })).toBe(true);
    expect(firing({ "1h": 15, "5m": 14 })).toBe(false);
    expect(firing({ "1h": 14, "5m": 100 })).toBe(false);
  });
  it("does not fire at exactly the threshold", () => {
    expect(evaluateAlerts(rates({ "3d": 1, "6h": 1 }), 30)[3].firing).toBe(false);
  });
  it("accepts overridden alert windows", () => {
    const custom = [{ severity: "ticket" as const, longWindow: "2h" as const, shortWindow: "5m" as const, budgetPercent: 1 }];
    expect(evaluateAlerts(rates({ "2h": 4, "5m": 4 }), 30, custom)).toEqual([
      { severity: "ticket", longWindow: "2h", shortWindow: "5m", threshold: 3.6, firing: true },
    ]);
  });
});

describe("computeStatus", () => {
  const base = { hasData: true, remaining: 0.5, pageAlertFiring: false, policyFreeze: false };
  it("no_data beats everything", () => {
    expect(computeStatus({ hasData: false, remaining: -1, pageAlertFiring: true, policyFreeze: true })).toBe("no_data");
  });
  it("breached when remaining ≤ 0, before at_risk", () => {
    expect(computeStatus({ ...base, remaining: 0 })).toBe("breached");
    expect(computeStatus({ ...base, remaining: -0.2, pageAlertFiring: true })).toBe("breached");
  });
  it("at_risk on a firing page alert or a freeze", () => {
    expect(computeStatus({ ...base, pageAlertFiring: true })).toBe("at_risk");
    expect(computeStatus({ ...base, policyFreeze: true })).toBe("at_risk");
  });
  it("healthy otherwise", () => {
    expect(computeStatus(base)).toBe("healthy");
  });
});

describe("computeForecast", () => {
  it("daysLeft = remaining × P / b, exhaustionAt = t + daysLeft", () => {
    expect(computeForecast({ remaining: 0.31, periodDays: 30, burnRate1d: 0.8, atMs: T })).toEqual({
      daysLeft: 11.625,
      exhaustionAt: T + 11.625 * DAY,
    });
  });
  it("is null when nothing burns or nothing is left", () => {
    const none = { daysLeft: null, exhaustionAt: null };
    expect(computeForecast({ remaining: 0.31, periodDays: 30, burnRate1d: 0, atMs: T })).toEqual(none);
    expect(computeForecast({ remaining: 0, periodDays: 30, burnRate1d: 2, atMs: T })).toEqual(none);
    expect(computeForecast({ remaining: -0.5, periodDays: 30, burnRate1d: 2, atMs: T })).toEqual(none);
  });
});

describe("budgetInPlainWords", () => {
  it("99.9% over 30 days allows 43.2 minutes of full outage", () => {
    const words = budgetInPlainWords({
      target: 0.999, periodDays: 30, remaining: 0.31, goodEvents: 999_310, totalEvents: 1_000_000, sliKind: "availability",
    });
    expect(words.fullOutageMinutesAllowed).toBeCloseTo(43.2, 9);
    expect(words.fullOutageMinutesLeft).toBeCloseTo(13.392, 9);
    expect(words.allowedBadEvents).toBeCloseTo(1000, 6);
    expect(words.badEvents).toBe(690);
    expect(words.remainingBadEvents).toBeCloseTo(310, 6);
    expect(words.badEventNoun).toBe("failed requests");
  });
  it("leaves nothing, not a negative amount, when overspent", () => {
    const words = budgetInPlainWords({
      target: 0.99, periodDays: 28, remaining: -2, goodEvents: 970, totalEvents: 1000, sliKind: "latency",
    });
    expect(words.fullOutageMinutesAllowed).toBeCloseTo(403.2, 9);
    expect(words.fullOutageMinutesLeft).toBe(0);
    expect(words.remainingBadEvents).toBe(0);
    expect(words.badEventNoun).toBe("slow requests");
  });
});

describe("evaluateSlo", () => {
  const input = {
    target: 0.999,
    method: "occurrences" as const,
    periodDays: 30,
    window: events(999_310, 1_000_000),
    atMs: T + 42_000,
    policyFreeze: false,
  };

  it("with no traffic: null SLI, full budget, zero burn, no_data, no forecast", () => {
    const result = evaluateSlo({ ...input, window: emptyAggregate(), burnWindows: burnWindowsOf({}) });
    expect(result.sli).toBeNull();
    expect(result.errorBudget).toEqual({ consumed: 0, remaining: 1 });
    expect(result.burnRates).toEqual(rates({}));
    expect(result.alerts.every((alert) => !alert.firing)).toBe(true);
    expect(result.status).toBe("no_data");
    expect(result.forecast).toEqual({ daysLeft: null, exhaustionAt: null });
  });

  it("a fast burn in both 1h and 5m pages and puts the SLO at risk", () => {
    const result = evaluateSlo({
      ...input,
      burnWindows: burnWindowsOf({ "5m": events(98, 100), "1h": events(980, 1000), "1d": events(9_992, 10_000) }),
    });
    expect(result.sli).toBe(0.99931);
    expect(result.errorBudget.remaining).toBeCloseTo(0.31, 9);
    expect(result.burnRates["1h"]).toBeCloseTo(20, 9);
    expect(result.burnRates["30m"]).toBe(0);
    expect(result.alerts.map((alert) => alert.firing)).toEqual([true, false, false, false]);
    expect(result.status).toBe("at_risk");
    // b = 0.8 over 1d: 0.31 × 30 / 0.8 days from the minute-truncated t.
    expect(result.forecast.daysLeft).toBeCloseTo(11.625, 9);
    expect(result.forecast.exhaustionAt).toBe(Math.round(T + (result.forecast.daysLeft ?? 0) * DAY));
  });

  it("a fast burn in 1h alone does not page, so the SLO stays healthy", () => {
    const result = evaluateSlo({ ...input, burnWindows: burnWindowsOf({ "1h": events(980, 1000) }) });
    expect(result.alerts[0].firing).toBe(false);
    expect(result.status).toBe("healthy");
    expect(result.forecast).toEqual({ daysLeft: null, exhaustionAt: null });
  });

  it("a firing ticket alert alone keeps the SLO healthy; a freeze does not", () => {
    const burnWindows = burnWindowsOf({ "1d": events(996, 1000), "2h": events(996, 1000) });
    const result = evaluateSlo({ ...input, burnWindows });
    expect(result.alerts.map((alert) => alert.firing)).toEqual([false, false, true, false]);
    expect(result.status).toBe("healthy");
    expect(evaluateSlo({ ...input, burnWindows, policyFreeze: true }).status).toBe("at_risk");
  });

  it("is breached once the budget is spent", () => {
    const result = evaluateSlo({ ...input, window: events(998, 1000), burnWindows: burnWindowsOf({}) });
    expect(result.errorBudget.remaining).toBeCloseTo(-1, 9);
    expect(result.status).toBe("breached");
  });
});
