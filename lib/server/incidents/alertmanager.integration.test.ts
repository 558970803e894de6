// The real Alertmanager (Debian's prometheus-alertmanager) sending its webhook to Keel's route handler: an alert posted to
// Alertmanager opens an incident, and the same alert ended resolves it. Keel here is a small HTTP server on 127.0.0.1 that
// hands each request to app/api/v1/alertmanager/route.ts over a temporary database.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as route from "@/app/api/v1/alertmanager/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { getIncident, searchIncidents } from "./reads";

setUpTempDatabase();

function findAlertmanager(): string | null {
  const candidates = ["/usr/bin/prometheus-alertmanager", ...(process.env.PATH ?? "").split(path.delimiter).flatMap((dir) => [path.join(dir, "prometheus-alertmanager"), path.join(dir, "alertmanager")])];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

const binary = findAlertmanager();
// On CI a missing binary is a failure (.ci/run installs it); on a developer's machine the test is skipped.
const runs = binary !== null || Boolean(process.env.CI);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Keel's side: POST /api/v1/alertmanager handed to the route handler as a fetch Request. */
function startKeel(received: { status: number; body: string }[]): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
      const request = new Request(`http://127.0.0.1${req.url ?? "/"}`, { method: req.method, headers, body: req.method === "POST" ? Buffer.concat(chunks) : undefined });
      const handled = req.method === "POST" && req.url === "/api/v1/alertmanager" ? route.POST(request, undefined) : Promise.resolve(new Response("not found", { status: 404 }));
      handled
        .then(async (response) => {
          const body = await response.text();
          received.push({ status: response.status, body });
          res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "text/plain" });
          res.end(body);
        })
        .catch((error: unknown) => {
          res.writeHead(500);
          res.end(String(error));
        });
    });
  });
}

describe.runIf(runs)("Alertmanager → Keel", () => {
  let dir = "";
  let alertmanager: ChildProcess | null = null;
  let keel: http.Server | null = null;
  let amUrl = "";
  let log = "";
  const received: { status: number; body: string }[] = [];

  beforeAll(async () => {
    if (!binary) return;
    const team = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
    await createService({ slug: "checkout-am", name: "Checkout", teamId: team.id, tier: 1 }, CLI_ACTOR);
    const { token } = await createApiToken({ name: "alertmanager", scopes: ["write"], teamIds: [team.id], createdById: null }, CLI_ACTOR);

    keel = startKeel(received);
    const keelPort = await freePort();
    await new Promise<void>((resolve) => keel!.listen(keelPort, "127.0.0.1", resolve));

    dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-alertmanager-"));
    const config = [
      "global:",
      "  resolve_timeout: 5s",
      "route:",
      "  receiver: keel",
      "  group_by: [alertname, service]",
      "  group_wait: 1s",
      "  group_interval: 1s",
      "  repeat_interval: 4h",
      "receivers:",
      "  - name: keel",
      "    webhook_configs:",
      `      - url: http://127.0.0.1:${keelPort}/api/v1/alertmanager`,
      "        send_resolved: true",
      "        http_config:",
      "          authorization:",
      "            type: Bearer",
      `            credentials: ${token}`,
      "",
    ].join("\n");
    fs.writeFileSync(path.join(dir, "alertmanager.yml"), config);
    const amPort = await freePort();
    amUrl = `http://127.0.0.1:${amPort}`;
    alertmanager = spawn(
      binary,
      [`--config.file=${path.join(dir, "alertmanager.yml")}`, `--storage.path=${path.join(dir, "data")}`, `--web.listen-address=127.0.0.1:${amPort}`, "--cluster.listen-address=", "--log.level=warn"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    alertmanager.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    alertmanager.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    await until("Alertmanager to be ready", async () => (await fetch(`${amUrl}/-/ready`)).ok, 30_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${log}`);
    });
  });

  afterAll(async () => {
    if (alertmanager?.pid && alertmanager.exitCode === null) {
      const exited = new Promise((resolve) => alertmanager!.once("exit", resolve));
      alertmanager.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    await new Promise((resolve) => (keel ? keel.close(resolve) : resolve(undefined)));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("opens an incident when Alertmanager sends a firing alert, and resolves it when the alert ends", async () => {
    expect(binary, "prometheus-alertmanager is not installed (apt-get install prometheus-alertmanager; .ci/run installs it)").not.toBeNull();
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    const alert = {
      labels: { alertname: "CheckoutErrors", service: "checkout-am", severity: "critical" },
      annotations: { summary: "Checkout is failing requests", runbook_url: "https://runbooks.example.com/checkout" },
      startsAt,
      generatorURL: "http://prometheus.example.com/graph?g0.expr=up",
    };
    const post = async (body: unknown) => {
      const response = await fetch(`${amUrl}/api/v2/alerts`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(response.status, await response.text()).toBe(200);
    };

    await post([alert]);
    const opened = await until("the incident to open", async () => (await searchIncidents({ service: "checkout-am" })).incidents[0], 40_000).catch((error: unknown) => {
      throw new Error(`${String(error)}; Keel answered ${JSON.stringify(received)}\n${log}`);
    });
    expect(opened).toMatchObject({ title: "Checkout is failing requests", severity: "SEV2", status: "triggered", source: "alertmanager" });
    expect(opened.alertGroupKey).toContain('alertname="CheckoutErrors"');

    await post([{ ...alert, endsAt: new Date(Date.now() - 1_000).toISOString() }]);
    const resolved = await until("the incident to resolve", async () => {
      const { incident } = await getIncident(opened.number);
      return incident.status === "resolved" ? incident : null;
    }, 40_000).catch((error: unknown) => {
      throw new Error(`${String(error)}; Keel answered ${JSON.stringify(received)}\n${log}`);
    });
    expect(resolved.resolvedAt).not.toBeNull();
    const { timeline } = await getIncident(opened.number);
    const alerts = timeline.filter((e) => e.kind === "alert").map((e) => e.text);
    expect(alerts.filter((t) => t.startsWith("Alert firing: CheckoutErrors"))).toHaveLength(1);
    expect(alerts.filter((t) => t.startsWith("Alert resolved: CheckoutErrors"))).toHaveLength(1);
    expect(alerts[0]).toContain("Runbook: https://runbooks.example.com/checkout");
    expect(received.every((r) => r.status === 200)).toBe(true);
  });
});
