// `.env.local` must reach the CLI before it computes the database path, and the real environment
// must still win over it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repo = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-env-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The working directory is a fresh folder, as an operator's would be: it has its own `.env.local`
// and borrows only the committed migrations.
fs.mkdirSync(path.join(dir, "db"));
fs.symlinkSync(path.join(repo, "db/migrations"), path.join(dir, "db/migrations"));
const fromFile = path.join(dir, "from-file", "x.db");
fs.writeFileSync(path.join(dir, ".env.local"), `KEEL_DB=${fromFile}\n`);

function keel(args: string[], extra: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, "tsconfig.json"), ...extra };
  // Vitest runs with NODE_ENV=test, under which Next (rightly) skips `.env.local`; an operator's shell has no NODE_ENV.
  delete env.NODE_ENV;
  if (!("KEEL_DB" in extra)) delete env.KEEL_DB;
  const cli = [path.join(repo, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(repo, "lib/cli/keel.ts")];
  return spawnSync(process.execPath, [...cli, ...args], { cwd: dir, env: env as NodeJS.ProcessEnv, encoding: "utf8" });
}

describe("the CLI reads .env files", () => {
  it("creates the database where .env.local's KEEL_DB says", () => {
    const migrated = keel(["db", "migrate"]);
    expect(migrated.status, migrated.stderr).toBe(0);
    expect(fs.existsSync(fromFile)).toBe(true);
  }, 60_000);

  it("lets a real environment variable win over the file", () => {
    const real = path.join(dir, "real.db");
    const help = keel(["help"], { KEEL_DB: real });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain(`now ${real})`);
  }, 60_000);
});
