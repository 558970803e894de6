// The CLI as an admin uses it: real processes against a temporary database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-cli-"));
const env = { ...process.env, KEEL_DB: path.join(dir, "keel.db") };
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function keel(args: string[], input?: string) {
  return spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/cli/keel.ts", ...args], { env, input, encoding: "utf8" });
}

function audit(): { action: string; actor_label: string }[] {
  const db = new Database(env.KEEL_DB, { readonly: true });
  try {
    return db.prepare("select action, actor_label from audit_log order by id").all() as { action: string; actor_label: string }[];
  } finally {
    db.close();
  }
}

describe("npm run keel", () => {
  it("prints usage for help and exits non-zero for an unknown command", () => {
    const help = keel(["help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("token create --name NAME --scopes");
    const unknown = keel(["frobnicate"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
  });

  it("creates a user with a password from stdin and refuses bad input", () => {
    const created = keel(["user", "create", "--email", "ops@example.com", "--name", "Ops", "--role", "admin"], "s3cret-pass\n");
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain("Created admin ops@example.com");
    const badRole = keel(["user", "create", "--email", "x@example.com", "--name", "X", "--role", "root", "--password", "longenough"]);
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain("--role");
    const duplicate = keel(["user", "create", "--email", "ops@example.com", "--name", "Ops", "--role", "viewer", "--password", "longenough"]);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain("already exists");
  }, 30_000);

  it("resets a password and creates a token printed alone on the last line", () => {
    expect(keel(["user", "reset-password", "--email", "ops@example.com", "--password", "another-pass"]).status).toBe(0);
    const token = keel(["token", "create", "--name", "ci", "--scopes", "read,ingest"]);
    expect(token.status).toBe(0);
    const last = token.stdout.trim().split("\n").at(-1)!;
    expect(last).toMatch(/^keel_[A-Za-z0-9_-]{32}$/);
    const badScope = keel(["token", "create", "--name", "ci", "--scopes", "read,everything"]);
    expect(badScope.status).toBe(1);
  }, 30_000);

  it("seeds the demo idempotently and backs up the database", () => {
    const first = keel(["seed", "demo"]);
    expect(first.stdout).toContain("Demo seeded: 4 teams, 12 services, 4 users, 18 SLOs with 2,203,440 minutes of SLI data");
    const again = keel(["seed", "demo"]);
    expect(again.stdout).toContain("Demo seeded: 0 teams, 0 services, 0 users, 0 SLOs with 0 minutes of SLI data, 0 deployments and 0 incidents added.");
    const backup = path.join(dir, "backup.db");
    expect(keel(["db", "backup", backup]).status).toBe(0);
    const copy = new Database(backup, { readonly: true });
    expect((copy.prepare("select count(*) as n from services").get() as { n: number }).n).toBe(12);
    copy.close();
    expect(keel(["db", "backup"]).status).toBe(1);
  }, 180_000);

  it("answers the deploy gate for pipelines and evaluates on demand", () => {
    // The demo's checkout SLO is breached, so its deploys are frozen.
    const denied = keel(["gate", "--service", "checkout"]);
    expect(denied.status).toBe(1);
    expect(denied.stdout).toContain("DENIED: deploys of checkout");
    expect(denied.stdout).toMatch(/- Checkout availability: Error budget exhausted .* \[checkout-availability\]/);
    const allowed = keel(["gate", "--service", "refunds"]);
    expect(allowed.stdout).toContain("ALLOWED: deploys of refunds");
    expect(allowed.status).toBe(0);
    expect(keel(["gate", "--service", "nope"]).status).toBe(1);
    expect(keel(["gate"]).stderr).toContain("gate needs --service SLUG.");
    const evaluated = keel(["evaluate", "--at", "2026-11-01T00:00:00Z"]);
    expect(evaluated.status).toBe(0);
    expect(evaluated.stdout).toContain("Evaluated 18 SLOs at 2026-11-01T00:00:00.000Z");
    expect(keel(["evaluate", "--at", "tomorrow"]).status).toBe(1);
  }, 60_000);

  it("declares and changes incidents for scripts, refusing bad input with the field's name", () => {
    const declared = keel(["incident", "declare", "--title", "Refund batch stuck", "--severity", "SEV3", "--service", "refunds", "--at", "2026-11-30T08:00:00Z"]);
    expect(declared.status, declared.stderr).toBe(0);
    const number = /#(\d+)/.exec(declared.stdout)![1]!;
    expect(declared.stdout).toContain(`Declared SEV3 incident #${number}: Refund batch stuck`);
    const resolved = keel(["incident", "update", number, "--status", "resolved", "--note", "Restarted the worker"]);
    expect(resolved.stdout).toContain(`Incident #${number} is resolved (SEV3).`);
    const bad = keel(["incident", "declare", "--title", "x", "--severity", "SEV9", "--service", "refunds"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("severity: must be SEV1, SEV2, SEV3 or SEV4");
    expect(keel(["incident", "update", "999", "--note", "x"]).stderr).toContain("No incident #999");
  }, 60_000);

  it("audits every change it made", () => {
    const actions = audit().map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(["user.create", "user.password.reset", "token.create", "service.create", "slo.create", "deployment.record", "seed.demo", "db.backup", "incident.create", "incident.update"]));
    expect(audit().every((row) => row.actor_label === "cli")).toBe(true);
  });
});
