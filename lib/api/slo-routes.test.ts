// The SLO engine through its API: define SLOs, push known minutes, read back exact SLIs, budgets, burn rates,
// alerts, policy states and gate decisions at fixed instants.
import { beforeAll, describe, expect, it } from "vitest";
import * as gateRoute from "@/app/api/v1/deploy-gate/route";
import * as exceptionsRoute from "@/app/api/v1/deploy-gate/exceptions/route";
import * as deploymentsRoute from "@/app/api/v1/deployments/route";
import * as sliRoute from "@/app/api/v1/sli/route";
import * as sloRoute from "@/app/api/v1/slos/[slug]/route";
import * as seriesRoute from "@/app/api/v1/slos/[slug]/series/route";
import * as slosRoute from "@/app/api/v1/slos/route";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const AT = "2026-11-10T12:00:00Z";
const AT_MS = Date.parse(AT);
const MINUTE = 60_000;
const tokens: Record<"read" | "write" | "ingest" | "admin", string> = { read: "", write: "", ingest: "", admin: "" };

beforeAll(async () => {
  for (const scope of ["read", "write", "ingest", "admin"] as const) {
    tokens[scope] = (await createApiToken({ name: scope, scopes: scope === "write" ? ["read", "write"] : [scope], createdById: null }, CLI_ACTOR)).token;
  }
  const team = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createService({ slug: "checkout", name: "Checkout", teamId: team.id, tier: 1 }, CLI_ACTOR);
  await createService({ slug: "search", name: "Search", teamId: team.id, tier: 2 }, CLI_ACTOR);
});

function request(method: string, path: string, token: string, body?: unknown): Request {
  return new Request(`http://keel.test${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const slugCtx = (slug: string) => ({ params: Promise.resolve({ slug }) });
const iso = (ms: number) => new Date(ms).toISOString();

describe("SLO definitions", () => {
  it("creates SLOs and refuses bad definitions naming the field", async () => {
    const checkout = await slosRoute.POST(
      request("POST", "/api/v1/slos", tokens.write, {
        slug: "checkout-availability",
        name: "Checkout availability",
        service: "checkout",
        sliKind: "availability",
        target: 0.999,
        window: { kind: "rolling", days: 30 },
        budgetingMethod: "occurrences",
        // No warm-up: its first hour of data may close the gate (search-latency keeps the default 24 hours).
        policy: { warmUpHours: 0 },
      }),
      undefined,
    );
    expect(checkout.status).toBe(201);
    expect(await checkout.json()).toMatchObject({ slug: "checkout-availability", source: { kind: "push" }, timesliceTarget: null, reviewCadenceDays: 90, staleAfterMinutes: 15, policy: { warmUpHours: 0 } });

    const search = await slosRoute.POST(
      request("POST", "/api/v1/slos", tokens.write, {
        slug: "search-latency",
        name: "Search under 300 ms",
        service: "search",
        sliKind: "latency",
        latencyThresholdMs: 300,
        target: 0.95,
        window: { kind: "calendar", unit: "month", timeZone: "UTC" },
        budgetingMethod: "timeslices",
        timesliceTarget: 0.95,
        staleAfterMinutes: null,
      }),
      undefined,
    );
    expect(search.status).toBe(201);
    expect(await search.json()).toMatchObject({ staleAfterMinutes: null });

    const before = (await listAuditEntries()).total;
    const bad: [Record<string, unknown>, string][] = [
      [{ target: 1 }, "target"],
      [{ target: 0 }, "target"],
      [{ sliKind: "latency" }, "latencyThresholdMs"],
      [{ budgetingMethod: "timeslices" }, "timesliceTarget"],
      [{ window: { kind: "calendar", unit: "month", timeZone: "Mars/Olympus" } }, "window.timeZone"],
      [{ window: { kind: "rolling", days: 0 } }, "window.days"],
      [{ service: "nope" }, "service"],
      [{ alertWindows: [{ severity: "page", longWindow: "5m", shortWindow: "1h", budgetPercent: 2 }] }, "alertWindows[0].shortWindow"],
      [{ staleAfterMinutes: 0 }, "staleAfterMinutes"],
      [{ staleAfterMinutes: 10_081 }, "staleAfterMinutes"],
      [{ staleAfterMinutes: 2.5 }, "staleAfterMinutes"],
      [{ policy: { warmUpHours: 1.5 } }, "policy.warmUpHours"],
      [{ policy: { warmUpHours: 721 } }, "policy.warmUpHours"],
    ];
    const base = { slug: "bad-slo", name: "Bad", service: "checkout", sliKind: "availability", target: 0.99, window: { kind: "rolling", days: 30 }, budgetingMethod: "occurrences" };
    for (const [change, field] of bad) {
      const response = await slosRoute.POST(request("POST", "/api/v1/slos", tokens.write, { ...base, ...change }), undefined);
      expect(response.status, field).toBe(400);
      expect((await response.json()).error.field, JSON.stringify(change)).toBe(field);
    }
    expect((await listAuditEntries()).total).toBe(before);
    const duplicate = await slosRoute.POST(request("POST", "/api/v1/slos", tokens.write, { ...base, slug: "checkout-availability" }), undefined);
    expect(duplicate.status).toBe(409);
  });
});

describe("status from pushed data", () => {
  beforeAll(async () => {
    const points = [];
    // Checkout: the hour before AT fails 2% of 1000 requests a minute.
    for (let m = AT_MS - 60 * MINUTE; m < AT_MS; m += MINUTE) points.push({ slo: "checkout-availability", ts: iso(m), good: 980, total: 1000 });
    // Search: 100 timeslices before AT; the two oldest are bad (90 of 100 fast), the rest good (96 of 100).
    for (let i = 0; i < 100; i++) {
      const m = AT_MS - (100 - i) * MINUTE;
      points.push({ slo: "search-latency", ts: Math.floor(m / 1000), good: i < 2 ? 90 : 96, total: 100 });
    }
    const response = await sliRoute.POST(request("POST", "/api/v1/sli", tokens.ingest, { points }), undefined);
    expect(await response.json()).toEqual({ accepted: 160 });
  });

  it("pages and freezes a fast-burning SLO whose budget is overspent", async () => {
    const response = await sloRoute.GET(request("GET", `/api/v1/slos/checkout-availability?at=${AT}`, tokens.read), slugCtx("checkout-availability"));
    const status = await response.json();
    expect(status).toMatchObject({ slug: "checkout-availability", service: "checkout", team: "payments", target: 0.999, status: "breached", forecast: { daysLeft: null, exhaustionAt: null } });
    expect(status.sli).toBeCloseTo(0.98, 12);
    expect(status.errorBudget.consumed).toBeCloseTo(20, 9);
    expect(status.errorBudget.remaining).toBeCloseTo(-19, 9);
    for (const w of ["5m", "30m", "1h"]) expect(status.burnRates[w], w).toBeCloseTo(20, 9);
    for (const w of ["2h", "6h", "1d", "3d"]) expect(status.burnRates[w], w).toBeCloseTo(20, 9);
    expect(status.alerts).toEqual([
      { severity: "page", longWindow: "1h", shortWindow: "5m", threshold: 14.4, firing: true, state: "firing" },
      { severity: "page", longWindow: "6h", shortWindow: "30m", threshold: 6, firing: true, state: "firing" },
      { severity: "ticket", longWindow: "1d", shortWindow: "2h", threshold: 3, firing: true, state: "firing" },
      { severity: "ticket", longWindow: "3d", shortWindow: "6h", threshold: 1, firing: true, state: "firing" },
    ]);
    expect(status.policy.state).toBe("freeze");
    expect(status.policy.reasons.map((r: { rule: string }) => r.rule)).toEqual(["budget_exhausted", "page_alert"]);
    expect(status.evaluatedAt).toBe("2026-11-10T12:00:00.000Z");
    // Rolling: the period budget is the error budget.
    expect(status.periodBudget).toEqual(status.errorBudget);
    expect(status).toMatchObject({ lastDataAt: "2026-11-10T11:59:00.000Z", stale: false, staleAfterMinutes: 15 });
  });

  it("reports freshness at fixed instants: the minute at t counts, fresh at the limit, stale one minute past it", async () => {
    const at = async (instant: string) => (await sloRoute.GET(request("GET", `/api/v1/slos/checkout-availability?at=${instant}`, tokens.read), slugCtx("checkout-availability"))).json();
    expect(await at("2026-11-10T11:30:30Z")).toMatchObject({ lastDataAt: "2026-11-10T11:30:00.000Z", stale: false });
    expect(await at("2026-11-10T12:14:00Z")).toMatchObject({ lastDataAt: "2026-11-10T11:59:00.000Z", stale: false });
    const stale = await at("2026-11-10T12:15:00Z");
    expect(stale).toMatchObject({ lastDataAt: "2026-11-10T11:59:00.000Z", stale: true, status: "breached" });
    expect(stale.alerts.map((a: { state: string }) => a.state)).toEqual(["unknown", "unknown", "unknown", "unknown"]);
    expect(await at("2026-11-10T10:00:00Z")).toMatchObject({ lastDataAt: null, stale: false, status: "no_data" });
  });

  it("counts timeslices and forecasts exhaustion for a calendar-month SLO", async () => {
    const response = await sloRoute.GET(request("GET", `/api/v1/slos/search-latency?at=${AT_MS / 1000}`, tokens.read), slugCtx("search-latency"));
    const status = await response.json();
    expect(status.sli).toBeCloseTo(0.98, 12);
    expect(status.errorBudget.consumed).toBeCloseTo(0.4, 12);
    expect(status.errorBudget.remaining).toBeCloseTo(0.6, 12);
    expect(status.burnRates).toMatchObject({ "5m": 0, "30m": 0, "1h": 0 });
    for (const w of ["2h", "6h", "1d", "3d"]) expect(status.burnRates[w], w).toBeCloseTo(0.4, 12);
    expect(status.status).toBe("healthy");
    // 100 minutes of data: in its 24-hour warm-up, which runs from the first minute.
    expect(status.policy).toEqual({ state: "normal", reasons: [], warmUpUntil: "2026-11-11T10:20:00.000Z" });
    expect(status.periodDays).toBe(30);
    expect(status.windowStart).toBe("2026-11-01T00:00:00.000Z");
    // 9.5 of November's 30 days have passed: c = 0.4 × 9.5 / 30.
    expect(status.periodBudget.consumed).toBeCloseTo(0.126_666_667, 8);
    expect(status.periodBudget.remaining).toBeCloseTo(0.873_333_333, 8);
    // Created with staleAfterMinutes null: it never goes stale.
    expect(status).toMatchObject({ lastDataAt: "2026-11-10T11:59:00.000Z", stale: false, staleAfterMinutes: null });
    expect(status.forecast.daysLeft).toBeCloseTo(45, 9);
    expect(status.forecast.exhaustionAt).toBe("2026-12-25T12:00:00.000Z");
  });

  it("lists every SLO's status, and no data before the data began", async () => {
    const response = await slosRoute.GET(request("GET", `/api/v1/slos?at=2026-11-01T00:00:00Z`, tokens.read), undefined);
    const { slos } = await response.json();
    expect(slos.map((s: { slug: string; status: string }) => [s.slug, s.status])).toEqual([
      ["checkout-availability", "no_data"],
      ["search-latency", "no_data"],
    ]);
  });

  it("answers the deploy gate at fixed instants, and honours an admin's exception", async () => {
    const denied = await (await gateRoute.GET(request("GET", `/api/v1/deploy-gate?service=checkout&at=${AT}`, tokens.read), undefined)).json();
    expect(denied.allowed).toBe(false);
    expect(denied.reasons.map((r: { slo: string; rule: string }) => `${r.slo}:${r.rule}`)).toEqual(["checkout-availability:budget_exhausted", "checkout-availability:page_alert"]);
    const allowed = await (await gateRoute.GET(request("GET", `/api/v1/deploy-gate?service=search&at=${AT}`, tokens.read), undefined)).json();
    expect(allowed).toEqual({
      service: "search",
      allowed: true,
      reasons: [{ slo: "search-latency", rule: "warm_up", message: "Search under 300 ms is in warm-up until 2026-11-11 10:20 UTC: its budget policy is advisory until then." }],
      exception: null,
    });
    const unknown = await gateRoute.GET(request("GET", "/api/v1/deploy-gate?service=nope", tokens.read), undefined);
    expect(unknown.status).toBe(404);

    const notAdmin = await exceptionsRoute.POST(request("POST", "/api/v1/deploy-gate/exceptions", tokens.write, { service: "checkout", reason: "Security fix", expiresAt: iso(Date.now() + 3_600_000) }), undefined);
    expect(notAdmin.status).toBe(403);
    const tooLong = await exceptionsRoute.POST(request("POST", "/api/v1/deploy-gate/exceptions", tokens.admin, { service: "checkout", reason: "Security fix", expiresAt: iso(Date.now() + 30 * 86_400_000) }), undefined);
    expect((await tooLong.json()).error.field).toBe("expiresAt");
    const granted = await exceptionsRoute.POST(request("POST", "/api/v1/deploy-gate/exceptions", tokens.admin, { service: "checkout", reason: "Security fix", expiresAt: iso(Date.now() + 3_600_000) }), undefined);
    expect(granted.status).toBe(201);

    const now = await (await gateRoute.GET(request("GET", "/api/v1/deploy-gate?service=checkout", tokens.read), undefined)).json();
    expect(now.allowed).toBe(true);
    expect(now.exception).toMatchObject({ reason: "Security fix", grantedBy: "token:admin" });
    // The exception did not exist at AT, so the past decision stands.
    const past = await (await gateRoute.GET(request("GET", `/api/v1/deploy-gate?service=checkout&at=${AT}`, tokens.read), undefined)).json();
    expect(past.allowed).toBe(false);
    const audit = await listAuditEntries({ entity: "service" });
    expect(audit.entries.some((e) => e.action === "gate_exception.grant")).toBe(true);
  });

  it("records deployments", async () => {
    const created = await deploymentsRoute.POST(request("POST", "/api/v1/deployments", tokens.write, { service: "checkout", version: "v2.0.1", at: AT }), undefined);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ service: "checkout", version: "v2.0.1", at: "2026-11-10T12:00:00.000Z", recordedBy: "token:write" });
    const list = await (await deploymentsRoute.GET(request("GET", "/api/v1/deployments?service=checkout", tokens.read), undefined)).json();
    expect(list.deployments).toHaveLength(1);
    const bad = await deploymentsRoute.POST(request("POST", "/api/v1/deployments", tokens.write, { service: "checkout" }), undefined);
    expect((await bad.json()).error.field).toBe("version");
  });

  it("serves SLI, budget and burn-rate series for charts", async () => {
    const response = await seriesRoute.GET(request("GET", `/api/v1/slos/checkout-availability/series?from=2026-11-10T10:00:00Z&to=${AT}&step=1h`, tokens.read), slugCtx("checkout-availability"));
    const series = await response.json();
    // Data starts at 11:00, so the end of that first minute (11:01) is a point of its own: the line starts there.
    expect(series.points.map((p: { t: string }) => p.t)).toEqual(["2026-11-10T10:00:00.000Z", "2026-11-10T11:00:00.000Z", "2026-11-10T11:01:00.000Z", "2026-11-10T12:00:00.000Z"]);
    expect(series.points[1].sli).toBeNull();
    expect(series.points[2].sli).toBeCloseTo(0.98, 12);
    expect(series.points[3].sli).toBeCloseTo(0.98, 12);
    expect(series.points[3].burnRates["1h"]).toBeCloseTo(20, 9);
    const tooMany = await seriesRoute.GET(request("GET", `/api/v1/slos/checkout-availability/series?from=2026-01-01T00:00:00Z&to=${AT}&step=1m`, tokens.read), slugCtx("checkout-availability"));
    expect((await tooMany.json()).error.field).toBe("step");
  });

  it("replaces a minute on retry and adds with mode=add", async () => {
    const minute = iso(AT_MS - MINUTE);
    await sliRoute.POST(request("POST", "/api/v1/sli", tokens.ingest, { points: [{ slo: "checkout-availability", ts: minute, good: 1000, total: 1000 }] }), undefined);
    const afterReplace = await (await sloRoute.GET(request("GET", `/api/v1/slos/checkout-availability?at=${AT}`, tokens.read), slugCtx("checkout-availability"))).json();
    expect(afterReplace.sli).toBeCloseTo(1 - 1180 / 60_000, 12);
    await sliRoute.POST(request("POST", "/api/v1/sli?mode=add", tokens.ingest, { points: [{ slo: "checkout-availability", ts: minute, good: 0, total: 1000 }] }), undefined);
    const afterAdd = await (await sloRoute.GET(request("GET", `/api/v1/slos/checkout-availability?at=${AT}`, tokens.read), slugCtx("checkout-availability"))).json();
    expect(afterAdd.sli).toBeCloseTo(1 - 2180 / 61_000, 12);
  });

  it("deletes an SLO with its data", async () => {
    const response = await sloRoute.DELETE(request("DELETE", "/api/v1/slos/search-latency", tokens.write), slugCtx("search-latency"));
    expect(response.status).toBe(204);
    const gone = await sloRoute.GET(request("GET", "/api/v1/slos/search-latency", tokens.read), slugCtx("search-latency"));
    expect(gone.status).toBe(404);
  });
});
