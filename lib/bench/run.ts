// `npm run bench`: SLI ingest over HTTP vs raw SQLite inserts, storage per SLO-day, and status of 1,000 SLOs from running sums vs window scans.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { POST as ingestRoute } from "@/app/api/v1/sli/route";
import { closeDb, getConnection, getDb } from "@/db/client";
import { CLI_ACTOR } from "@/db/queries/audit";
import { bulkAppendSli, deleteSliBefore, sliStorageBytes, windowAggregates, type MinuteRange } from "@/db/queries/sli";
import { createApiToken } from "@/db/queries/tokens";
import { services, slos, teams } from "@/db/schema";
import { createPrng } from "@/db/seed/prng";
import { listSloStatuses } from "@/db/queries/slo-status";
import { evaluateSlo, type WindowAggregate } from "@/lib/slo/math";
import { BURN_WINDOW_MINUTES, BURN_WINDOWS, type BudgetingMethod, type BurnWindow } from "@/lib/slo/types";
import { serveRoute } from "./http-bridge";

const MINUTES_PER_DAY = 1440;
const BATCH_POINTS = 10_000;
const INGEST_SLOS = 50;
const LOAD_BUDGET_SECONDS = 180;
const NAIVE_BUDGET_SECONDS = 45;
const STATUS_REPETITIONS = 15;
const TARGETS = { ingestPointsPerSecond: 150_000, shareOfRaw: 0.4 };

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

// Overridable for quick runs while developing; the summary says loudly when they differ from the defaults.
const INGEST_POINTS = envInt("KEEL_BENCH_INGEST_POINTS", 1_000_000);
const STATUS_SLOS = envInt("KEEL_BENCH_STATUS_SLOS", 1_000);
const STATUS_DAYS = envInt("KEEL_BENCH_STATUS_DAYS", 30);

type SloFixture = { id: number; slug: string; method: BudgetingMethod; target: number; timesliceTarget: number | null };

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const log = (line: string) => console.log(line);

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

/** A fresh database file in the bench's own directory; the previous connection is closed first. */
function switchToDatabase(dir: string, name: string): void {
  closeDb();
  process.env.KEEL_DB = path.join(dir, name);
  getConnection();
}

// Fixtures go straight into the tables (as the query tests do): the bench measures SLI storage, not the catalog.
function createSlos(count: number, prefix: string): SloFixture[] {
  const db = getDb();
  const team = db.insert(teams).values({ slug: `${prefix}-team`, name: "Bench team" }).returning().get();
  const fixtures: SloFixture[] = [];
  let serviceId = 0;
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) {
      serviceId = db.insert(services).values({ slug: `${prefix}-svc-${i / 10}`, name: `Service ${i / 10}`, teamId: team.id, tier: 1 }).returning().get().id;
    }
    const method: BudgetingMethod = (["occurrences", "timeslices", "ratioTimeslices"] as const)[i % 3]!;
    const timesliceTarget = method === "timeslices" ? 0.99 : null;
    const target = i % 2 === 0 ? 0.999 : 0.995;
    const slug = `${prefix}-slo-${i}`;
    const id = db
      .insert(slos)
      .values({ slug, serviceId, name: slug, sliKind: "availability", target, windowKind: "rolling", windowDays: 30, budgetingMethod: method, timesliceTarget, source: { kind: "push" } })
      .returning()
      .get().id;
    fixtures.push({ id, slug, method, target, timesliceTarget });
  }
  return fixtures;
}

/** Deterministic minute counts: mostly healthy traffic with a few bad minutes. */
function minuteCounts(random: () => number, errorRate: number): { good: number; total: number } {
  const total = 600 + Math.floor(random() * 800);
  const spike = random() < 0.002 ? 40 : 1;
  const bad = Math.min(total, Math.floor(total * errorRate * spike * 2 * random()));
  return { good: total - bad, total };
}

type IngestResult = { pointsPerSecond: number; batchP50Ms: number; batchP95Ms: number; points: number; verified: boolean };

async function benchHttpIngest(fixtures: SloFixture[], endMinute: number): Promise<{ result: IngestResult; good: Int32Array; total: Int32Array; minutes: number; firstMinute: number }> {
  const minutes = Math.floor(INGEST_POINTS / fixtures.length);
  const firstMinute = endMinute - minutes;
  const good = new Int32Array(fixtures.length * minutes);
  const total = new Int32Array(fixtures.length * minutes);
  const random = createPrng(42);
  for (let m = 0; m < minutes; m++) {
    for (let s = 0; s < fixtures.length; s++) {
      const counts = minuteCounts(random, 0.001);
      good[s * minutes + m] = counts.good;
      total[s * minutes + m] = counts.total;
    }
  }
  // Bodies are serialised before the clock starts: the figure is the server's, not the client's JSON.stringify.
  const bodies: string[] = [];
  let points: { slo: string; ts: string; good: number; total: number }[] = [];
  for (let m = 0; m < minutes; m++) {
    const ts = new Date((firstMinute + m) * 60_000).toISOString();
    for (let s = 0; s < fixtures.length; s++) {
      points.push({ slo: fixtures[s]!.slug, ts, good: good[s * minutes + m]!, total: total[s * minutes + m]! });
      if (points.length === BATCH_POINTS) {
        bodies.push(JSON.stringify({ points }));
        points = [];
      }
    }
  }
  if (points.length) bodies.push(JSON.stringify({ points }));
  const token = (await createApiToken({ name: "bench-exporter", scopes: ["ingest"], createdById: null }, CLI_ACTOR)).token;
  const server = await serveRoute(ingestRoute);
  const latencies: number[] = [];
  let sent = 0;
  const started = performance.now();
  try {
    for (const body of bodies) {
      const t0 = performance.now();
      const response = await fetch(`${server.url}/api/v1/sli`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body,
      });
      const answer = (await response.json()) as { accepted?: number };
      if (response.status !== 200 || typeof answer.accepted !== "number") throw new Error(`ingest failed: ${response.status} ${JSON.stringify(answer)}`);
      sent += answer.accepted;
      latencies.push(performance.now() - t0);
    }
  } finally {
    await server.close();
  }
  const elapsedMs = performance.now() - started;
  const verified = await verifyIngest(fixtures, good, total, minutes, firstMinute);
  return {
    result: { pointsPerSecond: (sent / elapsedMs) * 1000, batchP50Ms: percentile(latencies, 0.5), batchP95Ms: percentile(latencies, 0.95), points: sent, verified },
    good,
    total,
    minutes,
    firstMinute,
  };
}

/** The ingested sums equal the generated ones for a few SLOs and windows. */
async function verifyIngest(fixtures: SloFixture[], good: Int32Array, total: Int32Array, minutes: number, firstMinute: number): Promise<boolean> {
  for (const s of [0, Math.floor(fixtures.length / 2), fixtures.length - 1]) {
    const [whole, tail] = await windowAggregates(fixtures[s]!.id, [
      { fromMinute: firstMinute, toMinute: firstMinute + minutes },
      { fromMinute: firstMinute + minutes - 777, toMinute: firstMinute + minutes },
    ]);
    let g = 0;
    let t = 0;
    for (let m = 0; m < minutes; m++) {
      g += good[s * minutes + m]!;
      t += total[s * minutes + m]!;
    }
    if (whole!.good !== g || whole!.total !== t || whole!.slices !== minutes || tail!.slices !== 777) return false;
  }
  return true;
}

/** Plain better-sqlite3 inserts of the same rows, running sums precomputed, into a fresh table of the same DDL. */
function benchRawInsert(fixtures: SloFixture[], good: Int32Array, total: Int32Array, minutes: number, firstMinute: number): number {
  const { sqlite } = getConnection();
  const ddl = sqlite.prepare<[], string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'sli_minutes'").pluck().get()!;
  sqlite.exec(ddl.replace(/CREATE TABLE [`"]?sli_minutes[`"]?/, "CREATE TABLE bench_raw_sli"));
  // The order the ingest path writes: per batch, SLO by SLO (rows of one SLO are adjacent in the key).
  const minutesPerBatch = BATCH_POINTS / fixtures.length;
  const rows = new Float64Array(fixtures.length * minutes * 9);
  const cums = fixtures.map(() => [0, 0, 0, 0, 0]);
  let r = 0;
  for (let batchStart = 0; batchStart < minutes; batchStart += minutesPerBatch) {
    for (let s = 0; s < fixtures.length; s++) {
      const cum = cums[s]!;
      const target = fixtures[s]!.timesliceTarget;
      for (let m = batchStart; m < Math.min(minutes, batchStart + minutesPerBatch); m++) {
        const g = good[s * minutes + m]!;
        const t = total[s * minutes + m]!;
        cum[0]! += g;
        cum[1]! += t;
        cum[2]! += 1;
        if (target !== null && g / t >= target) cum[3]! += 1;
        cum[4]! += g / t;
        rows[r++] = fixtures[s]!.id;
        rows[r++] = firstMinute + m;
        rows[r++] = g;
        rows[r++] = t;
        for (const value of cum) rows[r++] = value;
      }
    }
  }
  const insert = sqlite.prepare("INSERT INTO bench_raw_sli VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  // Start from an empty WAL, as the ingest phase did on its fresh database.
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const count = rows.length / 9;
  const insertChunk = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const o = i * 9;
      insert.run(rows[o], rows[o + 1], rows[o + 2], rows[o + 3], rows[o + 4], rows[o + 5], rows[o + 6], rows[o + 7], rows[o + 8]);
    }
  });
  const started = performance.now();
  for (let from = 0; from < count; from += BATCH_POINTS) insertChunk(from, Math.min(count, from + BATCH_POINTS));
  const elapsedMs = performance.now() - started;
  sqlite.exec("DROP TABLE bench_raw_sli");
  return (count / elapsedMs) * 1000;
}

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

type LoadResult = { days: number; rows: number; seconds: number; reduced: boolean };

/** Loads `days` of minute data for every SLO; if the first SLOs show the load would overrun the budget, starts again with fewer days. */
async function loadStatusData(fixtures: SloFixture[], endMinute: number): Promise<LoadResult> {
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

type StatusTiming = { p50Ms: number; p95Ms: number; runs: number; statuses: Record<string, number> };

function statusRanges(tMinute: number, windowMinutes: number): MinuteRange[] {
  return [{ fromMinute: tMinute - windowMinutes, toMinute: tMinute }, ...BURN_WINDOWS.map((w) => ({ fromMinute: tMinute - BURN_WINDOW_MINUTES[w], toMinute: tMinute }))];
}

function evaluate(fixture: SloFixture, aggregates: readonly WindowAggregate[], periodDays: number, atMs: number) {
  const burnWindows = {} as Record<BurnWindow, WindowAggregate>;
  BURN_WINDOWS.forEach((w, i) => (burnWindows[w] = aggregates[i + 1]!));
  return evaluateSlo({ target: fixture.target, method: fixture.method, periodDays, window: aggregates[0]!, burnWindows, atMs, policyFreeze: false });
}

/** The full 1,000-SLO pass as the status endpoint does it: two seeks per distinct boundary, then the pure math. */
async function benchStatusFromRunningSums(fixtures: SloFixture[], tMinute: number, periodDays: number): Promise<StatusTiming & { aggregates: WindowAggregate[][] }> {
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
async function benchFullStatus(tMinute: number): Promise<StatusTiming> {
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
function benchStatusNaive(fixtures: SloFixture[], tMinute: number, periodDays: number, expected: WindowAggregate[][]): StatusTiming & { agree: boolean } {
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

function row(label: string, value: string, target = "", verdict = ""): string {
  return `  ${label.padEnd(46)} ${value.padEnd(34)} ${target.padEnd(14)} ${verdict}`;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-bench-"));
  const cleanUp = () => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => {
    cleanUp();
    process.exit(130);
  });
  const benchStarted = performance.now();
  try {
    const nowMinute = Math.floor(Date.now() / 60_000);
    log(`Keel SLI bench — temporary data in ${dir}`);

    log(`\n(a) HTTP ingest: ${int(INGEST_POINTS)} points for ${INGEST_SLOS} SLOs in ${int(BATCH_POINTS)}-point batches, via node:http on 127.0.0.1 → POST /api/v1/sli`);
    switchToDatabase(dir, "ingest.db");
    const ingestSlos = createSlos(INGEST_SLOS, "ingest");
    const ingest = await benchHttpIngest(ingestSlos, nowMinute);
    log(`    ${int(ingest.result.pointsPerSecond)} points/s (batch p50 ${ingest.result.batchP50Ms.toFixed(1)} ms, p95 ${ingest.result.batchP95Ms.toFixed(1)} ms); stored sums verified: ${ingest.result.verified ? "yes" : "NO"}`);

    log(`\n(b) raw better-sqlite3 inserts of the same ${int(ingest.result.points)} rows (10k-row transactions, same DDL)`);
    const rawRowsPerSecond = benchRawInsert(ingestSlos, ingest.good, ingest.total, ingest.minutes, ingest.firstMinute);
    const share = ingest.result.pointsPerSecond / rawRowsPerSecond;
    log(`    ${int(rawRowsPerSecond)} rows/s; HTTP ingest is ${(share * 100).toFixed(0)}% of raw`);

    log(`\n(c) storage of the ingested minute data (the sli_minutes B-tree, from dbstat)`);
    const ingestBytes = await sliStorageBytes();
    const ingestSloDays = (INGEST_SLOS * ingest.minutes) / MINUTES_PER_DAY;
    const bytesPerSloDay = ingestBytes / ingestSloDays;
    log(`    ${int(ingestBytes)} bytes for ${ingestSloDays.toFixed(1)} SLO-days → ${int(bytesPerSloDay)} bytes per SLO per day`);

    log(`\n(d) status of ${int(STATUS_SLOS)} SLOs with ${STATUS_DAYS} days of minute data each`);
    switchToDatabase(dir, "status.db");
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path.join(dir, `ingest.db${suffix}`), { force: true });
    const statusSlos = createSlos(STATUS_SLOS, "status");
    const load = await loadStatusData(statusSlos, nowMinute);
    log(`    loaded ${int(load.rows)} rows in ${seconds(load.seconds * 1000)} s (${int(load.rows / load.seconds)} rows/s)`);
    const statusBytes = await sliStorageBytes();
    const statusBytesPerSloDay = statusBytes / (STATUS_SLOS * load.days);
    log(`    storage ${int(statusBytes)} bytes → ${int(statusBytesPerSloDay)} bytes per SLO per day`);
    const fast = await benchStatusFromRunningSums(statusSlos, nowMinute, load.days);
    log(`    running sums: p50 ${fast.p50Ms.toFixed(1)} ms, p95 ${fast.p95Ms.toFixed(1)} ms per ${int(STATUS_SLOS)}-SLO pass (${fast.runs} passes); statuses ${JSON.stringify(fast.statuses)}`);
    const full = await benchFullStatus(nowMinute);
    log(`    full status as the API computes it (definitions, org policy, SLI, budget, 7 burn rates, alerts, policy, forecast): p50 ${full.p50Ms.toFixed(1)} ms, p95 ${full.p95Ms.toFixed(1)} ms (${full.runs} passes); statuses ${JSON.stringify(full.statuses)}`);
    const naive = benchStatusNaive(statusSlos, nowMinute, load.days, fast.aggregates);
    log(`    naive scans:  p50 ${seconds(naive.p50Ms)} s, p95 ${seconds(naive.p95Ms)} s per pass (${naive.runs} passes); same sums as running sums: ${naive.agree ? "yes" : "NO"}`);

    const loud: string[] = [];
    if (INGEST_POINTS !== 1_000_000) loud.push(`KEEL_BENCH_INGEST_POINTS=${INGEST_POINTS} (default 1,000,000)`);
    if (STATUS_SLOS !== 1_000) loud.push(`KEEL_BENCH_STATUS_SLOS=${STATUS_SLOS} (default 1,000)`);
    if (load.days !== 30) loud.push(`status data holds ${load.days} days per SLO, not 30${load.reduced ? " (the load would have overrun its time budget)" : ""}`);

    log(`\n=== Summary (${os.cpus().length} CPUs, node ${process.version}, total ${seconds(performance.now() - benchStarted)} s) ===`);
    log(row("measure", "result", "target", "verdict"));
    log(row("(a) HTTP ingest, 10k-point batches", `${int(ingest.result.pointsPerSecond)} points/s`, `≥ ${int(TARGETS.ingestPointsPerSecond)}`, ingest.result.pointsPerSecond >= TARGETS.ingestPointsPerSecond ? "PASS" : "FAIL"));
    log(row("(b) raw better-sqlite3 INSERT", `${int(rawRowsPerSecond)} rows/s`));
    log(row("    HTTP ingest ÷ raw", `${(share * 100).toFixed(0)}%`, `≥ ${TARGETS.shareOfRaw * 100}%`, share >= TARGETS.shareOfRaw ? "PASS" : "FAIL"));
    log(row("(c) bytes per SLO per day (ingest data)", `${int(bytesPerSloDay)} B (${(bytesPerSloDay / 1024).toFixed(1)} KiB)`));
    log(row(`    bytes per SLO per day (${int(STATUS_SLOS)} × ${load.days} d)`, `${int(statusBytesPerSloDay)} B (${(statusBytesPerSloDay / 1024).toFixed(1)} KiB)`));
    log(row(`(d) load ${int(STATUS_SLOS)} SLOs × ${load.days} d (bulkAppendSli)`, `${seconds(load.seconds * 1000)} s, ${int(load.rows)} rows`));
    log(row(`    status pass, running sums (${fast.runs} runs)`, `p50 ${fast.p50Ms.toFixed(1)} ms, p95 ${fast.p95Ms.toFixed(1)} ms`));
    log(row(`    full status, API path (${full.runs} runs)`, `p50 ${full.p50Ms.toFixed(1)} ms, p95 ${full.p95Ms.toFixed(1)} ms`, "p50 ≤ 150 ms", full.p50Ms <= 150 ? "PASS" : "FAIL"));
    log(row(`    status pass, naive scans (${naive.runs} runs)`, `p50 ${seconds(naive.p50Ms)} s, p95 ${seconds(naive.p95Ms)} s`));
    log(row("    speed-up (p50)", `${int(naive.p50Ms / fast.p50Ms)}×`));
    log(row("    correctness", `ingest sums ${ingest.result.verified ? "ok" : "WRONG"}, seek = scan ${naive.agree ? "ok" : "WRONG"}`));
    for (const line of loud) log(`!!! NOTE: ${line}`);
    if (!ingest.result.verified || !naive.agree) process.exitCode = 1;
  } finally {
    cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
