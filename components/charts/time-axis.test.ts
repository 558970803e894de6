// Time-axis ticks and labels in a fixed zone and locale, across a daylight-saving change.
import { describe, expect, it } from "vitest";
import { formatInstant, formatTimeTick, timeTicks } from "./time-axis";

const DAY = 86_400_000;
const berlin = { timeZone: "Europe/Berlin", locale: "en-GB" };
const iso = (ms: number) => new Date(ms).toISOString();

describe("timeTicks", () => {
  it("puts 1-hour ranges on every tenth local minute", () => {
    const from = Date.parse("2026-11-01T10:07:30Z");
    const ticks = timeTicks(from, from + 3_600_000, berlin);
    expect(ticks.map(iso)).toEqual([
      "2026-11-01T10:10:00.000Z",
      "2026-11-01T10:20:00.000Z",
      "2026-11-01T10:30:00.000Z",
      "2026-11-01T10:40:00.000Z",
      "2026-11-01T10:50:00.000Z",
      "2026-11-01T11:00:00.000Z",
    ]);
    expect(formatTimeTick(ticks[0]!, 3_600_000, berlin)).toBe("11:10");
  });

  it("keeps minute ticks on the local clock in a zone with a half-hour offset", () => {
    const from = Date.parse("2026-11-01T10:00:00Z"); // 15:30 in Kolkata
    const ticks = timeTicks(from, from + 3_600_000, { timeZone: "Asia/Kolkata" });
    expect(ticks.map(iso)).toEqual([
      "2026-11-01T10:00:00.000Z",
      "2026-11-01T10:10:00.000Z",
      "2026-11-01T10:20:00.000Z",
      "2026-11-01T10:30:00.000Z",
      "2026-11-01T10:40:00.000Z",
      "2026-11-01T10:50:00.000Z",
      "2026-11-01T11:00:00.000Z",
    ]);
  });

  it("puts 6-hour ranges on every local hour", () => {
    const from = Date.parse("2026-11-01T10:07:00Z");
    expect(timeTicks(from, from + 6 * 3_600_000, berlin).map(iso)).toEqual([
      "2026-11-01T11:00:00.000Z",
      "2026-11-01T12:00:00.000Z",
      "2026-11-01T13:00:00.000Z",
      "2026-11-01T14:00:00.000Z",
      "2026-11-01T15:00:00.000Z",
      "2026-11-01T16:00:00.000Z",
    ]);
  });

  it("puts 24-hour ranges on every third local hour", () => {
    const from = Date.parse("2026-11-01T10:07:00Z"); // 11:07 in Berlin
    const ticks = timeTicks(from, from + DAY, berlin);
    expect(ticks.map(iso)).toEqual([
      "2026-11-01T11:00:00.000Z",
      "2026-11-01T14:00:00.000Z",
      "2026-11-01T17:00:00.000Z",
      "2026-11-01T20:00:00.000Z",
      "2026-11-01T23:00:00.000Z",
      "2026-11-02T02:00:00.000Z",
      "2026-11-02T05:00:00.000Z",
      "2026-11-02T08:00:00.000Z",
    ]);
  });

  it("puts 7-day ranges on local midnights", () => {
    const from = Date.parse("2026-10-24T12:00:00Z");
    const ticks = timeTicks(from, from + 7 * DAY, berlin);
    // Berlin leaves summer time on 25 October: midnight moves from 22:00 to 23:00 UTC.
    expect(ticks.map(iso)).toEqual([
      "2026-10-24T22:00:00.000Z",
      "2026-10-25T23:00:00.000Z",
      "2026-10-26T23:00:00.000Z",
      "2026-10-27T23:00:00.000Z",
      "2026-10-28T23:00:00.000Z",
      "2026-10-29T23:00:00.000Z",
      "2026-10-30T23:00:00.000Z",
    ]);
  });

  it("spaces 30-day ranges a week apart", () => {
    const from = Date.parse("2026-11-01T00:00:00Z");
    expect(timeTicks(from, from + 30 * DAY, { timeZone: "UTC" }).map(iso)).toEqual([
      "2026-11-01T00:00:00.000Z",
      "2026-11-08T00:00:00.000Z",
      "2026-11-15T00:00:00.000Z",
      "2026-11-22T00:00:00.000Z",
      "2026-11-29T00:00:00.000Z",
    ]);
  });

  it("has no ticks for an empty range", () => {
    expect(timeTicks(5, 5)).toEqual([]);
  });
});

describe("formatTimeTick and formatInstant", () => {
  it("shows hours for short ranges and dates at midnight or for long ranges", () => {
    expect(formatTimeTick(Date.parse("2026-11-01T14:00:00Z"), DAY, berlin)).toBe("15:00");
    expect(formatTimeTick(Date.parse("2026-11-01T23:00:00Z"), DAY, berlin)).toBe("2 Nov");
    expect(formatTimeTick(Date.parse("2026-11-01T14:00:00Z"), 7 * DAY, berlin)).toBe("1 Nov");
  });

  it("formats an instant with date and time", () => {
    expect(formatInstant(Date.parse("2026-11-01T14:05:00Z"), berlin)).toBe("1 Nov 2026, 15:05");
  });
});
