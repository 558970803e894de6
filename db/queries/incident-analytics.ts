// The facts incident analytics computes from: incidents (no drills) that started in [from, to) with their team,
// assignee, services and tags, in two statements; and the milestones the charts mark (e.g. "On-call paging on").
import "server-only";
import { and, asc, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import type { AnalyticsIncident } from "@/lib/incidents/analytics-breakdowns";
import type { Severity } from "@/lib/incidents/types";
import { getDb } from "../client";
import { incidents, incidentServices, services, teams, users } from "../schema";
import { getSetting } from "./settings";

export type AnalyticsFilter = { from: Date; to: Date; teamId?: number; severities?: readonly Severity[] };

function conditions(filter: AnalyticsFilter): SQL | undefined {
  // (is_drill, started_at) is indexed: the range is a seek, not a scan.
  const where: SQL[] = [eq(incidents.isDrill, false), gte(incidents.startedAt, filter.from), lt(incidents.startedAt, filter.to)];
  if (filter.teamId !== undefined) where.push(eq(incidents.teamId, filter.teamId));
  if (filter.severities?.length) where.push(inArray(incidents.severity, [...filter.severities]));
  return and(...where);
}

export async function listAnalyticsFacts(filter: AnalyticsFilter): Promise<AnalyticsIncident[]> {
  const db = getDb();
  const where = conditions(filter);
  const rows = db
    .select({
      id: incidents.id,
      number: incidents.number,
      title: incidents.title,
      severity: incidents.severity,
      team: teams.slug,
      startedAt: incidents.startedAt,
      acknowledgedAt: incidents.acknowledgedAt,
      resolvedAt: incidents.resolvedAt,
      isDrill: incidents.isDrill,
      tags: incidents.tags,
      assigneeId: users.id,
      assigneeName: users.name,
    })
    .from(incidents)
    .leftJoin(teams, eq(teams.id, incidents.teamId))
    .leftJoin(users, eq(users.id, incidents.assigneeId))
    .where(where)
    .orderBy(asc(incidents.startedAt), asc(incidents.number))
    .all();
  const servicesOf = new Map<number, { id: number; slug: string }[]>();
  const serviceRows = db
    .select({ incidentId: incidentServices.incidentId, id: services.id, slug: services.slug })
    .from(incidentServices)
    .innerJoin(services, eq(services.id, incidentServices.serviceId))
    .where(inArray(incidentServices.incidentId, db.select({ id: incidents.id }).from(incidents).where(where)))
    .orderBy(asc(incidentServices.incidentId), asc(incidentServices.position))
    .all();
  for (const { incidentId, ...service } of serviceRows) {
    const list = servicesOf.get(incidentId);
    if (list) list.push(service);
    else servicesOf.set(incidentId, [service]);
  }
  return rows.map(({ id, assigneeId, assigneeName, ...row }) => ({
    ...row,
    assignee: assigneeId === null || assigneeName === null ? null : { id: assigneeId, name: assigneeName },
    services: servicesOf.get(id) ?? [],
  }));
}

/** A dated milestone the analytics charts mark, such as the day on-call paging was switched on. */
export type AnalyticsMarker = { at: string; label: string };
export const ANALYTICS_MARKERS_SETTING = "incidentAnalyticsMarkers";

export async function listAnalyticsMarkers(): Promise<AnalyticsMarker[]> {
  const stored = await getSetting<AnalyticsMarker[]>(ANALYTICS_MARKERS_SETTING);
  return Array.isArray(stored) ? stored : [];
}
