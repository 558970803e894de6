// The budget an incident burned: exact numbers for each method, the edges, and docs/incident-impact.md's example.
import { describe, expect, it } from "vitest";
import { aggregateMinutes, emptyAggregate } from "@/lib/slo/math";
import { budgetBurned, durationMinutes, impactSpans } from "./impact";

const at = (iso: string) => new Date(iso);
const minuteOf = (iso: string) => Date.parse(iso) / 60_000;

describe("impactSpans", () => {
  it("widens the interval to whole minutes and ends the rolling window with the last bucket", () => {
    const spans = impactSpans({ startedAt: at("2026-03-10T14:05:30Z"), endedAt: at("2026-03-10T14:47:10Z") }, { kind: "rolling", days: 28 });
    expect(spans.incident).toEqual({ fromMinute: minuteOf("2026-03-10T14:05:00Z"), toMinute: minuteOf("2026-03-10T14:48:00Z") });
    expect(spans.incident.toMinute - spans.incident.fromMinute).toBe(43);
    expect(spans.window).toEqual({ fromMinute: minuteOf("2026-02-10T14:48:00Z"), toMinute: minuteOf("2026-03-10T14:48:00Z") });
  });

  it("clips an incident spanning a calendar window's start to the window at its end", () => {
    const spans = impactSpans({ startedAt: at("2026-03-31T23:30:00Z"), endedAt: at("2026-04-01T00:30:00Z") }, { kind: "calendar", unit: "month", timeZone: "UTC" });
    expect(spans.window).toEqual({ fromMinute: minuteOf("2026-04-01T00:00:00Z"), toMinute: minuteOf("2026-04-01T00:30:00Z") });
    expect(spans.incident).toEqual(spans.window);
  });

  it("uses the month in the SLO's time zone (Berlin summer time: the month starts at 22:00 UTC)", () => {
    const spans = impactSpans({ startedAt: at("2026-06-30T21:00:00Z"), endedAt: at("2026-06-30T23:00:00Z") }, { kind: "calendar", unit: "month", timeZone: "Europe/Berlin" });
    expect(spans.window.fromMinute).toBe(minuteOf("2026-06-30T22:00:00Z"));
    expect(spans.incident.fromMinute).toBe(minuteOf("2026-06-30T22:00:00Z"));
  });

  it("measures an unresolved incident to now", () => {
    const spans = impactSpans({ startedAt: at("2026-03-10T14:00:00Z"), endedAt: at("2026-03-10T14:10:01Z") }, { kind: "rolling", days: 1 });
    expect(spans.incident.toMinute - spans.incident.fromMinute).toBe(11);
    expect(durationMinutes({ startedAt: at("2026-03-10T14:00:00Z"), endedAt: at("2026-03-10T14:10:01Z") })).toBe(10);
  });
});

describe("budgetBurned", () => {
  const window = { good: 39_992_000, total: 40_000_000, slices: 40_320, goodSlices: 40_280, ratioSum: 40_310 };

  it("computes the worked example of docs/incident-impact.md (occurrences: 8,000 of 40,000 allowed)", () => {
    const incident = { good: 118_000, total: 126_000, slices: 43, goodSlices: 13, ratioSum: 42 };
    expect(budgetBurned({ incident, window, method: "occurrences", target: 0.999 })).toBeCloseTo(0.2, 12);
    expect(budgetBurned({ incident, window, method: "timeslices", target: 0.999 })).toBeCloseTo(30 / 40.32, 12);
    expect((30 / 40.32) * 100).toBeCloseTo(74.4, 1);
    expect(durationMinutes({ startedAt: at("2026-03-10T14:05:30Z"), endedAt: at("2026-03-10T14:47:10Z") })).toBe(42);
  });

  it("counts ratio timeslices as Σ(1 − ratio) of the allowed slices", () => {
    const incident = aggregateMinutes([{ good: 50, total: 100 }, { good: 90, total: 100 }], 0.99);
    // bad = 0.5 + 0.1; allowance = 0.01 × 100 slices = 1
    expect(budgetBurned({ incident, window: { ...emptyAggregate(), total: 10_000, slices: 100 }, method: "ratioTimeslices", target: 0.99 })).toBeCloseTo(0.6, 12);
  });

  it("burns nothing without traffic in the interval, and is unknown without data in the window", () => {
    expect(budgetBurned({ incident: emptyAggregate(), window, method: "occurrences", target: 0.999 })).toBe(0);
    expect(budgetBurned({ incident: emptyAggregate(), window: emptyAggregate(), method: "occurrences", target: 0.999 })).toBeNull();
  });

  it("may exceed the whole budget", () => {
    const incident = { good: 0, total: 1_000, slices: 10, goodSlices: 0, ratioSum: 0 };
    expect(budgetBurned({ incident, window: { ...incident, total: 100_000 }, method: "occurrences", target: 0.99 })).toBeCloseTo(1, 12);
    expect(budgetBurned({ incident, window: { ...incident, total: 50_000 }, method: "occurrences", target: 0.99 })).toBeCloseTo(2, 12);
  });

  it("refuses a target of 100 % (no budget), which SLO definitions refuse too", () => {
    expect(() => budgetBurned({ incident: emptyAggregate(), window, method: "occurrences", target: 1 })).toThrow(RangeError);
  });
});
