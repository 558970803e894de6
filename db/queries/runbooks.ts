// Runbooks of services: read, create, change, delete — every change audited in its transaction.
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../client";
import { runbooks, services, type Runbook } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { preparedPerConnection } from "./prepared";
import { ConflictError } from "./errors";

export type RunbookRecord = Runbook & { serviceSlug: string; serviceName: string };
export type RunbookValues = { slug: string; title: string; url: string | null; body: string };

const withService = { runbook: runbooks, serviceSlug: services.slug, serviceName: services.name };

/** The runbooks of some services, by service (in the order given) and then by title. */
export async function listRunbooks(serviceIds: readonly number[]): Promise<RunbookRecord[]> {
  if (!serviceIds.length) return [];
  const rows = getDb().select(withService).from(runbooks).innerJoin(services, eq(services.id, runbooks.serviceId)).where(inArray(runbooks.serviceId, [...serviceIds])).orderBy(asc(runbooks.title), asc(runbooks.id)).all();
  const order = new Map(serviceIds.map((id, index) => [id, index]));
  return rows.map((r) => ({ ...r.runbook, serviceSlug: r.serviceSlug, serviceName: r.serviceName })).sort((a, b) => order.get(a.serviceId)! - order.get(b.serviceId)!);
}

export async function findRunbook(serviceId: number, slug: string): Promise<RunbookRecord | undefined> {
  const row = getDb().select(withService).from(runbooks).innerJoin(services, eq(services.id, runbooks.serviceId)).where(and(eq(runbooks.serviceId, serviceId), eq(runbooks.slug, slug))).get();
  return row ? { ...row.runbook, serviceSlug: row.serviceSlug, serviceName: row.serviceName } : undefined;
}

export async function insertRunbook(serviceId: number, values: RunbookValues, actor: Actor): Promise<Runbook> {
  return getDb().transaction((tx) => {
    if (tx.select({ id: runbooks.id }).from(runbooks).where(and(eq(runbooks.serviceId, serviceId), eq(runbooks.slug, values.slug))).get()) {
      throw new ConflictError(`The service already has a runbook with slug "${values.slug}"`, "slug");
    }
    const created = tx.insert(runbooks).values({ ...values, serviceId }).returning().get();
    writeAudit(tx, actor, { action: "runbook.create", entity: "runbook", entityId: created.id, after: created });
    return created;
  });
}

export async function updateRunbook(id: number, values: RunbookValues, actor: Actor): Promise<Runbook | undefined> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(runbooks).where(eq(runbooks.id, id)).get();
    if (!before) return undefined;
    if (values.slug !== before.slug && tx.select({ id: runbooks.id }).from(runbooks).where(and(eq(runbooks.serviceId, before.serviceId), eq(runbooks.slug, values.slug))).get()) {
      throw new ConflictError(`The service already has a runbook with slug "${values.slug}"`, "slug");
    }
    const after = tx.update(runbooks).set({ ...values, updatedAt: new Date() }).where(eq(runbooks.id, id)).returning().get();
    writeAudit(tx, actor, { action: "runbook.update", entity: "runbook", entityId: id, before, after });
    return after;
  });
}

export async function deleteRunbook(id: number, actor: Actor): Promise<boolean> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(runbooks).where(eq(runbooks.id, id)).get();
    if (!before) return false;
    tx.delete(runbooks).where(eq(runbooks.id, id)).run();
    writeAudit(tx, actor, { action: "runbook.delete", entity: "runbook", entityId: id, before });
    return true;
  });
}

// Prepared once per connection: the readiness scorecard asks for the runbooks of a thousand services.
const titlesStatement = preparedPerConnection(({ sqlite }) =>
  sqlite.prepare<[string], { serviceId: number; slug: string; title: string }>(
    "SELECT service_id AS serviceId, slug, title FROM runbooks WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY title, id",
  ),
);

/** Slug and title of each runbook of the given services (no bodies), by title. */
export async function listRunbookTitles(serviceIds: readonly number[]): Promise<{ serviceId: number; slug: string; title: string }[]> {
  return serviceIds.length ? titlesStatement().all(JSON.stringify(serviceIds)) : [];
}
