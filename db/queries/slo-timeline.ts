// What happened to an SLO within a time range (alert episodes, deployments and incidents of its service, policy changes), for chart overlays.
import "server-only";
import { and, desc, eq, exists, gte, isNull, lte, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { alertEvents, deployments, incidents as incidentTable, incidentServices, policyEvents, type AlertEvent, type Deployment, type Incident, type PolicyEvent } from "../schema";

/** Rows per list: a chart cannot show more, and it bounds the response for an SLO with years of history. */
export const TIMELINE_ROW_LIMIT = 1000;

export type SloTimeline = { alerts: AlertEvent[]; deployments: Deployment[]; policy: PolicyEvent[]; incidents: Incident[]; truncated: boolean };

/**
 * Alert episodes overlapping [from, to] (still open, or resolved at or after `from`), and deployments and policy
 * changes at instants in [from, to]; each list oldest first, keeping the most recent `limit` rows.
 */
export async function getSloTimeline({
  sloId,
  serviceId,
  from,
  to,
  limit = TIMELINE_ROW_LIMIT,
}: {
  sloId: number;
  serviceId: number;
  from: Date;
  to: Date;
  limit?: number;
}): Promise<SloTimeline> {
  const db = getDb();
  // One row past the limit tells a full list from a cut one.
  const alerts = db
    .select()
    .from(alertEvents)
    .where(and(eq(alertEvents.sloId, sloId), lte(alertEvents.firedAt, to), or(isNull(alertEvents.resolvedAt), gte(alertEvents.resolvedAt, from))))
    .orderBy(desc(alertEvents.firedAt), desc(alertEvents.id))
    .limit(limit + 1)
    .all();
  const deploys = db
    .select()
    .from(deployments)
    .where(and(eq(deployments.serviceId, serviceId), gte(deployments.at, from), lte(deployments.at, to)))
    .orderBy(desc(deployments.at), desc(deployments.id))
    .limit(limit + 1)
    .all();
  const policy = db
    .select()
    .from(policyEvents)
    .where(and(eq(policyEvents.sloId, sloId), gte(policyEvents.at, from), lte(policyEvents.at, to)))
    .orderBy(desc(policyEvents.at), desc(policyEvents.id))
    .limit(limit + 1)
    .all();
  // Incidents of the service overlapping the range; drills are practice, not outages, and stay off the charts.
  const incidents = db
    .select()
    .from(incidentTable)
    .where(
      and(
        eq(incidentTable.isDrill, false),
        lte(incidentTable.startedAt, to),
        or(isNull(incidentTable.resolvedAt), gte(incidentTable.resolvedAt, from)),
        exists(db.select({ one: sql`1` }).from(incidentServices).where(and(eq(incidentServices.incidentId, incidentTable.id), eq(incidentServices.serviceId, serviceId)))),
      ),
    )
    .orderBy(desc(incidentTable.startedAt), desc(incidentTable.id))
    .limit(limit + 1)
    .all();
  const truncated = alerts.length > limit || deploys.length > limit || policy.length > limit || incidents.length > limit;
  const oldestFirst = <T>(rows: T[]) => rows.slice(0, limit).reverse();
  return { alerts: oldestFirst(alerts), deployments: oldestFirst(deploys), policy: oldestFirst(policy), incidents: oldestFirst(incidents), truncated };
}
