// Phase (j): a 100,000-row FOCUS export (all 44 columns of a real export) imported over HTTP into the production build
// (`next start`, POST /api/v1/costs, text/csv streamed): rows per second, and how much the server process's resident
// memory grew while it ran (peak − before, sampled every 25 ms). The client is a separate process, as a real upload is.
// Through the real server on purpose: what sits in front of a route handler (the proxy, body handling) counts too.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { execFileSync, spawn } from "node:child_process";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createApiToken } from "@/db/queries/tokens";
import { focusFixtureLines } from "@/lib/testing/focus-fixture";
import { envInt, log } from "./common";
import { ensureProductionBuild, startNextServer, type BuildInfo } from "./next-server";

export const COST_IMPORT_ROWS = envInt("KEEL_BENCH_COST_ROWS", 100_000);

// The uploading client: streams the file with node:http (no body held whole) and prints the status and the answer.
const CLIENT = `
const fs = require("node:fs"), http = require("node:http");
const [file, url, token] = process.argv.slice(1);
const req = http.request(url, { method: "POST", headers: { authorization: "Bearer " + token, "content-type": "text/csv", "content-length": fs.statSync(file).size } }, (res) => {
  let text = "";
  res.setEncoding("utf8").on("data", (part) => (text += part)).on("end", () => process.stdout.write(JSON.stringify({ status: res.statusCode, text })));
});
req.on("error", (error) => { console.error(error); process.exit(1); });
fs.createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(req);
`;

function upload(file: string, url: string, token: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CLIENT, file, url, token], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (part: string) => (out += part));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`the upload client exited with ${code}`));
      else resolve(JSON.parse(out) as { status: number; text: string });
    });
  });
}

export type CostImportBenchResult = { rows: number; imported: number; bytes: number; seconds: number; rowsPerSecond: number; rssGrowthMiB: number; build: BuildInfo };

/** A process's resident memory in bytes (Linux /proc; elsewhere `ps`). */
function residentBytes(pid: number): number {
  try {
    const kib = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    if (kib) return Number(kib) * 1024;
  } catch {
    // No /proc here.
  }
  return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)]).toString().trim()) * 1024;
}

/** Writes the fixture to a file first (not timed), as a client would hold its provider's export. */
function writeFixture(rows: number, file: string): number {
  const fd = fs.openSync(file, "w");
  let bytes = 0;
  try {
    let text = "";
    for (const line of focusFixtureLines({ rows, seed: 2026, month: "2026-10" })) {
      text += line;
      if (text.length > 1_000_000) {
        bytes += fs.writeSync(fd, text);
        text = "";
      }
    }
    bytes += fs.writeSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}

/** Imports the fixture into `dbFile` (the bench's open database) through `next start` serving the production build. */
export async function benchCostImport(scratchDir: string, dbFile: string): Promise<CostImportBenchResult> {
  const file = path.join(scratchDir, "focus-export.csv");
  const bytes = writeFixture(COST_IMPORT_ROWS, file);
  const { token } = await createApiToken({ name: "bench-costs", scopes: ["read", "write"], teamIds: null, createdById: null }, CLI_ACTOR);
  const build = await ensureProductionBuild(scratchDir);
  const server = await startNextServer(dbFile);
  const url = `${server.url}/api/v1/costs`;
  try {
    // One small preview first, so the route is loaded before the clock starts.
    const warm = await fetch(`${url}?preview=true`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" }, body: "month,team,service,signal,cost,currency\n2026-01,bench,warm-up,logs,1,USD\n" });
    if (warm.status !== 200) throw new Error(`the warm-up preview answered ${warm.status}: ${await warm.text()}`);
    const before = residentBytes(server.pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, residentBytes(server.pid));
    }, 25);
    try {
      const started = performance.now();
      const response = await upload(file, `${url}?fileName=bench-focus.csv`, token);
      const seconds = (performance.now() - started) / 1000;
      peak = Math.max(peak, residentBytes(server.pid));
      const json = JSON.parse(response.text) as { imported?: number; error?: { message: string } };
      if (response.status !== 200) throw new Error(`cost import answered ${response.status}: ${json.error?.message}`);
      return { rows: COST_IMPORT_ROWS, imported: json.imported ?? 0, bytes, seconds, rowsPerSecond: COST_IMPORT_ROWS / seconds, rssGrowthMiB: (peak - before) / 1024 / 1024, build };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await server.stop();
    log("    next start stopped");
    fs.rmSync(file, { force: true });
  }
}
