// Phase (d): load minute data for many SLOs, then their status from running sums, as the API computes it, and by naive scans.
import { performance } from "node:perf_hooks";
import { getConnection } from "@/db/client";
import { windowAggregates, type MinuteRange } from "@/db/queries/sli";
import { bulkAppendSli, deleteSliBefore } from "@/db/queries/sli-write";
import { listSloStatuses } from "@/db/queries/slo-status";
import { createPrng } from "@/db/seed/prng";
import { evaluateSlo, type WindowAggregate } from "@/lib/slo/math";
import { BURN_WINDOW_MINUTES, BURN_WINDOWS, type BurnWindow } from "@/lib/slo/types";
import { int, log, MINUTES_PER_DAY, minuteCounts, percentile, seconds, STATUS_DAYS, type SloFixture } from "./common";

const LOAD_BUDGET_SECONDS = 180;
const NAIVE_BUDGET_SECONDS = 45;
const STATUS_REPETITIONS = 15;

function statusRows(index: number, firstMinute: number, minutes: number): { minute: number; good: number; total: number }[] {
  const random = createPrng(1_000 + index);
  const errorRate = 0.0002 + (index % 10) * 0.0002;
  // Every seventh SLO has an incident over its last two hours, so some statuses and alerts differ.
  const incidentFrom = index % 7 === 0 ? minutes - 120 : minutes;
  const rows = new Array<{ minute: number; good: number; total: number }>(minutes);
  for (let m = 0; m < minutes; m++) {
    const counts = minuteCounts(random, m >= incidentFrom ? 0.05 : errorRate);
    rows[m] = { minute: firstMinute + m, good: counts.good, total: counts.total };
  }
  return rows;
}

export type LoadResult = { days: number; rows: number; seconds: number; reduced: boolean };

/** Loads `days` of minute data for every SLO; if the first SLOs show the load would overrun the budget, starts again with fewer days. */
export async function loadStatusData(fixtures: SloFixture[], endMinute: number): Promise<LoadResult> {
  let days = STATUS_DAYS;
  // Enough SLOs that start-up (JIT, cold caches) does not dominate the projection.
  const calibration = Math.min(100, fixtures.length);
  for (;;) {
    const minutes = days * MINUTES_PER_DAY;
    const started = performance.now();
    let rows = 0;
    let restart = false;
    for (let i = 0; i < fixtures.length; i++) {
      const fixture = fixtures[i]!;
      bulkAppendSli(fixture.id, statusRows(i, endMinute - minutes, minutes), fixture.timesliceTarget);
      rows += minutes;
      const elapsedS = (performance.now() - started) / 1000;
      if (i + 1 === calibration) {
        const projectedS = (elapsedS / calibration) * fixtures.length;
        if (projectedS > LOAD_BUDGET_SECONDS && days > 1) {
          days = Math.max(1, Math.floor((days * LOAD_BUDGET_SECONDS) / projectedS));
          log(`!!! Loading ${fixtures.length} SLOs × ${STATUS_DAYS} days would take ~${seconds(projectedS * 1000)} s; reloading with ${days} days instead.`);
          restart = true;
          break;
        }
      }
      if ((i + 1) % 100 === 0) log(`    loaded ${i + 1}/${fixtures.length} SLOs (${int(rows)} rows, ${seconds(elapsedS * 1000)} s)`);
    }
    if (!restart) return { days, rows, seconds: (performance.now() - started) / 1000, reduced: days < STATUS_DAYS };
    await deleteSliBefore(Number.MAX_SAFE_INTEGER);
  }
}

export type StatusTiming = { p50Ms: number; p95Ms: number; runs: number; statuses: Record<string, number> };

function statusRanges(tMinute: number, windowMinutes: number): MinuteRange[] {
  return [{ fromMinute: tMinute - windowMinutes, toMinute: tMinute }, ...BURN_WINDOWS.map((w) => ({ fromMinute: tMinute - BURN_WINDOW_MINUTES[w], toMinute: tMinute }))];
}

function evaluate(fixture: SloFixture, aggregates: readonly WindowAggregate[], periodDays: number, atMs: number) {
  const burnWindows = {} as Record<BurnWindow, WindowAggregate>;
  BURN_WINDOWS.forEach((w, i) => (burnWindows[w] = aggregates[i + 1]!));
  return evaluateSlo({ target: fixture.target, method: fixture.method, periodDays, window: aggregates[0]!, burnWindows, atMs, policyFreeze: false });
}

/** The full 1,000-SLO pass as the status endpoint does it: two seeks per distinct boundary, then the pure math. */
export async function benchStatusFromRunningSums(fixtures: SloFixture[], tMinute: number, periodDays: number): Promise<StatusTiming & { aggregates: WindowAggregate[][] }> {
  const ranges = statusRanges(tMinute, periodDays * MINUTES_PER_DAY);
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let aggregates: WindowAggregate[][] = [];
  for (let run = 0; run < STATUS_REPETITIONS; run++) {
    const started = performance.now();
    const pass: WindowAggregate[][] = [];
    for (const fixture of fixtures) {
      const windows = await windowAggregates(fixture.id, ranges);
      const result = evaluate(fixture, windows, periodDays, tMinute * 60_000);
      pass.push(windows);
      if (run === 0) statuses[result.status] = (statuses[result.status] ?? 0) + 1;
    }
    times.push(performance.now() - started);
    aggregates = pass;
  }
  return { p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), runs: times.length, statuses, aggregates };
}

/** Every SLO's full status exactly as GET /api/v1/slos computes it (lib/slo/status.ts over the running sums). */
export async function benchFullStatus(tMinute: number): Promise<StatusTiming> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  for (let run = 0; run < STATUS_REPETITIONS; run++) {
    const started = performance.now();
    const all = await listSloStatuses(tMinute * 60_000);
    times.push(performance.now() - started);
    if (run === 0) for (const { status } of all) statuses[status.status] = (statuses[status.status] ?? 0) + 1;
  }
  return { p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), runs: times.length, statuses };
}

/** The same pass with a full scan of every window; checks that both agree on Σgood, Σtotal and the slice count. */
export function benchStatusNaive(fixtures: SloFixture[], tMinute: number, periodDays: number, expected: WindowAggregate[][]): StatusTiming & { agree: boolean } {
  const { sqlite } = getConnection();
  const scan = sqlite
    .prepare<[number, number, number], [number | null, number | null, number]>(
      "SELECT sum(good), sum(total), count(*) FROM sli_minutes WHERE slo_id = ? AND minute >= ? AND minute < ?",
    )
    .raw();
  const ranges = statusRanges(tMinute, periodDays * MINUTES_PER_DAY);
  const times: number[] = [];
  let agree = true;
  const budgetStart = performance.now();
  do {
    const started = performance.now();
    fixtures.forEach((fixture, f) => {
      const windows = ranges.map(({ fromMinute, toMinute }, w) => {
        const [good, total, slices] = scan.get(fixture.id, fromMinute, toMinute)!;
        const exact = expected[f]![w]!;
        if ((good ?? 0) !== exact.good || (total ?? 0) !== exact.total || slices !== exact.slices) agree = false;
        // Only Σgood, Σtotal and the count come from this scan (the query the issue names); the rest is borrowed.
        return { good: good ?? 0, total: total ?? 0, slices, goodSlices: exact.goodSlices, ratioSum: exact.ratioSum };
      });
      evaluate(fixture, windows, periodDays, tMinute * 60_000);
    });
    times.push(performance.now() - started);
  } while (times.length < 3 && (performance.now() - budgetStart) / 1000 + times[times.length - 1]! / 1000 < NAIVE_BUDGET_SECONDS);
  return { p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), runs: times.length, statuses: {}, agree };
}
