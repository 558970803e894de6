// What happened to an SLO within a time range (alert episodes, deployments of its service, policy changes), for chart overlays.
import "server-only";
import { and, desc, eq, gte, isNull, lte, or } from "drizzle-orm";
import { getDb } from "../client";
import { alertEvents, deployments, policyEvents, type AlertEvent, type Deployment, type PolicyEvent } from "../schema";

/** Rows per list: a chart cannot show more, and it bounds the response for an SLO with years of history. */
export const TIMELINE_ROW_LIMIT = 1000;

export type SloTimeline = { alerts: AlertEvent[]; deployments: Deployment[]; policy: PolicyEvent[]; truncated: boolean };

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
  const truncated = alerts.length > limit || deploys.length > limit || policy.length > limit;
  const oldestFirst = <T>(rows: T[]) => rows.slice(0, limit).reverse();
  return { alerts: oldestFirst(alerts), deployments: oldestFirst(deploys), policy: oldestFirst(policy), truncated };
}
