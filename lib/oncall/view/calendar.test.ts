import { describe, expect, it } from "vitest";
import { calendarWeeks, dayBounds, weekStartOf } from "./calendar";

const at = (s: string) => Date.parse(s);

describe("the calendar view", () => {
  it("starts weeks on the local Monday and knows a DST day is 23 hours long", () => {
    expect(weekStartOf(at("2026-03-29T22:30:00Z"), "Europe/London")).toBe("2026-03-23");
    expect(weekStartOf(at("2026-03-29T22:30:00Z"), "Europe/Berlin")).toBe("2026-03-30");
    const { from, to } = dayBounds("2026-03-29", "Europe/London");
    expect([new Date(from).toISOString(), (to - from) / 3_600_000]).toEqual(["2026-03-29T00:00:00.000Z", 23]);
  });

  it("lists who is on call each day with local handoff times, overrides marked", () => {
    const shifts = [
      { name: "Ana", from: at("2026-03-28T09:00:00Z"), until: at("2026-03-29T08:00:00Z"), override: false },
      { name: "Ben", from: at("2026-03-29T08:00:00Z"), until: at("2026-03-29T12:00:00Z"), override: false },
      { name: "Cat", from: at("2026-03-29T12:00:00Z"), until: at("2026-03-29T15:00:00Z"), override: true },
      { name: "Ben", from: at("2026-03-29T15:00:00Z"), until: at("2026-03-30T08:00:00Z"), override: false },
    ];
    const [week] = calendarWeeks(shifts, "Europe/London", "2026-03-23", 1, at("2026-03-29T10:00:00Z"));
    expect(week!.days.map((d) => d.date)).toEqual(["2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28", "2026-03-29"]);
    const sunday = week!.days[6]!;
    expect(sunday).toMatchObject({ label: "Sun 29 Mar", isToday: true });
    expect(sunday.entries).toEqual([
      { name: "Ana", override: false, from: null, until: "09:00" },
      { name: "Ben", override: false, from: "09:00", until: "13:00" },
      { name: "Cat", override: true, from: "13:00", until: "16:00" },
      { name: "Ben", override: false, from: "16:00", until: null },
    ]);
    expect(week!.days[0]!.entries).toEqual([]);
  });
});
