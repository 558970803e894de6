import { describe, expect, it } from "vitest";
import { forecastWords, overspendWords, periodResetAt } from "./words";

const LONDON_MONTH = { kind: "calendar", unit: "month", timeZone: "Europe/London" } as const;
const DEC_2 = Date.UTC(2026, 11, 2, 10, 0);
const DEC_1 = Date.UTC(2026, 11, 1);
const counts = { badEvents: 5432, allowedBadEvents: 431, badEventNoun: "failed requests", hasData: true };

describe("periodResetAt", () => {
  it("is the end of the period holding the newest elapsed minute, at local midnight", () => {
    expect(periodResetAt(LONDON_MONTH, DEC_2)).toBe(Date.UTC(2027, 0, 1));
    // At the stroke of midnight December has just ended: the reset named is still 1 January.
    expect(periodResetAt(LONDON_MONTH, Date.UTC(2027, 0, 1))).toBe(Date.UTC(2027, 0, 1));
    expect(periodResetAt(LONDON_MONTH, Date.UTC(2027, 0, 1, 0, 1))).toBe(Date.UTC(2027, 1, 1));
    // Berlin's April starts at 22:00 UTC on 31 March (summer time).
    expect(periodResetAt({ kind: "calendar", unit: "month", timeZone: "Europe/Berlin" }, Date.UTC(2026, 2, 31, 21, 30))).toBe(Date.UTC(2026, 2, 31, 22));
    expect(periodResetAt({ kind: "rolling", days: 30 }, DEC_2)).toBeNull();
  });
});

describe("overspendWords", () => {
  it("leads a calendar SLO with its period's allowance when the whole period's budget is spent", () => {
    expect(overspendWords({ ...counts, window: LONDON_MONTH, windowStartMs: DEC_1, atMs: DEC_2, errorBudget: { consumed: 18.9, remaining: -17.9 }, periodBudget: { consumed: 12.6, remaining: -11.6 } })).toEqual({
      lead: "Spent 12.6× December's allowance; the budget resets on 1 January, Europe/London.",
      detail: "5,432 failed requests against 431 allowed so far in this window.",
    });
  });

  it("says the days so far are over when the period's budget still holds", () => {
    expect(overspendWords({ ...counts, window: LONDON_MONTH, windowStartMs: DEC_1, atMs: DEC_2, errorBudget: { consumed: 12.6, remaining: -11.6 }, periodBudget: { consumed: 0.6, remaining: 0.4 } })?.lead).toBe(
      "Spent 12.6× the allowance for December's first 2 days; the budget resets on 1 January, Europe/London.",
    );
    expect(overspendWords({ ...counts, window: LONDON_MONTH, windowStartMs: DEC_1, atMs: DEC_1 + 3_600_000, errorBudget: { consumed: 240, remaining: -239 }, periodBudget: { consumed: 0.32, remaining: 0.68 } })?.lead).toBe(
      "Spent 240× the allowance for December's first day; the budget resets on 1 January, Europe/London.",
    );
  });

  it("names the reset day in the SLO's own zone across daylight saving", () => {
    const berlin = { kind: "calendar", unit: "month", timeZone: "Europe/Berlin" } as const;
    // 23:30 on 31 March in Berlin, 21:30 UTC: April starts in half an hour, on 1 April local (31 March 22:00 UTC).
    const lateMarch = Date.UTC(2026, 2, 31, 21, 30);
    expect(overspendWords({ ...counts, window: berlin, windowStartMs: Date.UTC(2026, 1, 28, 23), atMs: lateMarch, errorBudget: { consumed: 1.25, remaining: -0.25 }, periodBudget: { consumed: 1.25, remaining: -0.25 } })?.lead).toBe(
      "Spent 1.3× March's allowance; the budget resets on 1 April, Europe/Berlin.",
    );
    // London's October ends an hour later than it started (summer time ended on 25 October): 1 November, 00:00 GMT.
    const lateOctober = Date.UTC(2026, 9, 31, 23, 30);
    expect(overspendWords({ ...counts, window: LONDON_MONTH, windowStartMs: Date.UTC(2026, 8, 30, 23), atMs: lateOctober, errorBudget: { consumed: 2, remaining: -1 }, periodBudget: { consumed: 2, remaining: -1 } })?.lead).toBe(
      "Spent 2× October's allowance; the budget resets on 1 November, Europe/London.",
    );
    const week = { kind: "calendar", unit: "week", timeZone: "Europe/Berlin" } as const;
    expect(overspendWords({ ...counts, window: week, windowStartMs: Date.UTC(2026, 10, 29, 23), atMs: DEC_2, errorBudget: { consumed: 3.04, remaining: -2.04 }, periodBudget: { consumed: 1.3, remaining: -0.3 } })?.lead).toBe(
      "Spent 1.3× the week's allowance; the budget resets on Monday 7 December, Europe/Berlin.",
    );
  });

  it("says when a rolling window recovers with no new bad events, or that it recovers as bad minutes leave", () => {
    const rolling = { ...counts, window: { kind: "rolling", days: 30 } as const, windowStartMs: DEC_2 - 30 * 86_400_000, atMs: DEC_2, errorBudget: { consumed: 3.24, remaining: -2.24 }, periodBudget: { consumed: 3.24, remaining: -2.24 } };
    expect(overspendWords({ ...rolling, recoveryAtMs: Date.UTC(2026, 11, 14, 10, 16) })?.lead).toBe(
      "Spent 3.2× the 30-day allowance; with no new failed requests and traffic at its usual rate, the budget is back above zero on 14 December at 10:16 UTC.",
    );
    expect(overspendWords({ ...rolling, recoveryAtMs: null })?.lead).toBe("Spent 3.2× the 30-day allowance; it recovers as the bad minutes leave the 30-day window.");
  });

  it("has nothing to say while budget is left or there is no data; exactly spent counts as spent", () => {
    const base = { ...counts, window: LONDON_MONTH, windowStartMs: DEC_1, atMs: DEC_2, periodBudget: { consumed: 0.1, remaining: 0.9 } };
    expect(overspendWords({ ...base, errorBudget: { consumed: 0.99, remaining: 0.01 } })).toBeNull();
    expect(overspendWords({ ...base, hasData: false, errorBudget: { consumed: 0, remaining: 1 } })).toBeNull();
    expect(overspendWords({ ...base, errorBudget: { consumed: 1, remaining: 0 } })?.lead).toBe("Spent 1× the allowance for December's first 2 days; the budget resets on 1 January, Europe/London.");
  });
});

describe("forecastWords", () => {
  const rolling = { window: { kind: "rolling", days: 30 } as const, target: 0.999, hasData: true, periodDays: 30, atMs: DEC_2 };

  it("names both burn rates, so a firing page alert and the forecast agree", () => {
    // 0.5 × 30 / 27.9 = 0.5376 days = 12.9 hours; 0.5 × 30 / 1.2 = 12.5 days: 14 December 22:00 UTC.
    expect(forecastWords({ ...rolling, remaining: 0.5, burnRate1h: 27.9, burnRate1d: 1.2 })).toBe(
      "At the last hour's rate (27.9×) the budget is gone in 12.9 hours; at the last day's rate (1.20×) on 14 December (UTC).",
    );
    // Both within two days: hours, no date.
    expect(forecastWords({ ...rolling, remaining: 0.05, burnRate1h: 27.9, burnRate1d: 14.4 })).toBe("At the last hour's rate (27.9×) the budget is gone in 1.3 hours; at the last day's rate (14.4×) in 2.5 hours.");
  });

  it("says which window burned nothing", () => {
    expect(forecastWords({ ...rolling, remaining: 0.5, burnRate1h: 0, burnRate1d: 0.5 })).toBe("The last hour burned nothing; at the last day's rate (0.50×) the budget is gone on 1 January (UTC).");
    expect(forecastWords({ ...rolling, remaining: 0.5, burnRate1h: 0, burnRate1d: 0 })).toBe("Nothing burned in the last day: the budget is not running out.");
  });

  it("lets a calendar budget last until the period resets when it outlives the period", () => {
    expect(forecastWords({ window: LONDON_MONTH, target: 0.999, hasData: true, periodDays: 31, atMs: DEC_2, remaining: 0.9, burnRate1h: 40, burnRate1d: 0.8 })).toBe(
      "At the last hour's rate (40×) the budget is gone in 16.7 hours; at the last day's rate (0.80×) it lasts until the period resets on 1 January (Europe/London).",
    );
  });

  it("has no forecast without traffic, at a 100% target, or once the budget is gone", () => {
    expect(forecastWords({ ...rolling, hasData: false, remaining: 1, burnRate1h: 0, burnRate1d: 0 })).toBe("No data yet, so no forecast.");
    expect(forecastWords({ ...rolling, target: 1, remaining: 1, burnRate1h: 0, burnRate1d: 0 })).toBe("A 100% target allows no errors, so there is no budget to forecast.");
    expect(forecastWords({ ...rolling, remaining: 0, burnRate1h: 3, burnRate1d: 3 })).toBe("The budget is already spent, so there is nothing left to run out.");
    expect(forecastWords({ ...rolling, remaining: -2.2, burnRate1h: 3, burnRate1d: 3 })).toBe("The budget is already spent, so there is nothing left to run out.");
  });
});
