// Minute SLI data with running sums: atomic ingest, window aggregates from two index seeks, recomputation, retention.
import "server-only";
import type Database from "better-sqlite3";
import { emptyAggregate, subtractAggregates, type WindowAggregate } from "@/lib/slo/math";
import { getConnection } from "../client";

/*
 * Every sli_minutes row carries cum_* = sums over the SLO's rows up to and including its minute, so
 * aggregate[from, to) = cumBefore(to) − cumBefore(from). Only differences are meaningful: after
 * retention deletes old rows, the first remaining row's cum_* still include the deleted history.
 * That history (the SLO's "base") is the first row's cum_* minus its own contribution; cumBefore of a
 * minute with no earlier row returns it, so windows reaching before the retained data stay exact.
 */

export type SliWriteMode = "replace" | "add";

/** One minute's counts for one SLO; `minute` is epoch minutes (ms / 60000). */
export type SliPointWrite = { sloId: number; minute: number; good: number; total: number };

export type SliMinuteCounts = { minute: number; good: number; total: number };

export type MinuteRange = { fromMinute: number; toMinute: number };

type Cum = [cumGood: number, cumTotal: number, cumSlices: number, cumGoodSlices: number, cumRatioSum: number];
type LastRow = [minute: number, ...Cum];
type FirstRow = [minute: number, good: number, total: number, ...Cum];
type RangeRow = [minute: number, good: number, total: number];
type Nine = [number, number, number, number, number, number, number, number, number];

type Statements = {
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
  slosBySlug: Database.Statement<[string], { id: number; slug: string; timeslice_target: number | null }>;
};

const CUM_COLUMNS = "cum_good, cum_total, cum_slices, cum_good_slices, cum_ratio_sum";
// Rows read per round trip when rewriting running sums, so a year of minutes never sits in memory at once.
const REWRITE_CHUNK_ROWS = 20_000;
const MAX_SERIES_POINTS = 10_000;
// Rows per multi-row INSERT on the append path: one statement call per 64 rows runs about twice as fast as one per row.
const ROWS_PER_INSERT = 64;
const INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Prepared once per connection: preparing costs more than running for one-row seeks and inserts.
const statementCache = new WeakMap<Database.Database, Statements>();

function statements(): Statements {
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
    slosBySlug: sqlite.prepare<[string], { id: number; slug: string; timeslice_target: number | null }>(
      "SELECT id, slug, timeslice_target FROM slos WHERE slug IN (SELECT value FROM json_each(?))",
    ),
  };
  statementCache.set(sqlite, prepared);
  return prepared;
}

function toAggregate(cum: Cum | LastRow, offset: 0 | 1): WindowAggregate {
  return {
    good: cum[offset]!,
    total: cum[offset + 1]!,
    slices: cum[offset + 2]!,
    goodSlices: cum[offset + 3]!,
    ratioSum: cum[offset + 4]!,
  };
}

function isGoodSlice(good: number, total: number, timesliceTarget: number | null): boolean {
  // The ratio, not good vs target×total, exactly as aggregateMinutes in lib/slo/math.ts compares it.
  return timesliceTarget !== null && good / total >= timesliceTarget;
}

/** The running sums of everything before the SLO's first stored row (non-zero only after retention deleted rows). */
function baseOf(s: Statements, sloId: number, timesliceTarget: number | null | undefined): WindowAggregate {
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
function cumBeforeOn(s: Statements, sloId: number, minute: number, timesliceTarget?: number | null): WindowAggregate {
  const row = s.cumBefore.get(sloId, minute);
  return row ? toAggregate(row, 0) : baseOf(s, sloId, timesliceTarget);
}

// One statement per boundary count: a status read's ~9 seeks cost one call into SQLite instead of nine.
const manyStatementCache = new WeakMap<Database.Database, Map<number, Database.Statement<number[], [number, ...Cum]>>>();

function cumBeforeManyStatement(s: Statements, count: number): Database.Statement<number[], [number, ...Cum]> {
  let byCount = manyStatementCache.get(s.sqlite);
  if (!byCount) manyStatementCache.set(s.sqlite, (byCount = new Map()));
  let statement = byCount.get(count);
  if (!statement) {
    const parts = Array.from(
      { length: count },
      (_, i) => `SELECT * FROM (SELECT ${i} AS k, ${CUM_COLUMNS} FROM sli_minutes WHERE slo_id = ? AND minute < ? ORDER BY minute DESC LIMIT 1)`,
    );
    statement = s.sqlite.prepare<number[], [number, ...Cum]>(parts.join(" UNION ALL ")).raw();
    byCount.set(count, statement);
  }
  return statement;
}

/** cumulativeBeforeSync for several boundaries of one SLO in one round trip; results in the order given. */
export function cumulativesBeforeSync(sloId: number, minutes: readonly number[]): WindowAggregate[] {
  if (minutes.length === 0) return [];
  const s = statements();
  const out = new Array<WindowAggregate | undefined>(minutes.length);
  const args = minutes.flatMap((minute) => [sloId, minute]);
  for (const row of cumBeforeManyStatement(s, minutes.length).all(...args)) out[row[0]] = toAggregate(row.slice(1) as Cum, 0);
  let base: WindowAggregate | undefined;
  return out.map((aggregate) => aggregate ?? (base ??= baseOf(s, sloId, undefined)));
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

/** Batch points grouped per SLO, in batch order. */
function groupBySlo(points: readonly SliPointWrite[]): Map<number, SliPointWrite[]> {
  const groups = new Map<number, SliPointWrite[]>();
  for (const point of points) {
    const group = groups.get(point.sloId);
    if (group) group.push(point);
    else groups.set(point.sloId, [point]);
  }
  return groups;
}

/** Sorted, one entry per minute: duplicates replace (last wins) or add up, as the mode says. */
function mergeDuplicates(group: readonly SliMinuteCounts[], mode: SliWriteMode): readonly SliMinuteCounts[] {
  let increasing = true;
  for (let i = 1; i < group.length && increasing; i++) increasing = group[i]!.minute > group[i - 1]!.minute;
  if (increasing) return group; // the common case: an exporter sends each minute once, in order
  // Array sort is stable, so among equal minutes batch order survives and "last wins" holds.
  const ordered = [...group].sort((a, b) => a.minute - b.minute);
  const merged: SliMinuteCounts[] = [];
  for (const point of ordered) {
    const last = merged[merged.length - 1];
    if (last?.minute !== point.minute) merged.push({ minute: point.minute, good: point.good, total: point.total });
    else if (mode === "add") merged[merged.length - 1] = { minute: point.minute, good: last.good + point.good, total: last.total + point.total };
    else merged[merged.length - 1] = { minute: point.minute, good: point.good, total: point.total };
  }
  return merged;
}

/** Inserts minutes that all come after the SLO's last row, continuing its running sums from `cum`; returns the new sums. */
function appendRows(s: Statements, sloId: number, rows: readonly SliMinuteCounts[], cum: WindowAggregate, timesliceTarget: number | null): WindowAggregate {
  let { good: cumGood, total: cumTotal, slices: cumSlices, goodSlices: cumGoodSlices, ratioSum: cumRatioSum } = cum;
  const values = s.insertValues;
  let buffered = 0;
  for (const { minute, good, total } of rows) {
    if (total === 0) continue; // a minute without events holds no data and gets no row
    const ratio = good / total;
    cumGood += good;
    cumTotal += total;
    cumSlices += 1;
    if (isGoodSlice(good, total, timesliceTarget)) cumGoodSlices += 1;
    cumRatioSum += ratio;
    const o = buffered * 9;
    values[o] = sloId;
    values[o + 1] = minute;
    values[o + 2] = good;
    values[o + 3] = total;
    values[o + 4] = cumGood;
    values[o + 5] = cumTotal;
    values[o + 6] = cumSlices;
    values[o + 7] = cumGoodSlices;
    values[o + 8] = cumRatioSum;
    if (++buffered === ROWS_PER_INSERT) {
      s.insertMany.run(values);
      buffered = 0;
    }
  }
  for (let o = 0; o < buffered * 9; o += 9) {
    s.insert.run(values[o]!, values[o + 1]!, values[o + 2]!, values[o + 3]!, values[o + 4]!, values[o + 5]!, values[o + 6]!, values[o + 7]!, values[o + 8]!);
  }
  return { good: cumGood, total: cumTotal, slices: cumSlices, goodSlices: cumGoodSlices, ratioSum: cumRatioSum };
}

/** Rewrites the running sums of the rows with afterMinute < minute ≤ throughMinute, starting from `base`; returns the sums at the end. */
function rewriteRunningSums(
  s: Statements,
  sloId: number,
  afterMinute: number,
  throughMinute: number,
  base: WindowAggregate,
  timesliceTarget: number | null,
): WindowAggregate {
  const cum = { ...base };
  let cursor = afterMinute;
  for (;;) {
    const rows = s.rangeRows.all(sloId, cursor, throughMinute, REWRITE_CHUNK_ROWS);
    for (const [minute, good, total] of rows) {
      const ratio = good / total;
      cum.good += good;
      cum.total += total;
      cum.slices += 1;
      if (isGoodSlice(good, total, timesliceTarget)) cum.goodSlices += 1;
      cum.ratioSum += ratio;
      s.updateCum.run(cum.good, cum.total, cum.slices, cum.goodSlices, cum.ratioSum, sloId, minute);
    }
    if (rows.length < REWRITE_CHUNK_ROWS) return cum;
    cursor = rows[rows.length - 1]![0];
  }
}

/** Writes one SLO's merged, sorted changes; must run inside a transaction. */
function writeSloChanges(s: Statements, sloId: number, changes: readonly SliMinuteCounts[], mode: SliWriteMode, timesliceTarget: number | null): void {
  if (changes.length === 0) return;
  const last = s.lastRow.get(sloId);
  const firstMinute = changes[0]!.minute;
  if (!last || firstMinute > last[0]) {
    // Appending after the last stored minute: "add" and "replace" are the same, and no other row moves.
    appendRows(s, sloId, changes, last ? toAggregate(last, 1) : emptyAggregate(), timesliceTarget);
    return;
  }
  const lastMinute = changes[changes.length - 1]!.minute;
  // Read before changing anything: the sums before the first change, and at the last change (to shift the rows after it).
  const base = cumBeforeOn(s, sloId, firstMinute, timesliceTarget);
  const hasTail = lastMinute < last[0];
  const oldEnd = hasTail ? cumBeforeOn(s, sloId, lastMinute + 1, timesliceTarget) : null;
  for (const { minute, good, total } of changes) {
    if (mode === "replace") {
      if (total === 0) s.deleteMinute.run(sloId, minute);
      else s.upsertReplace.run(sloId, minute, good, total);
    } else if (total > 0) {
      s.upsertAdd.run(sloId, minute, good, total);
    }
  }
  const newEnd = rewriteRunningSums(s, sloId, firstMinute - 1, lastMinute, base, timesliceTarget);
  if (!oldEnd) return;
  const delta = subtractAggregates(newEnd, oldEnd);
  if (delta.good === 0 && delta.total === 0 && delta.slices === 0 && delta.goodSlices === 0 && delta.ratioSum === 0) return;
  s.shiftTail.run(delta.good, delta.total, delta.slices, delta.goodSlices, delta.ratioSum, sloId, lastMinute);
}

/**
 * Stores a batch atomically and returns how many points it held. Each point replaces its (SLO, minute)
 * or, in "add" mode, adds to it; a replace with total 0 removes the minute. Running sums are rewritten
 * from each SLO's earliest touched minute; appends after the last stored minute touch only new rows.
 * Callers validate first (0 ≤ good ≤ total, integers); timesliceTargets holds each SLO's target (null: none).
 */
export async function writeSliPoints(
  points: readonly SliPointWrite[],
  mode: SliWriteMode,
  timesliceTargets: ReadonlyMap<number, number | null>,
): Promise<number> {
  const s = statements();
  const groups = groupBySlo(points);
  // IMMEDIATE takes the write lock before the first read, so another process's commit cannot invalidate what was read.
  s.sqlite
    .transaction(() => {
      for (const [sloId, group] of groups) writeSloChanges(s, sloId, mergeDuplicates(group, mode), mode, timesliceTargets.get(sloId) ?? null);
    })
    .immediate();
  return points.length;
}

/**
 * The fastest load path (demo seed, bench): rows strictly ascending and all after the SLO's last stored
 * minute, written in one transaction without reading anything back but the last row's sums.
 */
export function bulkAppendSli(sloId: number, rows: readonly SliMinuteCounts[], timesliceTarget: number | null): void {
  if (rows.length === 0) return;
  const s = statements();
  s.sqlite
    .transaction(() => {
      const last = s.lastRow.get(sloId);
      if (last && rows[0]!.minute <= last[0]) throw new RangeError(`bulkAppendSli: minute ${rows[0]!.minute} is not after the last stored minute ${last[0]}`);
      for (let i = 1; i < rows.length; i++) {
        if (rows[i]!.minute <= rows[i - 1]!.minute) throw new RangeError("bulkAppendSli: rows must be strictly ascending by minute");
      }
      appendRows(s, sloId, rows, last ? toAggregate(last, 1) : emptyAggregate(), timesliceTarget);
    })
    .immediate();
}

/** Recomputes all of an SLO's running sums, e.g. after its timesliceTarget changed (good slices depend on it). */
export async function recomputeRunningSums(sloId: number, timesliceTarget: number | null): Promise<void> {
  const s = statements();
  // Starting from zero rebases the SLO: differences, the only thing read, stay the same.
  s.sqlite.transaction(() => rewriteRunningSums(s, sloId, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, emptyAggregate(), timesliceTarget)).immediate();
}

/** Retention: deletes every SLO's minutes before `minute`; returns the rows deleted. Newer windows read the same as before. */
export async function deleteSliBefore(minute: number): Promise<number> {
  const s = statements();
  return s.sqlite
    .transaction(() => {
      let deleted = 0;
      for (const [sloId] of s.sloIds.all()) deleted += s.deleteBefore.run(sloId, minute).changes;
      return deleted;
    })
    .immediate();
}

/** SLO ids and timeslice targets by slug; slugs that name no SLO are absent from the map. */
export async function resolveSlos(slugs: readonly string[]): Promise<Map<string, { id: number; timesliceTarget: number | null }>> {
  const resolved = new Map<string, { id: number; timesliceTarget: number | null }>();
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return resolved;
  for (const row of statements().slosBySlug.all(JSON.stringify(unique))) resolved.set(row.slug, { id: row.id, timesliceTarget: row.timeslice_target });
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

/** How many minutes with data an SLO holds (what a delete would lose). */
export async function countSliMinutes(sloId: number): Promise<number> {
  const { sqlite } = getConnection();
  return (sqlite.prepare("SELECT count(*) AS n FROM sli_minutes WHERE slo_id = ?").get(sloId) as { n: number }).n;
}
