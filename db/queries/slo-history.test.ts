// The evaluator's episodes against a real temporary database: a page that was firing when SLI data stopped
// stays open while the SLO is stale, a data-missing episode opens and closes, and the freeze holds.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { evaluateAll } from "@/lib/server/slo/evaluator";
import { sloEvents, type DataChange } from "@/lib/slo/events";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { insertPushSlo } from "@/lib/testing/fixtures";
import { alertEvents, services, sliDataGaps, sloStates, teams } from "../schema";
import { bulkAppendSli, writeSliPoints } from "./sli-write";
import { getSloStatus, sloStatusJson } from "./slo-status";
import { listDataGaps } from "./slo-history";

setUpTempDatabase();

const MINUTE = 60_000;
const STOP = Date.parse("2026-11-20T10:43:00Z");
const LAST = STOP - MINUTE;
let sloId = 0;

beforeAll(() => {
  const db = getDb();
  const team = db.insert(teams).values({ slug: "history-team", name: "History team" }).returning().get();
  const serviceId = db.insert(services).values({ slug: "history-service", name: "History service", teamId: team.id, tier: 1 }).returning().get().id;
  sloId = insertPushSlo({ slug: "history-slo", serviceId });
  // Two clean days, then an hour failing 2%: only the 1h/5m page fires at STOP.
  const rows = [];
  for (let m = STOP - 49 * 60 * MINUTE; m < STOP; m += MINUTE) rows.push({ minute: m / MINUTE, good: m >= STOP - 60 * MINUTE ? 980 : 1000, total: 1000 });
  bulkAppendSli(sloId, rows, null);
});

const openAlerts = () => getDb().select().from(alertEvents).all().filter((e) => e.resolvedAt === null);
const gaps = () => getDb().select().from(sliDataGaps).all();
const policyState = () => getDb().select().from(sloStates).get()?.policyState;

describe("recordEvaluations when SLI data stops", () => {
  const dataEvents: DataChange[] = [];
  beforeAll(() => {
    sloEvents.on("data", (change) => dataEvents.push(change));
  });

  it("opens the page episode while data flows", async () => {
    const summary = await evaluateAll(STOP);
    expect(summary).toMatchObject({ alertsFired: 1, dataMissing: 0 });
    expect(openAlerts().map((e) => `${e.longWindow}/${e.shortWindow}`)).toEqual(["1h/5m"]);
    expect(policyState()).toBe("freeze");
  });

  it("keeps the page open once its short window is empty, before the SLO is stale", async () => {
    const summary = await evaluateAll(STOP + 10 * MINUTE);
    expect(summary).toMatchObject({ alertsResolved: 0, policyChanges: 0, dataMissing: 0 });
    expect(openAlerts()).toHaveLength(1);
    expect(gaps()).toEqual([]);
  });

  it("opens one data-missing episode when the SLO turns stale, keeping the page open and the freeze", async () => {
    // 16 minutes after the last minute with data: one past the default 15.
    const summary = await evaluateAll(LAST + 16 * MINUTE);
    expect(summary).toMatchObject({ alertsResolved: 0, policyChanges: 0, dataMissing: 1 });
    expect(gaps()).toEqual([{ id: 1, sloId, lastDataAt: new Date(LAST), detectedAt: new Date(LAST + 16 * MINUTE), resolvedAt: null }]);
    expect(dataEvents).toEqual([{ kind: "data_missing", slo: "history-slo", service: "history-service", lastDataAt: new Date(LAST), at: new Date(LAST + 16 * MINUTE) }]);
    await evaluateAll(STOP + 60 * MINUTE);
    expect(gaps()).toHaveLength(1);
    expect(openAlerts()).toHaveLength(1);
    expect(policyState()).toBe("freeze");
    const json = sloStatusJson((await getSloStatus("history-slo", STOP + 60 * MINUTE))!);
    expect(json).toMatchObject({ stale: true, lastDataAt: "2026-11-20T10:42:00.000Z", status: "at_risk", policy: { state: "freeze" } });
    expect(json.alerts[0]).toMatchObject({ severity: "page", firing: false, state: "unknown" });
  });

  it("resolves the gap and, on fresh data below the threshold, the page", async () => {
    const points = [];
    for (let m = STOP + 61 * MINUTE; m < STOP + 71 * MINUTE; m += MINUTE) points.push({ sloId, minute: m / MINUTE, good: 1000, total: 1000 });
    await writeSliPoints(points, "replace", new Map([[sloId, null]]));
    const at = STOP + 71 * MINUTE;
    const summary = await evaluateAll(at);
    expect(summary).toMatchObject({ alertsResolved: 1, dataRestored: 1, policyChanges: 1 });
    expect(openAlerts()).toEqual([]);
    expect(gaps()[0]!.resolvedAt).toEqual(new Date(at));
    expect(dataEvents.map((e) => e.kind)).toEqual(["data_missing", "data_restored"]);
    expect(await listDataGaps(sloId, new Date(STOP))).toHaveLength(1);
    expect(policyState()).toBe("normal");
  });
});
