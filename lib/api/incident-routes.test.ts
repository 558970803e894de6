// The incident endpoints against a real temporary database, called with bearer tokens.
import { beforeAll, describe, expect, it } from "vitest";
import * as incidentRoute from "@/app/api/v1/incidents/[number]/route";
import * as noteRoute from "@/app/api/v1/incidents/[number]/notes/[id]/route";
import * as notesRoute from "@/app/api/v1/incidents/[number]/notes/route";
import * as incidentsRoute from "@/app/api/v1/incidents/route";
import * as policyRoute from "@/app/api/v1/incident-policy/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { recordDeployment } from "@/db/queries/deploys";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens: Record<string, string> = {};

beforeAll(async () => {
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  const streaming = await createTeam({ slug: "streaming", name: "Streaming" }, CLI_ACTOR);
  const checkout = await createService({ slug: "checkout", name: "Checkout", teamId: payments.id, tier: 1 }, CLI_ACTOR);
  await createService({ slug: "live-video", name: "Live Video", teamId: streaming.id, tier: 1 }, CLI_ACTOR);
  await recordDeployment({ serviceId: checkout.id, serviceSlug: "checkout", version: "v41", description: "", at: new Date("2026-11-01T08:30:00Z") }, CLI_ACTOR);
  await recordDeployment({ serviceId: checkout.id, serviceSlug: "checkout", version: "v42", description: "new retry logic", at: new Date("2026-11-01T09:15:00Z") }, CLI_ACTOR);
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write"], createdById: null }, CLI_ACTOR)).token;
  tokens.streaming = (await createApiToken({ name: "streaming-bot", scopes: ["read", "write"], teamIds: [streaming.id], createdById: null }, CLI_ACTOR)).token;
  tokens.admin = (await createApiToken({ name: "administrator", scopes: ["admin"], createdById: null }, CLI_ACTOR)).token;
});

function call(method: string, path: string, token: string, body?: unknown): Request {
  return new Request(`http://keel.test${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

describe("incidents API", () => {
  it("declares #1 with the contract's fields, the deploys of the 2 h before it on its timeline", async () => {
    const response = await incidentsRoute.POST(
      call("POST", "/api/v1/incidents", tokens.write!, { title: "Checkout errors", severity: "SEV2", services: ["checkout"], summary: "5xx on pay", startedAt: "2026-11-01T10:00:00Z" }),
      undefined,
    );
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      number: 1,
      title: "Checkout errors",
      severity: "SEV2",
      status: "triggered",
      services: ["checkout"],
      source: "manual",
      drill: false,
      startedAt: "2026-11-01T10:00:00.000Z",
      acknowledgedAt: null,
      mitigatedAt: null,
      resolvedAt: null,
      team: "payments",
    });
    // v41 is 1.5 h before the start (inside the 2 h window); both deploys are listed, oldest first, before the declaration.
    expect(body.timeline.map((e: { kind: string; text: string }) => [e.kind, e.text])).toEqual([
      ["deploy", "Deploy of checkout v41 (recorded by cli)"],
      ["deploy", "Deploy of checkout v42: new retry logic (recorded by cli)"],
      ["status", "Declared as SEV2 by token:writer"],
      ["assignment", "Nobody is on call for Payments: assign someone"],
      // Declared a month after its start, it is long past SEV2's escalation point.
      ["escalation", "Escalated: the SEV2 policy escalates after 60 minutes; the team has no escalation policy and nobody on call"],
    ]);
  });

  it("changes status, severity and adds a note, each on the timeline; acknowledgement is stamped", async () => {
    const ack = await incidentRoute.PATCH(call("PATCH", "/api/v1/incidents/1", tokens.write!, { status: "acknowledged", note: "Looking at the retry change" }), params({ number: "1" }));
    expect(ack.status).toBe(200);
    const acked = await ack.json();
    expect(acked.status).toBe("acknowledged");
    expect(acked.acknowledgedAt).not.toBeNull();
    const sev = await incidentRoute.PATCH(call("PATCH", "/api/v1/incidents/1", tokens.write!, { severity: "SEV1" }), params({ number: "1" }));
    const texts = (await sev.json()).timeline.map((e: { kind: string; text: string }) => `${e.kind}: ${e.text}`);
    expect(texts).toContain("status: Triggered → Acknowledged");
    expect(texts).toContain("note: Looking at the retry change");
    expect(texts).toContain("severity: Severity SEV2 → SEV1");
  });

  it("a note at an earlier time is ordered by its time, and its time can be corrected", async () => {
    const added = await notesRoute.POST(call("POST", "/api/v1/incidents/1/notes", tokens.write!, { text: "First customer report", at: "2026-11-01T10:01:00Z" }), params({ number: "1" }));
    expect(added.status).toBe(201);
    const timeline = (await added.json()).timeline as { id: number; kind: string; text: string; at: string }[];
    const note = timeline.find((e) => e.text === "First customer report")!;
    expect(timeline.indexOf(note)).toBe(3);
    expect(timeline[2]!.text).toBe("Declared as SEV2 by token:writer");
    const edited = await noteRoute.PATCH(call("PATCH", `/api/v1/incidents/1/notes/${note.id}`, tokens.write!, { at: "2026-11-01T09:59:00Z" }), params({ number: "1", id: String(note.id) }));
    const after = (await edited.json()).timeline as { id: number; at: string; editedAt: string | null }[];
    expect(after.find((e) => e.id === note.id)).toMatchObject({ at: "2026-11-01T09:59:00.000Z" });
    expect(after.find((e) => e.id === note.id)!.editedAt).not.toBeNull();
    const notANote = await noteRoute.PATCH(call("PATCH", `/api/v1/incidents/1/notes/${after[0]!.id}`, tokens.write!, { text: "rewrite history" }), params({ number: "1", id: String(after[0]!.id) }));
    expect(notANote.status).toBe(404);
  });

  it("refuses to close before the postmortem a SEV1 requires (409), and an unknown status names the field (400)", async () => {
    await incidentRoute.PATCH(call("PATCH", "/api/v1/incidents/1", tokens.write!, { status: "resolved" }), params({ number: "1" }));
    const close = await incidentRoute.PATCH(call("PATCH", "/api/v1/incidents/1", tokens.write!, { status: "closed" }), params({ number: "1" }));
    expect(close.status).toBe(409);
    expect((await close.json()).error).toMatchObject({ field: "status", message: "This severity needs a published postmortem before the incident is closed" });
    const bad = await incidentRoute.PATCH(call("PATCH", "/api/v1/incidents/1", tokens.write!, { status: "done" }), params({ number: "1" }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("status");
    const empty = await incidentRoute.PATCH(call("PATCH", "/api/v1/incidents/1", tokens.write!, {}), params({ number: "1" }));
    expect(empty.status).toBe(400);
  });

  it("lists with filters; drills only with ?drill=true", async () => {
    await incidentsRoute.POST(call("POST", "/api/v1/incidents", tokens.streaming!, { title: "Live stream buffering", severity: "SEV3", services: ["live-video"] }), undefined);
    const all = await (await incidentsRoute.GET(call("GET", "/api/v1/incidents", tokens.read!), undefined)).json();
    expect(all.incidents.map((i: { number: number }) => i.number)).toEqual([2, 1]);
    const resolved = await (await incidentsRoute.GET(call("GET", "/api/v1/incidents?status=resolved&service=checkout", tokens.read!), undefined)).json();
    expect(resolved).toMatchObject({ total: 1, incidents: [{ number: 1 }] });
    const open = await (await incidentsRoute.GET(call("GET", "/api/v1/incidents?status=open&severity=SEV3,SEV4", tokens.read!), undefined)).json();
    expect(open.incidents.map((i: { number: number }) => i.number)).toEqual([2]);
    const before = await (await incidentsRoute.GET(call("GET", "/api/v1/incidents?to=2026-11-01T10:00:01Z&from=1761991200", tokens.read!), undefined)).json();
    expect(before.incidents.map((i: { number: number }) => i.number)).toEqual([1]);
    const drills = await (await incidentsRoute.GET(call("GET", "/api/v1/incidents?drill=true", tokens.read!), undefined)).json();
    expect(drills).toEqual({ incidents: [], total: 0 });
    const badSeverity = await incidentsRoute.GET(call("GET", "/api/v1/incidents?severity=SEV9", tokens.read!), undefined);
    expect(badSeverity.status).toBe(400);
    const unknownService = await incidentsRoute.GET(call("GET", "/api/v1/incidents?service=nope", tokens.read!), undefined);
    expect(unknownService.status).toBe(404);
  });

  it("a token limited to another team is refused (403); a read token cannot write; unknown numbers are 404", async () => {
    const other = await incidentRoute.PATCH(call("PATCH", "/api/v1/incidents/1", tokens.streaming!, { note: "not mine" }), params({ number: "1" }));
    expect(other.status).toBe(403);
    const declareOther = await incidentsRoute.POST(call("POST", "/api/v1/incidents", tokens.streaming!, { title: "x", severity: "SEV4", services: ["checkout"] }), undefined);
    expect(declareOther.status).toBe(403);
    const readOnly = await incidentRoute.PATCH(call("PATCH", "/api/v1/incidents/2", tokens.read!, { note: "hello" }), params({ number: "2" }));
    expect(readOnly.status).toBe(403);
    const missing = await incidentRoute.GET(call("GET", "/api/v1/incidents/99", tokens.read!), params({ number: "99" }));
    expect(missing.status).toBe(404);
    const notANumber = await incidentRoute.GET(call("GET", "/api/v1/incidents/abc", tokens.read!), params({ number: "abc" }));
    expect(notANumber.status).toBe(404);
  });

  it("an unknown service or an empty list names the field and writes nothing", async () => {
    const unknown = await incidentsRoute.POST(call("POST", "/api/v1/incidents", tokens.write!, { title: "x", severity: "SEV4", services: ["checkout", "nope"] }), undefined);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.field).toBe("services[1]");
    const none = await incidentsRoute.POST(call("POST", "/api/v1/incidents", tokens.write!, { title: "x", severity: "SEV4", services: [] }), undefined);
    expect((await none.json()).error.field).toBe("services");
    const all = await (await incidentsRoute.GET(call("GET", "/api/v1/incidents", tokens.read!), undefined)).json();
    expect(all.total).toBe(2);
  });

  it("the severity policy: anyone reads it, only an admin changes it", async () => {
    const policy = await (await policyRoute.GET(call("GET", "/api/v1/incident-policy", tokens.read!), undefined)).json();
    expect(policy.severities.SEV1).toMatchObject({ respondWithinMinutes: 5, resolveWithinMinutes: 60, escalateAfterMinutes: 0, requiresPostmortem: true });
    expect(policy.severities.SEV2).toMatchObject({ respondWithinMinutes: 15, resolveWithinMinutes: 240, escalateAfterMinutes: 60, requiresPostmortem: true });
    const changed = { ...policy, severities: { ...policy.severities, SEV3: { ...policy.severities.SEV3, requiresPostmortem: true } } };
    expect((await policyRoute.PUT(call("PUT", "/api/v1/incident-policy", tokens.write!, changed), undefined)).status).toBe(403);
    expect((await policyRoute.PUT(call("PUT", "/api/v1/incident-policy", tokens.admin!, changed), undefined)).status).toBe(200);
    const bad = await policyRoute.PUT(call("PUT", "/api/v1/incident-policy", tokens.admin!, { ...policy, deployWindowMinutes: -1 }), undefined);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("deployWindowMinutes");
  });
});
