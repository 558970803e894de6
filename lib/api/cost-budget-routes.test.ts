// The cost policy and team budgets through the API: admins set the policy, a team's members set its budget, others are
// refused and nothing is written; 400s name the field, unknown teams 404.
import { beforeAll, describe, expect, it } from "vitest";
import * as policyRoute from "@/app/api/v1/cost-policy/route";
import * as budgetRoute from "@/app/api/v1/costs/budgets/[team]/route";
import * as budgetsRoute from "@/app/api/v1/costs/budgets/route";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { DEFAULT_COST_POLICY } from "@/lib/costs/policy";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens = { admin: "", payments: "", reader: "" };

beforeAll(async () => {
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createTeam({ slug: "web", name: "Web" }, CLI_ACTOR);
  tokens.admin = (await createApiToken({ name: "admin", scopes: ["read", "write", "admin"], createdById: null }, CLI_ACTOR)).token;
  tokens.payments = (await createApiToken({ name: "payments", scopes: ["read", "write"], teamIds: [payments.id], createdById: null }, CLI_ACTOR)).token;
  tokens.reader = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
});

const call = (who: keyof typeof tokens, method: string, path: string, body?: unknown) =>
  new Request(`http://keel.test${path}`, { method, headers: { authorization: `Bearer ${tokens[who]}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
const team = (slug: string) => ({ params: Promise.resolve({ team: slug }) });

describe("GET/PUT /api/v1/cost-policy", () => {
  it("reads Keel's defaults, lets an admin change them, and refuses others", async () => {
    expect(await (await policyRoute.GET(call("reader", "GET", "/api/v1/cost-policy"), undefined)).json()).toEqual(DEFAULT_COST_POLICY);
    const changed = { ...DEFAULT_COST_POLICY, budgetWarnAt: 0.7, anomalySigma: 2.5 };
    const refused = await policyRoute.PUT(call("payments", "PUT", "/api/v1/cost-policy", changed), undefined);
    expect(refused.status).toBe(403);
    const set = await policyRoute.PUT(call("admin", "PUT", "/api/v1/cost-policy", changed), undefined);
    expect(set.status).toBe(200);
    expect(await (await policyRoute.GET(call("reader", "GET", "/api/v1/cost-policy"), undefined)).json()).toEqual(changed);
    expect((await listAuditEntries({ entity: "cost_policy" })).total).toBe(1);
  });

  it("answers 400 naming the field, and writes nothing", async () => {
    const bad = await policyRoute.PUT(call("admin", "PUT", "/api/v1/cost-policy", { ...DEFAULT_COST_POLICY, budgetOverAt: 0.5 }), undefined);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("budgetOverAt");
    expect((await listAuditEntries({ entity: "cost_policy" })).total).toBe(1);
  });
});

describe("team budgets", () => {
  it("lists every team, none with a budget at first", async () => {
    const list = await (await budgetsRoute.GET(call("reader", "GET", "/api/v1/costs/budgets"), undefined)).json();
    expect(list.budgets).toEqual([
      { team: "payments", teamName: "Payments", amount: null, currency: null, updatedAt: null },
      { team: "web", teamName: "Web", amount: null, currency: null, updatedAt: null },
    ]);
  });

  it("lets a member of the team set its budget exactly", async () => {
    const set = await budgetRoute.PUT(call("payments", "PUT", "/api/v1/costs/budgets/payments", { amount: "1500.50", currency: "eur" }), team("payments"));
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ team: "payments", amount: 1500.5, currency: "EUR" });
    const list = await (await budgetsRoute.GET(call("reader", "GET", "/api/v1/costs/budgets"), undefined)).json();
    expect(list.budgets[0]).toMatchObject({ team: "payments", amount: 1500.5, currency: "EUR" });
    const audit = await listAuditEntries({ entity: "cost_budget" });
    expect(audit.entries[0]).toMatchObject({ action: "cost_budget.update", entityId: "payments" });
  });

  it("refuses other teams' members and readers with 403, unknown teams with 404, bad amounts with 400", async () => {
    const other = await budgetRoute.PUT(call("payments", "PUT", "/api/v1/costs/budgets/web", { amount: 10 }), team("web"));
    expect(other.status).toBe(403);
    const reader = await budgetRoute.PUT(call("reader", "PUT", "/api/v1/costs/budgets/payments", { amount: 10 }), team("payments"));
    expect(reader.status).toBe(403);
    const unknown = await budgetRoute.PUT(call("admin", "PUT", "/api/v1/costs/budgets/nope", { amount: 10 }), team("nope"));
    expect(unknown.status).toBe(404);
    for (const body of [{ amount: "lots" }, { amount: -5 }, {}, { amount: 5, currency: "euro" }]) {
      const bad = await budgetRoute.PUT(call("admin", "PUT", "/api/v1/costs/budgets/web", body), team("web"));
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.field).toBe("amount" in body ? (body.amount === 5 ? "currency" : "amount") : "amount");
    }
    const list = await (await budgetsRoute.GET(call("reader", "GET", "/api/v1/costs/budgets"), undefined)).json();
    expect(list.budgets[1]).toMatchObject({ team: "web", amount: null });
    expect((await listAuditEntries({ entity: "cost_budget" })).total).toBe(1);
  });

  it("lets an admin remove a budget; removing it again is 404", async () => {
    expect((await budgetRoute.DELETE(call("admin", "DELETE", "/api/v1/costs/budgets/payments"), team("payments"))).status).toBe(204);
    expect((await budgetRoute.DELETE(call("admin", "DELETE", "/api/v1/costs/budgets/payments"), team("payments"))).status).toBe(404);
    const list = await (await budgetsRoute.GET(call("reader", "GET", "/api/v1/costs/budgets"), undefined)).json();
    expect(list.budgets[0]).toMatchObject({ team: "payments", amount: null });
  });
});
