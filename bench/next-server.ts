// The production build served by `next start` on 127.0.0.1, as the e2e suite does it (e2e/support/server.ts):
// builds first if there is no build, waits for /api/health, and always stops the server's whole process group.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { age, log } from "./common";

const nextBin = path.resolve("node_modules/.bin/next");
const buildIdFile = path.resolve(".next/BUILD_ID");
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;
// Source the build is made from; a newer file means the figures are those of an older state of the code.
const SOURCES = ["app", "components", "lib", "db", "proxy.ts", "instrumentation.ts", "next.config.ts"];

/** The server's address, its process (for memory figures) and how to stop it. */
export type NextServer = { url: string; pid: number; stop: () => Promise<void> };

/** Whether the build was made now; if reused, its age and a source file changed since, if any. */
export type BuildInfo = { built: boolean; ageMs: number; newerSource?: string };

function newestSource(dir: string): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      // The bench itself is not part of the app's build.
      if (path.relative(dir, file) === path.join("lib", "bench")) return;
      for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    } else if (/\.(tsx?|css|sql)$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file) && (!newest || stat.mtimeMs > newest.mtimeMs)) {
      newest = { file: path.relative(dir, file), mtimeMs: stat.mtimeMs };
    }
  };
  for (const source of SOURCES) visit(path.join(dir, source));
  return newest;
}

function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

/** Builds the app unless `.next/BUILD_ID` exists; says which, and how old a reused build is. */
export async function ensureProductionBuild(scratchDir: string): Promise<BuildInfo> {
  if (fs.existsSync(buildIdFile)) {
    const builtAt = fs.statSync(buildIdFile).mtimeMs;
    const id = fs.readFileSync(buildIdFile, "utf8").trim();
    log(`    reusing the production build in .next (BUILD_ID ${id}, built ${age(Date.now() - builtAt)} ago)`);
    const newest = newestSource(process.cwd());
    if (!newest || newest.mtimeMs <= builtAt) return { built: false, ageMs: Date.now() - builtAt };
    const newerSource = `${newest.file} changed ${age(newest.mtimeMs - builtAt)} after the build`;
    log(`!!! ${newerSource}: the page figures are for the code as built (delete .next/BUILD_ID to rebuild)`);
    return { built: false, ageMs: Date.now() - builtAt, newerSource };
  }
  log("    no production build (.next/BUILD_ID missing): building it with `next build` (about a minute)…");
  // A scratch database and secret, so the build touches neither the bench's data nor ./data.
  const env = { ...process.env, KEEL_DB: path.join(scratchDir, "build.db"), NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1" };
  const build = spawn(nextBin, ["build"], { env, stdio: "inherit" });
  const killBuild = () => build.kill("SIGKILL");
  process.on("exit", killBuild);
  try {
    const code = await waitForExit(build);
    if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  } finally {
    process.off("exit", killBuild);
  }
  return { built: true, ageMs: 0 };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function healthStatus(url: string): Promise<number> {
  try {
    const response = await fetch(`${url}/api/health`);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0; // Not listening yet.
  }
}

/** Signals the server's whole process group (it is spawned detached, so it leads its own); ignores a group already gone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

/** `next start` on a free port of 127.0.0.1 against `dbFile`; resolves once GET /api/health answers 200. */
export async function startNextServer(dbFile: string): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KEEL_DB: dbFile,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    KEEL_EVALUATOR: "off",
  };
  const child = spawn(nextBin, ["start", "--port", String(port), "--hostname", "127.0.0.1"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  // The server's output, kept for the error message should it not come up.
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  // On SIGINT the bench exits through process.exit, which still runs "exit" listeners: the server goes with it.
  const killNow = () => signalGroup(child, "SIGKILL");
  process.on("exit", killNow);
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      signalGroup(child, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), STOP_TIMEOUT_MS);
      await waitForExit(child);
      clearTimeout(timer);
      // Anything the server started and left behind in its group.
      signalGroup(child, "SIGKILL");
      process.off("exit", killNow);
    })());
  try {
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start exited (${child.exitCode ?? child.signalCode}) before answering`);
      if (Date.now() - started > READY_TIMEOUT_MS) throw new Error(`next start did not answer GET /api/health within ${READY_TIMEOUT_MS / 1000} s`);
      if ((await healthStatus(url)) === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    log(`    next start (pid ${child.pid}) answers on ${url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await stop();
    console.error(output.map((line) => `    next> ${line}`).join("\n"));
    throw error;
  }
  return { url, pid: child.pid!, stop };
}
