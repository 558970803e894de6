// Phase (f): 10,000 incidents with 200,000 timeline entries; the incident log's filtered first page through the same
// read the API and the log use (searchIncidents), and the analytics page's figures (analyticsPage) over a year.
import { performance } from "node:perf_hooks";
import { getDb } from "@/db/client";
import { deployments, incidents, incidentServices, services, teams, timelineEntries, users } from "@/db/schema";
import { SEVERITIES, TIMELINE_KINDS, type IncidentStatus } from "@/lib/incidents/types";
import { analyticsPage } from "@/lib/server/incidents/analytics";
import { searchIncidents } from "@/lib/server/incidents/reads";
import { createPrng } from "@/db/seed/prng";
import { envInt, percentile } from "./common";

export const INCIDENTS = envInt("KEEL_BENCH_INCIDENTS", 10_000);
const ENTRIES_PER_INCIDENT = 20;
const SERVICES = 40;
const TEAMS = 8;
const WARM_UP = 3;
const TIMED = 20;
const DAY_MS = 86_400_000;
const CHUNK = 500;

export type IncidentBenchResult = { incidents: number; entries: number; loadSeconds: number; listed: number; total: number; list: Timing; analytics: Timing & { counted: number } };
type Timing = { p50Ms: number; p95Ms: number; runs: number };

function insertChunks<T>(rows: T[], insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += CHUNK) insert(rows.slice(i, i + CHUNK));
}

/** Incidents spread over the last year, each with one or two services and 20 timeline entries, straight into the tables. */
function loadIncidents(nowMs: number): { entries: number } {
  const db = getDb();
  const random = createPrng(99);
  const statuses: IncidentStatus[] = ["resolved", "closed", "resolved", "closed", "mitigated", "investigating", "acknowledged", "triggered"];
  return db.transaction((tx) => {
    const teamIds = tx.insert(teams).values(Array.from({ length: TEAMS }, (_, i) => ({ slug: `bench-team-${i}`, name: `Bench team ${i}` }))).returning({ id: teams.id }).all().map((t) => t.id);
    const serviceRows = tx
      .insert(services)
      .values(Array.from({ length: SERVICES }, (_, i) => ({ slug: `bench-svc-${i}`, name: `Bench service ${i}`, teamId: teamIds[i % TEAMS]!, tier: ((i % 3) + 1) as 1 | 2 | 3 })))
      .returning({ id: services.id, teamId: services.teamId })
      .all();
    const people = tx.insert(users).values(Array.from({ length: 30 }, (_, i) => ({ email: `oncall-${i}@bench.invalid`, name: `On-call ${i}`, role: "editor" as const }))).returning({ id: users.id }).all().map((u) => u.id);
    const planned = Array.from({ length: INCIDENTS }, (_, i) => {
      const startedAt = nowMs - Math.floor(random() * 365 * DAY_MS);
      const status = statuses[Math.floor(random() * statuses.length)]!;
      const service = serviceRows[Math.floor(random() * SERVICES)]!;
      const ack = startedAt + Math.floor(1 + random() * 60) * 60_000;
      const resolved = ack + Math.floor(10 + random() * 600) * 60_000;
      const done = status === "resolved" || status === "closed";
      return {
        values: {
          number: i + 1,
          title: `Bench incident ${i + 1}`,
          severity: SEVERITIES[Math.floor(random() * 4)]!,
          status,
          source: "manual" as const,
          isDrill: i % 100 === 0,
          teamId: service.teamId,
          startedAt: new Date(startedAt),
          acknowledgedAt: status === "triggered" ? null : new Date(ack),
          resolvedAt: done ? new Date(resolved) : null,
          closedAt: status === "closed" ? new Date(resolved + DAY_MS) : null,
          assigneeId: people[Math.floor(random() * people.length)]!,
          tags: [`tag-${Math.floor(random() * 25)}`],
        },
        services: random() < 0.3 ? [service.id, serviceRows[(serviceRows.indexOf(service) + 1) % SERVICES]!.id] : [service.id],
      };
    });
    const ids: number[] = [];
    insertChunks(planned, (chunk) => ids.push(...tx.insert(incidents).values(chunk.map((p) => p.values)).returning({ id: incidents.id }).all().map((r) => r.id)));
    insertChunks(
      planned.flatMap((p, i) => p.services.map((serviceId, position) => ({ incidentId: ids[i]!, serviceId, position }))),
      (chunk) => tx.insert(incidentServices).values(chunk).run(),
    );
    const entries = planned.flatMap((p, i) =>
      Array.from({ length: ENTRIES_PER_INCIDENT }, (_, k) => ({ incidentId: ids[i]!, at: new Date(p.values.startedAt.getTime() + k * 60_000), kind: TIMELINE_KINDS[k % TIMELINE_KINDS.length]!, text: `Entry ${k + 1} of incident ${i + 1}`, actorLabel: "bench" })),
    );
    insertChunks(entries, (chunk) => tx.insert(timelineEntries).values(chunk).run());
    // A deploy a week per service, so "incidents after a deploy" has work to do.
    const deploys = serviceRows.flatMap((s) => Array.from({ length: 52 }, (_, w) => ({ serviceId: s.id, version: `v${w}`, at: new Date(nowMs - w * 7 * DAY_MS - Math.floor(random() * DAY_MS)), recordedBy: "bench" })));
    insertChunks(deploys, (chunk) => tx.insert(deployments).values(chunk).run());
    return { entries: entries.length };
  });
}

async function time(run: () => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + TIMED; i++) {
    const started = performance.now();
    await run();
    if (i >= WARM_UP) samples.push(performance.now() - started);
  }
  return { p50Ms: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), runs: samples.length };
}

export async function benchIncidents(nowMs: number): Promise<IncidentBenchResult> {
  const started = performance.now();
  const { entries } = loadIncidents(nowMs);
  const loadSeconds = (performance.now() - started) / 1000;
  const query = { status: "resolved", severity: "SEV2", service: "bench-svc-3" };
  const first = await searchIncidents(query);
  const list = await time(() => searchIncidents(query));
  const range = { from: new Date(nowMs - 365 * DAY_MS).toISOString(), to: new Date(nowMs).toISOString() };
  const figures = await analyticsPage(range, new Date(nowMs));
  const analytics = await time(() => analyticsPage(range, new Date(nowMs)));
  return { incidents: INCIDENTS, entries, loadSeconds, listed: first.incidents.length, total: first.total, list, analytics: { ...analytics, counted: figures.analytics.summary.count } };
}
