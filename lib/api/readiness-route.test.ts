// GET /api/v1/readiness?service= and the automatic checks, on a temp database with reviews written as the review layer stores them.
import { beforeAll, describe, expect, it } from "vitest";
import * as readinessRoute from "@/app/api/v1/readiness/route";
import { getDb } from "@/db/client";
import { CLI_ACTOR } from "@/db/queries/audit";
import { insertDrill } from "@/db/queries/drills";
import { insertRunbook } from "@/db/queries/runbooks";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { readinessReviewItems, readinessReviews, readinessTemplates, readinessTemplateVersions } from "@/db/schema";
import type { ItemStatus, ReviewStatus, TemplateItem } from "@/lib/readiness/types";
import { evaluateChecks } from "@/lib/server/readiness/checks";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const DAY = 86_400_000;
const tokens: Record<string, string> = {};
const ids: Record<string, number> = {};

const ITEMS: (Omit<TemplateItem, "guidance" | "evidenceRequired"> & { category: string })[] = [
  { key: "slos", category: "SLOs", text: "SLOs defined", required: true, check: { kind: "slo_defined" } },
  { key: "runbook", category: "Runbooks", text: "Runbooks for the likely failures", required: true, check: { kind: "runbook" } },
  { key: "drill", category: "Testing", text: "Load and failure testing", required: true, check: { kind: "recent_drill" } },
  { key: "dashboards", category: "Observability", text: "Dashboards", required: false, check: null },
];

function writeReview(serviceId: number, status: ReviewStatus, statuses: ItemStatus[], approvedAt: Date | null = null, createdAt = new Date()): number {
  const db = getDb();
  const content = { categories: ITEMS.map((i) => ({ key: i.category.toLowerCase(), name: i.category, items: [{ ...i, guidance: "", evidenceRequired: false }] })) };
  const template = db.insert(readinessTemplates).values({ slug: `t-${serviceId}-${createdAt.getTime()}`, name: "Default" }).returning().get();
  const version = db.insert(readinessTemplateVersions).values({ templateId: template.id, version: 1, content }).returning().get();
  const review = db.insert(readinessReviews).values({ serviceId, templateVersionId: version.id, status, approvedAt, createdAt }).returning().get();
  db.insert(readinessReviewItems)
    .values(ITEMS.map((i, position) => ({ reviewId: review.id, position, categoryKey: i.category.toLowerCase(), categoryName: i.category, itemKey: i.key, text: i.text, required: i.required, check: i.check, status: statuses[position]! })))
    .run();
  return review.id;
}

beforeAll(async () => {
  const team = await createTeam({ slug: "core-banking", name: "Core Banking" }, CLI_ACTOR);
  for (const slug of ["core-ledger", "accounts-api", "payments-api", "fresh-api"]) ids[slug] = (await createService({ slug, name: slug, teamId: team.id, tier: 1 }, CLI_ACTOR)).id;
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  writeReview(ids["core-ledger"]!, "approved", ["pass", "pass", "pass", "na"], new Date(Date.now() - 30 * DAY));
  writeReview(ids["accounts-api"]!, "in_review", ["pass", "pass", "fail", "pending"]);
  // An older approval, then a cancelled review: the approval is the latest that counts.
  writeReview(ids["payments-api"]!, "approved", ["pass", "pass", "pass", "pass"], new Date(Date.now() - 400 * DAY), new Date(Date.now() - 401 * DAY));
  writeReview(ids["payments-api"]!, "cancelled", ["pending", "pending", "pending", "pending"]);
});

const get = (query: string, token = tokens.read!) => readinessRoute.GET(new Request(`http://keel.test/api/v1/readiness${query}`, { headers: { authorization: `Bearer ${token}` } }), undefined);

describe("GET /api/v1/readiness", () => {
  it("a ready service: approved within 12 months, Gold with the N/A item left out", async () => {
    const res = await get("?service=core-ledger");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(["service", "state", "approvedAt", "reviewDueAt", "level", "passed", "applicable", "blockers"]);
    expect(body).toMatchObject({ service: "core-ledger", state: "ready", level: "gold", passed: 3, applicable: 3, blockers: [] });
    expect(Date.parse(body.reviewDueAt) - Date.parse(body.approvedAt)).toBeGreaterThan(364 * DAY);
  });

  it("a blocked service names the failed required item; optional items never block", async () => {
    expect(await (await get("?service=accounts-api")).json()).toEqual({
      service: "accounts-api",
      state: "blocked",
      approvedAt: null,
      reviewDueAt: null,
      level: "bronze",
      passed: 2,
      applicable: 4,
      blockers: [{ item: "Load and failure testing", message: "Failed" }],
    });
  });

  it("expired past the re-review date (cancelled reviews do not count); not_reviewed without a review", async () => {
    expect(await (await get("?service=payments-api")).json()).toMatchObject({ state: "expired", level: "gold" });
    expect(await (await get("?service=fresh-api")).json()).toEqual({ service: "fresh-api", state: "not_reviewed", approvedAt: null, reviewDueAt: null, level: "none", passed: 0, applicable: 0, blockers: [] });
  });

  it("400 names the missing field, 404 for an unknown service, 401 without a token", async () => {
    const missing = await get("");
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toContain("service");
    expect((await get("?service=nope")).status).toBe(404);
    expect((await get("?service=core-ledger", "wrong")).status).toBe(401);
  });
});

describe("evaluateChecks", () => {
  it("reads the service's runbooks and drills; planned drills and missing SLOs fail", async () => {
    const now = Date.now();
    const id = ids["accounts-api"]!;
    await insertRunbook(id, { slug: "ledger-lag", title: "Ledger lag", url: null, body: "Steps" }, CLI_ACTOR);
    await insertDrill({ serviceId: id, title: "Planned only", scenario: "Kill a node", scheduledAt: new Date(now + DAY), status: "planned" }, CLI_ACTOR);
    const checks = [
      { itemKey: "slos", check: { kind: "slo_defined" as const } },
      { itemKey: "runbook", check: { kind: "runbook" as const } },
      { itemKey: "drill", check: { kind: "recent_drill" as const } },
      { itemKey: "oncall", check: { kind: "oncall_coverage" as const } },
      { itemKey: "actions", check: { kind: "no_overdue_action_items" as const } },
    ];
    const before = await evaluateChecks(id, checks, now);
    expect([...before].map(([key, r]) => [key, r.status])).toEqual([
      ["slos", "fail"],
      ["runbook", "pass"],
      ["drill", "fail"],
      ["oncall", "fail"],
      ["actions", "pass"],
    ]);
    expect(before.get("runbook")!.evidence).toEqual([{ label: "Ledger lag", href: "/services/accounts-api/runbooks/ledger-lag" }]);
    expect(before.get("oncall")!.message).toBe("Team Core Banking has no on-call schedule.");

    const ran = await insertDrill({ serviceId: id, title: "Ledger failover", scenario: "Fail the primary", scheduledAt: new Date(now - 40 * DAY), status: "completed", faultInjectedAt: new Date(now - 40 * DAY) }, CLI_ACTOR);
    const after = await evaluateChecks(id, [{ itemKey: "drill", check: { kind: "recent_drill" } }], now);
    expect(after.get("drill")).toMatchObject({ status: "pass", evidence: [{ href: `/drills/${ran.id}` }] });
    expect(await evaluateChecks(id, [], now)).toEqual(new Map());
    await expect(evaluateChecks(999_999, checks, now)).rejects.toThrow("No service 999999");
  });
});
