// Incidents from alerts: Alertmanager notices on an incident's timeline (each alert's firing and resolution once), runbooks they name, SLO-linked incidents.
import "server-only";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "../client";
import { incidentAlerts, incidents, incidentServices, runbooks, timelineEntries, type Incident } from "../schema";
import { writeAudit, type Actor } from "./audit";
import type { IncidentValues, TimelineInput } from "./incidents";

export type AlertNotice = { fingerprint: string; status: "firing" | "resolved"; startsAt: Date; entry: TimelineInput };

/**
 * Adds the entries of the alerts not seen on the incident before, then the other entries, the services later alerts
 * name, and the changes (audited when there are any), in one transaction. Returns the incident after and how many alerts were new; undefined when it does not exist.
 */
export async function recordAlertNotices(
  {
    id,
    notices,
    changes = {},
    entries = [],
    addServiceIds = [],
  }: { id: number; notices: readonly AlertNotice[]; changes?: Partial<IncidentValues>; entries?: readonly TimelineInput[]; addServiceIds?: readonly number[] },
  actor: Actor,
): Promise<{ incident: Incident; newAlerts: number } | undefined> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(incidents).where(eq(incidents.id, id)).get();
    if (!before) return undefined;
    const receivedAt = new Date();
    const fresh: TimelineInput[] = [];
    for (const notice of notices) {
      const inserted = tx
        .insert(incidentAlerts)
        .values({ incidentId: id, fingerprint: notice.fingerprint, status: notice.status, startsAt: notice.startsAt, receivedAt })
        .onConflictDoNothing()
        .returning({ fingerprint: incidentAlerts.fingerprint })
        .all();
      if (inserted.length) fresh.push(notice.entry);
    }
    if (addServiceIds.length) {
      const position = tx.select({ n: sql<number>`count(*)` }).from(incidentServices).where(eq(incidentServices.incidentId, id)).get()?.n ?? 0;
      tx.insert(incidentServices)
        .values(addServiceIds.map((serviceId, i) => ({ incidentId: id, serviceId, position: position + i })))
        .onConflictDoNothing()
        .run();
    }
    const all = [...fresh, ...entries];
    if (all.length) tx.insert(timelineEntries).values(all.map((e) => ({ ...e, incidentId: id }))).run();
    const changed = Object.keys(changes).length > 0;
    const after = changed ? tx.update(incidents).set({ ...changes, updatedAt: receivedAt }).where(eq(incidents.id, id)).returning().get() : before;
    if (changed) writeAudit(tx, actor, { action: "incident.update", entity: "incident", entityId: before.number, before, after });
    return { incident: after, newAlerts: fresh.length };
  });
}

/** A stored runbook of one of the services by slug (the first service's first), for an alert's `keel_runbook` annotation. */
export async function findRunbookOfServices(serviceIds: readonly number[], slug: string): Promise<{ title: string; url: string | null; serviceId: number } | undefined> {
  if (!serviceIds.length) return undefined;
  const rows = getDb()
    .select({ title: runbooks.title, url: runbooks.url, serviceId: runbooks.serviceId })
    .from(runbooks)
    .where(and(eq(runbooks.slug, slug), inArray(runbooks.serviceId, [...serviceIds])))
    .all();
  return serviceIds.map((id) => rows.find((r) => r.serviceId === id)).find(Boolean);
}

/** The newest open incident linked to an SLO (opened by its alerts or its missing data), if there is one. */
export async function findOpenIncidentOfSlo(sloId: number): Promise<Incident | undefined> {
  return getDb()
    .select()
    .from(incidents)
    .where(and(eq(incidents.sloId, sloId), isNull(incidents.resolvedAt), isNull(incidents.closedAt)))
    .orderBy(desc(incidents.id))
    .get();
}
