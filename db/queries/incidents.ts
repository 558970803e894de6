// Incidents: declare, change, list and read, with their services and timeline; every change audited in its transaction.
import "server-only";
import { aliasedTable, and, asc, desc, eq, exists, gte, inArray, isNull, like, lt, max, or, sql, type SQL } from "drizzle-orm";
import type { IncidentStatus, Severity, TimelineKind } from "@/lib/incidents/types";
import { getDb } from "../client";
import { drills, incidents, incidentServices, postmortems, services, slos, teams, timelineEntries, users, type Incident, type Postmortem, type TimelineEntry } from "../schema";
import { writeAudit, type Actor, type Writer } from "./audit";

export type TimelineInput = { at: Date; kind: TimelineKind; text: string; actorLabel: string };
export type PersonRef = { id: number; name: string; email: string };
export type IncidentServiceRef = { id: number; slug: string; name: string; tier: number; teamId: number; teamSlug: string };

export type IncidentRecord = Incident & {
  services: IncidentServiceRef[];
  teamSlug: string | null;
  teamName: string | null;
  sloSlug: string | null;
  assignee: PersonRef | null;
  commander: PersonRef | null;
  communications: PersonRef | null;
  scribe: PersonRef | null;
};

export type IncidentValues = Omit<typeof incidents.$inferInsert, "id" | "number" | "createdAt" | "updatedAt">;

function insertEntries(tx: Writer, incidentId: number, entries: readonly TimelineInput[]): void {
  if (entries.length) tx.insert(timelineEntries).values(entries.map((e) => ({ ...e, incidentId }))).run();
}

/**
 * Declares an incident with the next number, its services in order and its first timeline entries; a drill's incident
 * also marks its drill running, in the same transaction.
 */
export async function insertIncident(
  { values, serviceIds, entries, drill }: { values: IncidentValues; serviceIds: readonly number[]; entries: readonly TimelineInput[]; drill?: { id: number; faultInjectedAt: Date } },
  actor: Actor,
): Promise<Incident> {
  return getDb().transaction((tx) => {
    const number = (tx.select({ n: max(incidents.number) }).from(incidents).get()?.n ?? 0) + 1;
    const created = tx.insert(incidents).values({ ...values, number }).returning().get();
    if (serviceIds.length) tx.insert(incidentServices).values(serviceIds.map((serviceId, position) => ({ incidentId: created.id, serviceId, position }))).run();
    insertEntries(tx, created.id, entries);
    if (drill) {
      tx.update(drills).set({ status: "running", incidentId: created.id, faultInjectedAt: drill.faultInjectedAt, updatedAt: new Date() }).where(eq(drills.id, drill.id)).run();
    }
    writeAudit(tx, actor, { action: values.isDrill ? "drill.incident.create" : "incident.create", entity: "incident", entityId: number, after: created });
    return created;
  });
}

/** Changes an incident's columns and adds timeline entries, in one transaction; undefined when it does not exist. */
export async function changeIncident({ id, changes, entries, audit = true }: { id: number; changes: Partial<IncidentValues>; entries: readonly TimelineInput[]; audit?: boolean }, actor: Actor): Promise<Incident | undefined> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(incidents).where(eq(incidents.id, id)).get();
    if (!before) return undefined;
    const after = Object.keys(changes).length ? tx.update(incidents).set({ ...changes, updatedAt: new Date() }).where(eq(incidents.id, id)).returning().get() : before;
    insertEntries(tx, id, entries);
    if (audit) writeAudit(tx, actor, { action: "incident.update", entity: "incident", entityId: before.number, before, after });
    return after;
  });
}

/** Changes a note's text or time (only notes are people's words); false when there is no such note on the incident. */
export async function updateNote({ incidentId, entryId, text, at }: { incidentId: number; entryId: number; text?: string; at?: Date }, actor: Actor): Promise<TimelineEntry | undefined> {
  return getDb().transaction((tx) => {
    const before = tx
      .select()
      .from(timelineEntries)
      .where(and(eq(timelineEntries.id, entryId), eq(timelineEntries.incidentId, incidentId), eq(timelineEntries.kind, "note")))
      .get();
    if (!before) return undefined;
    const after = tx
      .update(timelineEntries)
      .set({ text: text ?? before.text, at: at ?? before.at, editedAt: new Date() })
      .where(eq(timelineEntries.id, entryId))
      .returning()
      .get();
    writeAudit(tx, actor, { action: "incident.note.update", entity: "incident", entityId: incidentId, before, after });
    return after;
  });
}

const assignee = aliasedTable(users, "assignee");
const commander = aliasedTable(users, "commander");
const communications = aliasedTable(users, "communications");
const scribe = aliasedTable(users, "scribe");
const person = (table: typeof users) => ({ id: table.id, name: table.name, email: table.email });

export async function listIncidentServices(incidentIds: readonly number[]): Promise<Map<number, IncidentServiceRef[]>> {
  const byIncident = new Map<number, IncidentServiceRef[]>();
  if (!incidentIds.length) return byIncident;
  const rows = getDb()
    .select({ incidentId: incidentServices.incidentId, id: services.id, slug: services.slug, name: services.name, tier: services.tier, teamId: services.teamId, teamSlug: teams.slug })
    .from(incidentServices)
    .innerJoin(services, eq(services.id, incidentServices.serviceId))
    .innerJoin(teams, eq(teams.id, services.teamId))
    .where(inArray(incidentServices.incidentId, [...incidentIds]))
    .orderBy(asc(incidentServices.incidentId), asc(incidentServices.position))
    .all();
  for (const { incidentId, ...service } of rows) {
    const list = byIncident.get(incidentId);
    if (list) list.push(service);
    else byIncident.set(incidentId, [service]);
  }
  return byIncident;
}

async function recordsOf(where: SQL | undefined): Promise<IncidentRecord[]> {
  const rows = getDb()
    .select({
      incident: incidents,
      teamSlug: teams.slug,
      teamName: teams.name,
      sloSlug: slos.slug,
      assignee: person(assignee),
      commander: person(commander),
      communications: person(communications),
      scribe: person(scribe),
    })
    .from(incidents)
    .leftJoin(teams, eq(teams.id, incidents.teamId))
    .leftJoin(slos, eq(slos.id, incidents.sloId))
    .leftJoin(assignee, eq(assignee.id, incidents.assigneeId))
    .leftJoin(commander, eq(commander.id, incidents.commanderId))
    .leftJoin(communications, eq(communications.id, incidents.communicationsId))
    .leftJoin(scribe, eq(scribe.id, incidents.scribeId))
    .where(where)
    .all();
  const servicesOf = await listIncidentServices(rows.map((r) => r.incident.id));
  return rows.map((r) => ({
    ...r.incident,
    services: servicesOf.get(r.incident.id) ?? [],
    teamSlug: r.teamSlug,
    teamName: r.teamName,
    sloSlug: r.sloSlug,
    assignee: r.assignee,
    commander: r.commander,
    communications: r.communications,
    scribe: r.scribe,
  }));
}

export async function findIncidentByNumber(number: number): Promise<IncidentRecord | undefined> {
  return (await recordsOf(eq(incidents.number, number)))[0];
}

export async function findIncidentById(id: number): Promise<IncidentRecord | undefined> {
  return (await recordsOf(eq(incidents.id, id)))[0];
}

export async function listTimeline(incidentId: number): Promise<TimelineEntry[]> {
  return getDb().select().from(timelineEntries).where(eq(timelineEntries.incidentId, incidentId)).orderBy(asc(timelineEntries.at), asc(timelineEntries.id)).all();
}

export type IncidentFilter = {
  statuses?: readonly IncidentStatus[];
  severities?: readonly Severity[];
  serviceId?: number;
  teamId?: number;
  from?: Date;
  to?: Date;
  q?: string;
  drill?: boolean;
  limit?: number;
  offset?: number;
};

function filterConditions(filter: IncidentFilter): SQL[] {
  const conditions: SQL[] = [eq(incidents.isDrill, filter.drill ?? false)];
  if (filter.statuses?.length) conditions.push(inArray(incidents.status, [...filter.statuses]));
  if (filter.severities?.length) conditions.push(inArray(incidents.severity, [...filter.severities]));
  if (filter.teamId !== undefined) conditions.push(eq(incidents.teamId, filter.teamId));
  if (filter.from) conditions.push(gte(incidents.startedAt, filter.from));
  if (filter.to) conditions.push(lt(incidents.startedAt, filter.to));
  if (filter.serviceId !== undefined) {
    const db = getDb();
    conditions.push(exists(db.select({ one: sql`1` }).from(incidentServices).where(and(eq(incidentServices.incidentId, incidents.id), eq(incidentServices.serviceId, filter.serviceId)))));
  }
  const q = filter.q?.trim();
  if (q) {
    const number = /^#?(\d+)$/.exec(q);
    const pattern = `%${q}%`;
    const match = or(like(incidents.title, pattern), like(incidents.summary, pattern), like(incidents.tags, pattern), number ? eq(incidents.number, Number(number[1])) : undefined);
    if (match) conditions.push(match);
  }
  return conditions;
}

/** A page of incidents, newest first, with the number that match. */
export async function listIncidents(filter: IncidentFilter = {}): Promise<{ incidents: IncidentRecord[]; total: number }> {
  const where = and(...filterConditions(filter));
  const db = getDb();
  const total = db.select({ n: sql<number>`count(*)` }).from(incidents).where(where).get()?.n ?? 0;
  const ids = db
    .select({ id: incidents.id })
    .from(incidents)
    .where(where)
    .orderBy(desc(incidents.startedAt), desc(incidents.number))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0)
    .all()
    .map((r) => r.id);
  if (!ids.length) return { incidents: [], total };
  const order = new Map(ids.map((id, index) => [id, index]));
  const records = await recordsOf(inArray(incidents.id, ids));
  return { incidents: records.sort((a, b) => order.get(a.id)! - order.get(b.id)!), total };
}

/** The open incident Alertmanager opened for an alert group, if there is one. */
export async function findOpenIncidentByGroupKey(groupKey: string): Promise<Incident | undefined> {
  return getDb()
    .select()
    .from(incidents)
    .where(and(eq(incidents.alertGroupKey, groupKey), isNull(incidents.closedAt), isNull(incidents.resolvedAt)))
    .orderBy(desc(incidents.id))
    .get();
}

/** Every incident not yet resolved (drills included), for the overdue and escalation sweep. */
export async function listOpenIncidents(): Promise<Incident[]> {
  return getDb()
    .select()
    .from(incidents)
    .where(inArray(incidents.status, ["triggered", "acknowledged", "investigating", "mitigated"]))
    .all();
}

/** The incidents of a service that overlap [from, to) (drills left out), for SLO charts and pages. */
export async function listServiceIncidentsBetween(serviceId: number, from: Date, to: Date): Promise<Incident[]> {
  const db = getDb();
  return db
    .select()
    .from(incidents)
    .where(
      and(
        eq(incidents.isDrill, false),
        lt(incidents.startedAt, to),
        or(isNull(incidents.resolvedAt), gte(incidents.resolvedAt, from)),
        exists(db.select({ one: sql`1` }).from(incidentServices).where(and(eq(incidentServices.incidentId, incidents.id), eq(incidentServices.serviceId, serviceId)))),
      ),
    )
    .orderBy(asc(incidents.startedAt))
    .all();
}

/** The incident's postmortem status, or null when it has none yet. */
export async function findPostmortemStatus(incidentId: number): Promise<Postmortem["status"] | null> {
  return getDb().select({ status: postmortems.status }).from(postmortems).where(eq(postmortems.incidentId, incidentId)).get()?.status ?? null;
}
