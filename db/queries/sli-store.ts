// Storage primitives of minute SLI data: the prepared statements and the running-sum arithmetic that reads and writes share.
import "server-only";
import type Database from "better-sqlite3";
import { emptyAggregate, type WindowAggregate } from "@/lib/slo/math";
import { getConnection } from "../client";

/*
 * Every sli_minutes row carries cum_* = sums over the SLO's rows up to and including its minute, so
 * aggregate[from, to) = cumBefore(to) − cumBefore(from). Only differences are meaningful: after
 * retention deletes old rows, the first remaining row's cum_* still include the deleted history.
 * That history (the SLO's "base") is the first row's cum_* minus its own contribution; cumBefore of a
 * minute with no earlier row returns it, so windows reaching before the retained data stay exact.
 */

export type Cum = [cumGood: number, cumTotal: number, cumSlices: number, cumGoodSlices: number, cumRatioSum: number];
export type LastRow = [minute: number, ...Cum];
type FirstRow = [minute: number, good: number, total: number, ...Cum];
type RangeRow = [minute: number, good: number, total: number];
type Nine = [number, number, number, number, number, number, number, number, number];

export type Statements = {
  sqlite: Database.Database;
  /** Scratch bind values for insertMany; safe to share because statements run synchronously. */
  insertValues: number[];
  cumBefore: Database.Statement<[number, number], Cum>;
  firstRow: Database.Statement<[number], FirstRow>;
  lastRow: Database.Statement<[number], LastRow>;
  sloTarget: Database.Statement<[number], [number | null]>;
  insert: Database.Statement<Nine>;
  insertMany: Database.Statement<[number[]]>;
  upsertReplace: Database.Statement<[number, number, number, number]>;
  upsertAdd: Database.Statement<[number, number, number, number]>;
  deleteMinute: Database.Statement<[number, number]>;
  rangeRows: Database.Statement<[number, number, number, number], RangeRow>;
  updateCum: Database.Statement<[number, number, number, number, number, number, number]>;
  shiftTail: Database.Statement<[number, number, number, number, number, number, number]>;
  deleteBefore: Database.Statement<[number, number]>;
  sloIds: Database.Statement<[], [number]>;
  slosBySlug: Database.Statement<[string], { id: number; slug: string; timeslice_target: number | null; team_id: number; team_slug: string }>;
};

export const CUM_COLUMNS = "cum_good, cum_total, cum_slices, cum_good_slices, cum_ratio_sum";
// Rows read per round trip when rewriting running sums, so a year of minutes never sits in memory at once.
export const REWRITE_CHUNK_ROWS = 20_000;
export const MAX_SERIES_POINTS = 10_000;
// Rows per multi-row INSERT on the append path: one statement call per 64 rows runs about twice as fast as one per row.
export const ROWS_PER_INSERT = 64;
const INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Prepared once per connection: preparing costs more than running for one-row seeks and inserts.
const statementCache = new WeakMap<Database.Database, Statements>();

export function statements(): Statements {
  const { sqlite } = getConnection();
  const cached = statementCache.get(sqlite);
  if (cached) return cached;
  const prepared: Statements = {
    sqlite,
    insertValues: new Array<number>(ROWS_PER_INSERT * 9).fill(0),
    cumBefore: sqlite
      .prepare<[number, number], Cum>(`SELECT ${CUM_COLUMNS} FROM sli_minutes WHERE slo_id = ? AND minute < ? ORDER BY minute DESC LIMIT 1`)
      .raw(),
    firstRow: sqlite
      .prepare<[number], FirstRow>(`SELECT minute, good, total, ${CUM_COLUMNS} FROM sli_minutes WHERE slo_id = ? ORDER BY minute ASC LIMIT 1`)
      .raw(),
    lastRow: sqlite.prepare<[number], LastRow>(`SELECT minute, ${CUM_COLUMNS} FROM sli_minutes WHERE slo_id = ? ORDER BY minute DESC LIMIT 1`).raw(),
    sloTarget: sqlite.prepare<[number], [number | null]>("SELECT timeslice_target FROM slos WHERE id = ?").raw(),
    insert: sqlite.prepare<Nine>(
      `INSERT INTO sli_minutes (slo_id, minute, good, total, ${CUM_COLUMNS}) VALUES ${INSERT_ROW}`,
    ),
    insertMany: sqlite.prepare<[number[]]>(
      `INSERT INTO sli_minutes (slo_id, minute, good, total, ${CUM_COLUMNS}) VALUES ${new Array(ROWS_PER_INSERT).fill(INSERT_ROW).join(", ")}`,
    ),
    // Running sums are placeholders here: the rewrite that follows in the same transaction sets them.
    upsertReplace: sqlite.prepare<[number, number, number, number]>(
      `INSERT INTO sli_minutes (slo_id, minute, good, total, ${CUM_COLUMNS}) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0)
       ON CONFLICT (slo_id, minute) DO UPDATE SET good = excluded.good, total = excluded.total`,
    ),
    upsertAdd: sqlite.prepare<[number, number, number, number]>(
      `INSERT INTO sli_minutes (slo_id, minute, good, total, ${CUM_COLUMNS}) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0)
       ON CONFLICT (slo_id, minute) DO UPDATE SET good = good + excluded.good, total = total + excluded.total`,
    ),
    deleteMinute: sqlite.prepare<[number, number]>("DELETE FROM sli_minutes WHERE slo_id = ? AND minute = ?"),
    rangeRows: sqlite
      .prepare<[number, number, number, number], RangeRow>(
        "SELECT minute, good, total FROM sli_minutes WHERE slo_id = ? AND minute > ? AND minute <= ? ORDER BY minute LIMIT ?",
      )
      .raw(),
    updateCum: sqlite.prepare<[number, number, number, number, number, number, number]>(
      "UPDATE sli_minutes SET cum_good = ?, cum_total = ?, cum_slices = ?, cum_good_slices = ?, cum_ratio_sum = ? WHERE slo_id = ? AND minute = ?",
    ),
    // Rows after the last changed minute all move by the same delta: one statement instead of a row-by-row rewrite.
    shiftTail: sqlite.prepare<[number, number, number, number, number, number, number]>(
      `UPDATE sli_minutes SET cum_good = cum_good + ?, cum_total = cum_total + ?, cum_slices = cum_slices + ?,
       cum_good_slices = cum_good_slices + ?, cum_ratio_sum = cum_ratio_sum + ? WHERE slo_id = ? AND minute > ?`,
    ),
    // Per SLO so the delete walks the primary key instead of scanning the whole table.
    deleteBefore: sqlite.prepare<[number, number]>("DELETE FROM sli_minutes WHERE slo_id = ? AND minute < ?"),
    sloIds: sqlite.prepare<[], [number]>("SELECT id FROM slos").raw(),
    // json_each keeps this one statement whatever the number of slugs (no variable limit, no per-count prepare).
    // With each SLO's owning team, which ingest checks the caller against.
    slosBySlug: sqlite.prepare<[string], { id: number; slug: string; timeslice_target: number | null; team_id: number; team_slug: string }>(
      "SELECT s.id, s.slug, s.timeslice_target, t.id AS team_id, t.slug AS team_slug FROM slos s JOIN services sv ON sv.id = s.service_id JOIN teams t ON t.id = sv.team_id WHERE s.slug IN (SELECT value FROM json_each(?))",
    ),
  };
  statementCache.set(sqlite, prepared);
  return prepared;
}

export function toAggregate(cum: Cum | LastRow, offset: 0 | 1): WindowAggregate {
  return {
    good: cum[offset]!,
    total: cum[offset + 1]!,
    slices: cum[offset + 2]!,
    goodSlices: cum[offset + 3]!,
    ratioSum: cum[offset + 4]!,
  };
}

export function isGoodSlice(good: number, total: number, timesliceTarget: number | null): boolean {
  // The ratio, not good vs target×total, exactly as aggregateMinutes in lib/slo/math.ts compares it.
  return timesliceTarget !== null && good / total >= timesliceTarget;
}

/** The running sums of everything before the SLO's first stored row (non-zero only after retention deleted rows). */
export function baseOf(s: Statements, sloId: number, timesliceTarget: number | null | undefined): WindowAggregate {
  const first = s.firstRow.get(sloId);
  // cum_slices 1 means the first row is the first minute ever stored: nothing came before it.
  if (!first || first[5] <= 1) return emptyAggregate();
  const [, good, total, cumGood, cumTotal, cumSlices, cumGoodSlices, cumRatioSum] = first;
  const target = timesliceTarget === undefined ? (s.sloTarget.get(sloId)?.[0] ?? null) : timesliceTarget;
  return {
    good: cumGood - good,
    total: cumTotal - total,
    slices: cumSlices - 1,
    goodSlices: cumGoodSlices - (isGoodSlice(good, total, target) ? 1 : 0),
    ratioSum: cumRatioSum - good / total,
  };
}

/** `timesliceTarget` undefined: looked up only in the rare case that it is needed. */
export function cumBeforeOn(s: Statements, sloId: number, minute: number, timesliceTarget?: number | null): WindowAggregate {
  const row = s.cumBefore.get(sloId, minute);
  return row ? toAggregate(row, 0) : baseOf(s, sloId, timesliceTarget);
}

