// Notifications against a local receiver: a declared incident reaches a generic and a Slack webhook; a failing one is retried on schedule.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/db/queries/audit";
import { listDeliveries } from "@/db/queries/notifications";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { CLI_CALLER } from "@/lib/access/caller";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { changeIncident } from "./change-incident";
import { declareIncident } from "./declare-incident";
import { createWebhook, deliverDue, startNotifier } from "./notifications";

setUpTempDatabase();

const received: { path: string; body: { text: string; event?: string; incident?: { drill: boolean; severity: string } } }[] = [];
let flakyFailures = 1;
const receiver = http.createServer((request, response) => {
  let raw = "";
  request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
  request.on("end", () => {
    if (request.url === "/flaky" && flakyFailures > 0) {
      flakyFailures -= 1;
      response.writeHead(503).end("busy");
      return;
    }
    received.push({ path: request.url ?? "", body: JSON.parse(raw) });
    response.writeHead(200).end("ok");
  });
});
let base = "";
let stop = () => {};

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const team = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createService({ slug: "checkout", name: "Checkout", teamId: team.id, tier: 1 }, CLI_ACTOR);
  await createWebhook({ caller: CLI_CALLER, input: { name: "Ops JSON", url: `${base}/generic`, format: "generic", events: ["declared", "severity_changed", "resolved"], enabled: true } });
  await createWebhook({ caller: CLI_CALLER, input: { name: "Slack", url: `${base}/slack`, format: "slack", events: ["declared"], enabled: true } });
  await createWebhook({ caller: CLI_CALLER, input: { name: "Flaky", url: `${base}/flaky`, format: "generic", events: ["resolved"], team: "payments", enabled: true } });
  await createWebhook({ caller: CLI_CALLER, input: { name: "Off", url: `${base}/off`, format: "generic", events: ["declared"], enabled: false } });
  stop = startNotifier({ intervalMs: 60_000, baseUrl: "https://keel.example.com" });
});

afterAll(async () => {
  stop();
  await new Promise((resolve) => receiver.close(resolve));
});

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("incident notifications", () => {
  it("a declared incident reaches the generic and the Slack webhook, not the disabled one", async () => {
    await declareIncident({ caller: CLI_CALLER, input: { title: "Checkout errors", severity: "SEV2", services: ["checkout"], summary: "", customerImpact: "", tags: [] } });
    await until(() => received.length === 2, "two deliveries");
    const byPath = Object.fromEntries(received.map((r) => [r.path, r.body]));
    expect(byPath["/generic"]).toMatchObject({ event: "incident.declared", text: "SEV2 incident #1 declared: Checkout errors", incident: { drill: false, severity: "SEV2" } });
    expect(byPath["/slack"]!.text).toBe("SEV2 incident #1 declared: Checkout errors");
    expect(byPath["/off"]).toBeUndefined();
  });

  it("severity changes and resolution notify; a failed delivery is retried on schedule and logged", async () => {
    received.length = 0;
    await changeIncident({ caller: CLI_CALLER, number: 1, input: { severity: "SEV1" } });
    await until(() => received.some((r) => r.body.event === "incident.severity_changed"), "the severity change");
    expect(received.at(-1)!.body.text).toBe("SEV1 incident #1 severity changed (SEV2 → SEV1): Checkout errors");
    await changeIncident({ caller: CLI_CALLER, number: 1, input: { status: "resolved" } });
    await until(async () => (await listDeliveries()).some((d) => d.webhookName === "Flaky" && d.attempts === 1), "the first flaky attempt");
    const failed = (await listDeliveries()).find((d) => d.webhookName === "Flaky")!;
    expect(failed).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 503, lastError: "HTTP 503", incidentNumber: 1 });
    // Not due yet: nothing is posted again before the 30 s backoff.
    expect(received.filter((r) => r.path === "/flaky")).toHaveLength(0);
    await deliverDue({ now: new Date(failed.nextAttemptAt!.getTime()) });
    const retried = (await listDeliveries()).find((d) => d.webhookName === "Flaky")!;
    expect(retried).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200 });
    expect(retried.nextAttemptAt).toBeNull();
    expect(received.find((r) => r.path === "/flaky")!.body.text).toBe("SEV1 incident #1 resolved: Checkout errors");
  });

  it("a receiver that never answers well is given up after six attempts", async () => {
    await createWebhook({ caller: CLI_CALLER, input: { name: "Dead", url: "http://127.0.0.1:9/dead", format: "generic", events: ["declared"], enabled: true } });
    await declareIncident({ caller: CLI_CALLER, input: { title: "Second", severity: "SEV4", services: ["checkout"], summary: "", customerImpact: "", tags: [] } });
    await until(async () => (await listDeliveries()).some((d) => d.webhookName === "Dead" && d.attempts === 1), "the first dead attempt");
    let now = Date.now();
    for (let attempt = 2; attempt <= 6; attempt += 1) {
      now += 3_600_000;
      await deliverDue({ now: new Date(now) });
    }
    expect((await listDeliveries()).find((d) => d.webhookName === "Dead")).toMatchObject({ status: "failed", attempts: 6, nextAttemptAt: null });
  });
});
