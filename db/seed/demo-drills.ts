// The demo's game days: the streaming team drills partial CDN outages and upstream timeouts, getting faster each time;
// the core bank's ledger had a drill two months ago, its accounts API's last one is eight months old. Idempotent.
import "server-only";
import { max } from "drizzle-orm";
import { getDb } from "../client";
import { drills, incidents, incidentServices, timelineEntries } from "../schema";
import type { ServiceWithTeam } from "../queries/services";

const DAY = 86_400_000;
const MIN = 60_000;

type DemoDrill = {
  service: string;
  title: string;
  scenario: string;
  hypothesis: string;
  /** Days before the demo's now (negative: planned in the future). */
  daysAgo: number;
  /** Minutes: fault → detected, detected → acknowledged, → escalated, → resolved. */
  timings?: { detect: number; acknowledge: number; escalate: number; resolve: number };
  followed?: "yes" | "partly" | "no";
  note?: string;
};

const CDN = { title: "Partial CDN outage", scenario: "A third of edge nodes stop serving video segments; players fail over to the remaining nodes and the origin.", hypothesis: "Edge error alerts page the on-call within 5 minutes; the failover runbook restores playback within 30 minutes." };
const UPSTREAM = { title: "Upstream service timeout", scenario: "The entitlement service answers after 30 s instead of 200 ms; stream starts time out.", hypothesis: "Latency burn-rate alerts fire; the team sheds the dependency and serves cached entitlements." };

export const DEMO_DRILLS: DemoDrill[] = [
  { service: "cdn-edge", ...CDN, daysAgo: 270, timings: { detect: 14, acknowledge: 9, escalate: 25, resolve: 58 }, followed: "no", note: "The runbook still named the old CDN provider's console." },
  { service: "live-video", ...UPSTREAM, daysAgo: 210, timings: { detect: 11, acknowledge: 6, escalate: 18, resolve: 47 }, followed: "partly", note: "Cache fallback step was missing." },
  { service: "cdn-edge", ...CDN, daysAgo: 150, timings: { detect: 6, acknowledge: 4, escalate: 12, resolve: 31 }, followed: "partly", note: "Failover worked; the traffic-shift command needed a flag the runbook left out." },
  { service: "live-video", ...UPSTREAM, daysAgo: 60, timings: { detect: 4, acknowledge: 2, escalate: 7, resolve: 22 }, followed: "yes" },
  { service: "cdn-edge", ...CDN, daysAgo: 30, timings: { detect: 3, acknowledge: 2, escalate: 5, resolve: 18 }, followed: "yes" },
  { service: "transcoding", title: "Transcoder node loss", scenario: "Two of six transcoder nodes are killed during a live event.", hypothesis: "Autoscaling replaces them within 10 minutes; no viewer sees a bitrate drop longer than a minute.", daysAgo: -10 },
  { service: "core-ledger", title: "Ledger database failover", scenario: "The primary ledger database is stopped; the standby takes over.", hypothesis: "Postings pause under 2 minutes; no posting is lost or doubled.", daysAgo: 55, timings: { detect: 2, acknowledge: 3, escalate: 6, resolve: 25 }, followed: "yes" },
  { service: "accounts-api", title: "Accounts API dependency timeout", scenario: "The customer-data service answers after 20 s.", hypothesis: "Account opening degrades to a queued mode; channels show a clear message.", daysAgo: 240, timings: { detect: 9, acknowledge: 7, escalate: 20, resolve: 64 }, followed: "partly", note: "Queued mode had to be switched on by hand." },
];

/** Adds the demo drills and their drill incidents unless any drill exists; returns how many were added. */
export function seedDemoDrills(servicesBySlug: Map<string, ServiceWithTeam>, participantIds: number[], nowMs: number): number {
  const db = getDb();
  if (db.select({ id: drills.id }).from(drills).limit(1).get()) return 0;
  return db.transaction((tx) => {
    let next = (tx.select({ n: max(incidents.number) }).from(incidents).get()?.n ?? 0) + 1;
    // Oldest first, so drill incidents are numbered in the order they ran.
    for (const d of [...DEMO_DRILLS].sort((a, b) => b.daysAgo - a.daysAgo)) {
      const service = servicesBySlug.get(d.service);
      if (!service) continue;
      const scheduledAt = new Date(Math.floor((nowMs - d.daysAgo * DAY) / (60 * MIN)) * 60 * MIN);
      const base = { serviceId: service.id, title: d.title, scenario: d.scenario, hypothesis: d.hypothesis, scheduledAt, participantIds };
      if (!d.timings) {
        tx.insert(drills).values({ ...base, status: "planned" }).run();
        continue;
      }
      const t = d.timings;
      const faultInjectedAt = scheduledAt;
      const startedAt = new Date(scheduledAt.getTime() + t.detect * MIN);
      const acknowledgedAt = new Date(startedAt.getTime() + t.acknowledge * MIN);
      const escalatedAt = new Date(startedAt.getTime() + t.escalate * MIN);
      const resolvedAt = new Date(startedAt.getTime() + t.resolve * MIN);
      const incident = tx
        .insert(incidents)
        .values({
          number: next++,
          title: `Drill: ${d.title}`,
          severity: "SEV2",
          status: "resolved",
          summary: `${d.scenario}\n\nHypothesis: ${d.hypothesis}`,
          tags: ["drill"],
          source: "drill",
          isDrill: true,
          teamId: service.teamId,
          startedAt,
          acknowledgedAt,
          investigatingAt: acknowledgedAt,
          resolvedAt,
          escalatedAt,
          isHumanTouched: true,
        })
        .returning()
        .get();
      tx.insert(incidentServices).values({ incidentId: incident.id, serviceId: service.id, position: 0 }).run();
      tx.insert(timelineEntries)
        .values([
          { incidentId: incident.id, at: faultInjectedAt, kind: "drill", text: `Fault injected: ${d.scenario}`, actorLabel: "demo" },
          { incidentId: incident.id, at: startedAt, kind: "status", text: "Drill started as SEV2 by demo", actorLabel: "demo" },
          { incidentId: incident.id, at: acknowledgedAt, kind: "status", text: "Triggered → Investigating", actorLabel: "demo" },
          { incidentId: incident.id, at: escalatedAt, kind: "escalation", text: `Escalated to the ${service.teamName} on-call`, actorLabel: "demo" },
          { incidentId: incident.id, at: resolvedAt, kind: "status", text: "Investigating → Resolved", actorLabel: "demo" },
        ])
        .run();
      tx.insert(drills)
        .values({ ...base, status: "completed", incidentId: incident.id, faultInjectedAt, detectedAt: startedAt, runbookFollowed: d.followed ?? null, runbookNote: d.note ?? "" })
        .run();
    }
    return DEMO_DRILLS.filter((d) => servicesBySlug.has(d.service)).length;
  });
}
