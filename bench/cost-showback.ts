// Phase (k): the showback page of a month over 100,000 cost lines. The lines (daily FOCUS-like lines of 20 teams, 100
// services, every signal, cost type and three environments, spread over 12 months) go straight into the tables; the timed
// read is everything the /costs page renders for the newest month: the months to pick from, the total and its change, the breakdown by team, the
// 12-month series with the total's anomalies and forecast, each team's budget, anomaly and forecast, the top drivers and
// the unit costs.
import { performance } from "node:perf_hooks";
import { CLI_CALLER } from "@/lib/access/caller";
import { formatNanos } from "@/lib/costs/money";
import { monthRange } from "@/lib/costs/showback";
import { COST_TYPES, SIGNALS, type CostRecord } from "@/lib/costs/types";
import { teamOutlook, totalOutlook } from "@/lib/server/costs/outlook";
import { costMonthsFor, costPerMillionRequests, costScope, showbackDrivers, showbackIn, showbackSeries, showbackUnitCosts } from "@/lib/server/costs/showback";
import { costLine, insertCostLines } from "@/lib/testing/cost-fixtures";
import { envInt, percentile } from "./common";

export const SHOWBACK_RECORDS = envInt("KEEL_BENCH_COST_RECORDS", 100_000);
const TEAMS = 20;
const SERVICES = 100;
const MONTHS = 12;
const LAST_MONTH = "2026-10";
const WARM_UP = 3;
const TIMED = 20;
const ENVIRONMENTS = ["production", "staging", "development"] as const;
const UNITS = ["GB", "GB-Mo", "million spans", "active series", null] as const;

export type ShowbackBenchResult = { records: number; loadSeconds: number; month: string; totalCost: string; p50Ms: number; p95Ms: number; runs: number };

function lines(): CostRecord[] {
  const records: CostRecord[] = [];
  const months = monthRange(LAST_MONTH, MONTHS);
  for (let i = 0; i < SHOWBACK_RECORDS; i++) {
    const monthIndex = i % MONTHS;
    const month = months[monthIndex]!;
    const service = (i * 7) % SERVICES;
    const unit = UNITS[i % UNITS.length]!;
    const day = Date.parse(`${month}-01T00:00:00Z`) + ((i >> 4) % 28) * 86_400_000;
    records.push(
      costLine({
        month,
        team: `bench-team-${service % TEAMS}`,
        service: `bench-svc-${service}`,
        signal: SIGNALS[i % SIGNALS.length]!,
        costType: COST_TYPES[(i >> 2) % COST_TYPES.length]!,
        environment: ENVIRONMENTS[(i >> 3) % ENVIRONMENTS.length]!,
        periodKind: "day",
        periodStart: day,
        periodEnd: day + 86_400_000,
        usageQuantity: unit ? ((i % 997) + 1) / 10 : null,
        usageUnit: unit,
        // 0.000000001 to ~12.3 currency units with nine decimals, growing over the year.
        costNanos: BigInt(((i * 2_654_435_761) % 12_345_678_901) + 1) + BigInt(monthIndex) * 100_000_000n,
      }),
    );
  }
  return records;
}

/** Everything the /costs page reads for a month (the sections run in parallel on the page; here one after another). */
async function pageReads(month: string): Promise<bigint> {
  await costMonthsFor(CLI_CALLER);
  const scope = await costScope(CLI_CALLER, month);
  const summary = showbackIn(scope, { groupBy: "team" });
  showbackIn(scope, { groupBy: "team" });
  showbackSeries(scope, "team");
  await totalOutlook(scope);
  await teamOutlook(scope);
  showbackDrivers(scope);
  showbackUnitCosts(scope);
  await costPerMillionRequests(scope);
  return summary.total.current;
}

export async function benchCostShowback(): Promise<ShowbackBenchResult> {
  const started = performance.now();
  const all = lines();
  for (let i = 0; i < all.length; i += 20_000) insertCostLines(all.slice(i, i + 20_000));
  const loadSeconds = (performance.now() - started) / 1000;
  const total = await pageReads(LAST_MONTH);
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + TIMED; i++) {
    const t = performance.now();
    await pageReads(LAST_MONTH);
    if (i >= WARM_UP) samples.push(performance.now() - t);
  }
  return { records: all.length, loadSeconds, month: LAST_MONTH, totalCost: formatNanos(total, 2), p50Ms: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), runs: samples.length };
}
