// The demo's cost year as stored: SQL sums of the seeded lines give the plan's exact figures (the −20% month, nearly flat
// cost, one anomaly by Keel's default rule), traffic doubles, and reseeding adds nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { getConnection } from "@/db/client";
import { CLI_ACTOR } from "@/db/queries/audit";
import { listCostImports } from "@/db/queries/cost-imports";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { DEMO_SERVICES, DEMO_TEAMS } from "@/db/seed/demo-catalog";
import { DEMO_COST_FILE_NAME } from "@/db/seed/demo-costs-plan";
import { detectAnomalies } from "@/lib/costs/anomalies";
import { formatNanos } from "@/lib/costs/money";
import { DEFAULT_COST_POLICY } from "@/lib/costs/policy";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { seedDemoCosts } from "./demo-seed";
import { monthlyRequests } from "./traffic";

setUpTempDatabase();

const NOW = Date.parse("2026-12-02T12:00:00Z");

beforeAll(async () => {
  const teams = new Map<string, number>();
  for (const team of DEMO_TEAMS) teams.set(team.slug, (await createTeam(team, CLI_ACTOR)).id);
  for (const { team, ...service } of DEMO_SERVICES) await createService({ ...service, teamId: teams.get(team)! }, CLI_ACTOR);
});

/** Exact sums per month (and team), read as bigint. */
function sums(team?: string): { month: string; total: bigint }[] {
  const where = team ? "WHERE team = ?" : "";
  const statement = getConnection().sqlite.prepare(`SELECT month, SUM(cost_nanos) AS total FROM cost_records ${where} GROUP BY month ORDER BY month`).safeIntegers(true);
  return (team ? statement.all(team) : statement.all()) as { month: string; total: bigint }[];
}

describe("seeding the demo's costs", () => {
  it("imports the year as one batch with the month's traffic, once", async () => {
    expect(await seedDemoCosts(CLI_ACTOR, NOW)).toEqual({ costRecords: 3867, trafficMonths: 144 });
    expect(await seedDemoCosts(CLI_ACTOR, NOW + 40 * 86_400_000)).toEqual({ costRecords: 0, trafficMonths: 0 });
    const imports = await listCostImports();
    expect(imports.map((b) => [b.fileName, b.status, b.rowsImported, b.rowsSkipped, formatNanos(b.totalNanos)])).toEqual([[DEMO_COST_FILE_NAME, "imported", 3867, 0, "1589401.00"]]);
  });

  it("stores the plan's month totals: climbing, exactly 20% less after the cut, then within 5% of that month bar the anomaly", () => {
    const totals = sums();
    expect(totals.map((t) => [t.month, formatNanos(t.total)])).toEqual([
      ["2025-12", "124525.00"],
      ["2026-01", "134712.00"],
      ["2026-02", "145784.00"],
      ["2026-03", "157815.00"],
      ["2026-04", "126252.00"],
      ["2026-05", "123949.00"],
      ["2026-06", "126338.00"],
      ["2026-07", "128626.00"],
      ["2026-08", "127683.00"],
      ["2026-09", "123279.00"],
      ["2026-10", "147167.00"],
      ["2026-11", "123271.00"],
    ]);
    const values = totals.map((t) => t.total);
    expect(values[4]! * 5n).toBe(values[3]! * 4n);
    const off = values.slice(5).map((v) => 20n * (v > values[4]! ? v - values[4]! : values[4]! - v) <= values[4]!);
    expect(off).toEqual([true, true, true, true, true, false, true]);
  });

  it("flags October 2026 and only it by Keel's default anomaly rule, for the total and for Payments", () => {
    for (const team of [undefined, "payments"]) {
      const checks = detectAnomalies(sums(team).map((t) => ({ month: t.month, cost: t.total })), DEFAULT_COST_POLICY);
      expect(checks.filter((c) => c.anomaly).map((c) => [c.month, c.direction])).toEqual([["2026-10", "above"]]);
    }
  });

  it("doubles the requests: November 2026 served exactly twice December 2025's", async () => {
    const [first, last] = [await monthlyRequests({ month: "2025-12" }), await monthlyRequests({ month: "2026-11" })];
    expect([first.total, last.total]).toEqual([3_875_000_000, 7_750_000_000]);
    expect(last.teams.map((t) => t.requests)).toEqual(first.teams.map((t) => 2 * t.requests));
  });
});
