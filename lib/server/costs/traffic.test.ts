// Monthly requests per service and team, as stored in cost_traffic: upserts replace, reads total per month and team.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/db/queries/audit";
import { upsertMonthlyTraffic } from "@/db/queries/cost-traffic";
import { createService, findServiceBySlug } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { monthlyRequests, requestsByMonth } from "./traffic";

setUpTempDatabase();

const ids: Record<string, number> = {};

beforeAll(async () => {
  const pay = await createTeam({ slug: "pay", name: "Pay", description: "" }, CLI_ACTOR);
  const web = await createTeam({ slug: "web", name: "Web", description: "" }, CLI_ACTOR);
  for (const [slug, teamId] of [["gateway", pay.id], ["refunds", pay.id], ["site", web.id]] as const) {
    await createService({ slug, name: slug[0]!.toUpperCase() + slug.slice(1), teamId, tier: 2, description: "" }, CLI_ACTOR);
    ids[slug] = (await findServiceBySlug(slug))!.id;
  }
  upsertMonthlyTraffic(
    [
      { serviceId: ids.gateway!, month: "2026-10", requests: 400_000_000 },
      { serviceId: ids.refunds!, month: "2026-10", requests: 25_000_000 },
      { serviceId: ids.site!, month: "2026-10", requests: 1_200_000_000 },
      { serviceId: ids.gateway!, month: "2026-11", requests: 1 },
    ],
    CLI_ACTOR,
  );
});

describe("monthly requests", () => {
  it("totals a month per service and team, and replaces a month's figure on upsert", async () => {
    expect(upsertMonthlyTraffic([{ serviceId: ids.gateway!, month: "2026-11", requests: 440_000_000 }], CLI_ACTOR)).toBe(1);
    const november = await monthlyRequests({ month: "2026-11" });
    expect(november).toEqual({ month: "2026-11", total: 440_000_000, services: [{ service: "gateway", serviceName: "Gateway", team: "pay", requests: 440_000_000 }], teams: [{ team: "pay", teamName: "Pay", requests: 440_000_000 }] });
    const october = await monthlyRequests({ month: "2026-10" });
    expect(october.total).toBe(1_625_000_000);
    expect(october.teams).toEqual([
      { team: "pay", teamName: "Pay", requests: 425_000_000 },
      { team: "web", teamName: "Web", requests: 1_200_000_000 },
    ]);
  });

  it("limits to teams, and a month without traffic is zero", async () => {
    expect((await monthlyRequests({ month: "2026-10", teamSlugs: ["web"] })).services.map((s) => s.service)).toEqual(["site"]);
    expect(await monthlyRequests({ month: "2026-10", teamSlugs: [] })).toEqual({ month: "2026-10", total: 0, services: [], teams: [] });
    expect(await monthlyRequests({ month: "2026-09" })).toEqual({ month: "2026-09", total: 0, services: [], teams: [] });
  });

  it("lists a range of months oldest first, skipping months without traffic", async () => {
    const months = await requestsByMonth({ from: "2026-01", to: "2026-12", teamSlugs: ["pay"] });
    expect(months.map((m) => [m.month, m.total])).toEqual([
      ["2026-10", 425_000_000],
      ["2026-11", 440_000_000],
    ]);
  });
});
