// Showback reads: SQL sums over cost_records, grouped by month and up to three dimensions, for a range of months.
// Money stays exact: every statement runs with safe integers, so SUM(cost_nanos) arrives as a bigint however large it
// grows. Every read scans cost_records_showback_idx (migration 0011), which covers the columns they read, so a sum over
// 100,000 lines never looks up a row.
import "server-only";
import type Database from "better-sqlite3";
import type { ShowbackGroupBy } from "@/lib/costs/types";
import { getConnection } from "../client";

/** The dimensions a sum may be grouped by: the showback's breakdowns plus the tool that billed it. */
export type CostDimension = ShowbackGroupBy | "tool";

const COLUMN: Record<CostDimension, string> = {
  team: "team",
  service: "service",
  signal: "signal",
  environment: "environment",
  costType: "cost_type",
  tool: "tool",
};

/** Which records a read covers: months `from`–`to` inclusive ("2026-01"), optionally only some teams, one service, one currency. */
export type CostFilter = {
  fromMonth: string;
  toMonth: string;
  /** Team slugs the reader may see; null for every team. An empty list matches nothing. */
  teams: readonly string[] | null;
  team?: string;
  service?: string;
  currency?: string;
};

/** A sum of one group: its month, the values of the dimensions asked for (in order) and its exact cost. */
export type CostSum = { month: string; keys: string[]; costNanos: bigint };

const statements = new Map<string, { db: Database.Database; statement: Database.Statement }>();

// One prepared statement per SQL text (the filters vary, so they are few), with safe integers on.
function prepared(sql: string): Database.Statement {
  const { sqlite } = getConnection();
  const cached = statements.get(sql);
  if (cached && cached.db === sqlite) return cached.statement;
  const statement = sqlite.prepare(sql).safeIntegers(true);
  statements.set(sql, { db: sqlite, statement });
  return statement;
}

function where(filter: CostFilter): { clause: string; params: string[] } {
  const parts = ["month >= ?", "month <= ?"];
  const params = [filter.fromMonth, filter.toMonth];
  if (filter.teams !== null) {
    if (filter.teams.length === 0) parts.push("0");
    else {
      parts.push(`team IN (${filter.teams.map(() => "?").join(", ")})`);
      params.push(...filter.teams);
    }
  }
  if (filter.team !== undefined) {
    parts.push("team = ?");
    params.push(filter.team);
  }
  if (filter.service !== undefined) {
    parts.push("service = ?");
    params.push(filter.service);
  }
  if (filter.currency !== undefined) {
    parts.push("currency = ?");
    params.push(filter.currency);
  }
  return { clause: parts.join(" AND "), params };
}

/** Exact cost sums per month and per combination of `dimensions` (none: one sum per month), months in order. */
export function costSums(filter: CostFilter, dimensions: readonly CostDimension[]): CostSum[] {
  const { clause, params } = where(filter);
  const columns = dimensions.map((dimension, i) => `${COLUMN[dimension]} AS k${i}`);
  const groups = ["month", ...dimensions.map((dimension) => COLUMN[dimension])].join(", ");
  const sql = `SELECT month, ${[...columns, "SUM(cost_nanos) AS cost"].join(", ")} FROM cost_records INDEXED BY cost_records_showback_idx WHERE ${clause} GROUP BY ${groups} ORDER BY ${groups}`;
  const rows = prepared(sql).all(...params) as Record<string, string | bigint>[];
  return rows.map((row) => ({ month: row.month as string, keys: dimensions.map((_, i) => row[`k${i}`] as string), costNanos: row.cost as bigint }));
}

/** Per month, currency and team: how many records and their exact cost. One pass in the index's own order (no sort). */
export function teamCurrencySums(filter: CostFilter): { month: string; currency: string; team: string; records: number; costNanos: bigint }[] {
  const { clause, params } = where(filter);
  const sql = `SELECT month, currency, team, COUNT(*) AS records, SUM(cost_nanos) AS cost FROM cost_records INDEXED BY cost_records_showback_idx
    WHERE ${clause} GROUP BY month, currency, team ORDER BY month, currency, team`;
  const rows = prepared(sql).all(...params) as { month: string; currency: string; team: string; records: bigint; cost: bigint }[];
  return rows.map((row) => ({ month: row.month, currency: row.currency, team: row.team, records: Number(row.records), costNanos: row.cost }));
}

/** Usage per month, signal and unit: the quantity, and the exact cost of the lines that carry it (lines without usage left out). */
export function usageSums(filter: CostFilter): { month: string; signal: string; unit: string; quantity: number; costNanos: bigint }[] {
  const { clause, params } = where(filter);
  const sql = `SELECT month, signal, usage_unit AS unit, TOTAL(usage_quantity) AS quantity, SUM(cost_nanos) AS cost FROM cost_records INDEXED BY cost_records_showback_idx
    WHERE ${clause} AND usage_unit IS NOT NULL AND usage_quantity IS NOT NULL GROUP BY month, signal, usage_unit ORDER BY month, signal, usage_unit`;
  const rows = prepared(sql).all(...params) as { month: string; signal: string; unit: string; quantity: number; cost: bigint }[];
  return rows.map((row) => ({ month: row.month, signal: row.signal, unit: row.unit, quantity: Number(row.quantity), costNanos: row.cost }));
}

/** The months that have cost records (of the given teams, of one service when given), newest first. */
export function costMonths(teams: readonly string[] | null, service?: string): string[] {
  const { clause, params } = where({ fromMonth: "0000-01", toMonth: "9999-12", teams, service });
  const rows = prepared(`SELECT DISTINCT month FROM cost_records INDEXED BY cost_records_showback_idx WHERE ${clause} ORDER BY month DESC`).all(...params) as { month: string }[];
  return rows.map((row) => row.month);
}
