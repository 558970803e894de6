// Showback arithmetic over grouped sums: a month's breakdown with shares and last month's cost, the total and its
// month-over-month change, 12-month series for stacked bars, the top cost drivers and unit costs. Pure: the queries sum
// cost_records by (key, month) with SQL; everything derived from those sums is computed here, exactly, in bigint.
import { addMonths, format, parse } from "date-fns";
import type { Nanos } from "./types";

/** One grouped sum: the cost of `key` (a team, service, signal, environment or cost type) in `month` ("2026-11"). */
export type GroupedCost = { key: string; month: string; costNanos: Nanos };

export type BreakdownRow = {
  key: string;
  cost: Nanos;
  /** cost ÷ the month's total, 0 when the total is 0. The shares of a month add up to 1 (but for float rounding). */
  share: number;
  /** The key's cost in the month before (0n when it had none). */
  previousCost: Nanos;
};

export type MonthChange = {
  current: Nanos;
  previous: Nanos;
  /** current − previous. */
  change: Nanos;
  /** change ÷ previous; null when the previous month has no cost (a ratio to nothing is undefined, not infinite). */
  ratio: number | null;
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function assertMonth(month: string): void {
  if (!MONTH.test(month)) throw new RangeError(`month must be YYYY-MM, not ${JSON.stringify(month)}`);
}

/** The calendar month `offset` months from `month` ("2026-01", −1 → "2025-12"). Month strings carry no time zone. */
export function shiftMonth(month: string, offset: number): string {
  assertMonth(month);
  return format(addMonths(parse(`${month}-01`, "yyyy-MM-dd", new Date(2000, 0, 1)), offset), "yyyy-MM");
}

/** How many months `to` is after `from` ("2025-11" → "2026-02" is 3; negative when before). */
export function monthsBetween(from: string, to: string): number {
  assertMonth(from);
  assertMonth(to);
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from);
}

/** The `count` months ending with `last`, oldest first. */
export function monthRange(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(last, i - count + 1));
}

/** Exact ratio of two bigint sums as a number; 0 when the denominator is 0. */
export function ratio(part: Nanos, whole: Nanos): number {
  if (whole === 0n) return 0;
  return Number(part) / Number(whole);
}

function sumsBy(rows: readonly GroupedCost[], month: string): Map<string, Nanos> {
  const sums = new Map<string, Nanos>();
  for (const row of rows) if (row.month === month) sums.set(row.key, (sums.get(row.key) ?? 0n) + row.costNanos);
  return sums;
}

function total(rows: readonly GroupedCost[], month: string): Nanos {
  let sum = 0n;
  for (const row of rows) if (row.month === month) sum += row.costNanos;
  return sum;
}

/**
 * The breakdown of `month`: one row per key with a cost in that month (keys with cost only in the month before are left
 * out; their drop shows in the drivers), largest cost first, ties by key. Rows may repeat a (key, month): they are added.
 */
export function breakdown(rows: readonly GroupedCost[], month: string): BreakdownRow[] {
  assertMonth(month);
  const current = sumsBy(rows, month);
  const previous = sumsBy(rows, shiftMonth(month, -1));
  const sum = total(rows, month);
  return [...current.entries()]
    .map(([key, cost]) => ({ key, cost, share: ratio(cost, sum), previousCost: previous.get(key) ?? 0n }))
    .sort((a, b) => (a.cost === b.cost ? a.key.localeCompare(b.key) : a.cost > b.cost ? -1 : 1));
}

/** The month's total against the month before. */
export function monthOverMonth(rows: readonly GroupedCost[], month: string): MonthChange {
  assertMonth(month);
  const current = total(rows, month);
  const previous = total(rows, shiftMonth(month, -1));
  const change = current - previous;
  return { current, previous, change, ratio: previous === 0n ? null : ratio(change, previous) };
}

export type MonthSeries = {
  /** Oldest first, every month present. */
  months: string[];
  /** Keys by their total over the months, largest first. */
  keys: string[];
  /** One point per month: the month, its total and each key's cost (0n when it had none). */
  points: { month: string; total: Nanos; costs: Record<string, Nanos> }[];
};

/** The `count` (default 12) months ending with `last`, zeros filled for keys and months without cost, for stacked bars. */
export function monthlySeries(rows: readonly GroupedCost[], last: string, count = 12): MonthSeries {
  const months = monthRange(last, count);
  const inRange = new Set(months);
  const keyTotals = new Map<string, Nanos>();
  for (const row of rows) if (inRange.has(row.month)) keyTotals.set(row.key, (keyTotals.get(row.key) ?? 0n) + row.costNanos);
  const keys = [...keyTotals.entries()].sort((a, b) => (a[1] === b[1] ? a[0].localeCompare(b[0]) : a[1] > b[1] ? -1 : 1)).map(([key]) => key);
  const points = months.map((month) => {
    const sums = sumsBy(rows, month);
    const costs: Record<string, Nanos> = {};
    let sum = 0n;
    for (const key of keys) {
      const cost = sums.get(key) ?? 0n;
      costs[key] = cost;
      sum += cost;
    }
    return { month, total: sum, costs };
  });
  return { months, keys, points };
}

export type CostDriver = BreakdownRow & {
  /** cost − previousCost: positive for growth, negative for a drop. */
  change: Nanos;
  /** change ÷ previousCost; null when the key had no cost the month before (new spend). */
  changeRatio: number | null;
};

/**
 * The top cost drivers of `month`: the keys whose cost grew most against the month before, by absolute increase (largest
 * first, ties by the larger cost, then key). Only keys that grew are drivers; when fewer than `limit` grew (a flat or
 * falling month), the rest of the list is filled with the largest costs of the month that did not grow, so a month always
 * shows what it is spent on. Keys whose cost fell to zero are not listed (they are not in the breakdown).
 */
export function topDrivers(rows: readonly GroupedCost[], month: string, limit = 5): CostDriver[] {
  const drivers = breakdown(rows, month).map((row) => {
    const change = row.cost - row.previousCost;
    return { ...row, change, changeRatio: row.previousCost === 0n ? null : ratio(change, row.previousCost) };
  });
  const grew = drivers
    .filter((d) => d.change > 0n)
    .sort((a, b) => (a.change !== b.change ? (a.change > b.change ? -1 : 1) : a.cost !== b.cost ? (a.cost > b.cost ? -1 : 1) : a.key.localeCompare(b.key)));
  const rest = drivers.filter((d) => d.change <= 0n); // already largest cost first
  return [...grew, ...rest].slice(0, Math.max(0, limit));
}

/** A unit cost: per GB (ingested or stored), per million spans, per active series, per million requests. */
export type UnitCost = {
  unit: string;
  cost: Nanos;
  quantity: number;
  /** Currency units per unit; null when the quantity is 0. */
  perUnit: number | null;
};

/**
 * Cost per unit: cost ÷ quantity, in currency units per unit, null when the quantity is 0 (or not a finite positive
 * number). Cost per million requests passes the month's requests ÷ 1,000,000 as the quantity (see perMillionRequests).
 */
export function unitCost(cost: Nanos, quantity: number, unit: string): UnitCost {
  const perUnit = Number.isFinite(quantity) && quantity > 0 ? Number(cost) / 1e9 / quantity : null;
  return { unit, cost, quantity, perUnit };
}

/** Cost per million requests from a raw request count. */
export function perMillionRequests(cost: Nanos, requests: number): UnitCost {
  return unitCost(cost, requests / 1_000_000, "million requests");
}

/** Grouped usage: the quantity and the cost of the lines that carry it, per unit (one row per unit, or several to add). */
export type UsageSum = { unit: string; quantity: number; costNanos: Nanos };

/** Unit costs per usage unit, largest cost first. Only the cost of lines measured in that unit is divided by it. */
export function unitCosts(usage: readonly UsageSum[]): UnitCost[] {
  const byUnit = new Map<string, { quantity: number; cost: Nanos }>();
  for (const row of usage) {
    const sum = byUnit.get(row.unit) ?? { quantity: 0, cost: 0n };
    sum.quantity += row.quantity;
    sum.cost += row.costNanos;
    byUnit.set(row.unit, sum);
  }
  return [...byUnit.entries()]
    .map(([unit, { quantity, cost }]) => unitCost(cost, quantity, unit))
    .sort((a, b) => (a.cost === b.cost ? a.unit.localeCompare(b.unit) : a.cost > b.cost ? -1 : 1));
}
