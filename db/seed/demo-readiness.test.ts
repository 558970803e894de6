// The demo's readiness reviews as seeded: every state, the ledger approved at the start of demo month 7, the accounts
// API blocked by its 240-day-old drill, checkout's approval older than a year.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/db/queries/audit";
import { listReviewRecords } from "@/db/queries/readiness-reviews";
import { createService, findServiceBySlug, type ServiceWithTeam } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createUser } from "@/db/queries/users";
import { progress, signOffBlockers } from "@/lib/readiness/review-rules";
import { firstApprovedReviewAt } from "@/lib/server/readiness/reads";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { DEMO_SERVICES, DEMO_TEAMS } from "./demo-catalog";
import { seedDemoDrills } from "./demo-drills";
import { demoFirstApproval, seedDemoReadiness } from "./demo-readiness";

setUpTempDatabase();

const NOW = Date.parse("2026-12-02T12:00:00Z");
const DAY = 86_400_000;
const services = new Map<string, ServiceWithTeam>();

beforeAll(async () => {
  const teams = new Map<string, number>();
  for (const team of DEMO_TEAMS) teams.set(team.slug, (await createTeam(team, CLI_ACTOR)).id);
  for (const { team, ...service } of DEMO_SERVICES) {
    await createService({ ...service, teamId: teams.get(team)! }, CLI_ACTOR);
    services.set(service.slug, (await findServiceBySlug(service.slug))!);
  }
  await createUser({ email: "manager@keel.local", name: "Morgan Manager", role: "editor", passwordHash: null }, CLI_ACTOR);
  await createUser({ email: "lena.fischer@keel.local", name: "Lena Fischer", role: "editor", passwordHash: null }, CLI_ACTOR);
  seedDemoDrills(services, [], NOW);
});

describe("demo readiness reviews", () => {
  it("seeds five reviews once", async () => {
    expect(await seedDemoReadiness(services, CLI_ACTOR, NOW)).toBe(5);
    expect(await seedDemoReadiness(services, CLI_ACTOR, NOW)).toBe(0);
    const reviews = await listReviewRecords();
    expect(reviews.map((r) => [r.service.slug, r.template.slug, r.status]).sort()).toEqual([
      ["accounts-api", "tier-2", "in_review"],
      ["batch-settlement", "tier-2", "cancelled"],
      ["batch-settlement", "tier-3", "in_review"],
      ["checkout", "tier-1", "approved"],
      ["core-ledger", "tier-1", "approved"],
    ]);
  });

  it("approves the core ledger at the start of demo month 7 (1 June 2026), every item passed: the bank's first approval", async () => {
    expect(demoFirstApproval(NOW).toISOString()).toBe("2026-06-01T00:00:00.000Z");
    const [ledger] = await listReviewRecords({ serviceId: services.get("core-ledger")!.id });
    expect([ledger!.approvedAt, ledger!.approvedBy?.name, ledger!.reviewer?.name]).toEqual([demoFirstApproval(NOW), "Morgan Manager", "Morgan Manager"]);
    expect(progress(ledger!.items)).toMatchObject({ total: 14, passed: 14, applicable: 14, share: 1 });
    expect(ledger!.items.filter((i) => i.evidenceRequired).every((i) => i.evidenceUrl.startsWith("https://"))).toBe(true);
    expect(ledger!.items.find((i) => i.itemKey === "slos-defined")!.assignee?.name).toBe("Lena Fischer");
    expect(await firstApprovedReviewAt(services.get("core-ledger")!.teamId)).toEqual(demoFirstApproval(NOW));
  });

  it("blocks the accounts API only on its drill check: the last drill ran 240 days ago", async () => {
    const [accounts] = await listReviewRecords({ serviceId: services.get("accounts-api")!.id });
    expect(signOffBlockers(accounts!.items)).toEqual([{ item: "Load and failure testing (game day or chaos experiment)", message: "Automatic check failed: Last drill ran 240 days ago; the limit is 6 months" }]);
    const drill = accounts!.items.find((i) => i.itemKey === "load-failure-testing")!;
    expect(drill.checkResult?.evidence[0]?.href).toMatch(/^\/drills\/\d+$/);
    expect(progress(accounts!.items)).toEqual({ total: 14, pending: 2, pass: 10, fail: 1, na: 1, passed: 10, applicable: 13, share: 10 / 13 });
  });

  it("has the settlement batches part-way and checkout approved 425 days ago, so its yearly re-review is overdue", async () => {
    const [batches] = await listReviewRecords({ serviceId: services.get("batch-settlement")!.id, status: "in_review" });
    expect(progress(batches!.items)).toMatchObject({ total: 10, pass: 3, pending: 7, fail: 0 });
    const [checkout] = await listReviewRecords({ serviceId: services.get("checkout")!.id });
    expect((NOW - checkout!.approvedAt!.getTime()) / DAY).toBe(425);
    expect(signOffBlockers(checkout!.items)).toEqual([]);
  });
});
