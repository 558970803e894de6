// Readiness through the API: templates and their versions, a review from start to sign-off, stale writes, rights.
import { beforeAll, describe, expect, it } from "vitest";
import * as approveRoute from "@/app/api/v1/readiness/reviews/[id]/approve/route";
import * as cancelRoute from "@/app/api/v1/readiness/reviews/[id]/cancel/route";
import * as itemRoute from "@/app/api/v1/readiness/reviews/[id]/items/[itemKey]/route";
import * as reviewRoute from "@/app/api/v1/readiness/reviews/[id]/route";
import * as reviewsRoute from "@/app/api/v1/readiness/reviews/route";
import * as templateRoute from "@/app/api/v1/readiness/templates/[slug]/route";
import * as versionRoute from "@/app/api/v1/readiness/templates/[slug]/versions/[version]/route";
import * as templatesRoute from "@/app/api/v1/readiness/templates/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { createUser } from "@/db/queries/users";
import { ensureDefaultTemplates } from "@/lib/server/readiness/templates";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens: Record<string, string> = {};

beforeAll(async () => {
  const streaming = await createTeam({ slug: "streaming", name: "Streaming" }, CLI_ACTOR);
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createService({ slug: "cdn-edge", name: "CDN Edge", teamId: streaming.id, tier: 2 }, CLI_ACTOR);
  await createUser({ email: "ana@example.com", name: "Ana", role: "editor", passwordHash: null }, CLI_ACTOR);
  expect(await ensureDefaultTemplates()).toBe(3);
  expect(await ensureDefaultTemplates()).toBe(0);
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write"], createdById: null }, CLI_ACTOR)).token;
  tokens.admin = (await createApiToken({ name: "admin", scopes: ["read", "write", "admin"], createdById: null }, CLI_ACTOR)).token;
  tokens.payments = (await createApiToken({ name: "payments-bot", scopes: ["read", "write"], teamIds: [payments.id], createdById: null }, CLI_ACTOR)).token;
  void streaming;
});

function call(method: string, path: string, token: string, body?: unknown): Request {
  return new Request(`http://keel.test${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
}
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

type Item = { key: string; required: boolean; evidenceRequired: boolean; status: string; version: number; checkResult: { status: "pass" | "fail" } | null };

describe("readiness templates API", () => {
  it("lists the three default templates and reads one with its versions; only admins edit, and old versions stay readable", async () => {
    const list = await (await templatesRoute.GET(call("GET", "/api/v1/readiness/templates", tokens.write!), undefined)).json();
    expect(list.templates.map((t: { slug: string; tier: number; itemCount: number; requiredCount: number }) => [t.slug, t.tier, t.itemCount, t.requiredCount])).toEqual([
      ["tier-1", 1, 14, 14],
      ["tier-2", 2, 14, 10],
      ["tier-3", 3, 10, 5],
    ]);
    const tier3 = await (await templateRoute.GET(call("GET", "/api/v1/readiness/templates/tier-3", tokens.write!), params({ slug: "tier-3" }))).json();
    expect(tier3.version).toBe(1);
    expect(tier3.versions).toEqual([{ version: 1, note: "Keel's default", createdAt: expect.any(String), createdBy: null }]);

    const edit = { name: "Tier 3 — supporting services", description: "Lighter", tier: 3, content: { categories: [{ key: "basics", name: "Basics", items: [{ key: "slos-defined", text: "SLOs defined", check: { kind: "slo_defined" } }] }] }, note: "Trimmed" };
    expect((await templateRoute.PUT(call("PUT", "/api/v1/readiness/templates/tier-3", tokens.write!, edit), params({ slug: "tier-3" }))).status).toBe(403);
    const duplicate = { ...edit, content: { categories: [{ key: "a", name: "A", items: [{ key: "x", text: "X" }] }, { key: "b", name: "B", items: [{ key: "x", text: "Y" }] }] } };
    const bad = await templateRoute.PUT(call("PUT", "/api/v1/readiness/templates/tier-3", tokens.admin!, duplicate), params({ slug: "tier-3" }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("content.categories[1].items[0].key");
    const saved = await templateRoute.PUT(call("PUT", "/api/v1/readiness/templates/tier-3", tokens.admin!, edit), params({ slug: "tier-3" }));
    expect(saved.status).toBe(200);
    const after = await saved.json();
    expect([after.version, after.versions.map((v: { version: number; note: string }) => [v.version, v.note])]).toEqual([2, [[2, "Trimmed"], [1, "Keel's default"]]]);
    const old = await (await versionRoute.GET(call("GET", "/api/v1/readiness/templates/tier-3/versions/1", tokens.write!), params({ slug: "tier-3", version: "1" }))).json();
    expect([old.version, old.current, old.content.categories.length]).toEqual([1, false, 7]);
    expect((await versionRoute.GET(call("GET", "/api/v1/readiness/templates/tier-3/versions/9", tokens.write!), params({ slug: "tier-3", version: "9" }))).status).toBe(404);
    expect((await templateRoute.GET(call("GET", "/api/v1/readiness/templates/nope", tokens.write!), params({ slug: "nope" }))).status).toBe(404);
    const created = await templatesRoute.POST(call("POST", "/api/v1/readiness/templates", tokens.admin!, { ...edit, slug: "launch-lite" }), undefined);
    expect(created.status).toBe(201);
    expect((await templatesRoute.POST(call("POST", "/api/v1/readiness/templates", tokens.admin!, { ...edit, slug: "launch-lite" }), undefined)).status).toBe(409);
  });
});

describe("readiness reviews API", () => {
  it("starts a review, saves items with version checks, refuses sign-off with blockers, then approves", async () => {
    const started = await reviewsRoute.POST(call("POST", "/api/v1/readiness/reviews", tokens.write!, { service: "cdn-edge", template: "tier-2", launchDate: "2027-01-15", dueDate: "2027-01-08", reviewer: "ana@example.com" }), undefined);
    expect(started.status).toBe(201);
    const review = await started.json();
    expect(review).toMatchObject({ status: "in_review", service: "cdn-edge", team: "streaming", tier: 2, template: { slug: "tier-2", version: 1 }, launchDate: "2027-01-15", reviewer: { name: "Ana", email: "ana@example.com" } });
    expect(review.progress).toEqual({ total: 14, pending: 14, pass: 0, fail: 0, na: 0, passed: 0, applicable: 14, share: 0 });
    expect(review.blockers).toHaveLength(10);
    expect(review.blockers[0]).toEqual({ item: "SLOs defined for the user journeys that matter", message: "Not checked yet" });
    const id = String(review.id);
    const patch = (key: string, body: unknown, token = tokens.write!) => itemRoute.PATCH(call("PATCH", `/api/v1/readiness/reviews/${id}/items/${key}`, token, body), params({ id, itemKey: key }));

    const first = await patch("dashboards", { version: 1, status: "pass", evidenceUrl: "https://grafana.example.com/d/cdn" });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ key: "dashboards", status: "pass", version: 2, evidenceUrl: "https://grafana.example.com/d/cdn" });
    const stale = await patch("dashboards", { version: 1, comment: "Looks thin" });
    expect(stale.status).toBe(409);
    const staleBody = await stale.json();
    expect(staleBody.error.code).toBe("stale");
    expect(staleBody.item).toMatchObject({ key: "dashboards", status: "pass", version: 2, comment: "" });

    const na = await patch("test-coverage", { version: 1, status: "na" });
    expect([na.status, (await na.json()).error.field]).toEqual([400, "justification"]);
    const noEvidence = await patch("backups-restore", { version: 1, status: "pass" });
    expect([noEvidence.status, (await noEvidence.json()).error.field]).toEqual([400, "evidenceUrl"]);
    const badUrl = await patch("backups-restore", { version: 1, evidenceUrl: "javascript:alert(1)" });
    expect([badUrl.status, (await badUrl.json()).error.field]).toEqual([400, "evidenceUrl"]);
    const noVersion = await patch("backups-restore", { status: "fail" });
    expect([noVersion.status, (await noVersion.json()).error.field]).toEqual([400, "version"]);
    expect((await patch("backups-restore", { version: 1, status: "fail" }, tokens.payments!)).status).toBe(403);
    expect((await patch("nope", { version: 1, status: "fail" })).status).toBe(404);
    expect((await patch("test-coverage", { version: 1, status: "na", justification: "Config-only service" })).status).toBe(200);
    expect((await patch("backups-restore", { version: 1, status: "fail", comment: "Restore never tried" })).status).toBe(200);

    const refused = await approveRoute.POST(call("POST", `/api/v1/readiness/reviews/${id}/approve`, tokens.admin!), params({ id }));
    expect(refused.status).toBe(409);
    const refusal = await refused.json();
    expect(refusal.error.code).toBe("conflict");
    expect(refusal.blockers).toHaveLength(9);
    expect(refusal.blockers).toContainEqual({ item: "Backups taken and restore tested", message: "Failed" });
    expect((await approveRoute.POST(call("POST", `/api/v1/readiness/reviews/${id}/approve`, tokens.write!), params({ id }))).status).toBe(403);

    const current = await (await reviewRoute.GET(call("GET", `/api/v1/readiness/reviews/${id}`, tokens.write!), params({ id }))).json();
    for (const item of current.items as Item[]) {
      if (!item.required || item.status === "pass") continue;
      // The test service has no SLOs, runbook or drill: its automatic checks fail, so passing them is an override with a reason.
      const overrideReason = item.checkResult?.status === "fail" ? "Checked by hand before launch" : undefined;
      const res = await patch(item.key, { version: item.version, status: "pass", evidenceUrl: item.evidenceRequired ? `https://evidence.example.com/${item.key}` : undefined, overrideReason });
      expect(res.status, item.key).toBe(200);
    }
    const approved = await approveRoute.POST(call("POST", `/api/v1/readiness/reviews/${id}/approve`, tokens.admin!), params({ id }));
    expect(approved.status).toBe(200);
    const done = await approved.json();
    // Ten passed by hand, and one optional item passed by its own automatic check.
    expect([done.status, done.blockers, done.progress.passed, done.progress.applicable, done.progress.na]).toEqual(["approved", [], 11, 13, 1]);
    expect(done.approvedAt).toEqual(expect.any(String));
    expect((await patch("dashboards", { version: 2, comment: "late" })).status).toBe(409);
    expect((await cancelRoute.POST(call("POST", `/api/v1/readiness/reviews/${id}/cancel`, tokens.write!), params({ id }))).status).toBe(409);
  });

  it("lists reviews by service, team and status, cancels one, and answers 400/404 for bad input", async () => {
    const other = await (await reviewsRoute.POST(call("POST", "/api/v1/readiness/reviews", tokens.write!, { service: "cdn-edge", template: "tier-1", launchDate: "2027-03-01" }), undefined)).json();
    const id = String(other.id);
    const cancelled = await cancelRoute.POST(call("POST", `/api/v1/readiness/reviews/${id}/cancel`, tokens.write!), params({ id }));
    expect([cancelled.status, (await cancelled.json()).status]).toEqual([200, "cancelled"]);
    const list = await (await reviewsRoute.GET(call("GET", "/api/v1/readiness/reviews?team=streaming", tokens.write!), undefined)).json();
    expect(list.reviews.map((r: { template: { slug: string }; status: string; items?: unknown }) => [r.template.slug, r.status, r.items])).toEqual([
      ["tier-1", "cancelled", undefined],
      ["tier-2", "approved", undefined],
    ]);
    const approvedOnly = await (await reviewsRoute.GET(call("GET", "/api/v1/readiness/reviews?service=cdn-edge&status=approved", tokens.write!), undefined)).json();
    expect(approvedOnly.reviews).toHaveLength(1);
    expect((await reviewsRoute.GET(call("GET", "/api/v1/readiness/reviews?status=done", tokens.write!), undefined)).status).toBe(400);
    expect((await reviewsRoute.GET(call("GET", "/api/v1/readiness/reviews?service=nope", tokens.write!), undefined)).status).toBe(404);
    expect((await reviewRoute.GET(call("GET", "/api/v1/readiness/reviews/999", tokens.write!), params({ id: "999" }))).status).toBe(404);
    expect((await reviewRoute.GET(call("GET", "/api/v1/readiness/reviews/abc", tokens.write!), params({ id: "abc" }))).status).toBe(404);
    for (const [body, field] of [
      [{ service: "nope", template: "tier-2", launchDate: "2027-01-15" }, "service"],
      [{ service: "cdn-edge", template: "nope", launchDate: "2027-01-15" }, "template"],
      [{ service: "cdn-edge", template: "tier-2", launchDate: "15/01/2027" }, "launchDate"],
      [{ service: "cdn-edge", template: "tier-2", launchDate: "2027-01-15", reviewer: "nobody@example.com" }, "reviewer"],
    ] as const) {
      const res = await reviewsRoute.POST(call("POST", "/api/v1/readiness/reviews", tokens.write!, body), undefined);
      expect([res.status, (await res.json()).error.field]).toEqual([400, field]);
    }
    expect((await reviewsRoute.POST(call("POST", "/api/v1/readiness/reviews", tokens.payments!, { service: "cdn-edge", template: "tier-2", launchDate: "2027-01-15" }), undefined)).status).toBe(403);
  });
});
