// The demo's year of observability costs, planned as plain data (no database): the seed's fintech case study over the 12
// full calendar months before "now" (the current month is left out: a month to date would read as a sudden drop on the
// showback and in month-over-month change). The usage comes from demo-costs-model.ts; this file makes the money exact:
// each month's total is a whole number of dollars (the model's, rounded), except the month of the cut, which is exactly
// 20% below the month before ("This alone cut costs by 20%"), and each month's total is shared out over its lines in
// proportion to their model cost, in nano-units, with the remainders to the largest fractions (so the sums are exact).
import type { CostRecord, Nanos } from "@/lib/costs/types";
import { NANOS_PER_UNIT } from "@/lib/costs/types";
import { DEMO_SERVICES } from "./demo-catalog";
import { DEMO_COST_ANOMALY_MONTH, DEMO_COST_CUT_MONTH, demoModelLines, demoRequests, type ModelLine } from "./demo-costs-model";
import { demoCalendar } from "./demo-incidents-plan";

/** Each team's monthly budget in whole USD: Core Banking ends the year over it, Payments (after its anomaly) near it. */
export const DEMO_COST_BUDGETS_USD = { payments: 45_000, streaming: 35_000, platform: 32_000, "core-banking": 32_000 } as const;
export const DEMO_COST_CURRENCY = "USD";
/** The file name the demo's import carries; reseeding skips the import when a batch of this name exists. */
export const DEMO_COST_FILE_NAME = "keel-demo-fintech-costs.json";

export type DemoTraffic = { service: string; month: string; requests: number };
export type DemoCostPlan = {
  /** The 12 demo months, oldest first ("2025-12" … "2026-11"). */
  months: string[];
  records: CostRecord[];
  /** Each month's total in nano-units, in the order of `months`. */
  totals: Nanos[];
  traffic: DemoTraffic[];
  budgets: { team: string; monthlyNanos: Nanos; currency: string }[];
  story: { cutMonth: string; anomalyMonth: string; latestMonth: string };
};

const toNanos = (usd: number): bigint => BigInt(Math.round(usd * 1e9));

/** `total` shared over `weights` in proportion, exactly: floors first, then one nano each to the largest remainders. */
function allocate(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const shares = weights.map((w) => (total * w) / sum);
  let left = total - shares.reduce((a, b) => a + b, 0n);
  const order = weights.map((w, i) => ({ i, rest: (total * w) % sum })).sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left === 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares;
}

/** The model's month total rounded to whole dollars; the cut month is 80% of the month before. */
function monthTotals(lines: readonly ModelLine[][]): bigint[] {
  const totals: bigint[] = [];
  lines.forEach((month, index) => {
    const dollars = BigInt(Math.round(month.reduce((a, l) => a + l.usd, 0)));
    totals.push(index + 1 === DEMO_COST_CUT_MONTH ? (totals[index - 1]! * 4n) / 5n : dollars * NANOS_PER_UNIT);
  });
  return totals;
}

export function demoCostPlan(nowMs: number): DemoCostPlan {
  const calendar = demoCalendar(nowMs);
  const starts = [...calendar.months, calendar.currentMonth];
  const months = calendar.months.map((d) => d.toISOString().slice(0, 7));
  const lines = months.map((_, index) => demoModelLines(index + 1));
  const totals = monthTotals(lines);
  const records: CostRecord[] = [];
  lines.forEach((monthLines, index) => {
    const costs = allocate(totals[index]!, monthLines.map((l) => toNanos(l.usd)));
    monthLines.forEach((line, i) => {
      const { usd: _usd, ...rest } = line;
      void _usd;
      records.push({ ...rest, month: months[index]!, periodKind: "month", periodStart: starts[index]!.getTime(), periodEnd: starts[index + 1]!.getTime(), costNanos: costs[i]!, currency: DEMO_COST_CURRENCY });
    });
  });
  const traffic = months.flatMap((month, index) => DEMO_SERVICES.map((s) => ({ service: s.slug, month, requests: demoRequests(s.slug, index + 1) })));
  const budgets = Object.entries(DEMO_COST_BUDGETS_USD).map(([team, usd]) => ({ team, monthlyNanos: BigInt(usd) * NANOS_PER_UNIT, currency: DEMO_COST_CURRENCY }));
  return { months, records, totals, traffic, budgets, story: { cutMonth: months[DEMO_COST_CUT_MONTH - 1]!, anomalyMonth: months[DEMO_COST_ANOMALY_MONTH - 1]!, latestMonth: months[11]! } };
}
