// Minute SLI data, reading: window aggregates from two index seeks, running-sum snapshots for charts, lookups and sizes.
// Writing (ingest, bulk loads, recomputation, retention) is in sli-write.ts; the shared statements in sli-store.ts.
import "server-only";
import type Database from "better-sqlite3";
import { emptyAggregate, subtractAggregates, type WindowAggregate } from "@/lib/slo/math";
import { getConnection } from "../client";
import { baseOf, CUM_COLUMNS, cumBeforeOn, MAX_SERIES_POINTS, statements, toAggregate, type Cum, type Statements } from "./sli-store";

export type MinuteRange = { fromMinute: number; toMinute: number };

// One statement per boundary count: a status read's ~9 seeks cost one call into SQLite instead of nine.
type ManyRow = [k: number, minute: number, ...Cum];
const manyStatementCache = new WeakMap<Database.Database, Map<number, Database.Statement<number[], ManyRow>>>();

function cumBeforeManyStatement(s: Statements, count: number): Database.Statement<number[], ManyRow> {
  let byCount = manyStatementCache.get(s.sqlite);
  if (!byCount) manyStatementCache.set(s.sqlite, (byCount = new Map()));
  let statement = byCount.get(count);
  if (!statement) {
    const parts = Array.from(
      { length: count },
      (_, i) => `SELECT * FROM (SELECT ${i} AS k, minute, ${CUM_COLUMNS} FROM sli_minutes WHERE slo_id = ? AND minute < ? ORDER BY minute DESC LIMIT 1)`,
    );
    statement = s.sqlite.prepare<number[], ManyRow>(parts.join(" UNION ALL ")).raw();
    byCount.set(count, statement);
  }
  return statement;
}

/** cumulativeBeforeSync for several boundaries of one SLO in one round trip; results in the order given. */
/**
 * Each boundary's running sums and the minute of the row they came from (null when no stored row lies
 * before it). Rows exist only for minutes with total > 0 (the write path deletes or skips empty ones),
 * so the row before minute m + 1 is the newest minute with data at or before m.
 */
export function seekBoundariesSync(sloId: number, minutes: readonly number[]): { aggregates: WindowAggregate[]; rowMinutes: (number | null)[] } {
  if (minutes.length === 0) return { aggregates: [], rowMinutes: [] };
  const s = statements();
  const out = new Array<WindowAggregate | undefined>(minutes.length);
  const rowMinutes = new Array<number | null>(minutes.length).fill(null);
  const args = minutes.flatMap((minute) => [sloId, minute]);
  for (const row of cumBeforeManyStatement(s, minutes.length).all(...args)) {
    out[row[0]] = toAggregate(row.slice(2) as Cum, 0);
    rowMinutes[row[0]] = row[1];
  }
  let base: WindowAggregate | undefined;
  return { aggregates: out.map((aggregate) => aggregate ?? (base ??= baseOf(s, sloId, undefined))), rowMinutes };
}

/** The SLO's first minute with data (epoch minutes), null when it has none: where its warm-up starts. */
export function firstDataMinuteSync(sloId: number): number | null {
  return statements().firstRow.get(sloId)?.[0] ?? null;
}

/** Sums over all of the SLO's minutes before `minute` (epoch minutes); synchronous for hot loops. */
export function cumulativeBeforeSync(sloId: number, minute: number): WindowAggregate {
  return cumBeforeOn(statements(), sloId, minute);
}

export async function cumulativeBefore(sloId: number, minute: number): Promise<WindowAggregate> {
  return cumulativeBeforeSync(sloId, minute);
}

/** Aggregate of the minutes m with fromMinute ≤ m < toMinute. */
export async function windowAggregate(sloId: number, fromMinute: number, toMinute: number): Promise<WindowAggregate> {
  return windowAggregatesSync(sloId, [{ fromMinute, toMinute }])[0]!;
}

/** Several windows of one SLO; each distinct boundary costs one seek (status windows all end at t). */
export async function windowAggregates(sloId: number, ranges: readonly MinuteRange[]): Promise<WindowAggregate[]> {
  return windowAggregatesSync(sloId, ranges);
}

function windowAggregatesSync(sloId: number, ranges: readonly MinuteRange[]): WindowAggregate[] {
  const s = statements();
  const seen = new Map<number, WindowAggregate>();
  const before = (minute: number): WindowAggregate => {
    let cum = seen.get(minute);
    if (!cum) {
      cum = cumBeforeOn(s, sloId, minute);
      seen.set(minute, cum);
    }
    return cum;
  };
  return ranges.map(({ fromMinute, toMinute }) =>
    fromMinute >= toMinute ? emptyAggregate() : subtractAggregates(before(toMinute), before(fromMinute)),
  );
}

/**
 * Running-sum snapshots at fromMinute, fromMinute + step, … and at toMinute, for charts: the
 * aggregate between two snapshots (or of a window ending at one) is the difference of their `cum`.
 */
export async function sliSeries(
  sloId: number,
  fromMinute: number,
  toMinute: number,
  stepMinutes: number,
): Promise<{ minute: number; cum: WindowAggregate }[]> {
  if (!(Number.isInteger(stepMinutes) && stepMinutes > 0)) throw new RangeError(`stepMinutes must be a positive integer, got ${stepMinutes}`);
  if (toMinute < fromMinute) return [];
  if ((toMinute - fromMinute) / stepMinutes > MAX_SERIES_POINTS) {
    throw new RangeError(`A series holds at most ${MAX_SERIES_POINTS} points; use a larger step`);
  }
  const s = statements();
  const series: { minute: number; cum: WindowAggregate }[] = [];
  for (let minute = fromMinute; minute <= toMinute; minute += stepMinutes) series.push({ minute, cum: cumBeforeOn(s, sloId, minute) });
  if (series[series.length - 1]!.minute !== toMinute) series.push({ minute: toMinute, cum: cumBeforeOn(s, sloId, toMinute) });
  return series;
}

export type SloOwner = { id: number; slug: string; timesliceTarget: number | null; teamId: number; teamSlug: string };

/** SLO ids, timeslice targets and owning teams by slug, in one statement; slugs that name no SLO are absent. */
export async function resolveSlos(slugs: readonly string[]): Promise<Map<string, SloOwner>> {
  const resolved = new Map<string, SloOwner>();
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return resolved;
  for (const row of statements().slosBySlug.all(JSON.stringify(unique))) {
    resolved.set(row.slug, { id: row.id, slug: row.slug, timesliceTarget: row.timeslice_target, teamId: row.team_id, teamSlug: row.team_slug });
  }
  return resolved;
}

/** Bytes that sli_minutes (its B-tree and any index on it) takes on disk; the whole database's size if dbstat is missing. */
export async function sliStorageBytes(): Promise<number> {
  const { sqlite } = getConnection();
  try {
    const bytes = sqlite
      .prepare<[], number | null>("SELECT sum(pgsize) FROM dbstat WHERE name IN (SELECT name FROM sqlite_schema WHERE tbl_name = 'sli_minutes')")
      .pluck()
      .get();
    return bytes ?? 0;
  } catch {
    // SQLite built without SQLITE_ENABLE_DBSTAT_VTAB: the database file size is an upper bound.
    const pageCount = sqlite.pragma("page_count", { simple: true }) as number;
    const pageSize = sqlite.pragma("page_size", { simple: true }) as number;
    return pageCount * pageSize;
  }
}

/** The SLO's latest stored minute (epoch minutes), or null without data. */
export function lastSliMinute(sloId: number): number | null {
  return statements().lastRow.get(sloId)?.[0] ?? null;
}

/** The SLO's oldest stored minute at or after `minute` (epoch minutes), or null: where a chart's line starts. */
export function firstSliMinuteFrom(sloId: number, minute: number): number | null {
  const { sqlite } = getConnection();
  const row = sqlite.prepare("SELECT minute FROM sli_minutes WHERE slo_id = ? AND minute >= ? ORDER BY minute LIMIT 1").get(sloId, minute) as { minute: number } | undefined;
  return row?.minute ?? null;
}

/** How many minutes with data an SLO holds (what a delete would lose). */
export async function countSliMinutes(sloId: number): Promise<number> {
  const { sqlite } = getConnection();
  return (sqlite.prepare("SELECT count(*) AS n FROM sli_minutes WHERE slo_id = ?").get(sloId) as { n: number }).n;
}
