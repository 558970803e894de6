// The teams and services endpoints against a real temporary database, called with bearer tokens.
import { beforeAll, describe, expect, it } from "vitest";
import * as serviceRoute from "@/app/api/v1/services/[slug]/route";
import * as servicesRoute from "@/app/api/v1/services/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { createApiToken, revokeApiToken } from "@/db/queries/tokens";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens: Record<string, string> = {};
let revokedToken = "";

beforeAll(async () => {
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write"], createdById: null }, CLI_ACTOR)).token;
  tokens.admin = (await createApiToken({ name: "administrator", scopes: ["admin"], createdById: null }, CLI_ACTOR)).token;
  const revoked = await createApiToken({ name: "old", scopes: ["admin"], createdById: null }, CLI_ACTOR);
  await revokeApiToken(revoked.record.id, CLI_ACTOR);
  revokedToken = revoked.token;
});

function call(method: string, path: string, token: string, body?: unknown): Request {
  return new Request(`http://keel.test${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

const slugContext = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("teams and services API", () => {
  it("creates a team with an admin token only, and a service with a write token, audited as the token", async () => {
    const refused = await teamsRoute.POST(call("POST", "/api/v1/teams", tokens.write!, { slug: "payments", name: "Payments" }), undefined);
    expect(refused.status).toBe(403);
    const team = await teamsRoute.POST(call("POST", "/api/v1/teams", tokens.admin!, { slug: "payments", name: "Payments" }), undefined);
    expect(team.status).toBe(201);
    const created = await servicesRoute.POST(call("POST", "/api/v1/services", tokens.write!, { slug: "checkout", name: "Checkout", team: "payments", tier: 1 }), undefined);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ slug: "checkout", team: "payments", tier: 1, description: "" });
    const { entries } = await listAuditEntries({ entity: "service" });
    expect(entries[0]).toMatchObject({ actorKind: "token", actorLabel: "token:writer", action: "service.create" });
  });

  it("lists and reads with a read token", async () => {
    const list = await servicesRoute.GET(call("GET", "/api/v1/services?team=payments", tokens.read!), undefined);
    expect((await list.json()).services.map((s: { slug: string }) => s.slug)).toEqual(["checkout"]);
    const one = await serviceRoute.GET(call("GET", "/api/v1/services/checkout", tokens.read!), slugContext("checkout"));
    expect(await one.json()).toMatchObject({ slug: "checkout" });
  });

  it("answers 403 for a missing scope, 401 for a revoked token, 404 for an unknown slug", async () => {
    const forbidden = await servicesRoute.POST(call("POST", "/api/v1/services", tokens.read!, { slug: "x1", name: "X", team: "payments", tier: 1 }), undefined);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.code).toBe("forbidden");
    const revoked = await servicesRoute.GET(call("GET", "/api/v1/services", revokedToken), undefined);
    expect(revoked.status).toBe(401);
    const missing = await serviceRoute.GET(call("GET", "/api/v1/services/nope", tokens.read!), slugContext("nope"));
    expect(missing.status).toBe(404);
  });

  it("names the bad field in a 400 and writes nothing", async () => {
    const before = (await listAuditEntries()).total;
    const cases: [unknown, string][] = [
      [{ slug: "ok-slug", name: "X", team: "payments", tier: 4 }, "tier"],
      [{ slug: "Bad Slug", name: "X", team: "payments", tier: 1 }, "slug"],
      [{ slug: "ok-slug", name: "X", team: "nowhere", tier: 1 }, "team"],
      [{ slug: "ok-slug", team: "payments", tier: 1 }, "name"],
      [{ slug: "ok-slug", name: "X", team: "payments", tier: 1, runbookUrl: "ftp://x" }, "runbookUrl"],
    ];
    for (const [body, field] of cases) {
      const response = await servicesRoute.POST(call("POST", "/api/v1/services", tokens.write!, body), undefined);
      expect(response.status, field).toBe(400);
      expect((await response.json()).error.field).toBe(field);
    }
    const notJson = await servicesRoute.POST(call("POST", "/api/v1/services", tokens.write!, "{nope"), undefined);
    expect(notJson.status).toBe(400);
    expect((await listAuditEntries()).total).toBe(before);
  });

  it("answers 409 for a duplicate slug and 413 for a body over 1 MiB", async () => {
    const duplicate = await servicesRoute.POST(call("POST", "/api/v1/services", tokens.write!, { slug: "checkout", name: "Again", team: "payments", tier: 2 }), undefined);
    expect(duplicate.status).toBe(409);
    const huge = await servicesRoute.POST(call("POST", "/api/v1/services", tokens.write!, { slug: "big", name: "x".repeat(1_100_000), team: "payments", tier: 1 }), undefined);
    expect(huge.status).toBe(413);
  });

  it("updates and deletes a service", async () => {
    const updated = await serviceRoute.PUT(call("PUT", "/api/v1/services/checkout", tokens.write!, { tier: 2, description: "Cart to order" }), slugContext("checkout"));
    expect(await updated.json()).toMatchObject({ tier: 2, description: "Cart to order" });
    const deleted = await serviceRoute.DELETE(call("DELETE", "/api/v1/services/checkout", tokens.write!), slugContext("checkout"));
    expect(deleted.status).toBe(204);
    const gone = await serviceRoute.GET(call("GET", "/api/v1/services/checkout", tokens.read!), slugContext("checkout"));
    expect(gone.status).toBe(404);
  });
});
