// Every worked example of docs/slo-arithmetic.md, recomputed with Keel's own functions: when the
// arithmetic changes, this fails until the document says so too.
import { describe, expect, it } from "vitest";
import { aggregateMinutes, alertThreshold, budgetInPlainWords, computeBurnRate, computeErrorBudget, computeForecast, computeSli, computeStatus, evaluateAlerts, type BurnRates } from "./math";
import { DEFAULT_BUDGET_POLICY, evaluatePolicy, warmUpUntil } from "./policy";
import { DEFAULT_ALERT_WINDOWS } from "./types";
import { calendarPeriod, isBucketInWindow, windowBounds } from "./windows";

const MS_PER_DAY = 86_400_000;
const utc = (iso: string) => Date.parse(iso);
const days = (period: { startMs: number; endMs: number }) => (period.endMs - period.startMs) / MS_PER_DAY;

describe("minutes and windows", () => {
  it("truncates t to the minute and holds [t − W, t)", () => {
    const bounds = windowBounds({ kind: "rolling", days: 28 }, utc("2026-03-10T12:34:56Z"));
    expect(new Date(bounds.toMs).toISOString()).toBe("2026-03-10T12:34:00.000Z");
    expect(new Date(bounds.fromMs).toISOString()).toBe("2026-02-10T12:34:00.000Z");
    expect(bounds.periodDays).toBe(28);
    expect(isBucketInWindow(bounds, utc("2026-03-10T12:33:00Z"))).toBe(true);
    expect(isBucketInWindow(bounds, utc("2026-03-10T12:34:00Z"))).toBe(false);
    expect(isBucketInWindow(bounds, utc("2026-02-10T12:34:00Z"))).toBe(true);
  });

  it("gives minutes with total 0 no weight and a window of them no SLI", () => {
    const empty = aggregateMinutes([{ good: 0, total: 0 }], 0.999);
    expect(empty.slices).toBe(0);
    expect(computeSli(empty, "occurrences")).toBeNull();
    expect(computeErrorBudget(null, 0.999)).toEqual({ consumed: 0, remaining: 1 });
    expect(computeStatus({ hasData: false, remaining: 1, pageAlertFiring: false, policyFreeze: false })).toBe("no_data");
  });

  it("measures calendar periods in the SLO's time zone, DST included", () => {
    const october = calendarPeriod(utc("2026-10-15T12:00:00Z"), "month", "Europe/Berlin");
    expect(new Date(october.startMs).toISOString()).toBe("2026-09-30T22:00:00.000Z");
    expect(new Date(october.endMs).toISOString()).toBe("2026-10-31T23:00:00.000Z");
    expect(days(october)).toBeCloseTo(31.0417, 4);
    const march = calendarPeriod(utc("2026-03-15T12:00:00Z"), "month", "Europe/Berlin");
    expect(new Date(march.startMs).toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(new Date(march.endMs).toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(days(march)).toBeCloseTo(30.9583, 4);
    const week = calendarPeriod(utc("2026-03-11T12:00:00Z"), "week", "Europe/Berlin");
    expect(new Date(week.startMs).toISOString()).toBe("2026-03-08T23:00:00.000Z");
    expect(new Date(week.endMs).toISOString()).toBe("2026-03-15T23:00:00.000Z");
    const quarter = calendarPeriod(utc("2026-05-15T12:00:00Z"), "quarter", "UTC");
    expect(new Date(quarter.startMs).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(days(quarter)).toBe(91);
    expect(windowBounds({ kind: "calendar", unit: "month", timeZone: "Europe/Berlin" }, utc("2026-10-15T12:00:00Z")).periodDays).toBeCloseTo(31.0417, 4);
  });
});

describe("the three budgeting methods", () => {
  const minutes = [
    { good: 1000, total: 1000 },
    { good: 95, total: 100 },
    { good: 0, total: 0 },
    { good: 999, total: 1000 },
  ];
  const agg = aggregateMinutes(minutes, 0.999);

  it("computes the worked example", () => {
    expect(agg.slices).toBe(3);
    expect(agg.goodSlices).toBe(2);
    expect(computeSli(agg, "occurrences")).toBeCloseTo(2094 / 2100, 12);
    expect((computeSli(agg, "occurrences")! * 100).toFixed(3)).toBe("99.714");
    expect(computeSli(agg, "ratioTimeslices")).toBeCloseTo(0.983, 12);
    expect((computeSli(agg, "timeslices")! * 100).toFixed(2)).toBe("66.67");
  });
});

describe("the error budget", () => {
  it("spends 0.6 of the budget with 600 bad of a million at 99.9%", () => {
    const sli = computeSli(aggregateMinutes([{ good: 999_400, total: 1_000_000 }], null), "occurrences")!;
    expect(sli).toBe(0.9994);
    const budget = computeErrorBudget(sli, 0.999);
    expect(budget.consumed).toBeCloseTo(0.6, 10);
    expect(budget.remaining).toBeCloseTo(0.4, 10);
    expect(computeErrorBudget(0.998, 0.999).remaining).toBeCloseTo(-1, 10);
  });

  it("puts the budget in plain words", () => {
    const words = budgetInPlainWords({ target: 0.999, periodDays: 30, remaining: 0.4, goodEvents: 999_400, totalEvents: 1_000_000, sliKind: "availability" });
    expect(words.fullOutageMinutesAllowed).toBeCloseTo(43.2, 10);
    expect(words.fullOutageMinutesLeft).toBeCloseTo(17.28, 10);
    expect(words.allowedBadEvents).toBeCloseTo(1000, 6);
    expect(words.remainingBadEvents).toBeCloseTo(400, 6);
  });

  it("reads the period budget of a calendar window from consumed × E / P", () => {
    const consumed = computeErrorBudget(0.99864, 0.9999).consumed;
    expect(consumed).toBeCloseTo(13.6, 9);
    const periodBudget = (consumed * 1) / 30;
    expect(periodBudget.toFixed(3)).toBe("0.453");
  });
});

describe("burn rates and alerts", () => {
  it("burns at 2 with 120 bad of 60,000 in the hour at 99.9%", () => {
    expect(computeBurnRate(aggregateMinutes([{ good: 59_880, total: 60_000 }], null), "occurrences", 0.999)).toBeCloseTo(2, 10);
  });

  it("derives the default thresholds from the period", () => {
    expect(DEFAULT_ALERT_WINDOWS.map((w) => [w.severity, w.budgetPercent, w.longWindow, w.shortWindow])).toEqual([
      ["page", 2, "1h", "5m"],
      ["page", 5, "6h", "30m"],
      ["ticket", 10, "1d", "2h"],
      ["ticket", 10, "3d", "6h"],
    ]);
    expect(DEFAULT_ALERT_WINDOWS.map((w) => alertThreshold(w.budgetPercent, 30, w.longWindow))).toEqual([14.4, 6, 3, 1]);
    const for28 = DEFAULT_ALERT_WINDOWS.map((w) => alertThreshold(w.budgetPercent, 28, w.longWindow));
    expect(for28.map((x) => Number(x.toFixed(4)))).toEqual([13.44, 5.6, 2.8, 0.9333]);
  });

  it("fires only while both windows burn above the threshold", () => {
    const rates = (oneHour: number, fiveMinutes: number): BurnRates => ({ "5m": fiveMinutes, "30m": 0, "1h": oneHour, "2h": 0, "6h": 0, "1d": 0, "3d": 0 });
    expect(evaluateAlerts(rates(20, 16), 30)[0]).toMatchObject({ severity: "page", threshold: 14.4, firing: true });
    expect(evaluateAlerts(rates(20, 10), 30)[0]!.firing).toBe(false);
  });
});

describe("status, forecast and policy", () => {
  it("orders the statuses", () => {
    expect(computeStatus({ hasData: true, remaining: -0.2, pageAlertFiring: false, policyFreeze: false })).toBe("breached");
    expect(computeStatus({ hasData: true, remaining: 0.4, pageAlertFiring: true, policyFreeze: false })).toBe("at_risk");
    expect(computeStatus({ hasData: true, remaining: 0.4, pageAlertFiring: false, policyFreeze: true })).toBe("at_risk");
    expect(computeStatus({ hasData: true, remaining: 0.4, pageAlertFiring: false, policyFreeze: false })).toBe("healthy");
  });

  it("forecasts 6 days with 40% left at a 1-day burn rate of 2 over 30 days", () => {
    const at = utc("2026-03-10T12:00:00Z");
    const forecast = computeForecast({ remaining: 0.4, periodDays: 30, burnRate1d: 2, atMs: at });
    expect(forecast.daysLeft).toBeCloseTo(6, 10);
    expect(forecast.exhaustionAt).toBe(at + 6 * MS_PER_DAY);
    expect(computeForecast({ remaining: 0.4, periodDays: 30, burnRate1d: 0, atMs: at }).daysLeft).toBeNull();
  });

  it("applies the default policy", () => {
    expect(DEFAULT_BUDGET_POLICY).toEqual({ warnBelowRemaining: 0.5, freezeAtOrBelowRemaining: 0, earlyBurn: { consumedAbove: 0.5, withinDays: 10 }, freezeOnPage: true, warmUpHours: 24 });
    const firstData = Date.UTC(2026, 11, 2, 9, 30);
    expect(warmUpUntil({ firstDataAtMs: firstData, warmUpHours: 24, atMs: Date.UTC(2026, 11, 2, 10, 0) })).toBe(Date.UTC(2026, 11, 3, 9, 30));
    const policy = (input: Partial<Parameters<typeof evaluatePolicy>[1]>) =>
      evaluatePolicy(DEFAULT_BUDGET_POLICY, { hasData: true, remaining: 0.9, pageAlertFiring: false, earlySpan: null, ...input });
    expect(policy({ remaining: 0.4 })).toMatchObject({ state: "warn", reasons: [{ rule: "budget_low" }] });
    expect(policy({ remaining: 0 })).toMatchObject({ state: "freeze", reasons: [{ rule: "budget_exhausted" }] });
    expect(policy({ earlySpan: { periodConsumed: 0.6, days: 10, periodPossessive: "December's" } })).toMatchObject({ state: "freeze", reasons: [{ rule: "early_burn" }] });
    expect(policy({ pageAlertFiring: true })).toMatchObject({ state: "freeze", reasons: [{ rule: "page_alert" }] });
    expect(policy({}).state).toBe("normal");
  });
});
