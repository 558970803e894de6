// The feed read back with a real iCalendar parser: its events are the rotation's shifts, in the schedule's zone.
import { describe, expect, it } from "vitest";
import ical, { type VEvent } from "node-ical";
import { scheduleFeed, vtimezone, type FeedShift } from "./ical";
import { shiftsBetween, type Override, type Rotation } from "./rotation";

const people = new Map([
  [1, { name: "Ada Lovelace", email: "ada@example.test" }],
  [2, { name: "Grace Hopper", email: "grace@example.test" }],
  [3, { name: "Alan Turing", email: "alan@example.test" }],
  [9, { name: "Cover, Person; Jr.", email: "cover@example.test" }],
]);

function feedShifts(rotation: Rotation, overrides: Override[], from: number, to: number): FeedShift[] {
  return shiftsBetween(rotation, overrides, from, to).map((s) => ({ from: s.from, until: s.until, userId: s.userId, ...people.get(s.userId)!, override: s.overrideId !== null }));
}

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text))
    .filter((c): c is VEvent => c?.type === "VEVENT")
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

describe("the iCalendar feed", () => {
  it.each([
    ["Europe/London", "2026-03-25", "2026-03-26T00:00:00Z", "2026-04-02T00:00:00Z"],
    ["Europe/London", "2026-10-20", "2026-10-22T00:00:00Z", "2026-10-29T00:00:00Z"],
    ["America/New_York", "2026-03-05", "2026-03-06T00:00:00Z", "2026-03-12T00:00:00Z"],
    ["Europe/Berlin", "2026-10-20", "2026-10-22T00:00:00Z", "2026-10-28T00:00:00Z"],
  ])("has one event per shift across DST in %s (start %s)", (timeZone, startDate, from, to) => {
    const rotation: Rotation = { kind: "daily", handoffTime: "09:00", handoffWeekday: 1, timeZone, startDate, participants: [1, 2, 3] };
    const override: Override = { id: 1, userId: 9, from: Date.parse(from) + 30 * 3_600_000, until: Date.parse(from) + 40 * 3_600_000 };
    const shifts = feedShifts(rotation, [override], Date.parse(from), Date.parse(to));
    const text = scheduleFeed({ slug: "payments-primary", name: "Payments primary", teamName: "Payments", timeZone }, shifts, Date.parse("2026-03-01T00:00:00Z"));
    const parsed = events(text);
    expect(parsed.map((e) => [e.start.toISOString(), e.end!.toISOString(), e.start.tz, e.end!.tz])).toEqual(shifts.map((s) => [new Date(s.from).toISOString(), new Date(s.until).toISOString(), timeZone, timeZone]));
    expect(parsed.map((e) => e.summary)).toEqual(shifts.map((s) => `${s.override ? "On call (override)" : "On call"}: ${s.name}`));
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(shifts.length);
    expect(parsed[0]!.dtstamp.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(text).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:/m);
    expect(text).toContain(`DTSTART;TZID=${timeZone}:`);
  });

  it("describes the London zone's changes in its VTIMEZONE", () => {
    const text = vtimezone("Europe/London", Date.parse("2026-06-01T00:00:00Z"), Date.parse("2026-06-02T00:00:00Z"));
    expect(text).toContain("BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT");
    expect(text).toContain("BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD");
    expect(vtimezone("Asia/Kolkata", 0, 86_400_000)).toContain("TZOFFSETTO:+0530");
  });
});
