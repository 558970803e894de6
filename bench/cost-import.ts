// Phase (j): a 100,000-row FOCUS export (all 44 columns of a real export) imported over HTTP (POST /api/v1/costs,
// text/csv streamed): rows per second, and how much the server's resident memory grew while it ran (peak − before).
// The client is a separate process, as a real upload is: its reading and sending are not the server's work or memory.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { spawn } from "node:child_process";
import * as costsRoute from "@/app/api/v1/costs/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createApiToken } from "@/db/queries/tokens";
import { focusFixtureLines } from "@/lib/testing/focus-fixture";
import { envInt } from "./common";
import { serveRoute } from "./http-bridge";

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

export type CostImportBenchResult = { rows: number; imported: number; bytes: number; seconds: number; rowsPerSecond: number; rssGrowthMiB: number };

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

export async function benchCostImport(dir: string): Promise<CostImportBenchResult> {
  const file = path.join(dir, "focus-export.csv");
  const bytes = writeFixture(COST_IMPORT_ROWS, file);
  const { token } = await createApiToken({ name: "bench-costs", scopes: ["read", "write"], teamIds: null, createdById: null }, CLI_ACTOR);
  const server = await serveRoute((request) => costsRoute.POST(request, undefined));
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  try {
    const started = performance.now();
    const response = await upload(file, `${server.url}/api/v1/costs?fileName=bench-focus.csv`, token);
    const json = JSON.parse(response.text) as { imported?: number; error?: { message: string } };
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (response.status !== 200) throw new Error(`cost import answered ${response.status}: ${json.error?.message}`);
    return { rows: COST_IMPORT_ROWS, imported: json.imported ?? 0, bytes, seconds, rowsPerSecond: COST_IMPORT_ROWS / seconds, rssGrowthMiB: (peak - before) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
    await server.close();
    fs.rmSync(file, { force: true });
  }
}
