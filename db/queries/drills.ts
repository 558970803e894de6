// Game days and drills: plan, change, read and list them with the instants of the incident each one ran as.
import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { drills, incidents, runbooks, services, teams, users, type Drill } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { preparedPerConnection } from "./prepared";

export type DrillRecord = Drill & {
  serviceSlug: string;
  serviceName: string;
  teamId: number;
  teamSlug: string;
  runbook: { slug: string; title: string; url: string | null } | null;
  incident: { number: number; status: string; startedAt: Date; acknowledgedAt: Date | null; escalatedAt: Date | null; resolvedAt: Date | null } | null;
  participants: { id: number; name: string; email: string }[];
};

export type DrillValues = Omit<typeof drills.$inferInsert, "id" | "createdAt" | "updatedAt">;

export async function insertDrill(values: DrillValues, actor: Actor): Promise<Drill> {
  return getDb().transaction((tx) => {
    const created = tx.insert(drills).values(values).returning().get();
    writeAudit(tx, actor, { action: "drill.create", entity: "drill", entityId: created.id, after: created });
    return created;
  });
}

export async function updateDrill(id: number, changes: Partial<DrillValues>, actor: Actor): Promise<Drill | undefined> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(drills).where(eq(drills.id, id)).get();
    if (!before) return undefined;
    const after = tx.update(drills).set({ ...changes, updatedAt: new Date() }).where(eq(drills.id, id)).returning().get();
    writeAudit(tx, actor, { action: "drill.update", entity: "drill", entityId: id, before, after });
    return after;
  });
}

export type DrillFilter = { serviceId?: number; serviceIds?: readonly number[]; teamId?: number; from?: Date; to?: Date; statuses?: readonly Drill["status"][] };

async function records(where: SQL | undefined, order: "asc" | "desc"): Promise<DrillRecord[]> {
  const db = getDb();
  const rows = db
    .select({
      drill: drills,
      serviceSlug: services.slug,
      serviceName: services.name,
      teamId: teams.id,
      teamSlug: teams.slug,
      runbook: { slug: runbooks.slug, title: runbooks.title, url: runbooks.url },
      incident: { number: incidents.number, status: incidents.status, startedAt: incidents.startedAt, acknowledgedAt: incidents.acknowledgedAt, escalatedAt: incidents.escalatedAt, resolvedAt: incidents.resolvedAt },
    })
    .from(drills)
    .innerJoin(services, eq(services.id, drills.serviceId))
    .innerJoin(teams, eq(teams.id, services.teamId))
    .leftJoin(runbooks, eq(runbooks.id, drills.runbookId))
    .leftJoin(incidents, eq(incidents.id, drills.incidentId))
    .where(where)
    .orderBy(order === "asc" ? asc(drills.scheduledAt) : desc(drills.scheduledAt), asc(drills.id))
    .all();
  const people = new Map(
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, [...new Set(rows.flatMap((r) => r.drill.participantIds))]))
      .all()
      .map((u) => [u.id, u]),
  );
  return rows.map((r) => ({
    ...r.drill,
    serviceSlug: r.serviceSlug,
    serviceName: r.serviceName,
    teamId: r.teamId,
    teamSlug: r.teamSlug,
    runbook: r.runbook,
    incident: r.incident,
    participants: r.drill.participantIds.flatMap((id) => (people.has(id) ? [people.get(id)!] : [])),
  }));
}

export async function findDrillById(id: number): Promise<DrillRecord | undefined> {
  return (await records(eq(drills.id, id), "asc"))[0];
}

/** Drills by scheduled date (newest first), filtered. */
export async function listDrills(filter: DrillFilter = {}): Promise<DrillRecord[]> {
  const conditions: SQL[] = [];
  if (filter.serviceId !== undefined) conditions.push(eq(drills.serviceId, filter.serviceId));
  if (filter.serviceIds) conditions.push(inArray(drills.serviceId, [...filter.serviceIds]));
  if (filter.teamId !== undefined) conditions.push(eq(services.teamId, filter.teamId));
  if (filter.from) conditions.push(gte(drills.scheduledAt, filter.from));
  if (filter.to) conditions.push(lt(drills.scheduledAt, filter.to));
  if (filter.statuses?.length) conditions.push(inArray(drills.status, [...filter.statuses]));
  return records(conditions.length ? and(...conditions) : undefined, "desc");
}

/** The drill an incident ran as, if it is a drill's. */
export async function findDrillByIncidentId(incidentId: number): Promise<DrillRecord | undefined> {
  return (await records(eq(drills.incidentId, incidentId), "asc"))[0];
}

/** A runbook of a service by slug, for linking a drill to it. */
export async function findRunbookId(serviceId: number, slug: string): Promise<number | undefined> {
  return getDb().select({ id: runbooks.id }).from(runbooks).where(and(eq(runbooks.serviceId, serviceId), eq(runbooks.slug, slug))).get()?.id;
}

/** Every runbook with its service's slug, for choosing one when planning a drill. */
export async function listRunbookChoices(): Promise<{ slug: string; title: string; serviceSlug: string }[]> {
  return getDb()
    .select({ slug: runbooks.slug, title: runbooks.title, serviceSlug: services.slug })
    .from(runbooks)
    .innerJoin(services, eq(services.id, runbooks.serviceId))
    .orderBy(asc(services.slug), asc(runbooks.title))
    .all();
}

/** A drill that ran, with its incident's instants: what readiness checks read of many services at once. */
export type DrillRun = {
  id: number;
  serviceId: number;
  title: string;
  status: Drill["status"];
  faultInjectedAt: Date | null;
  incident: { startedAt: Date; acknowledgedAt: Date | null; escalatedAt: Date | null; resolvedAt: Date | null } | null;
};
type DrillRunRow = [id: number, serviceId: number, title: string, status: Drill["status"], faultInjectedAt: number | null, startedAt: number | null, acknowledgedAt: number | null, escalatedAt: number | null, resolvedAt: number | null];

// Hand-written and prepared once per connection: the readiness scorecard asks for the drills of a thousand services.
const runDrillsStatement = preparedPerConnection(({ sqlite }) =>
  sqlite
    .prepare<[string], DrillRunRow>(
      `SELECT d.id, d.service_id, d.title, d.status, d.fault_injected_at, i.started_at, i.acknowledged_at, i.escalated_at, i.resolved_at
       FROM drills d LEFT JOIN incidents i ON i.id = d.incident_id
       WHERE d.status IN ('running', 'completed') AND d.service_id IN (SELECT value FROM json_each(?))
       ORDER BY d.scheduled_at DESC, d.id`,
    )
    .raw(true),
);

const dateOf = (ms: number | null) => (ms === null ? null : new Date(ms));

/** The drills run (running or completed) of the given services, latest scheduled first. */
export async function listRunDrills(serviceIds: readonly number[]): Promise<DrillRun[]> {
  if (!serviceIds.length) return [];
  return runDrillsStatement()
    .all(JSON.stringify(serviceIds))
    .map(([id, serviceId, title, status, faultInjectedAt, startedAt, acknowledgedAt, escalatedAt, resolvedAt]) => ({
      id,
      serviceId,
      title,
      status,
      faultInjectedAt: dateOf(faultInjectedAt),
      incident: startedAt === null ? null : { startedAt: new Date(startedAt), acknowledgedAt: dateOf(acknowledgedAt), escalatedAt: dateOf(escalatedAt), resolvedAt: dateOf(resolvedAt) },
    }));
}
