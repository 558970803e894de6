import { describe, expect, it } from "vitest";
import { escalationPolicySchema, localDateTimeToIso, overrideInputSchema, scheduleInputSchema, scheduleUpdateSchema } from "./schemas";

const schedule = { slug: "payments-primary", name: "Payments primary", team: "payments", timeZone: "Europe/London", rotation: "daily", handoffTime: "09:00", startDate: "2026-03-01", participants: ["A@x.test", "b@x.test"] };

const fieldOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues[0]?.path.join(".");

describe("on-call schemas", () => {
  it("accepts a schedule, lower-casing emails and defaulting the weekday", () => {
    expect(scheduleInputSchema.parse(schedule)).toMatchObject({ participants: ["a@x.test", "b@x.test"], handoffWeekday: 1 });
  });

  it("names the bad field", () => {
    expect(fieldOf(scheduleInputSchema.safeParse({ ...schedule, timeZone: "Mars/Olympus" }))).toBe("timeZone");
    expect(fieldOf(scheduleInputSchema.safeParse({ ...schedule, handoffTime: "9am" }))).toBe("handoffTime");
    expect(fieldOf(scheduleInputSchema.safeParse({ ...schedule, rotation: "monthly" }))).toBe("rotation");
    expect(fieldOf(scheduleInputSchema.safeParse({ ...schedule, startDate: "2026-02-30" }))).toBe("startDate");
    expect(fieldOf(scheduleInputSchema.safeParse({ ...schedule, participants: ["a@x.test", "A@x.test"] }))).toBe("participants.1");
  });

  it("leaves unnamed fields out of an update", () => {
    expect(scheduleUpdateSchema.parse({ name: "Renamed" })).toEqual({ name: "Renamed" });
  });

  it("reads override instants as ISO or epoch seconds and wants the end after the start", () => {
    expect(overrideInputSchema.parse({ user: "a@x.test", from: "2026-04-01T12:00:00+01:00", until: 1775055600 })).toEqual({ user: "a@x.test", from: Date.parse("2026-04-01T11:00:00Z"), until: 1775055600000, reason: "" });
    expect(fieldOf(overrideInputSchema.safeParse({ user: "a@x.test", from: "2026-04-01T12:00:00Z", until: "2026-04-01T11:00:00Z" }))).toBe("until");
    expect(fieldOf(overrideInputSchema.safeParse({ user: "a@x.test", from: "2026-04-01 12:00", until: "2026-04-01T13:00:00Z" }))).toBe("from");
  });

  it("reads a datetime-local value in the schedule's zone", () => {
    expect(localDateTimeToIso("2026-07-01T09:00", "Europe/London")).toBe("2026-07-01T08:00:00.000Z");
    expect(localDateTimeToIso("2026-01-01T09:00", "America/New_York")).toBe("2026-01-01T14:00:00.000Z");
  });

  it("wants each escalation level to name a schedule or a user, with delays that do not go back", () => {
    expect(escalationPolicySchema.parse({ levels: [{ delayMinutes: 0, schedule: "payments-primary" }, { delayMinutes: "15", user: "Lead@x.test" }] }).levels[1]).toEqual({ delayMinutes: 15, user: "lead@x.test" });
    expect(fieldOf(escalationPolicySchema.safeParse({ levels: [{ delayMinutes: 0 }] }))).toBe("levels.0.schedule");
    expect(fieldOf(escalationPolicySchema.safeParse({ levels: [{ delayMinutes: 30, user: "a@x.test" }, { delayMinutes: 15, user: "b@x.test" }] }))).toBe("levels.1.delayMinutes");
  });
});
