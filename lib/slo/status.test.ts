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
  staleAfterMinutes: 15,
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

  it("keeps a new SLO's freeze advisory during its warm-up: 30 minutes of bad data after its first minute", () => {
    const start = AT - (AT % MINUTE);
    const first = start - 30 * MINUTE;
    const data = (m: number) => (m >= first ? { total: 100, good: 90 } : null);
    const result = computeSloStatus(checkout, AT, readerOf(data), DEFAULT_BUDGET_POLICY, start - MINUTE, first);
    expect(result.policy.state).toBe("freeze");
    expect(result.warmUpUntilMs).toBe(first + 24 * 60 * MINUTE);
    expect(statusToJson(checkout, result).policy).toMatchObject({ state: "freeze", warmUpUntil: "2026-11-21T11:30:00.000Z" });
    // An SLO with its own 0-hour warm-up, or one whose data began before the warm-up, has none.
    expect(computeSloStatus({ ...checkout, policy: { warmUpHours: 0 } }, AT, readerOf(data), DEFAULT_BUDGET_POLICY, start - MINUTE, first).warmUpUntilMs).toBeNull();
    expect(computeSloStatus(checkout, AT, readerOf(data), DEFAULT_BUDGET_POLICY, start - MINUTE, null).warmUpUntilMs).toBeNull();
  });

  it("is breached and frozen once the window's budget is spent", () => {
    const data = () => ({ total: 1000, good: 998 });
    const result = computeSloStatus(checkout, AT, readerOf(data), DEFAULT_BUDGET_POLICY);
    expect(result.errorBudget.remaining).toBeCloseTo(-1, 9);
    expect(result.status).toBe("breached");
    expect(result.policy.reasons.map((r) => r.rule)).toEqual(["budget_exhausted"]);
    expect(result.forecast).toEqual({ daysLeft: null, exhaustionAtMs: null });
  });

  it("freezes a calendar-month SLO whose first 10 days took over half of the month's budget", () => {
    const monthly: SloDefinition = { ...checkout, window: { kind: "calendar", unit: "month", timeZone: "Europe/Berlin" } };
    const periodStart = Date.UTC(2026, 9, 31, 23, 0); // 1 Nov 2026 00:00 in Berlin (CET)
    const at = Date.UTC(2026, 10, 20, 0, 0);
    // Day 2 is bad: 1.8% errors for 24 h; all else clean.
    const data = (m: number) => ({ total: 1000, good: m >= periodStart + 86_400_000 && m < periodStart + 2 * 86_400_000 ? 982 : 1000 });
    const result = computeSloStatus(monthly, at, readerOf(data), DEFAULT_BUDGET_POLICY);
    expect(result.windowFromMs).toBe(periodStart);
    expect(result.periodDays).toBe(30);
    const bad = 1440 * 18;
    const elapsedMinutes = (at - periodStart) / MINUTE;
    expect(elapsedMinutes).toBe(27_420);
    expect(result.sli).toBeCloseTo(1 - bad / (elapsedMinutes * 1000), 12);
    expect(result.errorBudget.consumed).toBeCloseTo(25_920 / 27_420, 9);
    // c = consumed × E / P = (25,920 / 27,420) × 19.041 6̅ / 30 = 25,920 / 43,200 = 0.6
    expect(result.periodBudget.consumed).toBeCloseTo(0.6, 12);
    // The first 10 days: 25,920 bad of 14.4M consumed 1.8, so c_span = 1.8 × 10 / 30 = 0.6 > 0.5.
    expect(result.policy.reasons.map((r) => r.rule)).toEqual(["budget_low", "early_burn"]);
    expect(result.policy.reasons[1]!.message).toBe(
      "60% of November's budget went in its first 10 days, counting the period's traffic at the rate so far (limit 50% in the first 10 days): freeze launches.",
    );
    expect(result.policy.state).toBe("freeze");
  });

  it("does not freeze an SLO whose first 10 days burnt above half the sustainable rate but within half the month's budget", () => {
    const monthly: SloDefinition = { ...checkout, window: { kind: "calendar", unit: "month", timeZone: "Europe/Berlin" } };
    const periodStart = Date.UTC(2026, 9, 31, 23, 0);
    // Day 2 fails 1.2%: the first 10 days consumed 1.2 of their own budget but c_span = 1.2 × 10 / 30 = 0.4.
    const data = (m: number) => ({ total: 1000, good: m >= periodStart + 86_400_000 && m < periodStart + 2 * 86_400_000 ? 988 : 1000 });
    const result = computeSloStatus(monthly, Date.UTC(2026, 10, 20, 0, 0), readerOf(data), DEFAULT_BUDGET_POLICY);
    expect(result.periodBudget.consumed).toBeCloseTo(0.4, 12);
    // The old rule (consumed_span 1.2 > 0.5) froze it; only the window's low budget warns now.
    expect(result.policy.reasons.map((r) => r.rule)).toEqual(["budget_low"]);
    expect(result.status).toBe("healthy");
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

describe("computeSloStatus when SLI data stops", () => {
  // 1000 requests a minute up to (not including) STOP; the last hour before it fails 2%: the 1h/5m page fires.
  const STOP = Date.UTC(2026, 10, 20, 10, 43);
  const LAST = STOP - MINUTE;
  const data = (m: number) => (m >= STOP ? null : { total: 1000, good: m >= STOP - 60 * MINUTE ? 980 : 1000 });

  it("pages while data flows", () => {
    const result = computeSloStatus(checkout, STOP, readerOf(data), DEFAULT_BUDGET_POLICY, LAST);
    expect(result.stale).toBe(false);
    expect(result.alerts.map((a) => a.state)).toEqual(["firing", "ok", "ok", "ok"]);
    expect(result.status).toBe("at_risk");
  });

  it("shows the page as unknown, not resolved, once its short window is empty, and keeps the freeze", () => {
    // Exactly at the 15-minute limit: not stale yet, but the 5-minute window holds no data.
    const atLimit = computeSloStatus(checkout, LAST + 15 * MINUTE, readerOf(data), DEFAULT_BUDGET_POLICY, LAST);
    expect(atLimit.stale).toBe(false);
    expect(atLimit.alerts.map((a) => [a.firing, a.state])).toEqual([
      [false, "unknown"],
      [false, "ok"],
      [false, "ok"],
      [false, "ok"],
    ]);
    expect(atLimit.status).toBe("at_risk");
  });

  it("is stale one minute past the limit: every alert unknown, the page freeze held with the last data's time", () => {
    const result = computeSloStatus(checkout, LAST + 16 * MINUTE + 30_000, readerOf(data), DEFAULT_BUDGET_POLICY, LAST);
    expect(result.stale).toBe(true);
    expect(result.lastDataAtMs).toBe(Date.UTC(2026, 10, 20, 10, 42));
    expect(result.alerts.map((a) => a.state)).toEqual(["unknown", "unknown", "unknown", "unknown"]);
    // 6h/30m: the 30-minute window still holds 14 bad minutes (burn 20) but the 6-hour one only 3.5 < 6.
    expect(result.burnRates["30m"]).toBeCloseTo(20, 9);
    expect(result.alerts.map((a) => a.firing)).toEqual([false, false, false, false]);
    expect(result.policy.reasons.map((r) => r.rule)).toEqual(["page_alert"]);
    expect(result.status).toBe("at_risk");
    const json = statusToJson(checkout, result);
    expect(json).toMatchObject({ lastDataAt: "2026-11-20T10:42:00.000Z", stale: true, staleAfterMinutes: 15 });
  });

  it("holds the freeze from the page alone once every burn window has emptied", () => {
    const result = computeSloStatus(checkout, STOP + 7 * 60 * MINUTE, readerOf(data), DEFAULT_BUDGET_POLICY, LAST);
    expect(result.alerts.every((a) => !a.firing && a.state === "unknown")).toBe(true);
    expect(result.policy.reasons).toEqual([
      {
        rule: "page_alert",
        state: "freeze",
        message:
          "A page-severity burn-rate alert was firing when SLI data stopped (last data 2026-11-20 10:42 UTC); its state is unknown: launches stay frozen until fresh data shows it resolved.",
      },
    ]);
    expect(result.status).toBe("at_risk");
  });

  it("lifts nothing it did not hold: a clean SLO that goes stale stays healthy but says stale", () => {
    const clean = (m: number) => (m >= STOP ? null : { total: 1000, good: 1000 });
    const result = computeSloStatus(checkout, STOP + 60 * MINUTE, readerOf(clean), DEFAULT_BUDGET_POLICY, LAST);
    expect(result).toMatchObject({ stale: true, status: "healthy", policy: { state: "normal", reasons: [] } });
  });

  it("never goes stale with staleAfterMinutes null", () => {
    const batch = { ...checkout, staleAfterMinutes: null };
    const result = computeSloStatus(batch, STOP + 6 * 60 * MINUTE, readerOf(data), DEFAULT_BUDGET_POLICY, LAST);
    expect(result.stale).toBe(false);
    // Gaps between batches are normal: no alert turns unknown and nothing holds a freeze.
    expect(result.alerts.map((a) => a.state)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(result.policy.reasons.map((r) => r.rule)).toEqual([]);
    expect(statusToJson(batch, result)).toMatchObject({ stale: false, staleAfterMinutes: null, lastDataAt: "2026-11-20T10:42:00.000Z" });
  });
});
