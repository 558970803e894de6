// The showback's server reads over a real temporary database: budgets, anomalies and the forecast per team, drill-down
// filters, a service's costs and the chargeback, each from exact SQL sums.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createTeam } from "@/db/queries/teams";
import { CLI_CALLER, type Caller } from "@/lib/access/caller";
import { monthRange } from "@/lib/costs/showback";
import { costLine, insertCostLines } from "@/lib/testing/cost-fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { setTeamBudget } from "./budgets";
import { chargeback } from "./chargeback";
import { teamOutlook, totalOutlook } from "./outlook";
import { costScope, groupedCosts, serviceCosts, showback, showbackIn, showbackSeries } from "./showback";

setUpTempDatabase();

const UNIT = 1_000_000_000n;
let paymentsOnly: Caller;

beforeAll(async () => {
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createTeam({ slug: "search", name: "Search" }, CLI_ACTOR);
  paymentsOnly = { kind: "token", actor: { kind: "token", id: 9, label: "token:payments" }, tokenId: 9, scopes: ["read"], teamIds: [payments.id] };
  // Payments: 100 a month for 6 months, then 200 in 2026-07 (+100% over the mean: an anomaly). Search: 50 a month.
  const months = monthRange("2026-07", 7);
  insertCostLines([
    ...months.map((month, i) => costLine({ month, team: "payments", service: "checkout", costNanos: (i === 6 ? 200n : 100n) * UNIT })),
    ...months.map((month) => costLine({ month, team: "search", service: "indexer", signal: "metrics", costNanos: 50n * UNIT })),
    // One line in another currency: the showback reports in USD (most lines) and leaves it out, saying so.
    costLine({ month: "2026-07", team: "search", service: "indexer", costNanos: 999n * UNIT, currency: "EUR" }),
  ]);
  await setTeamBudget({ caller: CLI_CALLER, team: "payments", amount: "180" });
  await setTeamBudget({ caller: CLI_CALLER, team: "search", amount: "60" });
});

describe("teamOutlook", () => {
  it("gives each team its month against its budget, its anomaly check and its forecast", async () => {
    const { teams, warnAt, overAt } = await teamOutlook(await costScope(CLI_CALLER, "2026-07"));
    expect([warnAt, overAt]).toEqual([0.8, 1]);
    expect(teams.map((t) => [t.team, t.spent, t.budget?.status, t.anomaly?.anomaly])).toEqual([
      ["payments", 200n * UNIT, "over", true],
      ["search", 50n * UNIT, "warning", false],
    ]);
    expect(teams[0]!.anomaly!.expected!.mean).toBe(100);
    expect(teams[1]!.forecast.points.map((p) => [p.month, p.cost])).toEqual([
      ["2026-08", 50],
      ["2026-09", 50],
      ["2026-10", 50],
    ]);
  });

  it("shows a token limited to one team that team only; the total's anomaly is the sum's (flat history: above its mean by more than 50%)", async () => {
    const { teams } = await teamOutlook(await costScope(paymentsOnly, "2026-07"));
    expect(teams.map((t) => t.team)).toEqual(["payments"]);
    const total = await totalOutlook(await costScope(CLI_CALLER, "2026-07"));
    expect(total.anomalies.find((a) => a.month === "2026-07")).toMatchObject({ cost: 250, anomaly: true, reasons: ["aboveMean"] });
  });
});

describe("costScope", () => {
  it("reads every team's months once, in the currency most lines use, and its sums are the SQL sums", async () => {
    const scope = await costScope(CLI_CALLER, "2026-07");
    expect([scope.currency, scope.otherCurrencies, scope.historyFrom]).toEqual(["USD", ["EUR"], "2025-02"]);
    const sql = groupedCosts({ fromMonth: "2025-02", toMonth: "2026-07", teams: null, currency: "USD" }, ["team"]);
    expect(scope.teamSums).toEqual(sql);
    expect(scope.teamSums).toHaveLength(14);
    // The breakdown and the series by team come from the scope and equal what a read of their own gives.
    expect(showbackIn(scope, { groupBy: "team" }).total).toMatchObject({ current: 250n * UNIT, previous: 150n * UNIT });
    expect(showbackIn(scope, { groupBy: "team" }).rows).toEqual(showbackIn({ ...scope, historyFrom: "9999-12" }, { groupBy: "team" }).rows);
    expect(showbackSeries(scope, "team")).toEqual(showbackSeries({ ...scope, historyFrom: "9999-12" }, "team"));
    const limited = await costScope(paymentsOnly, "2026-07");
    expect([limited.currency, limited.otherCurrencies, new Set(limited.teamSums.map((sum) => sum.key))]).toEqual(["USD", [], new Set(["payments"])]);
  });
});

describe("drill-down, service and chargeback reads", () => {
  it("filters the breakdown to one team and one service", async () => {
    const bySignal = await showback(CLI_CALLER, { month: "2026-07", groupBy: "signal", team: "payments", service: "checkout" });
    expect(bySignal.rows).toEqual([{ key: "logs", cost: 200n * UNIT, share: 1, previousCost: 100n * UNIT }]);
    expect(bySignal.total).toMatchObject({ current: 200n * UNIT, previous: 100n * UNIT, ratio: 1 });
    expect((await showback(CLI_CALLER, { month: "2026-07", groupBy: "service", team: "nobody" })).rows).toEqual([]);
  });

  it("reads a service's newest month, and nothing for a service without costs", async () => {
    expect(await serviceCosts(CLI_CALLER, "indexer")).toMatchObject({ month: "2026-07", currency: "USD", bySignal: [{ key: "metrics", cost: 50n * UNIT }] });
    expect(await serviceCosts(CLI_CALLER, "unknown-service")).toBeNull();
    expect(await serviceCosts(paymentsOnly, "indexer")).toBeNull();
  });

  it("gives chargeback lines per team, signal and cost type with the team's budget", async () => {
    expect(await chargeback(CLI_CALLER, "2026-07")).toEqual({
      month: "2026-07",
      currency: "USD",
      lines: [
        { team: "payments", month: "2026-07", signal: "logs", costType: "ingest", cost: 200n * UNIT, currency: "USD", budget: 180n * UNIT },
        { team: "search", month: "2026-07", signal: "metrics", costType: "ingest", cost: 50n * UNIT, currency: "USD", budget: 60n * UNIT },
      ],
    });
  });
});
