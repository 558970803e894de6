// GET /api/v1/incidents/analytics against a real temporary database: exact figures, filters, drills left out, errors.
import { beforeAll, describe, expect, it } from "vitest";
import * as analyticsRoute from "@/app/api/v1/incidents/analytics/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { insertIncident } from "@/db/queries/incidents";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import type { Severity } from "@/lib/incidents/types";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

let readToken = "";
let ingestToken = "";
const minutes = (iso: string, n: number | null) => (n === null ? null : new Date(Date.parse(iso) + n * 60_000));

async function incident(serviceId: number, teamId: number, severity: Severity, startedAt: string, ack: number | null, resolve: number | null, isDrill = false) {
  await insertIncident(
    {
      values: { title: `${severity} at ${startedAt}`, severity, status: resolve === null ? "acknowledged" : "resolved", source: isDrill ? "drill" : "manual", isDrill, teamId, startedAt: new Date(startedAt), acknowledgedAt: minutes(startedAt, ack), resolvedAt: minutes(startedAt, resolve) },
      serviceIds: [serviceId],
      entries: [],
    },
    CLI_ACTOR,
  );
}

beforeAll(async () => {
  readToken = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  ingestToken = (await createApiToken({ name: "ingest", scopes: ["ingest"], createdById: null }, CLI_ACTOR)).token;
  const streaming = await createTeam({ slug: "streaming", name: "Streaming" }, CLI_ACTOR);
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  const live = await createService({ slug: "live-video", name: "Live Video", teamId: streaming.id, tier: 1 }, CLI_ACTOR);
  const checkout = await createService({ slug: "checkout", name: "Checkout", teamId: payments.id, tier: 1 }, CLI_ACTOR);
  await incident(live.id, streaming.id, "SEV1", "2026-06-01T10:00:00Z", 5, 90);
  await incident(live.id, streaming.id, "SEV1", "2026-06-10T10:00:00Z", 15, 30);
  await incident(live.id, streaming.id, "SEV3", "2026-06-20T10:00:00Z", 40, null);
  await incident(checkout.id, payments.id, "SEV2", "2026-06-15T10:00:00Z", 2, 60);
  // Outside the range, and a drill inside it: neither counts.
  await incident(live.id, streaming.id, "SEV1", "2026-07-01T00:00:00Z", 1, 1);
  await incident(live.id, streaming.id, "SEV1", "2026-06-05T10:00:00Z", 1, 2, true);
});

const get = (query: string, token = readToken) => analyticsRoute.GET(new Request(`http://keel.test/api/v1/incidents/analytics${query}`, { headers: { authorization: `Bearer ${token}` } }), undefined);

describe("GET /api/v1/incidents/analytics", () => {
  it("answers count, by severity, MTTA and MTTR over incidents that started in [from, to), drills left out", async () => {
    const response = await get("?from=2026-06-01T00:00:00Z&to=2026-07-01T00:00:00Z");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      count: 4,
      bySeverity: { SEV1: 2, SEV2: 1, SEV3: 1, SEV4: 0 },
      mttaMinutes: { mean: 15.5, median: 10 },
      mttrMinutes: { mean: 60, median: 60 },
    });
  });

  it("filters by team and severity", async () => {
    const team = await get("?from=2026-06-01T00:00:00Z&to=2026-07-01T00:00:00Z&team=streaming");
    expect(await team.json()).toEqual({ count: 3, bySeverity: { SEV1: 2, SEV2: 0, SEV3: 1, SEV4: 0 }, mttaMinutes: { mean: 20, median: 15 }, mttrMinutes: { mean: 60, median: 60 } });
    const sev = await get("?from=2026-06-01T00:00:00Z&to=2026-07-01T00:00:00Z&severity=SEV2,SEV3");
    expect(await sev.json()).toEqual({ count: 2, bySeverity: { SEV1: 0, SEV2: 1, SEV3: 1, SEV4: 0 }, mttaMinutes: { mean: 21, median: 21 }, mttrMinutes: { mean: 60, median: 60 } });
  });

  it("has nulls when no incident has the instant", async () => {
    const empty = await get("?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z");
    expect(await empty.json()).toEqual({ count: 0, bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 }, mttaMinutes: { mean: null, median: null }, mttrMinutes: { mean: null, median: null } });
  });

  it("answers 400 naming the field, 404 for an unknown team, 403 without the read scope", async () => {
    const badSeverity = await get("?severity=SEV9");
    expect(badSeverity.status).toBe(400);
    expect((await badSeverity.json()).error).toMatchObject({ field: "severity" });
    const badFrom = await get("?from=yesterday");
    expect((await badFrom.json()).error).toMatchObject({ field: "from" });
    const backwards = await get("?from=2026-07-01T00:00:00Z&to=2026-06-01T00:00:00Z");
    expect(backwards.status).toBe(400);
    expect((await get("?team=nobody")).status).toBe(404);
    expect((await get("", ingestToken)).status).toBe(403);
  });
});
