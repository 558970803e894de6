// The what-if API: compute without saving, scenarios from save to delete, prices for admins, 400/403/404 shapes.
import { beforeAll, describe, expect, it } from "vitest";
import * as pricesRoute from "@/app/api/v1/costs/prices/route";
import * as scenarioRoute from "@/app/api/v1/costs/scenarios/[id]/route";
import * as scenariosRoute from "@/app/api/v1/costs/scenarios/route";
import * as whatIfRoute from "@/app/api/v1/costs/what-if/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createApiToken } from "@/db/queries/tokens";
import { UNCHANGED_LEVERS } from "@/lib/costs/whatif";
import { DEFAULT_PRICES, FINTECH_PLAN } from "@/lib/costs/whatif-defaults";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens: Record<string, string> = {};

beforeAll(async () => {
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write"], createdById: null }, CLI_ACTOR)).token;
  tokens.admin = (await createApiToken({ name: "admin", scopes: ["read", "write", "admin"], createdById: null }, CLI_ACTOR)).token;
});

const call = (method: string, path: string, token: string, body?: unknown) =>
  new Request(`http://keel.test${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

describe("the what-if API", () => {
  it("computes without records as an empty projection, and names a bad lever", async () => {
    const ok = await whatIfRoute.POST(call("POST", "/api/v1/costs/what-if", tokens.read!, { levers: FINTECH_PLAN }), undefined);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ total: { current: 0, projected: 0, saving: 0 }, teams: [] });
    const bad = await whatIfRoute.POST(call("POST", "/api/v1/costs/what-if", tokens.read!, { levers: { ...FINTECH_PLAN, rollup: { ...FINTECH_PLAN.rollup, granularity: "weekly" } } }), undefined);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("levers.rollup.granularity");
  });

  it("saves, reads, renames and deletes a scenario; readers are refused; unknown ids are 404", async () => {
    expect((await scenariosRoute.POST(call("POST", "/api/v1/costs/scenarios", tokens.read!, { name: "x", levers: FINTECH_PLAN }), undefined)).status).toBe(403);
    const created = await scenariosRoute.POST(call("POST", "/api/v1/costs/scenarios", tokens.write!, { name: "API plan", levers: FINTECH_PLAN }), undefined);
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const read = await scenarioRoute.GET(call("GET", `/api/v1/costs/scenarios/${id}`, tokens.read!), params({ id: String(id) }));
    expect(await read.json()).toMatchObject({ name: "API plan", levers: FINTECH_PLAN, prices: DEFAULT_PRICES });
    const renamed = await scenarioRoute.PUT(call("PUT", `/api/v1/costs/scenarios/${id}`, tokens.write!, { name: "API plan 2", levers: UNCHANGED_LEVERS }), params({ id: String(id) }));
    expect(await renamed.json()).toMatchObject({ name: "API plan 2", levers: UNCHANGED_LEVERS });
    const listed = await scenariosRoute.GET(call("GET", "/api/v1/costs/scenarios", tokens.read!), undefined);
    expect((await listed.json()).scenarios.map((s: { name: string }) => s.name)).toEqual(["API plan 2"]);
    expect((await scenarioRoute.DELETE(call("DELETE", `/api/v1/costs/scenarios/${id}`, tokens.write!), params({ id: String(id) }))).status).toBe(204);
    expect((await scenarioRoute.GET(call("GET", `/api/v1/costs/scenarios/${id}`, tokens.read!), params({ id: String(id) }))).status).toBe(404);
    expect((await scenarioRoute.GET(call("GET", "/api/v1/costs/scenarios/abc", tokens.read!), params({ id: "abc" }))).status).toBe(404);
  });

  it("lets admins change prices; a write token is refused", async () => {
    expect((await pricesRoute.PUT(call("PUT", "/api/v1/costs/prices", tokens.write!, DEFAULT_PRICES), undefined)).status).toBe(403);
    const bad = await pricesRoute.PUT(call("PUT", "/api/v1/costs/prices", tokens.admin!, { ...DEFAULT_PRICES, ingestPerGb: { ...DEFAULT_PRICES.ingestPerGb, logs: "abc" } }), undefined);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("ingestPerGb.logs");
    const changed = await pricesRoute.PUT(call("PUT", "/api/v1/costs/prices", tokens.admin!, { ...DEFAULT_PRICES, coldPerGbMonth: "0.004" }), undefined);
    expect(changed.status).toBe(200);
    expect((await (await pricesRoute.GET(call("GET", "/api/v1/costs/prices", tokens.read!), undefined)).json()).coldPerGbMonth).toBe("0.004");
  });
});
