// The analytics breakdowns with exact numbers (months in a zone, severity, team, on-call load, recurring, deploys, budget); drills never change a figure.
import { describe, expect, it } from "vitest";
import { meanMedian, summarize } from "./analytics";
import { budgetBurnedByIncident, figuresBySeverity, figuresByTeam, incidentsAfterDeploys, isOutsideWorkingHours, onCallLoad, recurringIncidents, type AnalyticsIncident } from "./analytics-breakdowns";
import { monthKey, monthlyFigures, monthsOf } from "./analytics-months";
import { incidentAnalytics } from "./analytics-report";
import { DEFAULT_INCIDENT_POLICY } from "./policy";

const at = (iso: string) => new Date(iso);
const plus = (iso: string, minutes: number | null) => (minutes === null ? null : new Date(at(iso).getTime() + minutes * 60_000));
const ana = { id: 1, name: "Ana" };
const bo = { id: 2, name: "Bo" };

let next = 1;
function incident(startedAt: string, ackMin: number | null, resolveMin: number | null, more: Partial<AnalyticsIncident> = {}): AnalyticsIncident {
  return {
    number: next++,
    title: "Incident",
    severity: "SEV2",
    team: "streaming",
    startedAt: at(startedAt),
    acknowledgedAt: plus(startedAt, ackMin),
    resolvedAt: plus(startedAt, resolveMin),
    isDrill: false,
    assignee: null,
    services: [{ id: 10, slug: "live-video" }],
    tags: [],
    ...more,
  };
}

// March 2026 in UTC: a Monday 10:00 (inside working hours), a Saturday, a Tuesday night.
const marchRange = { from: at("2026-03-01T00:00:00Z"), to: at("2026-04-01T00:00:00Z") };
const march = [
  incident("2026-03-02T10:00:00Z", 4, 60, { severity: "SEV1", assignee: ana, tags: ["cdn", "live-event"] }),
  incident("2026-03-07T12:00:00Z", 10, 120, { severity: "SEV1", assignee: ana, tags: ["cdn"] }),
  incident("2026-03-10T23:00:00Z", 30, null, { severity: "SEV3", assignee: bo, team: "payments", services: [{ id: 20, slug: "checkout" }] }),
  incident("2026-03-20T08:00:00Z", null, null, { severity: "SEV4", services: [{ id: 10, slug: "live-video" }, { id: 11, slug: "cdn-edge" }] }),
];

describe("meanMedian", () => {
  it("gives the mean and the middle value (or the mean of the two middle ones)", () => {
    expect(meanMedian([4, 10, 30])).toEqual({ mean: 44 / 3, median: 10 });
    expect(meanMedian([60, 120])).toEqual({ mean: 90, median: 90 });
    expect(meanMedian([])).toEqual({ mean: null, median: null });
  });
});

describe("summarize", () => {
  it("counts every incident that started in [from, to), times over those that have the instant", () => {
    expect(summarize(march, marchRange)).toEqual({
      count: 4,
      bySeverity: { SEV1: 2, SEV2: 0, SEV3: 1, SEV4: 1 },
      mttaMinutes: { mean: 44 / 3, median: 10 },
      mttrMinutes: { mean: 90, median: 90 },
    });
  });

  it("leaves out an incident that started at `to`, and keeps one that started at `from`", () => {
    const edges = [incident("2026-04-01T00:00:00Z", 1, 2), incident("2026-03-01T00:00:00Z", 6, 8)];
    expect(summarize(edges, marchRange)).toMatchObject({ count: 1, mttaMinutes: { mean: 6 }, mttrMinutes: { mean: 8 } });
  });

  it("does not change when a drill is added: no MTTA, MTTR or count moves", () => {
    const drill = incident("2026-03-15T03:00:00Z", 1, 5, { severity: "SEV1", isDrill: true, assignee: ana, tags: ["cdn"] });
    const input = { deploys: [], burns: [{ incident: drill.number, slo: "x", budgetBurned: 0.5 }], range: marchRange, policy: DEFAULT_INCIDENT_POLICY };
    const deploys = [{ serviceId: 10, serviceSlug: "live-video", version: "v1", at: at("2026-03-15T02:30:00Z") }];
    expect(incidentAnalytics({ ...input, deploys, incidents: [...march, drill] })).toEqual(incidentAnalytics({ ...input, deploys, incidents: march }));
    expect(summarize([drill], marchRange)).toEqual({ count: 0, bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 }, mttaMinutes: { mean: null, median: null }, mttrMinutes: { mean: null, median: null } });
  });
});

describe("by month", () => {
  it("has every month of the range, empty ones with count 0 and null times", () => {
    const range = { from: at("2026-01-15T00:00:00Z"), to: at("2026-04-01T00:00:00Z") };
    const months = monthlyFigures(march, range);
    expect(months.map((m) => [m.month, m.start.toISOString(), m.count])).toEqual([
      ["2026-01", "2026-01-15T00:00:00.000Z", 0],
      ["2026-02", "2026-02-01T00:00:00.000Z", 0],
      ["2026-03", "2026-03-01T00:00:00.000Z", 4],
    ]);
    expect(months[0]!.mttrMinutes).toEqual({ mean: null, median: null });
    expect(months[0]!.bySeverity).toEqual({ SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 });
    expect(months[2]!.mttrBySeverity.SEV1).toEqual({ mean: 90, median: 90 });
    expect(months[2]!.mttaBySeverity.SEV3).toEqual({ mean: 30, median: 30 });
    expect(months[2]!.mttrBySeverity.SEV3).toEqual({ mean: null, median: null });
    expect(months[2]!.bySeverity).toEqual({ SEV1: 2, SEV2: 0, SEV3: 1, SEV4: 1 });
  });

  it("counts months in the given zone across a DST change (Europe/Berlin: CET → CEST on 29 March 2026)", () => {
    // 31 March 22:30 UTC is 1 April 00:30 CEST; 31 October 23:30 UTC is 1 November 00:30 CET.
    expect(monthKey(at("2026-03-31T22:30:00Z"), "Europe/Berlin")).toBe("2026-04");
    expect(monthKey(at("2026-03-31T22:30:00Z"))).toBe("2026-03");
    expect(monthKey(at("2026-10-31T23:30:00Z"), "Europe/Berlin")).toBe("2026-11");
    const range = { from: at("2026-02-28T23:00:00Z"), to: at("2026-04-30T22:00:00Z") };
    expect(monthsOf(range, "Europe/Berlin").map((m) => [m.month, m.start.toISOString()])).toEqual([
      ["2026-03", "2026-02-28T23:00:00.000Z"],
      ["2026-04", "2026-03-31T22:00:00.000Z"],
    ]);
    const spanning = [incident("2026-03-31T21:59:00Z", 5, 50), incident("2026-03-31T22:00:00Z", 15, 70), incident("2026-03-31T22:30:00Z", 25, 90)];
    const months = monthlyFigures(spanning, range, "Europe/Berlin");
    expect(months.map((m) => [m.month, m.count, m.mttrMinutes.mean])).toEqual([
      ["2026-03", 1, 50],
      ["2026-04", 2, 80],
    ]);
  });

  it("has no months for an empty range", () => {
    expect(monthsOf({ from: at("2026-03-01T00:00:00Z"), to: at("2026-03-01T00:00:00Z") })).toEqual([]);
  });
});

describe("by severity and team", () => {
  it("has all four severities and the teams busiest first", () => {
    expect(figuresBySeverity(march, marchRange).map((g) => [g.key, g.count, g.mttaMinutes.mean, g.mttrMinutes.median])).toEqual([
      ["SEV1", 2, 7, 90],
      ["SEV2", 0, null, null],
      ["SEV3", 1, 30, null],
      ["SEV4", 1, null, null],
    ]);
    expect(figuresByTeam(march, marchRange).map((g) => [g.key, g.count, g.mttaMinutes.mean, g.mttrMinutes.mean])).toEqual([
      ["streaming", 3, 7, 90],
      ["payments", 1, 30, null],
    ]);
  });
});

describe("on-call load", () => {
  it("counts a weekend and the hours before start or from the end hour on as outside working hours", () => {
    const utc = DEFAULT_INCIDENT_POLICY.workingHours; // 09–18 UTC
    expect(isOutsideWorkingHours(at("2026-03-02T09:00:00Z"), utc)).toBe(false);
    expect(isOutsideWorkingHours(at("2026-03-02T17:59:00Z"), utc)).toBe(false);
    expect(isOutsideWorkingHours(at("2026-03-02T18:00:00Z"), utc)).toBe(true);
    expect(isOutsideWorkingHours(at("2026-03-02T08:59:00Z"), utc)).toBe(true);
    expect(isOutsideWorkingHours(at("2026-03-07T12:00:00Z"), utc)).toBe(true);
  });

  it("reads the hours in the policy's zone, across a DST change", () => {
    const berlin = { timeZone: "Europe/Berlin", startHour: 9, endHour: 18 };
    // 07:30 UTC is 08:30 CET on Friday 27 March, but 09:30 CEST on Monday 30 March.
    expect(isOutsideWorkingHours(at("2026-03-27T07:30:00Z"), berlin)).toBe(true);
    expect(isOutsideWorkingHours(at("2026-03-30T07:30:00Z"), berlin)).toBe(false);
  });

  it("gives each assignee's incidents and pages outside working hours, busiest first", () => {
    expect(onCallLoad(march, marchRange, DEFAULT_INCIDENT_POLICY.workingHours)).toEqual([
      { id: 1, name: "Ana", incidents: 2, outOfHours: 1 },
      { id: 2, name: "Bo", incidents: 1, outOfHours: 1 },
    ]);
  });
});

describe("recurring incidents", () => {
  it("lists services and tags with two or more incidents", () => {
    expect(recurringIncidents(march, marchRange)).toEqual({
      services: [{ key: "live-video", count: 3 }],
      tags: [{ key: "cdn", count: 2 }],
    });
  });
});

describe("incidents after a deploy", () => {
  const deploys = [
    { serviceId: 10, serviceSlug: "live-video", version: "v41", at: at("2026-03-02T07:00:00Z") },
    { serviceId: 10, serviceSlug: "live-video", version: "v42", at: at("2026-03-02T08:30:00Z") },
    { serviceId: 20, serviceSlug: "checkout", version: "c7", at: at("2026-03-10T23:00:00Z") },
    { serviceId: 11, serviceSlug: "cdn-edge", version: "e3", at: at("2026-03-20T08:01:00Z") },
  ];

  it("finds the latest deploy of an affected service within the window before the start, deploy time included", () => {
    expect(incidentsAfterDeploys(march, deploys, marchRange, 120).map((a) => [a.number, a.deploy.version, a.minutesAfter])).toEqual([
      [march[2]!.number, "c7", 0],
      [march[0]!.number, "v42", 90],
    ]);
  });

  it("follows the configured window", () => {
    expect(incidentsAfterDeploys(march, deploys, marchRange, 60).map((a) => a.deploy.version)).toEqual(["c7"]);
  });
});

describe("error budget burned per incident", () => {
  it("sums an incident's SLOs and lists the costliest first, ignoring incidents outside the range", () => {
    const burns = [
      { incident: march[0]!.number, slo: "live-video-playback", budgetBurned: 0.25 },
      { incident: march[0]!.number, slo: "live-video-latency", budgetBurned: 0.125 },
      { incident: march[1]!.number, slo: "live-video-playback", budgetBurned: 0.5 },
      { incident: 9_999, slo: "elsewhere", budgetBurned: 1 },
    ];
    expect(budgetBurnedByIncident(march, burns, marchRange).map((b) => [b.number, b.total, b.slos.length])).toEqual([
      [march[1]!.number, 0.5, 1],
      [march[0]!.number, 0.375, 2],
    ]);
  });
});
