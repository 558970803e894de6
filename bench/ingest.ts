// Phases (a) and (b): SLI ingest over HTTP (POST /api/v1/sli) and raw better-sqlite3 inserts of the same rows.
import { performance } from "node:perf_hooks";
import { POST as ingestRoute } from "@/app/api/v1/sli/route";
import { getConnection } from "@/db/client";
import { CLI_ACTOR } from "@/db/queries/audit";
import { windowAggregates } from "@/db/queries/sli";
import { createApiToken } from "@/db/queries/tokens";
import { createPrng } from "@/db/seed/prng";
import { BATCH_POINTS, INGEST_POINTS, minuteCounts, percentile, type SloFixture } from "./common";
import { serveRoute } from "./http-bridge";

export type IngestResult = { pointsPerSecond: number; batchP50Ms: number; batchP95Ms: number; points: number; verified: boolean };

export type IngestRun = { result: IngestResult; good: Int32Array; total: Int32Array; minutes: number; firstMinute: number };

export async function benchHttpIngest(fixtures: SloFixture[], endMinute: number): Promise<IngestRun> {
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
  // A tail window inside the data even for small KEEL_BENCH_INGEST_POINTS (fewer than 777 minutes per SLO).
  const tailMinutes = Math.min(777, minutes);
  for (const s of [0, Math.floor(fixtures.length / 2), fixtures.length - 1]) {
    const [whole, tail] = await windowAggregates(fixtures[s]!.id, [
      { fromMinute: firstMinute, toMinute: firstMinute + minutes },
      { fromMinute: firstMinute + minutes - tailMinutes, toMinute: firstMinute + minutes },
    ]);
    let g = 0;
    let t = 0;
    for (let m = 0; m < minutes; m++) {
      g += good[s * minutes + m]!;
      t += total[s * minutes + m]!;
    }
    if (whole!.good !== g || whole!.total !== t || whole!.slices !== minutes || tail!.slices !== tailMinutes) return false;
  }
  return true;
}

/** Plain better-sqlite3 inserts of the same rows, running sums precomputed, into a fresh table of the same DDL. */
export function benchRawInsert(fixtures: SloFixture[], good: Int32Array, total: Int32Array, minutes: number, firstMinute: number): number {
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
