import { describe, expect, it } from "vitest";
import { decimalsFor, describeAllowance, describeWindow, formatBudgetLeft, formatBurnRate, formatMinutes, formatPercent, formatSpan, formatTarget, formatTimes, formatUtcMinute, formatZoneDate } from "./format";

describe("SLO formatting", () => {
  it("shows one decimal more than the target needs", () => {
    expect(decimalsFor(0.999)).toBe(2);
    expect(decimalsFor(0.9995)).toBe(3);
    expect(decimalsFor(0.99)).toBe(1);
    expect(decimalsFor(0.9999)).toBe(3);
    expect(formatPercent(0.99931, 2)).toBe("99.93%");
    expect(formatPercent(null)).toBe("—");
  });

  it("writes targets, burn rates and windows", () => {
    expect(formatTarget(0.9995)).toBe("99.95%");
    expect(formatTarget(0.999)).toBe("99.9%");
    expect(formatBurnRate(14.4)).toBe("14.4×");
    expect(formatBurnRate(188.2)).toBe("188×");
    expect(formatBurnRate(0.75)).toBe("0.75×");
    expect(describeWindow({ kind: "rolling", days: 28 })).toBe("rolling 28 days");
    expect(describeWindow({ kind: "calendar", unit: "month", timeZone: "Europe/Berlin" })).toBe("calendar month (Europe/Berlin)");
  });

  it("puts the budget in plain words", () => {
    expect(describeAllowance(0.999, 30)).toBe("99.9% over 30 days allows 43.2 min of full outage");
    expect(describeAllowance(0.9999, 30)).toBe("99.99% over 30 days allows 4.3 min of full outage");
    expect(formatMinutes(0.5)).toBe("30 s");
    expect(formatMinutes(216)).toBe("3.6 h");
    expect(formatMinutes(4320)).toBe("3 days");
  });

  it("writes overspend multiples, spans ahead and dates in a zone", () => {
    expect(formatTimes(12.64)).toBe("12.6×");
    expect(formatTimes(2)).toBe("2×");
    expect(formatBudgetLeft(0.425)).toBe("42.5% left");
    expect(formatBudgetLeft(0)).toBe("0.0% left");
    expect(formatBudgetLeft(-12.322)).toBe("13.3× spent");
    expect(formatTimes(240.4)).toBe("240×");
    expect(formatSpan(0.5376)).toBe("12.9 hours");
    expect(formatSpan(12.5)).toBe("12.5 days");
    expect(formatSpan(0.01)).toBe("14 minutes");
    expect(formatUtcMinute(Date.UTC(2026, 11, 2, 10, 42, 30))).toBe("2026-12-02 10:42 UTC");
    const now = Date.UTC(2026, 11, 2);
    // 31 March 22:00 UTC is already 1 April in Berlin.
    expect(formatZoneDate(Date.UTC(2026, 2, 31, 22), "Europe/Berlin", Date.UTC(2026, 2, 15))).toBe("1 April");
    expect(formatZoneDate(Date.UTC(2026, 2, 31, 22), "UTC", Date.UTC(2026, 2, 15))).toBe("31 March");
    expect(formatZoneDate(Date.UTC(2026, 11, 6, 23), "Europe/Berlin", now, { weekday: true })).toBe("Monday 7 December");
    expect(formatZoneDate(Date.UTC(2027, 8, 1), "UTC", now)).toBe("1 September 2027");
  });
});
