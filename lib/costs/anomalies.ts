// Cost anomalies: a month far outside the months before it. Keel's rule (lib/costs/policy.ts, configurable): a month is an
// anomaly when its cost is more than k·σ from the mean of the N trailing months (k = 3, N = 6), or more than p above that
// mean (p = 50%). Both comparisons are strict: exactly 3σ or exactly +50% is not an anomaly.
//
// σ is the population standard deviation of the N trailing months (divided by N, not N − 1): the window is the whole
// reference we compare against, not a sample of a larger one. A month is judged only once it has N full trailing months
// of history; months before the first month with cost do not count as history (a new team is not judged against zeros),
// but months without cost after it do count, as 0.
// A flat history (σ = 0) has no spread to measure against: the σ rule would flag a change of one cent, so it is skipped
// and only the above-mean rule applies. A history of zeros (mean 0) flags any cost above 0 by that rule.
import type { CostPolicy } from "./policy";
import { monthRange, monthsBetween, type GroupedCost } from "./showback";
import { nanosToNumber } from "./money";
import type { Nanos } from "./types";

export type AnomalyRule = Pick<CostPolicy, "anomalySigma" | "anomalyTrailingMonths" | "anomalyAboveMean">;
export type AnomalyReason = "sigma" | "aboveMean";

export type MonthCost = { month: string; cost: Nanos };

export type AnomalyCheck = {
  month: string;
  /** The month's cost in currency units. */
  cost: number;
  /** The trailing months' statistics and the range outside which the month is an anomaly; null while history is too short. */
  expected: { mean: number; sigma: number; low: number; high: number } | null;
  anomaly: boolean;
  /** Why: beyond k·σ ("sigma", either side) and/or more than p above the mean ("aboveMean"). Empty when not an anomaly. */
  reasons: AnomalyReason[];
  /** Above or below the mean, for anomalies. */
  direction: "above" | "below" | null;
};

/** Judges one month's cost (currency units) against its trailing months (currency units, oldest first). */
export function judgeMonth(month: string, cost: number, trailing: readonly number[], rule: AnomalyRule): AnomalyCheck {
  if (trailing.length < rule.anomalyTrailingMonths || trailing.length === 0) return { month, cost, expected: null, anomaly: false, reasons: [], direction: null };
  const window = trailing.slice(-rule.anomalyTrailingMonths);
  const mean = window.reduce((sum, value) => sum + value, 0) / window.length;
  const sigma = Math.sqrt(window.reduce((sum, value) => sum + (value - mean) ** 2, 0) / window.length);
  const aboveMeanLimit = mean * (1 + rule.anomalyAboveMean);
  const reasons: AnomalyReason[] = [];
  if (sigma > 0 && Math.abs(cost - mean) > rule.anomalySigma * sigma) reasons.push("sigma");
  if (cost > aboveMeanLimit) reasons.push("aboveMean");
  const high = sigma > 0 ? Math.min(mean + rule.anomalySigma * sigma, aboveMeanLimit) : aboveMeanLimit;
  const low = sigma > 0 ? Math.max(0, mean - rule.anomalySigma * sigma) : 0;
  const anomaly = reasons.length > 0;
  return { month, cost, expected: { mean, sigma, low, high }, anomaly, reasons, direction: anomaly ? (cost >= mean ? "above" : "below") : null };
}

/**
 * Every month from the first month with cost through `last` (default: the last month given), judged against its trailing
 * months. Months missing from `points` cost 0; repeated months are added.
 */
export function detectAnomalies(points: readonly MonthCost[], rule: AnomalyRule, last?: string): AnomalyCheck[] {
  const sums = new Map<string, Nanos>();
  for (const point of points) sums.set(point.month, (sums.get(point.month) ?? 0n) + point.cost);
  const withCost = [...sums.entries()].filter(([, cost]) => cost !== 0n).map(([month]) => month).sort();
  const first = withCost[0];
  const end = last ?? [...sums.keys()].sort().at(-1);
  if (first === undefined || end === undefined || end < first) return [];
  const months = monthRange(end, monthsBetween(first, end) + 1);
  const costs = months.map((month) => nanosToNumber(sums.get(month) ?? 0n));
  return months.map((month, i) => judgeMonth(month, costs[i]!, costs.slice(0, i), rule));
}

/** Anomaly checks per key (team, service…) from grouped sums, through `last`. */
export function detectAnomaliesByKey(rows: readonly GroupedCost[], rule: AnomalyRule, last?: string): Map<string, AnomalyCheck[]> {
  const byKey = new Map<string, MonthCost[]>();
  for (const row of rows) {
    const list = byKey.get(row.key) ?? [];
    list.push({ month: row.month, cost: row.costNanos });
    byKey.set(row.key, list);
  }
  const end = last ?? rows.map((r) => r.month).sort().at(-1);
  return new Map([...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, points]) => [key, detectAnomalies(points, rule, end)]));
}

/** An anomaly month in a list: whose cost it is (null: the total of every team shown) and its check. */
export type ListedAnomaly = { key: string | null; check: AnomalyCheck };

/**
 * The anomaly months from `fromMonth` on, of the total and of each key, newest month first; within a month the total
 * comes first, then the keys in order.
 */
export function listAnomalies(total: readonly AnomalyCheck[], byKey: ReadonlyMap<string, readonly AnomalyCheck[]>, fromMonth: string): ListedAnomaly[] {
  const listed: ListedAnomaly[] = [];
  const add = (key: string | null, checks: readonly AnomalyCheck[]) => {
    for (const check of checks) if (check.anomaly && check.month >= fromMonth) listed.push({ key, check });
  };
  add(null, total);
  for (const key of [...byKey.keys()].sort()) add(key, byKey.get(key)!);
  const rank = (entry: ListedAnomaly) => (entry.key === null ? "" : `\u0001${entry.key}`);
  return listed.sort((a, b) => (a.check.month !== b.check.month ? (a.check.month < b.check.month ? 1 : -1) : rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}
