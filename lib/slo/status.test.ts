import { describe, expect, it } from "vitest";
import { aggregateMinutes, type MinutePoint } from "./math";
import { DEFAULT_BUDGET_POLICY } from "./policy";
import { computeSloStatus, statusToJson, type AggregateReader, type SloDefinition } from "./status";

const MINUTE = 60_000;

/** A reader over synthetic minute data given by a function of the minute's start (ms). */
function readerOf(minuteData: (minuteMs: number) => MinutePoint | null, timesliceTarget: number | null = null): AggregateReader {
  return ({ fromMs, toMs }) => {
    const points: MinutePoint[] = [];
    for (let m = fromMs; m < toMs; m += MINUTE) {
      const point = minuteData(m);
      if (point) points.push(point);
    }
    return aggregateMinutes(points, timesliceTarget);
  };
}

const checkout: SloDefinition = {
  slug: "checkout-availability",
  name: "Checkout availability",
  service: "checkout",
  team: "payments",
  sliKind: "availability",
  target: 0.999,
  window: { kind: "rolling", days: 30 },
  budgetingMethod: "occurrences",
  timesliceTarget: null,
  alertWindows: null,
  policy: null,
};

const AT = Date.UTC(2026, 10, 20, 12, 0, 30); // seconds are truncated away

describe("computeSloStatus", () => {
  it("reports no_data with a full budget when nothing was pushed", () => {
    const json = statusToJson(checkout, computeSloStatus(checkout, AT, readerOf(() => null), DEFAULT_BUDGET_POLICY));
    expect(json).toMatchObject({
      sli: null,
      errorBudget: { consumed: 0, remaining: 1 },
      burnRates: { "5m": 0, "30m": 0, "1h": 0, "2h": 0, "6h": 0, "1d": 0, "3d": 0 },
      status: "no_data",
      forecast: { daysLeft: null, exhaustionAt: null },
      policy: { state: "normal", reasons: [] },
      evaluatedAt: "2026-11-20T12:00:00.000Z",
      windowStart: "2026-10-21T12:00:00.000Z",
    });
    expect(json.alerts.map((a) => a.threshold)).toEqual([14.4, 6, 3, 1]);
  });

  it("pages on a fast burn in the last hour, freezing the SLO (at_risk)", () => {
    const start = AT - (AT % MINUTE);
    // 1000 requests a minute for 30 days; the last hour fails 2% of them.
    const data = (m: number) => ({ total: 1000, good: m >= start - 60 * MINUTE ? 980 : 1000 });
    const result = computeSloStatus(checkout, AT, readerOf(data), DEFAULT_BUDGET_POLICY);
    expect(result.sli).toBeCloseTo(1 - 1200 / 43_200_000, 12);
    expect(result.errorBudget.consumed).toBeCloseTo(1 / 36, 12);
    expect(result.burnRates["5m"]).toBeCloseTo(20, 9);
    expect(result.burnRates["1h"]).toBeCloseTo(20, 9);
    expect(result.burnRates["6h"]).toBeCloseTo(20 / 6, 9);
    expect(result.burnRates["1d"]).toBeCloseTo(20 / 24, 9);
    expect(result.alerts.map((a) => a.firing)).toEqual([true, false, false, false]);
    expect(result.policy.state).toBe("freeze");
    expect(result.policy.reasons.map((r) => r.rule)).toEqual(["page_alert"]);
    expect(result.status).toBe("at_risk");
    // daysLeft = remaining × P / b1d = (35/36) × 30 / (20/24) = 35
    expect(result.forecast.daysLeft).toBeCloseTo(35, 9);
    expect(result.forecast.exhaustionAtMs).toBe(start + 35 * 86_400_000);
    expect(result.budget.fullOutageMinutesAllowed).toBeCloseTo(43.2, 9);
    expect(result.budget.remainingBadEvents).toBeCloseTo(43_200 - 1200, 6);
  });

  it("is breached and frozen once the window's budget is spent", () => {
    const data = () => ({ total: 1000, good: 998 });
    const result = computeSloStatus(checkout, AT, readerOf(data), DEFAULT_BUDGET_POLICY);
    expect(result.errorBudget.remaining).toBeCloseTo(-1, 9);
    expect(result.status).toBe("breached");
    expect(result.policy.reasons.map((r) => r.rule)).toEqual(["budget_exhausted"]);
    expect(result.forecast).toEqual({ daysLeft: null, exhaustionAtMs: null });
  });

  it("freezes a calendar-month SLO that burnt over half its budget in the first 10 days", () => {
    const monthly: SloDefinition = { ...checkout, window: { kind: "calendar", unit: "month", timeZone: "Europe/Berlin" } };
    const periodStart = Date.UTC(2026, 9, 31, 23, 0); // 1 Nov 2026 00:00 in Berlin (CET)
    const at = Date.UTC(2026, 10, 20, 0, 0);
    // Day 2 is bad: 1.5% errors for 24 h; all else clean.
    const data = (m: number) => ({ total: 1000, good: m >= periodStart + 86_400_000 && m < periodStart + 2 * 86_400_000 ? 985 : 1000 });
    const result = computeSloStatus(monthly, at, readerOf(data), DEFAULT_BUDGET_POLICY);
    expect(result.windowFromMs).toBe(periodStart);
    expect(result.periodDays).toBe(30);
    const bad = 1440 * 15;
    const elapsedMinutes = (at - periodStart) / MINUTE;
    expect(result.sli).toBeCloseTo(1 - bad / (elapsedMinutes * 1000), 12);
    // In the first 10 days: 21,600 bad of 14.4M → consumed 1.5.
    expect(elapsedMinutes).toBe(27_420);
    expect(result.errorBudget.consumed).toBeCloseTo(21_600 / 27_420, 9);
    expect(result.policy.reasons.map((r) => r.rule)).toEqual(["budget_low", "early_burn"]);
    expect(result.policy.reasons[1]!.message).toContain("150% of the budget was consumed in the first 10 days");
    expect(result.policy.state).toBe("freeze");
  });

  it("counts timeslices against the timeslice target", () => {
    const sliced: SloDefinition = { ...checkout, budgetingMethod: "timeslices", timesliceTarget: 0.99, target: 0.99, window: { kind: "rolling", days: 1 } };
    const start = AT - (AT % MINUTE) - 86_400_000;
    // Every 100th minute is a bad slice (97% good); the rest are exactly at the timeslice target.
    const data = (m: number) => ((m - start) / MINUTE) % 100 === 0 ? { total: 100, good: 97 } : { total: 100, good: 99 };
    const result = computeSloStatus(sliced, AT, readerOf(data, 0.99), DEFAULT_BUDGET_POLICY);
    expect(result.sli).toBeCloseTo(1 - 15 / 1440, 12);
  });
});
