// The demo year's pinned figures, recomputed from the stored rows: by hand from the incidents table, and through the
// same read the analytics page uses. SEV1 mean MTTR 90 min in month 1 → 20 min in month 12; the streaming team's mean
// MTTA 60% lower from the day on-call paging was switched on (month 4).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { CLI_ACTOR } from "@/db/queries/audit";
import { listAnalyticsMarkers } from "@/db/queries/incident-analytics";
import { createService, findServiceBySlug } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { actionItems, drills, incidents, postmortems, teams } from "@/db/schema";
import { mttaMinutes } from "@/lib/incidents/analytics";
import { analyticsPage } from "@/lib/server/incidents/analytics";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { DEMO_SERVICES, DEMO_TEAMS } from "./demo-catalog";
import { seedDemoDrills } from "./demo-drills";
import { seedDemoIncidents } from "./demo-incidents";
import { DEMO_MTTA_AFTER, DEMO_MTTA_BEFORE, DEMO_SEV1_MTTR, demoCalendar } from "./demo-incidents-plan";

setUpTempDatabase();

const NOW = Date.parse("2026-12-02T10:30:00Z");
const calendar = demoCalendar(NOW);
const yearRange = { from: calendar.months[0]!.toISOString(), to: calendar.currentMonth.toISOString() };
let seeded: Awaited<ReturnType<typeof seedDemoIncidents>>;

beforeAll(async () => {
  const teamIds = new Map<string, number>();
  for (const team of DEMO_TEAMS) teamIds.set(team.slug, (await createTeam(team, CLI_ACTOR)).id);
  for (const { team, ...service } of DEMO_SERVICES) await createService({ ...service, teamId: teamIds.get(team)! }, CLI_ACTOR);
  seeded = await seedDemoIncidents(CLI_ACTOR, NOW);
  // The demo's drills come after its incidents, as seedDemo adds them: the figures below must not see them.
  const services = new Map(await Promise.all(DEMO_SERVICES.map(async (s) => [s.slug, (await findServiceBySlug(s.slug))!] as const)));
  seedDemoDrills(services, [], NOW);
});

const minutes = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

function storedRows() {
  const streaming = getDb().select().from(teams).all().find((t) => t.slug === "streaming")!;
  return { rows: getDb().select().from(incidents).all(), streamingId: streaming.id };
}

describe("the demo year of incidents", () => {
  it("runs from the first of twelve whole months (UTC) to the month now is in; paging on at month 4", () => {
    expect(calendar.months[0]!.toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(calendar.months[11]!.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(calendar.pagingOn.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(seeded.incidents).toBeGreaterThan(120);
    expect(seeded.postmortems).toBeGreaterThan(10);
  });

  it("has a SEV1 mean MTTR of 90 min in month 1 falling to 20 min in month 12, by hand from the rows", () => {
    const { rows } = storedRows();
    const sev1Mttr = calendar.months.map((start, i) => {
      const end = calendar.months[i + 1] ?? calendar.currentMonth;
      return mean(rows.filter((r) => !r.isDrill && r.severity === "SEV1" && r.startedAt >= start && r.startedAt < end).map((r) => minutes(r.startedAt, r.resolvedAt!)));
    });
    expect(sev1Mttr[0]).toBe(90);
    expect(sev1Mttr[11]).toBe(20);
    expect(sev1Mttr).toEqual([...DEMO_SEV1_MTTR]);
  });

  it("shows the same 90 → 20 through the analytics page's read, month by month, and never rises", async () => {
    const page = await analyticsPage(yearRange, new Date(NOW));
    const means = page.analytics.months.map((m) => m.mttrBySeverity.SEV1.mean);
    expect(page.analytics.months.map((m) => m.month)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(means[0]).toBe(90);
    expect(means[11]).toBe(20);
    for (let i = 1; i < means.length; i++) expect(means[i]!).toBeLessThan(means[i - 1]!);
    expect(page.markers.map((m) => [m.label, m.at])).toEqual([
      ["On-call paging on", "2026-03-01T00:00:00.000Z"],
      ["Blameless postmortems start", "2026-04-01T00:00:00.000Z"],
    ]);
  });

  it("has the streaming team's mean MTTA 60% lower from paging on: over every non-drill incident of the team that was acknowledged", async () => {
    const { rows, streamingId } = storedRows();
    const team = rows.filter((r) => r.teamId === streamingId && !r.isDrill && r.acknowledgedAt);
    const before = team.filter((r) => r.startedAt < calendar.pagingOn).map((r) => minutes(r.startedAt, r.acknowledgedAt!));
    const after = team.filter((r) => r.startedAt >= calendar.pagingOn).map((r) => minutes(r.startedAt, r.acknowledgedAt!));
    expect(mean(before)).toBe(DEMO_MTTA_BEFORE);
    expect(mean(after)).toBe(DEMO_MTTA_AFTER);
    expect(1 - mean(after) / mean(before)).toBeCloseTo(0.6, 12);
    // The same through the page's read: the year before paging, and from paging to now (incidents open now included).
    const pageBefore = await analyticsPage({ from: yearRange.from, to: calendar.pagingOn.toISOString(), team: "streaming" }, new Date(NOW));
    const pageAfter = await analyticsPage({ from: calendar.pagingOn.toISOString(), to: new Date(NOW + 1).toISOString(), team: "streaming" }, new Date(NOW));
    expect(pageBefore.analytics.summary.mttaMinutes.mean).toBe(25);
    expect(pageAfter.analytics.summary.mttaMinutes.mean).toBe(10);
    expect(mttaMinutes(team.filter((r) => r.startedAt >= calendar.pagingOn).map((r) => ({ ...r, team: "streaming" }))).mean).toBe(10);
  });

  it("keeps every lifecycle in order: started ≤ acknowledged ≤ investigating ≤ mitigated ≤ resolved ≤ closed ≤ now", () => {
    for (const r of storedRows().rows) {
      const steps = [r.startedAt, r.acknowledgedAt, r.investigatingAt, r.mitigatedAt, r.resolvedAt, r.closedAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
      expect(steps, `#${r.number}`).toEqual([...steps].sort((a, b) => a - b));
      expect(steps.at(-1)!).toBeLessThanOrEqual(NOW);
    }
  });

  it("shrinks the streaming team's incident volume month by month", async () => {
    const page = await analyticsPage({ ...yearRange, team: "streaming" }, new Date(NOW));
    const counts = page.analytics.months.map((m) => m.count);
    expect(counts).toEqual([14, 13, 12, 11, 10, 9, 8, 8, 7, 6, 6, 5]);
  });

  it("keeps drills out of every figure, and has live work at now: one SEV2 still triggered", async () => {
    const { rows } = storedRows();
    const drillRows = rows.filter((r) => r.isDrill);
    expect(drillRows).toHaveLength(7);
    expect(getDb().select().from(drills).all()).toHaveLength(8);
    const page = await analyticsPage({ from: yearRange.from, to: new Date(NOW + 1).toISOString() }, new Date(NOW));
    expect(page.analytics.summary.count).toBe(rows.length - drillRows.length);
    expect(rows.filter((r) => r.status === "triggered").map((r) => [r.severity, r.title])).toEqual([["SEV2", "Elevated rebuffering on live streams in EU-West"]]);
  });

  it("has postmortems from month 5 with action items, some overdue", () => {
    const published = getDb().select().from(postmortems).all();
    const { rows } = storedRows();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(published.every((p) => byId.get(p.incidentId)!.startedAt >= calendar.postmortemsFrom)).toBe(true);
    const items = getDb().select().from(actionItems).all();
    expect(items.length).toBe(published.length * 2);
    expect(items.some((i) => i.status !== "done" && i.dueAt!.getTime() < NOW)).toBe(true);
    expect(items.some((i) => i.status === "done")).toBe(true);
  });

  it("is idempotent", async () => {
    expect(await seedDemoIncidents(CLI_ACTOR, NOW)).toEqual({ incidents: 0, postmortems: 0, actionItems: 0 });
    expect(await listAnalyticsMarkers()).toHaveLength(2);
  });
});
