import { describe, expect, it } from "vitest";
import { aggregateMinutes, type MinutePoint } from "./math";
import { periodBudgetWords } from "./period";
import { DEFAULT_BUDGET_POLICY, type BudgetPolicy } from "./policy";
import { computeSloStatus, statusToJson, type AggregateReader, type SloDefinition } from "./status";

const MINUTE = 60_000;
const DAY = 86_400_000;

function readerOf(minuteData: (minuteMs: number) => MinutePoint | null): AggregateReader {
  return ({ fromMs, toMs }) => {
    const points: MinutePoint[] = [];
    for (let m = fromMs; m < toMs; m += MINUTE) {
      const point = minuteData(m);
      if (point) points.push(point);
    }
    return aggregateMinutes(points, null);
  };
}

const base: SloDefinition = {
  slug: "payments-api",
  name: "Payments API",
  service: "payments",
  team: "payments",
  sliKind: "availability",
  target: 0.999,
  window: { kind: "calendar", unit: "month", timeZone: "UTC" },
  budgetingMethod: "occurrences",
  timesliceTarget: null,
  alertWindows: null,
  policy: null,
  staleAfterMinutes: 15,
};

const NOV = Date.UTC(2026, 10, 1); // a 30-day month

describe("period budget", () => {
  it("reports the contract's day-1 example: 99.864% against 99.99% consumed 13.6 but 0.453 of the month", () => {
    const slo = { ...base, target: 0.9999 };
    const at = NOV + DAY;
    const result = computeSloStatus(slo, at, readerOf(() => ({ total: 100_000, good: 99_864 })), DEFAULT_BUDGET_POLICY, at - MINUTE);
    expect(result.sli).toBeCloseTo(0.99864, 12);
    expect(result.errorBudget.consumed).toBeCloseTo(13.6, 9);
    expect(result.errorBudget.remaining).toBeCloseTo(-12.6, 9);
    // c = 13.6 × 1 / 30
    expect(result.periodBudget.consumed).toBeCloseTo(0.453_333_333, 8);
    expect(result.periodBudget.remaining).toBeCloseTo(0.546_666_667, 8);
    const json = statusToJson(slo, result);
    expect(json.periodBudget).toEqual(result.periodBudget);
    expect(json).toMatchObject({ lastDataAt: "2026-11-01T23:59:00.000Z", stale: false, staleAfterMinutes: 15 });
    const words = periodBudgetWords({ window: slo.window, windowStartMs: result.windowFromMs, atMs: result.atMs, errorBudget: result.errorBudget, periodBudget: result.periodBudget, hasData: true });
    expect(words).toEqual({
      lead: "45% of November's budget used on day 1",
      soFar: "The first day's errors are 13.6× what one day allows",
    });
  });

  it("equals the error budget on rolling windows", () => {
    const rolling = { ...base, window: { kind: "rolling" as const, days: 30 } };
    const result = computeSloStatus(rolling, NOV + DAY, readerOf(() => ({ total: 2000, good: 1999 })), DEFAULT_BUDGET_POLICY);
    expect(result.periodBudget).toEqual(result.errorBudget);
    expect(result.periodBudget.consumed).toBeCloseTo(0.5, 9);
  });

  it("spends nothing without data", () => {
    const result = computeSloStatus(base, NOV + 5 * DAY, readerOf(() => null), DEFAULT_BUDGET_POLICY, null);
    expect(result.periodBudget).toEqual({ consumed: 0, remaining: 1 });
    expect(result).toMatchObject({ status: "no_data", stale: false, lastDataAtMs: null });
    expect(statusToJson(base, result).lastDataAt).toBeNull();
  });

  it("measures E and P in real days across the end of summer time (October 2026 in Berlin: P = 31.0417)", () => {
    const berlin = { ...base, window: { kind: "calendar" as const, unit: "month" as const, timeZone: "Europe/Berlin" } };
    const at = Date.UTC(2026, 9, 15, 12, 0);
    const result = computeSloStatus(berlin, at, readerOf(() => ({ total: 1000, good: 999 })), DEFAULT_BUDGET_POLICY);
    expect(result.windowFromMs).toBe(Date.UTC(2026, 8, 30, 22, 0));
    expect(result.periodDays).toBeCloseTo(745 / 24, 12);
    expect(result.errorBudget.consumed).toBe(1);
    // E = 350 h, P = 745 h
    expect(result.periodBudget.consumed).toBeCloseTo(350 / 745, 12);
  });
});

describe("early burn reads the period budget of the first 10 days", () => {
  // 100,000 requests a minute; the first 10 days of November fail `bad` of them a minute, then all is clean.
  const firstTenDaysFailing = (bad: number) => (m: number) => ({ total: 100_000, good: m < NOV + 10 * DAY ? 100_000 - bad : 100_000 });
  const earlyOnly: BudgetPolicy = { ...DEFAULT_BUDGET_POLICY, warnBelowRemaining: null, freezeAtOrBelowRemaining: null };

  it("does not freeze just under the boundary at day 10: c_span = 1.49 × 10 / 30 = 0.4967", () => {
    const result = computeSloStatus(base, NOV + 10 * DAY, readerOf(firstTenDaysFailing(149)), earlyOnly);
    expect(result.errorBudget.consumed).toBeCloseTo(1.49, 9);
    expect(result.periodBudget.consumed).toBeCloseTo(0.496_666_667, 8);
    expect(result.policy).toEqual({ state: "normal", reasons: [] });
  });

  it("freezes just over the boundary at day 10: c_span = 1.51 × 10 / 30 = 0.5033", () => {
    const result = computeSloStatus(base, NOV + 10 * DAY, readerOf(firstTenDaysFailing(151)), earlyOnly);
    expect(result.periodBudget.consumed).toBeCloseTo(0.503_333_333, 8);
    expect(result.policy.reasons.map((r) => r.rule)).toEqual(["early_burn"]);
    expect(result.policy.reasons[0]!.message).toContain("50.3% of November's budget went in its first 10 days");
  });

  it("keeps reading the first 10 days later in the month (day 20, default policy)", () => {
    const under = computeSloStatus(base, NOV + 20 * DAY, readerOf(firstTenDaysFailing(149)), DEFAULT_BUDGET_POLICY);
    // The window consumed 1.49 × 10 / 20 = 0.745: only a warning.
    expect(under.errorBudget.consumed).toBeCloseTo(0.745, 9);
    expect(under.periodBudget.consumed).toBeCloseTo(0.496_666_667, 8);
    expect(under.policy.reasons.map((r) => r.rule)).toEqual(["budget_low"]);
    const over = computeSloStatus(base, NOV + 20 * DAY, readerOf(firstTenDaysFailing(151)), DEFAULT_BUDGET_POLICY);
    expect(over.policy.reasons.map((r) => r.rule)).toEqual(["budget_low", "early_burn"]);
    expect(over.status).toBe("at_risk");
  });

  it("on day 3 reads the 3 days so far: c_span = consumed × 3 / 30", () => {
    const result = computeSloStatus(base, NOV + 3 * DAY, readerOf(firstTenDaysFailing(2000)), earlyOnly);
    // 2% errors against a 0.1% budget: consumed 20, c_span = 2.
    expect(result.periodBudget.consumed).toBeCloseTo(2, 9);
    expect(result.policy.reasons[0]!.message).toContain("200% of November's budget went in its first 3 days");
  });
});
