// Postmortems, action items and runbooks over the API, against a real temporary database with bearer tokens.
import { beforeAll, describe, expect, it } from "vitest";
import * as actionItemRoute from "@/app/api/v1/action-items/[id]/route";
import * as actionItemsRoute from "@/app/api/v1/action-items/route";
import * as incidentActionItemsRoute from "@/app/api/v1/incidents/[number]/action-items/route";
import * as postmortemRoute from "@/app/api/v1/incidents/[number]/postmortem/route";
import * as incidentRoute from "@/app/api/v1/incidents/[number]/route";
import * as incidentsRoute from "@/app/api/v1/incidents/route";
import * as runbookRoute from "@/app/api/v1/services/[slug]/runbooks/[runbook]/route";
import * as runbooksRoute from "@/app/api/v1/services/[slug]/runbooks/route";
import * as sliRoute from "@/app/api/v1/sli/route";
import { getDb } from "@/db/client";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { createApiToken } from "@/db/queries/tokens";
import { createUser } from "@/db/queries/users";
import { services, teams } from "@/db/schema";
import { insertPushSlo } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens: Record<string, string> = {};
// Recent whole minutes, inside the SLO's 30-day window whenever the test runs.
const START_MINUTE = Math.floor(Date.now() / 60_000) - 120;
const iso = (minute: number) => new Date(minute * 60_000).toISOString();

beforeAll(async () => {
  const db = getDb();
  const payments = db.insert(teams).values({ slug: "payments", name: "Payments" }).returning().get();
  const search = db.insert(teams).values({ slug: "search", name: "Search" }).returning().get();
  const checkout = db.insert(services).values({ slug: "checkout", name: "Checkout", teamId: payments.id, tier: 1 }).returning().get();
  db.insert(services).values({ slug: "finder", name: "Finder", teamId: search.id, tier: 2 }).run();
  insertPushSlo({ slug: "checkout-availability", serviceId: checkout.id, target: 0.99 });
  await createUser({ email: "owner@keel.test", name: "Olive Owner", role: "editor", passwordHash: null }, CLI_ACTOR);
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write", "ingest"], createdById: null }, CLI_ACTOR)).token;
  tokens.searchOnly = (await createApiToken({ name: "search-writer", scopes: ["read", "write"], teamIds: [search.id], createdById: null }, CLI_ACTOR)).token;
  // 60 minutes of 1,000 requests: the first 50 all good, the last 10 with 50 bad each (500 bad of 60,000).
  const points = Array.from({ length: 60 }, (_, i) => ({ slo: "checkout-availability", ts: iso(START_MINUTE + i), good: i < 50 ? 1000 : 950, total: 1000 }));
  expect((await sliRoute.POST(call("POST", "/api/v1/sli", tokens.write!, { points }), undefined)).status).toBe(200);
});

function call(method: string, path: string, token: string, body?: unknown): Request {
  return new Request(`http://keel.test${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
}
const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) });

async function declareResolved(): Promise<number> {
  const created = await incidentsRoute.POST(call("POST", "/api/v1/incidents", tokens.write!, { title: "Checkout errors", severity: "SEV2", services: ["checkout"], startedAt: iso(START_MINUTE + 50) }), undefined);
  expect(created.status).toBe(201);
  const { number } = (await created.json()) as { number: number };
  const resolved = await incidentRoute.PATCH(call("PATCH", `/api/v1/incidents/${number}`, tokens.write!, { status: "resolved" }), ctx({ number: String(number) }));
  expect(resolved.status).toBe(200);
  return number;
}

describe("postmortems", () => {
  it("answers the empty draft with the computed impact before one is written", async () => {
    const number = await declareResolved();
    const response = await postmortemRoute.GET(call("GET", `/api/v1/incidents/${number}/postmortem`, tokens.read!), ctx({ number: String(number) }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ incident: number, exists: false, status: "draft", summary: "", canClose: false });
    // The incident's 10 bad minutes (500 bad) of a window allowing 1 % of 60,000 = 600: 5/6 of the budget.
    expect(body.computedImpact.slos).toHaveLength(1);
    expect(body.computedImpact.slos[0]).toMatchObject({ slug: "checkout-availability", service: "checkout", target: 0.99, budgetingMethod: "occurrences" });
    expect(body.computedImpact.slos[0].budgetBurned).toBeCloseTo(500 / 600, 9);
    expect(body.timeline.length).toBeGreaterThan(0);
  });

  it("writes, reviews and publishes; publishing goes on the timeline and closing becomes possible", async () => {
    const number = await declareResolved();
    const params = ctx({ number: String(number) });
    const put = (body: unknown, token = tokens.write!) => postmortemRoute.PUT(call("PUT", `/api/v1/incidents/${number}/postmortem`, token, body), params);
    const draft = await put({ summary: "Checkout returned 5 % errors.", rootCauses: "A pool limit lower than the traffic." });
    expect(draft.status).toBe(200);
    expect(await draft.json()).toMatchObject({ exists: true, status: "draft", summary: "Checkout returned 5 % errors.", author: null });
    const skipped = await put({ status: "published" });
    expect(skipped.status).toBe(409);
    expect((await skipped.json()).error.field).toBe("status");
    // Closing is refused (SEV2 needs a published postmortem) and writes nothing.
    const earlyClose = await incidentRoute.PATCH(call("PATCH", `/api/v1/incidents/${number}`, tokens.write!, { status: "closed" }), params);
    expect(earlyClose.status).toBe(409);
    expect((await put({ status: "in_review" })).status).toBe(200);
    const published = await put({ status: "published", wentWell: "Paged within a minute." });
    const body = await published.json();
    expect(body.incidentStatus).toBe("resolved");
    expect(body).toMatchObject({ status: "published", wentWell: "Paged within a minute.", summary: "Checkout returned 5 % errors.", canClose: true });
    expect(body.publishedAt).not.toBeNull();
    const incident = await (await incidentRoute.GET(call("GET", `/api/v1/incidents/${number}`, tokens.read!), params)).json();
    expect(incident.timeline.filter((e: { kind: string }) => e.kind === "postmortem").map((e: { text: string }) => e.text)).toEqual(["Postmortem published by token:writer; the incident may now be closed"]);
    expect(incident.status).toBe("resolved");
    expect((await put({ status: "draft" })).status).toBe(409);
    const closed = await incidentRoute.PATCH(call("PATCH", `/api/v1/incidents/${number}`, tokens.write!, { status: "closed" }), params);
    expect(closed.status).toBe(200);
  });

  it("refuses another team's token (403), an unknown incident (404) and a bad field (400), writing nothing", async () => {
    const number = await declareResolved();
    const before = (await listAuditEntries()).total;
    const forbidden = await postmortemRoute.PUT(call("PUT", `/api/v1/incidents/${number}/postmortem`, tokens.searchOnly!, { summary: "x" }), ctx({ number: String(number) }));
    expect(forbidden.status).toBe(403);
    const missing = await postmortemRoute.PUT(call("PUT", "/api/v1/incidents/9999/postmortem", tokens.write!, { summary: "x" }), ctx({ number: "9999" }));
    expect(missing.status).toBe(404);
    const bad = await postmortemRoute.PUT(call("PUT", `/api/v1/incidents/${number}/postmortem`, tokens.write!, { status: "done" }), ctx({ number: String(number) }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("status");
    expect((await listAuditEntries()).total).toBe(before);
  });
});

describe("action items", () => {
  it("adds, lists overdue, completes and deletes", async () => {
    const number = await declareResolved();
    const params = ctx({ number: String(number) });
    const add = (body: unknown) => incidentActionItemsRoute.POST(call("POST", `/api/v1/incidents/${number}/action-items`, tokens.write!, body), params);
    const late = await add({ title: "Raise the pool limit", owner: "owner@keel.test", dueAt: "2020-01-01T00:00:00Z", priority: "P1" });
    expect(late.status).toBe(201);
    const item = await late.json();
    expect(item).toMatchObject({ incident: number, title: "Raise the pool limit", owner: { name: "Olive Owner", email: "owner@keel.test" }, priority: "P1", status: "open", overdue: true, completedAt: null, team: "payments" });
    const later = await (await add({ title: "Alert on pool saturation", dueAt: "2999-01-01T00:00:00Z" })).json();
    expect(later).toMatchObject({ priority: "P2", overdue: false, owner: null });

    const unknownOwner = await add({ title: "x", owner: "nobody@keel.test" });
    expect(unknownOwner.status).toBe(400);
    expect((await unknownOwner.json()).error.field).toBe("owner");

    const overdue = await (await actionItemsRoute.GET(call("GET", "/api/v1/action-items?overdue=true&team=payments", tokens.read!), undefined)).json();
    expect(overdue.actionItems.map((i: { id: number }) => i.id)).toContain(item.id);
    expect(overdue.actionItems.map((i: { id: number }) => i.id)).not.toContain(later.id);

    const done = await actionItemRoute.PATCH(call("PATCH", `/api/v1/action-items/${item.id}`, tokens.write!, { status: "done" }), ctx({ id: String(item.id) }));
    const doneBody = await done.json();
    expect(doneBody).toMatchObject({ status: "done", overdue: false });
    expect(doneBody.completedAt).not.toBeNull();
    const reopened = await (await actionItemRoute.PATCH(call("PATCH", `/api/v1/action-items/${item.id}`, tokens.write!, { status: "open" }), ctx({ id: String(item.id) }))).json();
    expect(reopened.completedAt).toBeNull();

    const listed = await (await incidentActionItemsRoute.GET(call("GET", `/api/v1/incidents/${number}/action-items`, tokens.read!), params)).json();
    expect(listed.actionItems.map((i: { title: string }) => i.title)).toEqual(["Raise the pool limit", "Alert on pool saturation"]);

    expect((await actionItemRoute.DELETE(call("DELETE", `/api/v1/action-items/${later.id}`, tokens.searchOnly!), ctx({ id: String(later.id) }))).status).toBe(403);
    expect((await actionItemRoute.DELETE(call("DELETE", `/api/v1/action-items/${later.id}`, tokens.write!), ctx({ id: String(later.id) }))).status).toBe(204);
    expect((await actionItemRoute.DELETE(call("DELETE", `/api/v1/action-items/${later.id}`, tokens.write!), ctx({ id: String(later.id) }))).status).toBe(404);
    const badStatus = await actionItemsRoute.GET(call("GET", "/api/v1/action-items?status=finished", tokens.read!), undefined);
    expect(badStatus.status).toBe(400);
  });
});

describe("runbooks", () => {
  it("creates, lists, replaces and deletes for the service's team only", async () => {
    const slug = ctx({ slug: "checkout" });
    const body = { slug: "db-failover", title: "Database failover", body: "1. Check replication lag\n2. Promote the replica" };
    expect((await runbooksRoute.POST(call("POST", "/api/v1/services/checkout/runbooks", tokens.searchOnly!, body), slug)).status).toBe(403);
    const created = await runbooksRoute.POST(call("POST", "/api/v1/services/checkout/runbooks", tokens.write!, body), slug);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ slug: "db-failover", service: "checkout", title: "Database failover", url: null });
    expect((await runbooksRoute.POST(call("POST", "/api/v1/services/checkout/runbooks", tokens.write!, body), slug)).status).toBe(409);
    const empty = await runbooksRoute.POST(call("POST", "/api/v1/services/checkout/runbooks", tokens.write!, { slug: "empty", title: "Nothing" }), slug);
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.field).toBe("body");
    const badUrl = await runbooksRoute.POST(call("POST", "/api/v1/services/checkout/runbooks", tokens.write!, { slug: "js", title: "JS", url: "javascript:alert(1)" }), slug);
    expect(badUrl.status).toBe(400);
    expect((await badUrl.json()).error.field).toBe("url");

    const params = ctx({ slug: "checkout", runbook: "db-failover" });
    const replaced = await runbookRoute.PUT(call("PUT", "/api/v1/services/checkout/runbooks/db-failover", tokens.write!, { ...body, url: "https://wiki.example.com/failover" }), params);
    expect(await replaced.json()).toMatchObject({ url: "https://wiki.example.com/failover" });
    const list = await (await runbooksRoute.GET(call("GET", "/api/v1/services/checkout/runbooks", tokens.read!), slug)).json();
    expect(list.runbooks.map((r: { slug: string }) => r.slug)).toEqual(["db-failover"]);
    expect((await runbooksRoute.GET(call("GET", "/api/v1/services/nope/runbooks", tokens.read!), ctx({ slug: "nope" }))).status).toBe(404);
    expect((await runbookRoute.DELETE(call("DELETE", "/api/v1/services/checkout/runbooks/db-failover", tokens.write!), params)).status).toBe(204);
    expect((await runbookRoute.DELETE(call("DELETE", "/api/v1/services/checkout/runbooks/db-failover", tokens.write!), params)).status).toBe(404);
  });
});
