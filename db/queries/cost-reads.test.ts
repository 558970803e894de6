import { beforeAll, describe, expect, it } from "vitest";
import { costLine, insertCostLines } from "@/lib/testing/cost-fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { costMonths, costSums, teamCurrencySums, usageSums } from "./cost-reads";

setUpTempDatabase();

// 4.5 million currency units a line: three of them pass 2^53 nano-units, where a float sum would no longer be exact.
const BIG = 4_500_000_000_000_001n;

beforeAll(() => {
  insertCostLines([
    costLine({ month: "2026-10", team: "payments", service: "checkout", costNanos: 100_000_001n, usageQuantity: 10.5, usageUnit: "GB" }),
    costLine({ month: "2026-10", team: "payments", service: "checkout", signal: "traces", costType: "storage", costNanos: 200_000_002n, usageQuantity: 3, usageUnit: "million spans" }),
    costLine({ month: "2026-11", team: "payments", service: "checkout", costNanos: BIG, usageQuantity: 1.25, usageUnit: "GB" }),
    costLine({ month: "2026-11", team: "payments", service: "ledger", environment: "staging", costNanos: BIG }),
    costLine({ month: "2026-11", team: "search", service: "indexer", signal: "metrics", costNanos: BIG, usageQuantity: 2.25, usageUnit: "GB" }),
    costLine({ month: "2026-11", team: "search", service: "indexer", costNanos: 7n, currency: "EUR" }),
  ]);
});

const all = { fromMonth: "2026-01", toMonth: "2026-12", teams: null };

describe("costSums", () => {
  it("sums each month exactly in bigint, past 2^53 nano-units", () => {
    expect(costSums({ ...all, currency: "USD" }, [])).toEqual([
      { month: "2026-10", keys: [], costNanos: 300_000_003n },
      { month: "2026-11", keys: [], costNanos: 3n * BIG },
    ]);
  });

  it("groups by a dimension and by team × service × signal", () => {
    expect(costSums({ ...all, fromMonth: "2026-11", currency: "USD" }, ["environment"])).toEqual([
      { month: "2026-11", keys: ["production"], costNanos: 2n * BIG },
      { month: "2026-11", keys: ["staging"], costNanos: BIG },
    ]);
    expect(costSums({ ...all, toMonth: "2026-10" }, ["team", "service", "signal"])).toEqual([
      { month: "2026-10", keys: ["payments", "checkout", "logs"], costNanos: 100_000_001n },
      { month: "2026-10", keys: ["payments", "checkout", "traces"], costNanos: 200_000_002n },
    ]);
    expect(costSums({ ...all, toMonth: "2026-10" }, ["costType"]).map((s) => s.keys[0])).toEqual(["ingest", "storage"]);
  });

  it("limits to the teams given, to one team and to one service; an empty team list sees nothing", () => {
    expect(costSums({ ...all, teams: ["search"], currency: "USD" }, ["team"])).toEqual([{ month: "2026-11", keys: ["search"], costNanos: BIG }]);
    expect(costSums({ ...all, team: "payments", service: "ledger" }, [])).toEqual([{ month: "2026-11", keys: [], costNanos: BIG }]);
    expect(costSums({ ...all, teams: [] }, ["team"])).toEqual([]);
  });

  it("has no rows for a month without records", () => {
    expect(costSums({ fromMonth: "2026-12", toMonth: "2026-12", teams: null }, ["team"])).toEqual([]);
  });
});

describe("the other reads", () => {
  it("sums usage per unit with the cost of the lines that carry it", () => {
    expect(usageSums({ ...all, fromMonth: "2026-11", currency: "USD" })).toEqual([
      { month: "2026-11", signal: "logs", unit: "GB", quantity: 1.25, costNanos: BIG },
      { month: "2026-11", signal: "metrics", unit: "GB", quantity: 2.25, costNanos: BIG },
    ]);
  });

  it("counts and sums records per month, currency and team, in that order", () => {
    expect(teamCurrencySums(all)).toEqual([
      { month: "2026-10", currency: "USD", team: "payments", records: 2, costNanos: 300_000_003n },
      { month: "2026-11", currency: "EUR", team: "search", records: 1, costNanos: 7n },
      { month: "2026-11", currency: "USD", team: "payments", records: 2, costNanos: 2n * BIG },
      { month: "2026-11", currency: "USD", team: "search", records: 1, costNanos: BIG },
    ]);
    expect(teamCurrencySums({ ...all, teams: ["search"], fromMonth: "2026-11" }).map((row) => row.currency)).toEqual(["EUR", "USD"]);
  });

  it("lists months newest first", () => {
    expect(costMonths(null)).toEqual(["2026-11", "2026-10"]);
    expect(costMonths(["search"])).toEqual(["2026-11"]);
  });
});
