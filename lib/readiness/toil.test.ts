import { describe, expect, it } from "vitest";
import { toilHoursAt, toilInputSchema, toilShareByQuarter, type ToilTask } from "./toil";

const task = (hoursPerWeek: number, loggedAt: string, automatedAt: string | null = null): ToilTask => ({ hoursPerWeek, loggedAt: new Date(loggedAt), automatedAt: automatedAt ? new Date(automatedAt) : null });

const TASKS = [
  task(40, "2026-01-05T00:00:00Z", "2026-07-01T00:00:00Z"), // automated exactly at the start of Q3
  task(30, "2026-01-05T00:00:00Z"),
  task(20, "2026-04-10T00:00:00Z", "2026-12-01T00:00:00Z"),
  task(10, "2026-10-01T00:00:00Z"),
];

describe("toil", () => {
  it("counts a task from the day it was logged until the day it was automated", () => {
    expect(toilHoursAt(TASKS, Date.parse("2026-01-04T23:59:59.999Z"))).toBe(0);
    expect(toilHoursAt(TASKS, Date.parse("2026-01-05T00:00:00Z"))).toBe(70);
    expect(toilHoursAt(TASKS, Date.parse("2026-06-30T23:59:59.999Z"))).toBe(90);
    expect(toilHoursAt(TASKS, Date.parse("2026-07-01T00:00:00Z"))).toBe(50);
  });

  it("gives the share of a team's capacity (members × 40 h) at each quarter's end, or now, flagged above 50%", () => {
    const now = Date.parse("2026-12-02T10:30:00Z");
    const shares = toilShareByQuarter(TASKS, ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], 4, now);
    expect(shares.map((s) => [s.quarter, s.toilHours, s.capacityHours, s.share, s.overLimit])).toEqual([
      ["2026-Q1", 70, 160, 0.4375, false],
      ["2026-Q2", 90, 160, 0.5625, true],
      ["2026-Q3", 50, 160, 0.3125, false],
      ["2026-Q4", 40, 160, 0.25, false],
    ]);
    expect(toilShareByQuarter(TASKS, ["2026-Q2"], 0, now)[0]).toMatchObject({ share: null, overLimit: false });
    // Exactly half is within the guidance.
    expect(toilShareByQuarter([task(80, "2026-01-01T00:00:00Z")], ["2026-Q1"], 4, now)[0]).toMatchObject({ share: 0.5, overLimit: false });
  });

  it("validates a toil entry and names the bad field", () => {
    expect(toilInputSchema.parse({ task: " Restart the ledger ", hoursPerWeek: "2.5" })).toEqual({ task: "Restart the ledger", hoursPerWeek: 2.5, automated: false });
    const bad = toilInputSchema.safeParse({ task: "", hoursPerWeek: "0" });
    expect(bad.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["task", "Name the task"],
      ["hoursPerWeek", "Hours a week must be more than 0"],
    ]);
  });
});
