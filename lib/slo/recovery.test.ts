import { describe, expect, it } from "vitest";
import { aggregateMinutes, type MinutePoint } from "./math";
import { rollingRecoveryAt } from "./recovery";
import type { AggregateReader } from "./status";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

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

const TODAY_8 = Date.UTC(2026, 11, 2, 8, 0);
const BURST_FROM = Date.UTC(2026, 11, 1, 10, 0);
// 100 requests a minute; yesterday 10:00–10:30 every request failed: 3000 bad of 144,000 against 1,440 allowed at 99%.
const burst = (m: number) => ({ total: 100, good: m >= BURST_FROM && m < BURST_FROM + 30 * MINUTE ? 0 : 100 });

describe("rollingRecoveryAt", () => {
  it("finds the minute the bad burst has left the window far enough for the budget to be back above zero", () => {
    // At s the window keeps the burst's minutes from s − 1 day on: 14 bad minutes (1,400) are under 1,440, 15 are not.
    expect(rollingRecoveryAt({ method: "occurrences", target: 0.99, windowDays: 1, atMs: TODAY_8 + 30_000, read: readerOf(burst) })).toBe(Date.UTC(2026, 11, 2, 10, 16));
    expect(rollingRecoveryAt({ method: "timeslices", target: 0.99, windowDays: 1, atMs: TODAY_8, read: readerOf(burst, 0.99) })).toBe(Date.UTC(2026, 11, 2, 10, 16));
  });

  it("counts traffic ahead at the window's rate: a budget spent twice over evenly recovers just past half a window", () => {
    const even = () => ({ total: 100, good: 98 });
    // bad 2 × (W − d) < 1% of 100 × W once d > W / 2 = 720 minutes.
    expect(rollingRecoveryAt({ method: "occurrences", target: 0.99, windowDays: 1, atMs: TODAY_8, read: readerOf(even) })).toBe(TODAY_8 + 721 * MINUTE);
    expect(rollingRecoveryAt({ method: "ratioTimeslices", target: 0.99, windowDays: 1, atMs: TODAY_8, read: readerOf(even) })).toBe(TODAY_8 + 721 * MINUTE);
  });

  it("says nothing while the budget is not spent or the window holds no data", () => {
    expect(rollingRecoveryAt({ method: "occurrences", target: 0.9, windowDays: 1, atMs: TODAY_8, read: readerOf(burst) })).toBeNull();
    expect(rollingRecoveryAt({ method: "occurrences", target: 0.99, windowDays: 1, atMs: TODAY_8, read: readerOf(() => null) })).toBeNull();
  });

  it("recovers within the window's length when only its newest minutes hold the bad events", () => {
    // 600 bad of 14,400 against 144 allowed: they start leaving at t + 23 h, and 14 bad minutes (140) are under.
    const lastHourBad = (m: number) => ({ total: 10, good: m >= TODAY_8 - HOUR ? 0 : 10 });
    expect(rollingRecoveryAt({ method: "occurrences", target: 0.99, windowDays: 1, atMs: TODAY_8, read: readerOf(lastHourBad) })).toBe(TODAY_8 + 23 * HOUR + 46 * MINUTE);
  });
});
