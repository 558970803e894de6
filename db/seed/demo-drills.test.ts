// The demo's drills as seeded: timings improve drill on drill, the bank's two services sit either side of six months,
// and drill incidents stay out of the incident log.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/db/queries/audit";
import { listDrills } from "@/db/queries/drills";
import { listIncidents } from "@/db/queries/incidents";
import { createService, findServiceBySlug, type ServiceWithTeam } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { drillRow } from "@/lib/incidents/view/drills";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { DEMO_SERVICES, DEMO_TEAMS } from "./demo-catalog";
import { seedDemoDrills } from "./demo-drills";

setUpTempDatabase();

const NOW = Date.parse("2026-12-02T12:00:00Z");
const services = new Map<string, ServiceWithTeam>();

beforeAll(async () => {
  const teams = new Map<string, number>();
  for (const team of DEMO_TEAMS) teams.set(team.slug, (await createTeam(team, CLI_ACTOR)).id);
  for (const { team, ...service } of DEMO_SERVICES) {
    await createService({ ...service, teamId: teams.get(team)! }, CLI_ACTOR);
    services.set(service.slug, (await findServiceBySlug(service.slug))!);
  }
});

describe("demo drills", () => {
  it("seeds once: seven run drills and one planned, and a second run adds nothing", async () => {
    expect(seedDemoDrills(services, [], NOW)).toBe(8);
    expect(seedDemoDrills(services, [], NOW)).toBe(0);
    const all = await listDrills();
    expect(all.map((d) => d.status).sort()).toEqual(["completed", "completed", "completed", "completed", "completed", "completed", "completed", "planned"]);
  });

  it("the streaming team's CDN drills get faster: detect 14 → 6 → 3 min, escalate 25 → 12 → 5 min", async () => {
    const cdn = (await listDrills({ serviceId: services.get("cdn-edge")!.id })).reverse().map(drillRow);
    expect(cdn.map((d) => [d.timings.detectMinutes, d.timings.acknowledgeMinutes, d.timings.escalateMinutes, d.timings.resolveMinutes, d.runbookFollowed])).toEqual([
      [14, 9, 25, 58, "no"],
      [6, 4, 12, 31, "partly"],
      [3, 2, 5, 18, "yes"],
    ]);
  });

  it("the core ledger's last drill ran 55 days ago, the accounts API's 240 days ago", async () => {
    const lastRun = async (slug: string) => (await listDrills({ serviceId: services.get(slug)!.id }))[0]!.faultInjectedAt!.getTime();
    expect((NOW - (await lastRun("core-ledger"))) / 86_400_000).toBeCloseTo(55, 1);
    expect((NOW - (await lastRun("accounts-api"))) / 86_400_000).toBeCloseTo(240, 1);
  });

  it("drill incidents are listed only as drills", async () => {
    expect((await listIncidents()).total).toBe(0);
    expect((await listIncidents({ drill: true })).total).toBe(7);
  });
});
