import { describe, expect, it } from "vitest";
import { rotationLabel, summaryItems } from "./summary";

describe("on-call rows", () => {
  it("says the rotation in words", () => {
    expect(rotationLabel({ rotation: "daily", handoffTime: "09:00", handoffWeekday: 1, timeZone: "Europe/London" })).toBe("Daily at 09:00 (Europe/London)");
    expect(rotationLabel({ rotation: "weekly", handoffTime: "10:30", handoffWeekday: 7, timeZone: "America/New_York" })).toBe("Weekly on Sunday at 10:30 (America/New_York)");
  });

  it("gives the summary ISO instants", () => {
    const from = new Date("2026-03-03T09:00:00Z");
    const until = new Date("2026-03-04T09:00:00Z");
    expect(summaryItems([{ schedule: { slug: "p", name: "P" }, now: { name: "Ana", from, until, override: true }, next: null }])).toEqual([
      { slug: "p", name: "P", now: { name: "Ana", until: "2026-03-04T09:00:00.000Z", override: true }, next: null },
    ]);
  });
});
