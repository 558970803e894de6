// The core-banking case study's figures, recomputed: "Major outages dropped by 40%" from the demo plan and from the
// seeded database, the bank's four quarters of maturity climbing a stage each, and its toil share falling.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createService, findServiceBySlug, type ServiceWithTeam } from "@/db/queries/services";
import { createUser, findUserByEmail } from "@/db/queries/users";
import { addTeamMember, createTeam, findTeamBySlug } from "@/db/queries/teams";
import { scoreStage } from "@/lib/readiness/maturity";
import { majorOutageChange } from "@/lib/readiness/outages";
import { teamMaturity } from "@/lib/server/readiness/maturity";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { DEMO_SERVICES, DEMO_TEAMS } from "./demo-catalog";
import { seedDemoDrills } from "./demo-drills";
import { seedDemoIncidents } from "./demo-incidents";
import { DEMO_BANK_APPROVAL_MONTH, DEMO_BANK_SEV1_AFTER, DEMO_BANK_SEV1_BEFORE, demoCalendar, planDemoIncidents } from "./demo-incidents-plan";
import { DEMO_MATURITY, demoAnswers, seedDemoMaturity } from "./demo-maturity";
import { demoFirstApproval, seedDemoReadiness } from "./demo-readiness";

setUpTempDatabase();

const NOW = Date.parse("2026-12-02T10:30:00Z");
const calendar = demoCalendar(NOW);
const approvedAt = calendar.months[DEMO_BANK_APPROVAL_MONTH - 1]!;

beforeAll(async () => {
  const teamIds = new Map<string, number>();
  const services = new Map<string, ServiceWithTeam>();
  for (const team of DEMO_TEAMS) teamIds.set(team.slug, (await createTeam(team, CLI_ACTOR)).id);
  for (const { team, ...service } of DEMO_SERVICES) {
    await createService({ ...service, teamId: teamIds.get(team)! }, CLI_ACTOR);
    services.set(service.slug, (await findServiceBySlug(service.slug))!);
  }
  await createUser({ email: "manager@keel.local", name: "Morgan Manager", role: "editor", passwordHash: null }, CLI_ACTOR);
  // In seedDemo's order: incidents, drills, readiness reviews (the bank's first approval), then maturity.
  await seedDemoIncidents(CLI_ACTOR, NOW);
  seedDemoDrills(services, [], NOW);
  await seedDemoReadiness(services, CLI_ACTOR, NOW);
  expect(await seedDemoMaturity(CLI_ACTOR, NOW)).toEqual({ assessments: 9, toil: 5 });
});

describe("the core-banking case study", () => {
  it("plans 5 SEV1 incidents of the bank in the 6 months before its first approved review and 3 after: −40%", () => {
    expect(approvedAt.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    const bank = planDemoIncidents(NOW).filter((i) => i.team === "core-banking").map((i) => ({ startedAt: i.startedAt, severity: i.severity, isDrill: false }));
    const change = majorOutageChange(bank, approvedAt.getTime());
    expect([change.before, change.after, change.changePct]).toEqual([DEMO_BANK_SEV1_BEFORE, DEMO_BANK_SEV1_AFTER, -40]);
    expect([DEMO_BANK_SEV1_BEFORE, DEMO_BANK_SEV1_AFTER]).toEqual([5, 3]);
  });

  it("shows the same −40% through the maturity read, from the seeded incidents and readiness reviews", async () => {
    expect(demoFirstApproval(NOW)).toEqual(approvedAt);
    const maturity = await teamMaturity("core-banking", NOW);
    expect(maturity.outages.approvedAt).toEqual(approvedAt);
    expect(maturity.outages.change).toMatchObject({ before: 5, after: 3, changePct: -40 });
  });

  it("climbs a stage a quarter over the four quarters before the current one, which is left to assess", async () => {
    const maturity = await teamMaturity("core-banking", NOW);
    expect(maturity.history.map((h) => [h.quarter, h.stage, h.stageName])).toEqual([
      ["2025-Q4", 1, "Reactive monitoring"],
      ["2026-Q1", 2, "Observability foundation"],
      ["2026-Q2", 3, "SLO adoption"],
      ["2026-Q3", 4, "Continuous improvement"],
    ]);
    expect(maturity.current).toBeNull();
    expect(maturity.nextSteps.towards).toBe(5);
    for (const stage of [1, 2, 3, 4, 5]) expect(scoreStage(demoAnswers(stage))).toBe(stage);
    expect(DEMO_MATURITY.streaming).toEqual([2, 3]);
  });

  it("has the bank's toil share falling from above half of its time to a quarter", async () => {
    const bank = (await findTeamBySlug("core-banking"))!;
    // The demo's bank: its manager and three on-call engineers, with demo engineer Lena Fischer five people, 200 h a week.
    for (const [i, email] of ["morgan", "grace", "ian", "zoe"].entries()) {
      // (stand-ins for the demo's manager and on-call engineers)
      await createUser({ email: `${email}@bank.test`, name: `Banker ${i}`, role: "editor", passwordHash: null }, CLI_ACTOR);
      await addTeamMember(bank.id, (await findUserByEmail(`${email}@bank.test`))!.id, CLI_ACTOR);
    }
    const maturity = await teamMaturity("core-banking", NOW);
    expect(maturity.toil.capacityHours).toBe(200);
    expect(maturity.toil.shares.map((s) => [s.quarter, s.toilHours, s.share, s.overLimit])).toEqual([
      ["2025-Q4", 115, 0.575, true],
      ["2026-Q1", 115, 0.575, true],
      ["2026-Q2", 75, 0.375, false],
      ["2026-Q3", 50, 0.25, false],
      ["2026-Q4", 30, 0.15, false],
    ]);
  });

  it("is idempotent", async () => {
    expect(await seedDemoMaturity(CLI_ACTOR, NOW)).toEqual({ assessments: 0, toil: 0 });
  });
});
