// Playwright's web server: a fresh temporary database, migrated and seeded with the demo, served by the
// production build on 127.0.0.1. Removes the database when it stops.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const port = process.env.KEEL_E2E_PORT ?? "3210";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-e2e-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  KEEL_DB: path.join(dir, "keel.db"),
  NEXTAUTH_SECRET: "e2e-secret-" + Math.random().toString(36).slice(2),
  // The journeys talk to the server directly, as people do without a proxy: no proxy headers are trusted.
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  KEEL_EVALUATOR: "off",
};

function cleanUp() {
  fs.rmSync(dir, { recursive: true, force: true });
}

const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
const seed = spawnSync(process.execPath, [tsx, "--conditions=react-server", "lib/cli/keel.ts", "seed", "demo"], { env, stdio: "inherit" });
if (seed.status !== 0) {
  cleanUp();
  process.exit(seed.status ?? 1);
}

const nextBin = path.resolve("node_modules/.bin/next");
if (!fs.existsSync(".next/BUILD_ID")) {
  const built = spawnSync(nextBin, ["build"], { env, stdio: "inherit" });
  if (built.status !== 0) {
    cleanUp();
    process.exit(built.status ?? 1);
  }
}

const server = spawn(nextBin, ["start", "--port", port, "--hostname", "127.0.0.1"], { env, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
