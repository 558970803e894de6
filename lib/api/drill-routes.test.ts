// Drills through the API: plan, run (an incident flagged as a drill), the incident's lifecycle, outcome, completion.
import { beforeAll, describe, expect, it } from "vitest";
import * as drillRoute from "@/app/api/v1/drills/[id]/route";
import * as finishRoute from "@/app/api/v1/drills/[id]/finish/route";
import * as outcomeRoute from "@/app/api/v1/drills/[id]/outcome/route";
import * as runRoute from "@/app/api/v1/drills/[id]/run/route";
import * as drillsRoute from "@/app/api/v1/drills/route";
import * as incidentRoute from "@/app/api/v1/incidents/[number]/route";
import * as incidentsRoute from "@/app/api/v1/incidents/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { createUser } from "@/db/queries/users";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens: Record<string, string> = {};

beforeAll(async () => {
  const streaming = await createTeam({ slug: "streaming", name: "Streaming" }, CLI_ACTOR);
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createService({ slug: "cdn-edge", name: "CDN Edge", teamId: streaming.id, tier: 2 }, CLI_ACTOR);
  await createUser({ email: "ana@example.com", name: "Ana", role: "editor", passwordHash: null }, CLI_ACTOR);
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write"], createdById: null }, CLI_ACTOR)).token;
  tokens.payments = (await createApiToken({ name: "payments-bot", scopes: ["read", "write"], teamIds: [payments.id], createdById: null }, CLI_ACTOR)).token;
});

function call(method: string, path: string, token: string, body?: unknown): Request {
  return new Request(`http://keel.test${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
}
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

describe("drills API", () => {
  it("plans a drill, runs it as an incident flagged drill that the log leaves out, and measures its timings", async () => {
    const planned = await drillsRoute.POST(
      call("POST", "/api/v1/drills", tokens.write!, { service: "cdn-edge", title: "Partial CDN outage", scenario: "Half the edge nodes stop serving", hypothesis: "Paged within 5 min", scheduledAt: "2026-12-01T14:00:00Z", participants: ["ana@example.com"] }),
      undefined,
    );
    expect(planned.status).toBe(201);
    const drill = await planned.json();
    expect(drill).toMatchObject({ drill: true, status: "planned", service: "cdn-edge", team: "streaming", participants: [{ email: "ana@example.com" }], incident: null });

    const injected = new Date(Date.now() - 4 * 60_000).toISOString();
    const run = await runRoute.POST(call("POST", `/api/v1/drills/${drill.id}/run`, tokens.write!, { faultInjectedAt: injected }), params({ id: String(drill.id) }));
    expect(run.status).toBe(200);
    const running = await run.json();
    expect(running.status).toBe("running");
    expect(running.timings.detectMinutes).toBeGreaterThanOrEqual(4);
    expect(running.timings.detectMinutes).toBeLessThan(4.5);
    const number = String(running.incident);

    const incident = await (await incidentRoute.GET(call("GET", `/api/v1/incidents/${number}`, tokens.write!), params({ number }))).json();
    expect(incident).toMatchObject({ drill: true, severity: "SEV2", status: "triggered", services: ["cdn-edge"], tags: ["drill"] });
    expect(incident.timeline.map((e: { kind: string }) => e.kind)).toEqual(["drill", "status"]);

    const log = await (await incidentsRoute.GET(call("GET", "/api/v1/incidents", tokens.write!), undefined)).json();
    expect(log).toEqual({ incidents: [], total: 0 });
    const drillsLog = await (await incidentsRoute.GET(call("GET", "/api/v1/incidents?drill=true", tokens.write!), undefined)).json();
    expect(drillsLog.incidents.map((i: { number: number; drill: boolean }) => [i.number, i.drill])).toEqual([[Number(number), true]]);

    for (const body of [{ status: "acknowledged" }, { escalate: true }, { status: "resolved" }]) {
      expect((await incidentRoute.PATCH(call("PATCH", `/api/v1/incidents/${number}`, tokens.write!, body), params({ number }))).status).toBe(200);
    }
    const early = await finishRoute.POST(call("POST", `/api/v1/drills/${drill.id}/finish`, tokens.write!, { outcome: "cancelled" }), params({ id: String(drill.id) }));
    expect(early.status).toBe(409);
    const outcome = await outcomeRoute.PUT(call("PUT", `/api/v1/drills/${drill.id}/outcome`, tokens.write!, { runbookFollowed: "partly", runbookNote: "Step 4 was out of date" }), params({ id: String(drill.id) }));
    expect(await outcome.json()).toMatchObject({ runbookFollowed: "partly", runbookNote: "Step 4 was out of date" });
    const done = await (await finishRoute.POST(call("POST", `/api/v1/drills/${drill.id}/finish`, tokens.write!, { outcome: "completed" }), params({ id: String(drill.id) }))).json();
    expect(done.status).toBe("completed");
    for (const key of ["acknowledgeMinutes", "escalateMinutes", "resolveMinutes"]) expect(done.timings[key]).toBeGreaterThanOrEqual(0);

    const again = await runRoute.POST(call("POST", `/api/v1/drills/${drill.id}/run`, tokens.write!, {}), params({ id: String(drill.id) }));
    expect(again.status).toBe(409);
  });

  it("refuses another team's token, unknown ids, unknown participants and a fault in the future", async () => {
    const other = await drillsRoute.POST(call("POST", "/api/v1/drills", tokens.payments!, { service: "cdn-edge", title: "x", scenario: "y", scheduledAt: "2026-12-01T14:00:00Z" }), undefined);
    expect(other.status).toBe(403);
    const nobody = await drillsRoute.POST(call("POST", "/api/v1/drills", tokens.write!, { service: "cdn-edge", title: "x", scenario: "y", scheduledAt: "2026-12-01T14:00:00Z", participants: ["nobody@example.com"] }), undefined);
    expect(nobody.status).toBe(400);
    expect((await nobody.json()).error.field).toBe("participants[0]");
    expect((await drillRoute.GET(call("GET", "/api/v1/drills/999", tokens.write!), params({ id: "999" }))).status).toBe(404);
    const planned = await (await drillsRoute.POST(call("POST", "/api/v1/drills", tokens.write!, { service: "cdn-edge", title: "Upstream timeout", scenario: "Origin answers after 30 s", scheduledAt: "2026-12-20T14:00:00Z" }), undefined)).json();
    const future = await runRoute.POST(call("POST", `/api/v1/drills/${planned.id}/run`, tokens.write!, { faultInjectedAt: Date.now() / 1000 + 3600 }), params({ id: String(planned.id) }));
    expect(future.status).toBe(400);
    expect((await future.json()).error.field).toBe("faultInjectedAt");
    const list = await (await drillsRoute.GET(call("GET", "/api/v1/drills?service=cdn-edge", tokens.write!), undefined)).json();
    expect(list.drills.map((d: { title: string; status: string }) => [d.title, d.status])).toEqual([
      ["Upstream timeout", "planned"],
      ["Partial CDN outage", "completed"],
    ]);
  });
});
