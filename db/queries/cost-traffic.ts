// Requests each service served per month (cost_traffic), for cost per million requests. Written by the demo seed (and any
// future traffic push) as upserts; read per month, optionally for some teams only.
import "server-only";
import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import { getDb } from "../client";
import { costTraffic, services, teams } from "../schema";
import { writeAudit, type Actor } from "./audit";

export type TrafficInput = { serviceId: number; month: string; requests: number };

export type TrafficRow = { month: string; serviceId: number; serviceSlug: string; serviceName: string; teamId: number; teamSlug: string; teamName: string; requests: number };

/** Sets the requests of each (service, month), replacing what was stored; one transaction, one audit entry. */
export function upsertMonthlyTraffic(rows: readonly TrafficInput[], actor: Actor): number {
  if (rows.length === 0) return 0;
  getDb().transaction((tx) => {
    for (const row of rows) {
      tx.insert(costTraffic)
        .values(row)
        .onConflictDoUpdate({ target: [costTraffic.serviceId, costTraffic.month], set: { requests: row.requests } })
        .run();
    }
    const months = rows.map((r) => r.month).sort();
    writeAudit(tx, actor, { action: "cost_traffic.upsert", entity: "cost_traffic", after: { rows: rows.length, from: months[0], to: months.at(-1) } });
  });
  return rows.length;
}

/** Traffic rows of the months from `from` to `to` (inclusive, "YYYY-MM"), optionally of some teams (by slug), by month then team and service. */
export async function listMonthlyTraffic({ from, to, teamSlugs }: { from: string; to: string; teamSlugs?: readonly string[] }): Promise<TrafficRow[]> {
  if (teamSlugs && teamSlugs.length === 0) return [];
  return getDb()
    .select({
      month: costTraffic.month,
      serviceId: costTraffic.serviceId,
      serviceSlug: services.slug,
      serviceName: services.name,
      teamId: teams.id,
      teamSlug: teams.slug,
      teamName: teams.name,
      requests: costTraffic.requests,
    })
    .from(costTraffic)
    .innerJoin(services, eq(services.id, costTraffic.serviceId))
    .innerJoin(teams, eq(teams.id, services.teamId))
    .where(and(gte(costTraffic.month, from), lte(costTraffic.month, to), teamSlugs ? inArray(teams.slug, [...teamSlugs]) : undefined))
    .orderBy(asc(costTraffic.month), asc(teams.slug), asc(services.slug))
    .all();
}
