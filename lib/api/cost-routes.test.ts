// GET /api/v1/costs/showback and /chargeback against a real temporary database: the contract's shape, exact totals, team scoping, 400s.
import { beforeAll, describe, expect, it } from "vitest";
import * as chargebackRoute from "@/app/api/v1/costs/chargeback/route";
import * as showbackRoute from "@/app/api/v1/costs/showback/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { costLine, insertCostLines } from "@/lib/testing/cost-fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens = { read: "", payments: "", ingest: "" };

beforeAll(async () => {
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createTeam({ slug: "search", name: "Search" }, CLI_ACTOR);
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.payments = (await createApiToken({ name: "payments", scopes: ["read"], teamIds: [payments.id], createdById: null }, CLI_ACTOR)).token;
  tokens.ingest = (await createApiToken({ name: "ingest", scopes: ["ingest"], createdById: null }, CLI_ACTOR)).token;
  insertCostLines([
    // October: 100.10 for payments. November: 0.1 + 0.2 (as nano-units: exact) + 299.7 for payments, 600.005 for search.
    costLine({ month: "2026-10", team: "payments", service: "checkout", costNanos: 100_100_000_000n }),
    costLine({ month: "2026-11", team: "payments", service: "checkout", costNanos: 100_000_000n }),
    costLine({ month: "2026-11", team: "payments", service: "checkout", signal: "traces", costType: "storage", environment: "staging", costNanos: 200_000_000n }),
    costLine({ month: "2026-11", team: "payments", service: "ledger", costNanos: 299_700_000_000n }),
    costLine({ month: "2026-11", team: "search", service: "indexer", signal: "metrics", costType: "query", costNanos: 600_005_000_000n }),
  ]);
});

const get = (query: string, token = tokens.read) => showbackRoute.GET(new Request(`http://keel.test/api/v1/costs/showback${query}`, { headers: { authorization: `Bearer ${token}` } }), undefined);

describe("GET /api/v1/costs/showback", () => {
  it("answers the contract's shape: total, rows with share and last month's cost, rounded to cents once", async () => {
    const response = await get("?month=2026-11&groupBy=team");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      month: "2026-11",
      groupBy: "team",
      currency: "USD",
      total: 900.01,
      rows: [
        { key: "search", cost: 600.01, share: 600.005 / 900.005, previousCost: 0 },
        { key: "payments", cost: 300, share: 300 / 900.005, previousCost: 100.1 },
      ],
    });
  });

  it("groups by environment and by cost type (Keel's additions), team by default", async () => {
    const environment = await (await get("?month=2026-11&groupBy=environment")).json();
    expect(environment.rows.map((r: { key: string; cost: number }) => [r.key, r.cost])).toEqual([["production", 899.81], ["staging", 0.2]]);
    const costType = await (await get("?month=2026-11&groupBy=costType")).json();
    expect(costType.rows.map((r: { key: string }) => r.key)).toEqual(["query", "ingest", "storage"]);
    expect((await (await get("?month=2026-11")).json()).groupBy).toBe("team");
  });

  it("shows a team-limited token its teams only, and an empty month as zero with no rows", async () => {
    const limited = await (await get("?month=2026-11&groupBy=service", tokens.payments)).json();
    expect(limited).toMatchObject({ total: 300, rows: [{ key: "ledger", cost: 299.7, share: 0.999 }, { key: "checkout", cost: 0.3, previousCost: 100.1 }] });
    expect(await (await get("?month=2025-01")).json()).toEqual({ month: "2025-01", groupBy: "team", currency: "USD", total: 0, rows: [] });
  });

  it("refuses a bad month or breakdown with 400 naming the field, and a token without read with 403", async () => {
    for (const [query, field] of [["?month=2026-13", "month"], ["?groupBy=team", "month"], ["?month=2026-11&groupBy=tool", "groupBy"]] as const) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: "bad_request", field });
    }
    expect((await get("?month=2026-11", tokens.ingest)).status).toBe(403);
  });
});

const chargeback = (query: string, token = tokens.read) => chargebackRoute.GET(new Request(`http://keel.test/api/v1/costs/chargeback${query}`, { headers: { authorization: `Bearer ${token}` } }), undefined);

describe("GET /api/v1/costs/chargeback", () => {
  it("answers CSV with a header row, one line per team, signal and cost type, budget empty without one", async () => {
    const response = await chargeback("?month=2026-11");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await response.text()).toBe(
      "team,month,signal,cost_type,cost,currency,budget\r\n" +
        "payments,2026-11,logs,ingest,299.80,USD,\r\n" +
        "payments,2026-11,traces,storage,0.20,USD,\r\n" +
        "search,2026-11,metrics,query,600.01,USD,\r\n",
    );
  });

  it("answers JSON with format=json, limited to a token's teams; 400 names a bad month", async () => {
    const json = await (await chargeback("?month=2026-11&format=json", tokens.payments)).json();
    expect(json).toEqual({
      month: "2026-11",
      currency: "USD",
      lines: [
        { team: "payments", month: "2026-11", signal: "logs", costType: "ingest", cost: 299.8, currency: "USD", budget: null },
        { team: "payments", month: "2026-11", signal: "traces", costType: "storage", cost: 0.2, currency: "USD", budget: null },
      ],
    });
    const bad = await chargeback("?month=11-2026");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("month");
  });
});
