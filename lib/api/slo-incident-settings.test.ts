// The SLO definition's incident settings through the API: written, read back, left alone when a PUT omits them.
import { beforeAll, describe, expect, it } from "vitest";
import * as sloRoute from "@/app/api/v1/slos/[slug]/route";
import * as slosRoute from "@/app/api/v1/slos/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

let token = "";

beforeAll(async () => {
  const team = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createService({ slug: "ledger", name: "Ledger", teamId: team.id, tier: 2 }, CLI_ACTOR);
  token = (await createApiToken({ name: "writer", scopes: ["read", "write"], createdById: null }, CLI_ACTOR)).token;
});

const call = (method: string, path: string, body?: unknown) =>
  new Request(`http://keel.test${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });
const definition = { slug: "ledger-availability", name: "Ledger availability", service: "ledger", sliKind: "availability", target: 0.999, window: { kind: "rolling", days: 30 }, budgetingMethod: "occurrences" };

describe("incidentOnPage and incidentOnStale on SLO definitions", () => {
  it("defaults to auto and false, takes both, and keeps them when a PUT leaves them out", async () => {
    const created = await slosRoute.POST(call("POST", "/api/v1/slos", definition), undefined);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ incidentOnPage: "auto", incidentOnStale: false });
    const set = await sloRoute.PUT(call("PUT", "/api/v1/slos/ledger-availability", { ...definition, incidentOnPage: "on", incidentOnStale: true }), ctx("ledger-availability"));
    expect(await set.json()).toMatchObject({ incidentOnPage: "on", incidentOnStale: true });
    const kept = await sloRoute.PUT(call("PUT", "/api/v1/slos/ledger-availability", { ...definition, name: "Ledger availability (API)" }), ctx("ledger-availability"));
    expect(await kept.json()).toMatchObject({ name: "Ledger availability (API)", incidentOnPage: "on", incidentOnStale: true });
    const read = await sloRoute.GET(call("GET", "/api/v1/slos/ledger-availability"), ctx("ledger-availability"));
    expect(await read.json()).toMatchObject({ incidentOnPage: "on", incidentOnStale: true });
  });

  it("answers 400 naming the field for a bad value", async () => {
    const bad = await sloRoute.PUT(call("PUT", "/api/v1/slos/ledger-availability", { ...definition, incidentOnPage: "sometimes" }), ctx("ledger-availability"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("incidentOnPage");
    const notBool = await sloRoute.PUT(call("PUT", "/api/v1/slos/ledger-availability", { ...definition, incidentOnStale: "yes" }), ctx("ledger-availability"));
    expect((await notBool.json()).error.field).toBe("incidentOnStale");
  });
});
