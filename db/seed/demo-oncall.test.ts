// The demo's on-call seed: every team has a rotation and a policy, Eli Engineer is on the payments rotation, and a second run changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR, listAuditEntries } from "../queries/audit";
import { listEscalationLevels, listParticipants, listSchedules } from "../queries/oncall";
import { createTeam } from "../queries/teams";
import { createUser } from "../queries/users";
import { DEMO_USERS } from "@/lib/demo-accounts";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { DEMO_TEAMS } from "./demo-catalog";
import { seedDemoOncall } from "./demo-oncall";

setUpTempDatabase();

const NOW = Date.parse("2026-12-02T10:00:00Z");

beforeAll(async () => {
  for (const team of DEMO_TEAMS) await createTeam(team, CLI_ACTOR);
  for (const user of DEMO_USERS) await createUser({ email: user.email, name: user.name, role: user.role, passwordHash: null }, CLI_ACTOR);
});

describe("the demo on-call seed", () => {
  it("gives every team a schedule of 3–4 people and a three-level escalation policy, idempotently", async () => {
    expect(await seedDemoOncall(CLI_ACTOR, NOW)).toEqual({ schedules: 4 });
    const schedules = await listSchedules();
    expect(schedules.map((s) => [s.slug, s.rotation, s.startDate]).sort()).toEqual([
      ["core-banking-primary", "daily", "2026-11-02"],
      ["payments-primary", "weekly", "2026-11-02"],
      ["platform-primary", "daily", "2026-11-02"],
      ["streaming-primary", "daily", "2026-11-02"],
    ]);
    const participants = await listParticipants(schedules.map((s) => s.id));
    for (const s of schedules) expect(participants.get(s.id)!.length).toBeGreaterThanOrEqual(3);
    const payments = schedules.find((s) => s.slug === "payments-primary")!;
    expect(participants.get(payments.id)!.map((p) => p.email)).toContain("engineer@keel.local");
    const levels = await listEscalationLevels(payments.teamId);
    expect(levels.map((l) => [l.delayMinutes, l.schedule?.slug ?? l.user?.email])).toEqual([
      [0, "payments-primary"],
      [15, "lena.fischer@keel.local"],
      [30, "manager@keel.local"],
    ]);
    const before = (await listAuditEntries()).total;
    expect(await seedDemoOncall(CLI_ACTOR, NOW + 86_400_000)).toEqual({ schedules: 0 });
    // Only the membership checks run again; they add nothing.
    expect((await listAuditEntries()).total).toBe(before);
  });
});
