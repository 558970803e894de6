// A team's month against its monthly budget: "ok", "warning" from budgetWarnAt of the budget (Keel default 80%), "over"
// from budgetOverAt (default 100%). Both thresholds are reached inclusively: exactly 80% is "warning", exactly 100% is
// "over". Comparisons are exact (bigint, thresholds taken to a millionth), so a figure on the line lands the same way
// every time.
import type { CostPolicy } from "./policy";
import { ratio } from "./showback";
import type { Nanos } from "./types";

export type BudgetState = "ok" | "warning" | "over";
export type BudgetThresholds = Pick<CostPolicy, "budgetWarnAt" | "budgetOverAt">;

export type BudgetStatus = {
  status: BudgetState;
  spent: Nanos;
  budget: Nanos;
  /** spent ÷ budget (1 = all of it); null for a zero budget. */
  used: number | null;
  /** budget − spent; negative when over. */
  remaining: Nanos;
};

const SCALE = 1_000_000n;
const atLeast = (spent: Nanos, budget: Nanos, share: number) => spent * SCALE >= budget * BigInt(Math.round(share * 1_000_000));

/** The status of `spent` against `budget`. A zero budget is "over" as soon as anything is spent. */
export function budgetStatus(spent: Nanos, budget: Nanos, thresholds: BudgetThresholds): BudgetStatus {
  const remaining = budget - spent;
  if (budget <= 0n) return { status: spent > 0n ? "over" : "ok", spent, budget, used: null, remaining };
  const status: BudgetState = atLeast(spent, budget, thresholds.budgetOverAt) ? "over" : atLeast(spent, budget, thresholds.budgetWarnAt) ? "warning" : "ok";
  return { status, spent, budget, used: ratio(spent, budget), remaining };
}

/** The UTC start and end (epoch ms) of a calendar month "YYYY-MM"; cost records' months are UTC months. */
export function monthBounds(month: string): { start: number; end: number } {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1;
  if (!/^\d{4}-\d{2}$/.test(month) || index < 0 || index > 11) throw new RangeError(`month must be YYYY-MM, not ${JSON.stringify(month)}`);
  return { start: Date.UTC(year, index, 1), end: Date.UTC(year, index + 1, 1) };
}

/**
 * The month-end cost projected from what is spent so far, linear in elapsed time: spent × (month length ÷ time elapsed),
 * where time elapsed runs from the UTC start of the month to `asOf` (epoch ms). Pass as `asOf` the end of the data, not
 * the clock: the latest imported period end in the month (daily lines end at midnight UTC), so a month imported through
 * yesterday is not projected as if today had been spent already. A finished month (asOf at or after its end) projects to
 * what it spent; a month not begun (asOf at or before its start) has no projection (null).
 */
export function projectMonthEnd(spent: Nanos, month: string, asOf: number): Nanos | null {
  const { start, end } = monthBounds(month);
  if (asOf >= end) return spent;
  if (asOf <= start) return null;
  return (spent * BigInt(end - start)) / BigInt(Math.round(asOf - start));
}
