import { describe, expect, it } from "vitest";
import { burnWindowBounds, calendarPeriod, isBucketInWindow, truncateToMinute, windowBounds } from "./windows";

const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();
const MINUTE = 60_000;
const DAY = 86_400_000;

function period(at: string, unit: "week" | "month" | "quarter", timeZone = "UTC") {
  const { startMs, endMs } = calendarPeriod(ms(at), unit, timeZone);
  return { start: iso(startMs), end: iso(endMs), days: (endMs - startMs) / DAY };
}

describe("truncateToMinute", () => {
  it("drops seconds and milliseconds", () => {
    expect(truncateToMinute(ms("2026-11-01T10:05:59.999Z"))).toBe(ms("2026-11-01T10:05:00Z"));
  });
  it("leaves a minute start unchanged", () => {
    expect(truncateToMinute(ms("2026-11-01T10:05:00Z"))).toBe(ms("2026-11-01T10:05:00Z"));
  });
});

describe("rolling windowBounds", () => {
  it("ends at the truncated instant and spans exactly W days", () => {
    const bounds = windowBounds({ kind: "rolling", days: 30 }, ms("2026-11-01T10:05:30Z"));
    expect(bounds).toEqual({ fromMs: ms("2026-10-02T10:05:00Z"), toMs: ms("2026-11-01T10:05:00Z"), periodDays: 30 });
  });

  it("holds the bucket at t − W and not the bucket at t", () => {
    const t = ms("2026-11-01T10:05:00Z");
    const bounds = windowBounds({ kind: "rolling", days: 7 }, t);
    expect(isBucketInWindow(bounds, t - 7 * DAY)).toBe(true);
    expect(isBucketInWindow(bounds, t - 7 * DAY - MINUTE)).toBe(false);
    expect(isBucketInWindow(bounds, t - MINUTE)).toBe(true);
    expect(isBucketInWindow(bounds, t)).toBe(false);
  });

  it("with t mid-minute, the bucket of t's own minute is still outside", () => {
    const bounds = windowBounds({ kind: "rolling", days: 1 }, ms("2026-11-01T10:05:45Z"));
    expect(isBucketInWindow(bounds, ms("2026-11-01T10:05:00Z"))).toBe(false);
    expect(isBucketInWindow(bounds, ms("2026-11-01T10:04:00Z"))).toBe(true);
  });
});

describe("burnWindowBounds", () => {
  it("reaches back the window's length from the truncated instant", () => {
    const t = ms("2026-11-01T10:05:10Z");
    expect(burnWindowBounds("5m", t)).toEqual({ fromMs: ms("2026-11-01T10:00:00Z"), toMs: ms("2026-11-01T10:05:00Z") });
    expect(burnWindowBounds("3d", t)).toEqual({ fromMs: ms("2026-10-29T10:05:00Z"), toMs: ms("2026-11-01T10:05:00Z") });
  });
});

describe("calendar months in UTC", () => {
  it.each([
    ["2026-02-14T12:00:00Z", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", 28],
    ["2028-02-29T23:59:00Z", "2028-02-01T00:00:00.000Z", "2028-03-01T00:00:00.000Z", 29],
    ["2026-04-30T00:00:00Z", "2026-04-01T00:00:00.000Z", "2026-05-01T00:00:00.000Z", 30],
    ["2026-01-01T00:00:00Z", "2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z", 31],
  ])("%s lies in [%s, %s) of %i days", (at, start, end, days) => {
    expect(period(at, "month")).toEqual({ start, end, days });
  });
});

describe("calendar periods across DST", () => {
  it("Europe/Berlin March 2026 lost an hour: 30.958333 days", () => {
    const p = period("2026-03-15T12:00:00Z", "month", "Europe/Berlin");
    expect(p.start).toBe("2026-02-28T23:00:00.000Z");
    expect(p.end).toBe("2026-03-31T22:00:00.000Z");
    expect(p.days).toBeCloseTo(30 + 23 / 24, 12);
  });

  it("Europe/Berlin October 2026 gained an hour: 31.041667 days", () => {
    const p = period("2026-10-15T12:00:00Z", "month", "Europe/Berlin");
    expect(p.start).toBe("2026-09-30T22:00:00.000Z");
    expect(p.end).toBe("2026-10-31T23:00:00.000Z");
    expect(p.days).toBeCloseTo(31 + 1 / 24, 12);
  });

  it("Europe/Berlin week holding the spring change is 6.9583 days, the autumn one 7.0417", () => {
    const spring = period("2026-03-29T12:00:00Z", "week", "Europe/Berlin");
    expect(spring.start).toBe("2026-03-22T23:00:00.000Z");
    expect(spring.end).toBe("2026-03-29T22:00:00.000Z");
    expect(spring.days).toBeCloseTo(7 - 1 / 24, 12);
    const autumn = period("2026-10-25T12:00:00Z", "week", "Europe/Berlin");
    expect(autumn.start).toBe("2026-10-18T22:00:00.000Z");
    expect(autumn.days).toBeCloseTo(7 + 1 / 24, 12);
  });

  it("America/New_York March and November 2026", () => {
    const march = period("2026-03-20T12:00:00Z", "month", "America/New_York");
    expect(march.start).toBe("2026-03-01T05:00:00.000Z");
    expect(march.end).toBe("2026-04-01T04:00:00.000Z");
    expect(march.days).toBeCloseTo(31 - 1 / 24, 12);
    const november = period("2026-11-20T12:00:00Z", "month", "America/New_York");
    expect(november.start).toBe("2026-11-01T04:00:00.000Z");
    expect(november.end).toBe("2026-12-01T05:00:00.000Z");
    expect(november.days).toBeCloseTo(30 + 1 / 24, 12);
  });

  it("an instant already past local midnight belongs to the next local month", () => {
    // 23:30 UTC on 31 Oct is 00:30 on 1 Nov in Berlin.
    expect(period("2026-10-31T23:30:00Z", "month", "Europe/Berlin").start).toBe("2026-10-31T23:00:00.000Z");
    expect(period("2026-10-31T23:30:00Z", "month", "UTC").start).toBe("2026-10-01T00:00:00.000Z");
  });
});

describe("ISO weeks", () => {
  it("start on Monday, so a Sunday belongs to the week before", () => {
    expect(period("2026-11-01T12:00:00Z", "week")).toEqual({
      start: "2026-10-26T00:00:00.000Z",
      end: "2026-11-02T00:00:00.000Z",
      days: 7,
    });
  });
  it("Monday midnight opens a new week", () => {
    expect(period("2026-11-02T00:00:00Z", "week").start).toBe("2026-11-02T00:00:00.000Z");
  });
  it("cross the year boundary", () => {
    expect(period("2026-01-01T08:00:00Z", "week").start).toBe("2025-12-29T00:00:00.000Z");
  });
});

describe("quarters", () => {
  it.each([
    ["2026-02-10T00:00:00Z", "2026-01-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", 90],
    ["2026-04-01T00:00:00Z", "2026-04-01T00:00:00.000Z", "2026-07-01T00:00:00.000Z", 91],
    ["2026-09-30T23:59:00Z", "2026-07-01T00:00:00.000Z", "2026-10-01T00:00:00.000Z", 92],
    ["2026-12-31T12:00:00Z", "2026-10-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z", 92],
    ["2028-03-31T00:00:00Z", "2028-01-01T00:00:00.000Z", "2028-04-01T00:00:00.000Z", 91],
  ])("%s lies in [%s, %s) of %i days (UTC)", (at, start, end, days) => {
    expect(period(at, "quarter")).toEqual({ start, end, days });
  });

  it("Europe/Berlin Q1 2026 loses the spring hour", () => {
    const q1 = period("2026-02-10T00:00:00Z", "quarter", "Europe/Berlin");
    expect(q1.start).toBe("2025-12-31T23:00:00.000Z");
    expect(q1.end).toBe("2026-03-31T22:00:00.000Z");
    expect(q1.days).toBeCloseTo(90 - 1 / 24, 12);
  });
});

describe("calendar windowBounds", () => {
  it("runs from the period start to the truncated instant, with P the whole period", () => {
    const bounds = windowBounds(
      { kind: "calendar", unit: "month", timeZone: "Europe/Berlin" },
      ms("2026-10-15T12:00:42Z"),
    );
    expect(bounds.fromMs).toBe(ms("2026-09-30T22:00:00Z"));
    expect(bounds.toMs).toBe(ms("2026-10-15T12:00:00Z"));
    expect(bounds.periodDays).toBeCloseTo(31.0416666667, 9);
  });

  it("is empty at the very start of a period", () => {
    const t = ms("2026-04-01T00:00:00Z");
    const bounds = windowBounds({ kind: "calendar", unit: "quarter", timeZone: "UTC" }, t);
    expect(bounds).toEqual({ fromMs: t, toMs: t, periodDays: 91 });
    expect(isBucketInWindow(bounds, t)).toBe(false);
    expect(isBucketInWindow(bounds, t - MINUTE)).toBe(false);
  });

  it("holds the period's first minute and not the minute at t", () => {
    const t = ms("2026-02-14T12:00:00Z");
    const bounds = windowBounds({ kind: "calendar", unit: "month", timeZone: "UTC" }, t);
    expect(isBucketInWindow(bounds, ms("2026-02-01T00:00:00Z"))).toBe(true);
    expect(isBucketInWindow(bounds, ms("2026-01-31T23:59:00Z"))).toBe(false);
    expect(isBucketInWindow(bounds, t)).toBe(false);
  });

  it("rejects an unknown time zone", () => {
    expect(() => windowBounds({ kind: "calendar", unit: "month", timeZone: "Mars/Olympus" }, 0)).toThrow(RangeError);
  });
});
