// POST /api/v1/sli against a real temporary database, called with bearer tokens of each scope.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/sli/route";
import { getDb } from "@/db/client";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { windowAggregate } from "@/db/queries/sli";
import { createApiToken } from "@/db/queries/tokens";
import { services, teams } from "@/db/schema";
import { insertPushSlo } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens: Record<"read" | "ingest" | "write", string> = { read: "", ingest: "", write: "" };
const sloIds: Record<string, number> = {};

// Recent minutes, so every point is inside the retention window whenever the test runs.
const BASE_MINUTE = Math.floor(Date.now() / 60_000) - 600;
const iso = (minute: number, secondsPast = 0) => new Date(minute * 60_000 + secondsPast * 1000).toISOString();

beforeAll(async () => {
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.ingest = (await createApiToken({ name: "exporter", scopes: ["ingest"], createdById: null }, CLI_ACTOR)).token;
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write"], createdById: null }, CLI_ACTOR)).token;
  const db = getDb();
  const team = db.insert(teams).values({ slug: "payments", name: "Payments" }).returning().get();
  const service = db.insert(services).values({ slug: "checkout", name: "Checkout", teamId: team.id, tier: 1 }).returning().get();
  for (const [slug, timesliceTarget] of [["checkout-availability", null], ["checkout-latency", 0.99]] as const) {
    sloIds[slug] = insertPushSlo({ slug, serviceId: service.id, timesliceTarget });
  }
});

function ingest(body: unknown, options: { token?: string; authorization?: string; query?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    authorization: options.authorization ?? `Bearer ${options.token ?? tokens.ingest}`,
  };
  const request = new Request(`http://keel.test/api/v1/sli${options.query ?? ""}`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return POST(request, undefined);
}

const point = (overrides: Record<string, unknown> = {}) => ({ slo: "checkout-availability", ts: iso(BASE_MINUTE), good: 995, total: 1000, ...overrides });

async function stored(slug: string, fromMinute = BASE_MINUTE - 100_000, toMinute = BASE_MINUTE + 100_000) {
  return windowAggregate(sloIds[slug]!, fromMinute, toMinute);
}

async function expectError(response: Response, status: number, field?: string): Promise<{ code: string; message: string; field?: string }> {
  expect(response.status).toBe(status);
  const { error } = (await response.json()) as { error: { code: string; message: string; field?: string } };
  expect(error.field).toBe(field);
  return error;
}

describe("POST /api/v1/sli", () => {
  it("accepts points, truncates ts to the minute and answers the count, without an audit entry", async () => {
    const auditBefore = (await listAuditEntries()).total;
    const response = await ingest({
      points: [
        point({ ts: iso(BASE_MINUTE, 59) }),
        point({ ts: (BASE_MINUTE + 1) * 60 + 30, good: 1000 }),
        point({ slo: "checkout-latency", ts: iso(BASE_MINUTE), good: 990, total: 1000 }),
      ],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 3 });
    expect(await stored("checkout-availability")).toEqual({ good: 1995, total: 2000, slices: 2, goodSlices: 0, ratioSum: 1.995 });
    expect(await windowAggregate(sloIds["checkout-latency"]!, BASE_MINUTE, BASE_MINUTE + 1)).toEqual({
      good: 990,
      total: 1000,
      slices: 1,
      goodSlices: 1,
      ratioSum: 0.99,
    });
    expect((await listAuditEntries()).total).toBe(auditBefore);
  });

  it("replaces a minute by default and adds to it with ?mode=add", async () => {
    expect((await ingest({ points: [point({ good: 900 })] })).status).toBe(200);
    expect(await windowAggregate(sloIds["checkout-availability"]!, BASE_MINUTE, BASE_MINUTE + 1)).toMatchObject({ good: 900, total: 1000 });
    const added = await ingest({ points: [point({ good: 50, total: 100 }), point({ good: 50, total: 100 })] }, { query: "?mode=add" });
    expect(await added.json()).toEqual({ accepted: 2 });
    expect(await windowAggregate(sloIds["checkout-availability"]!, BASE_MINUTE, BASE_MINUTE + 1)).toMatchObject({ good: 1000, total: 1200, slices: 1 });
    expect((await ingest({ points: [point({ good: 995 })] }, { query: "?mode=replace" })).status).toBe(200);
    expect(await windowAggregate(sloIds["checkout-availability"]!, BASE_MINUTE, BASE_MINUTE + 1)).toMatchObject({ good: 995, total: 1000 });
  });

  it("answers 401 without a usable token and 403 without the ingest scope; a write token may ingest", async () => {
    await expectError(await ingest({ points: [point()] }, { token: "keel_not-a-real-token" }), 401);
    // No bearer token at all (a request without any Authorization header falls through to the browser
    // session, which needs Next's request scope that a unit test does not have).
    await expectError(await ingest({ points: [point()] }, { authorization: "Basic dXNlcjpwYXNz" }), 401);
    const forbidden = await expectError(await ingest({ points: [point()] }, { token: tokens.read }), 403);
    expect(forbidden.code).toBe("forbidden");
    expect((await ingest({ points: [point()] }, { token: tokens.write })).status).toBe(200);
  });

  it("refuses each kind of bad input with 400 naming the field, and writes nothing of the batch", async () => {
    const before = await stored("checkout-availability");
    const fresh = (i: number, overrides: Record<string, unknown> = {}) => point({ ts: iso(BASE_MINUTE + 10 + i), ...overrides });
    const cases: [unknown, string | undefined, string?][] = [
      [{ points: [fresh(0), fresh(1), fresh(2, { slo: "no-such-slo" })] }, "points[2].slo", "unknown"],
      [{ points: [fresh(0), fresh(1), fresh(2), fresh(3, { good: 1001 })] }, "points[3].good"],
      [{ points: [fresh(0), fresh(1, { good: -1 })] }, "points[1].good"],
      [{ points: [fresh(0), fresh(1, { total: -5, good: 0 })] }, "points[1].total"],
      [{ points: [fresh(0), fresh(1, { good: 99.5 })] }, "points[1].good"],
      [{ points: [fresh(0), fresh(1, { total: "1000" })] }, "points[1].total"],
      [{ points: [fresh(0), fresh(1), fresh(2), fresh(3, { good: 0, total: 1_000_000_001 })] }, "points[3].total", "points[3].total: at most 1,000,000,000 events per minute"],
      [{ points: [fresh(0), fresh(1, { ts: "2026-11-01 10:05" })] }, "points[1].ts"],
      [{ points: [fresh(0), fresh(1, { ts: iso(BASE_MINUTE - 401 * 1440) })] }, "points[1].ts", "retention"],
      [{ points: [fresh(0), fresh(1, { ts: iso(BASE_MINUTE + 3 * 1440) })] }, "points[1].ts", "future"],
      [{ points: [fresh(0), "point"] }, "points[1]"],
      [{}, "points"],
      [{ points: { slo: "checkout-availability" } }, "points"],
      ["{not json", undefined, "JSON"],
      ["", undefined],
      [[fresh(0)], undefined],
    ];
    for (const [body, field, messagePart] of cases) {
      const error = await expectError(await ingest(body), 400, field);
      expect(error.code).toBe("bad_request");
      if (messagePart) expect(error.message).toContain(messagePart);
    }
    const badMode = await expectError(await ingest({ points: [fresh(0)] }, { query: "?mode=merge" }), 400, "mode");
    expect(badMode.message).toContain("add");
    expect(await stored("checkout-availability")).toEqual(before);
  });

  it("answers 413 for more than 50,000 points and writes nothing", async () => {
    const before = await stored("checkout-availability");
    const points = Array.from({ length: 50_001 }, (_, i) => point({ ts: (BASE_MINUTE - (i % 1000)) * 60 }));
    const error = await expectError(await ingest({ points }), 413);
    expect(error.code).toBe("payload_too_large");
    expect(await stored("checkout-availability")).toEqual(before);
  });

  it("accepts 50,000 points in one batch", async () => {
    const points = Array.from({ length: 50_000 }, (_, i) => ({
      slo: i % 2 === 0 ? "checkout-availability" : "checkout-latency",
      ts: (BASE_MINUTE - 40_000 + Math.floor(i / 2)) * 60,
      good: 99,
      total: 100,
    }));
    const response = await ingest({ points });
    expect(await response.json()).toEqual({ accepted: 50_000 });
    expect(await windowAggregate(sloIds["checkout-latency"]!, BASE_MINUTE - 40_000, BASE_MINUTE - 15_000)).toMatchObject({
      good: 99 * 25_000,
      total: 100 * 25_000,
      slices: 25_000,
      goodSlices: 25_000,
    });
  });
});
