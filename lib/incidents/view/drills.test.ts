import { describe, expect, it } from "vitest";
import { drillRow, summarizeByService, timingPoints, type DrillSource } from "./drills";

const at = (iso: string) => new Date(iso);
const ran = (id: number, service: string, start: string, detect: number, ack: number, escalate: number | null, followed: string | null): DrillSource => {
  const startedAt = at(start);
  const plus = (m: number | null) => (m === null ? null : new Date(startedAt.getTime() + m * 60_000));
  return {
    id,
    title: `Drill ${id}`,
    status: "completed",
    scheduledAt: startedAt,
    serviceSlug: service,
    serviceName: service.toUpperCase(),
    faultInjectedAt: new Date(startedAt.getTime() - detect * 60_000),
    runbookFollowed: followed,
    incident: { number: 100 + id, startedAt, acknowledgedAt: plus(ack), escalatedAt: plus(escalate), resolvedAt: plus(40) },
  };
};
const planned: DrillSource = { id: 9, title: "Later", status: "planned", scheduledAt: at("2026-12-20T10:00:00Z"), serviceSlug: "cdn-edge", serviceName: "CDN", faultInjectedAt: null, runbookFollowed: null, incident: null };

describe("drill rows and summaries", () => {
  const drills = [ran(2, "cdn-edge", "2026-11-10T10:00:00Z", 4, 2, 6, "partly"), ran(1, "cdn-edge", "2026-08-10T10:00:00Z", 12, 8, 20, "no"), ran(3, "live-video", "2026-10-01T10:00:00Z", 3, 1, null, "yes"), planned];

  it("a planned drill has no timings", () => {
    expect(drillRow(planned).timings).toEqual({ detectMinutes: null, acknowledgeMinutes: null, escalateMinutes: null, resolveMinutes: null });
  });

  it("summarizes per service over the drills that ran", () => {
    const [cdn, live] = summarizeByService(drills);
    expect(cdn).toMatchObject({ service: "cdn-edge", drills: 2, detect: { mean: 8, median: 8 }, acknowledge: { mean: 5, median: 5 }, escalate: { mean: 13, median: 13 }, lastRunAt: at("2026-11-10T10:00:00Z"), runbookFollowed: { yes: 0, partly: 1, no: 1 } });
    expect(live).toMatchObject({ service: "live-video", drills: 1, escalate: { mean: null, median: null }, runbookFollowed: { yes: 1, partly: 0, no: 0 } });
  });

  it("the chart's points run oldest first", () => {
    expect(timingPoints(drills).map((p) => [p.key, p.detect, p.acknowledge, p.escalate])).toEqual([
      [1, 12, 8, 20],
      [3, 3, 1, null],
      [2, 4, 2, 6],
    ]);
  });
});
