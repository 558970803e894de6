import { describe, expect, it } from "vitest";
import { dayOfPeriod, formatShare, periodBudgetOf, periodBudgetWords, periodName, periodPossessive } from "./period";

const DAY = 86_400_000;
const DEC = Date.UTC(2026, 11, 1);

describe("periodBudgetOf", () => {
  it("scales consumed by E / P", () => {
    expect(periodBudgetOf({ consumed: 13.6, remaining: -12.6 }, 1, 30).consumed).toBeCloseTo(0.453_333_333, 8);
    expect(periodBudgetOf({ consumed: 0, remaining: 1 }, 4, 31)).toEqual({ consumed: 0, remaining: 1 });
    expect(() => periodBudgetOf({ consumed: 1, remaining: 0 }, 1, 0)).toThrow(RangeError);
  });
});

describe("dayOfPeriod", () => {
  it("counts local days, the day that just ended at midnight included", () => {
    expect(dayOfPeriod(DEC, DEC, "UTC")).toBe(1);
    expect(dayOfPeriod(DEC, DEC + 60_000, "UTC")).toBe(1);
    expect(dayOfPeriod(DEC, DEC + DAY, "UTC")).toBe(1);
    expect(dayOfPeriod(DEC, DEC + DAY + 60_000, "UTC")).toBe(2);
    expect(dayOfPeriod(DEC, DEC + 30 * DAY + 60_000, "UTC")).toBe(31);
  });

  it("counts Berlin's days in October 2026, whose 25th has 25 hours", () => {
    const october = Date.UTC(2026, 8, 30, 22, 0); // 1 Oct 00:00 CEST
    // 26 Oct 00:30 CET is 25 days and 1.5 h after the start: day 26.
    expect(dayOfPeriod(october, Date.UTC(2026, 9, 25, 23, 30), "Europe/Berlin")).toBe(26);
    expect(dayOfPeriod(october, Date.UTC(2026, 9, 25, 23, 0), "Europe/Berlin")).toBe(25);
  });
});

describe("period names", () => {
  it("names months, quarters and weeks in the SLO's time zone", () => {
    expect(periodName({ kind: "calendar", unit: "month", timeZone: "UTC" }, DEC)).toBe("December");
    // 1 Dec 00:00 in Berlin is 30 Nov 23:00 UTC: still December there.
    expect(periodName({ kind: "calendar", unit: "month", timeZone: "Europe/Berlin" }, Date.UTC(2026, 10, 30, 23, 0))).toBe("December");
    expect(periodName({ kind: "calendar", unit: "quarter", timeZone: "America/New_York" }, Date.UTC(2026, 9, 1, 4, 0))).toBe("Q4");
    expect(periodName({ kind: "calendar", unit: "week", timeZone: "UTC" }, Date.UTC(2026, 10, 30))).toBe("the week of 30 Nov");
    expect(periodPossessive({ kind: "calendar", unit: "week", timeZone: "UTC" }, Date.UTC(2026, 10, 30))).toBe("the week's");
    expect(periodPossessive({ kind: "calendar", unit: "quarter", timeZone: "UTC" }, Date.UTC(2026, 0, 1))).toBe("Q1's");
  });
});

describe("formatShare", () => {
  it("shows whole percent from 10% and one decimal below, with a real minus sign", () => {
    expect(formatShare(0.453_333)).toBe("45%");
    expect(formatShare(0.005)).toBe("0.5%");
    expect(formatShare(-12.57)).toBe("−1257%");
    expect(formatShare(-0.0001)).toBe("0%");
  });
});

describe("periodBudgetWords", () => {
  const window = { kind: "calendar" as const, unit: "month" as const, timeZone: "UTC" };

  it("leads with the period's budget and explains the so-far figure", () => {
    expect(
      periodBudgetWords({ window, windowStartMs: DEC, atMs: DEC + DAY, errorBudget: { consumed: 13.57, remaining: -12.57 }, periodBudget: { consumed: 0.4377, remaining: 0.5623 }, hasData: true }),
    ).toEqual({
      lead: "44% of December's budget used on day 1",
      soFar: "The first day's errors are 13.6× what one day allows",
    });
    expect(
      periodBudgetWords({ window, windowStartMs: DEC, atMs: DEC + 4.5 * DAY, errorBudget: { consumed: 0.4, remaining: 0.6 }, periodBudget: { consumed: 0.06, remaining: 0.94 }, hasData: true }),
    ).toEqual({
      lead: "6% of December's budget used on day 5",
      soFar: "60% of the budget for the days so far: the first 5 days' errors are within what 5 days allow",
    });
  });

  it("says nothing for rolling windows or without data", () => {
    const budget = { consumed: 0, remaining: 1 };
    expect(periodBudgetWords({ window: { kind: "rolling", days: 30 }, windowStartMs: 0, atMs: DAY, errorBudget: budget, periodBudget: budget, hasData: true })).toBeNull();
    expect(periodBudgetWords({ window, windowStartMs: DEC, atMs: DEC + DAY, errorBudget: budget, periodBudget: budget, hasData: false })).toBeNull();
  });
});
