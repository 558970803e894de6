// Minute SLI data, writing: atomic ingest batches, bulk appends, running-sum recomputation and retention.
import "server-only";
import { emptyAggregate, subtractAggregates, type WindowAggregate } from "@/lib/slo/math";
import { cumBeforeOn, isGoodSlice, REWRITE_CHUNK_ROWS, ROWS_PER_INSERT, statements, toAggregate, type Statements } from "./sli-store";

export type SliWriteMode = "replace" | "add";

/** One minute's counts for one SLO; `minute` is epoch minutes (ms / 60000). */
export type SliPointWrite = { sloId: number; minute: number; good: number; total: number };

export type SliMinuteCounts = { minute: number; good: number; total: number };

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

/**
 * Recomputes all of an SLO's running sums inside the caller's open transaction, e.g. when its
 * timesliceTarget changes (good slices depend on it): the definition and its sums change together.
 */
export function recomputeRunningSumsInTransaction(sloId: number, timesliceTarget: number | null): void {
  const s = statements();
  if (!s.sqlite.inTransaction) throw new Error("recomputeRunningSumsInTransaction must run inside the change's transaction");
  // Starting from zero rebases the SLO: differences, the only thing read, stay the same.
  rewriteRunningSums(s, sloId, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, emptyAggregate(), timesliceTarget);
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

