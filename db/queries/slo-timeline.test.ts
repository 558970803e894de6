// Range reads for chart overlays against a real temporary database: overlap rules, service scoping, order and the row cap.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { alertEvents, deployments, incidents, incidentServices, policyEvents, services, teams } from "../schema";
import { insertPushSlo } from "@/lib/testing/fixtures";
import { getSloTimeline } from "./slo-timeline";

setUpTempDatabase();

const HOUR = 3_600_000;
const T0 = Date.parse("2026-11-01T00:00:00Z");
const at = (hours: number) => new Date(T0 + hours * HOUR);

let sloId = 0;
let serviceId = 0;
let otherServiceId = 0;

beforeAll(() => {
  const db = getDb();
  const team = db.insert(teams).values({ slug: "timeline-team", name: "Timeline team" }).returning().get();
  serviceId = db.insert(services).values({ slug: "timeline-service", name: "Timeline service", teamId: team.id, tier: 1 }).returning().get().id;
  otherServiceId = db.insert(services).values({ slug: "timeline-other", name: "Other service", teamId: team.id, tier: 2 }).returning().get().id;
  sloId = insertPushSlo({ slug: "timeline-slo", serviceId, name: "Timeline SLO" });
  const alert = (firedAt: Date, resolvedAt: Date | null) => ({ sloId, severity: "page" as const, longWindow: "1h", shortWindow: "5m", threshold: 14.4, firedAt, resolvedAt, peakBurnRate: 20 });
  db.insert(alertEvents)
    .values([
      alert(at(-5), at(-3)), // resolved before the range
      alert(at(-2), at(1)), // overlaps the start
      alert(at(5), at(6)), // inside
      alert(at(20), null), // still open
      alert(at(30), null), // fires after the range
    ])
    .run();
  db.insert(deployments)
    .values([
      { serviceId, version: "v0", at: at(-1), recordedBy: "test" },
      { serviceId, version: "v1", at: at(0), recordedBy: "test" },
      { serviceId, version: "v2", at: at(12), recordedBy: "test", description: "fix" },
      { serviceId: otherServiceId, version: "x1", at: at(12), recordedBy: "test" },
      { serviceId, version: "v3", at: at(24), recordedBy: "test" },
    ])
    .run();
  db.insert(policyEvents)
    .values([
      { sloId, at: at(-1), fromState: "normal", toState: "warn", reasons: [] },
      { sloId, at: at(3), fromState: "warn", toState: "freeze", reasons: [{ rule: "exhausted", message: "Budget spent." }] },
    ])
    .run();
});

describe("getSloTimeline", () => {
  const range = { from: at(0), to: at(24) };

  it("returns alert episodes overlapping the range, oldest first", async () => {
    const { alerts } = await getSloTimeline({ sloId, serviceId, ...range });
    expect(alerts.map((a) => [a.firedAt.getTime(), a.resolvedAt?.getTime() ?? null])).toEqual([
      [at(-2).getTime(), at(1).getTime()],
      [at(5).getTime(), at(6).getTime()],
      [at(20).getTime(), null],
    ]);
  });

  it("returns the service's deployments with both ends inclusive", async () => {
    const { deployments: deploys } = await getSloTimeline({ sloId, serviceId, ...range });
    expect(deploys.map((d) => d.version)).toEqual(["v1", "v2", "v3"]);
    expect(deploys[1]!.description).toBe("fix");
  });

  it("returns policy changes in the range", async () => {
    const { policy, truncated } = await getSloTimeline({ sloId, serviceId, ...range });
    expect(policy.map((p) => [p.fromState, p.toState, p.reasons])).toEqual([["warn", "freeze", [{ rule: "exhausted", message: "Budget spent." }]]]);
    expect(truncated).toBe(false);
  });

  it("keeps the most recent rows when a list passes the cap", async () => {
    const { alerts, deployments: deploys, truncated } = await getSloTimeline({ sloId, serviceId, ...range, limit: 2 });
    expect(alerts.map((a) => a.firedAt.getTime())).toEqual([at(5).getTime(), at(20).getTime()]);
    expect(deploys.map((d) => d.version)).toEqual(["v2", "v3"]);
    expect(truncated).toBe(true);
  });
});

describe("incidents on the timeline", () => {
  it("lists the service's incidents overlapping the range, oldest first, without drills or other services' incidents", () => {
    const db = getDb();
    const incident = (number: number, serviceIds: number[], startedAt: Date, resolvedAt: Date | null, isDrill = false) => {
      const row = db.insert(incidents).values({ number, title: `Incident ${number}`, severity: "SEV2", status: resolvedAt ? "resolved" : "investigating", source: "manual", isDrill, startedAt, resolvedAt }).returning().get();
      db.insert(incidentServices).values(serviceIds.map((serviceId, position) => ({ incidentId: row.id, serviceId, position }))).run();
    };
    incident(1, [serviceId], at(-4), at(-2)); // resolved before the range
    incident(2, [otherServiceId, serviceId], at(-1), at(2)); // overlaps the start; the service is its second
    incident(3, [serviceId], at(6), null, true); // a drill
    incident(4, [otherServiceId], at(7), at(8)); // another service's
    incident(5, [serviceId], at(20), null); // still open
    const timeline = getSloTimeline({ sloId, serviceId, from: at(0), to: at(24) });
    return timeline.then((t) => expect(t.incidents.map((i) => i.number)).toEqual([2, 5]));
  });
});
