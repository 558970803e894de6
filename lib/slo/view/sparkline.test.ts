import { describe, expect, it } from "vitest";
import { describeBudgetTrend, sparklineGeometry, sparklineInstants } from "./sparkline";

describe("sparkline instants", () => {
  it("samples 7 days every 6 hours and ends exactly now", () => {
    const now = Date.UTC(2026, 10, 25, 14, 37);
    const instants = sparklineInstants(now);
    expect(instants).toHaveLength(29);
    expect(instants[0]).toBe(now - 7 * 86_400_000);
    expect(instants[28]).toBe(now);
    expect(instants[1]! - instants[0]!).toBe(6 * 3_600_000);
  });

  it("drops a partial step at the start rather than ending before now", () => {
    const instants = sparklineInstants(1_000_000_000, 1, 7 * 3_600_000);
    expect(instants).toEqual([1_000_000_000 - 3 * 7 * 3_600_000, 1_000_000_000 - 2 * 7 * 3_600_000, 1_000_000_000 - 7 * 3_600_000, 1_000_000_000]);
  });
});

describe("sparkline geometry", () => {
  it("maps a full budget to the top and an empty one to the bottom", () => {
    const g = sparklineGeometry([1, 0.5, 0], 104, 24);
    expect(g.path).toBe("M2 2 L52 12 L102 22");
    expect(g.last).toEqual({ x: 102, y: 22 });
    expect(g.zeroY).toBeNull();
  });

  it("widens the range below zero for an overspent budget and marks the zero line", () => {
    const g = sparklineGeometry([1, -1], 104, 24);
    // The range is -1…1: zero sits half-way.
    expect(g.path).toBe("M2 2 L102 22");
    expect(g.zeroY).toBe(12);
  });

  it("breaks the line where there is no data", () => {
    const g = sparklineGeometry([null, 1, 1, null, 0.5, null], 52, 24);
    expect(g.path).toBe("M11.6 2 L21.2 2 M40.4 12");
    expect(g.last).toEqual({ x: 40.4, y: 12 });
  });

  it("draws nothing without data and centres a single point", () => {
    expect(sparklineGeometry([null, null], 100, 20)).toEqual({ path: "", last: null, zeroY: null });
    expect(sparklineGeometry([0.25], 100, 20)).toEqual({ path: "M50 14", last: { x: 50, y: 14 }, zeroY: null });
  });
});

describe("budget trend in words", () => {
  it("says where the budget started, where it is and its low point when lower than both", () => {
    expect(describeBudgetTrend([0.82, 0.601, 0.645])).toBe("Error budget left over the last 7 days: from 82.0% to 64.5%, lowest 60.1%.");
    expect(describeBudgetTrend([null, 0.9, 0.8])).toBe("Error budget left over the last 7 days: from 90.0% to 80.0%.");
    expect(describeBudgetTrend([0.1, -0.25])).toBe("Error budget left over the last 7 days: from 10.0% to -25.0%.");
  });

  it("says so when there is no data", () => {
    expect(describeBudgetTrend([null, null])).toBe("No error budget data over the last 7 days.");
    expect(describeBudgetTrend([])).toBe("No error budget data over the last 7 days.");
  });
});
