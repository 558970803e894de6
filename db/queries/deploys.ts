// Deployments and deploy-gate exceptions.
import "server-only";
import { and, asc, desc, eq, getTableColumns, gt, gte, inArray, isNull, lte } from "drizzle-orm";
import { getDb } from "../client";
import { deployments, gateExceptions, services, type Deployment, type GateException } from "../schema";
import { writeAudit, type Actor } from "./audit";

export async function recordDeployment(input: { serviceId: number; serviceSlug: string; version: string; description: string; at: Date }, actor: Actor): Promise<Deployment> {
  const db = getDb();
  return db.transaction((tx) => {
    const created = tx
      .insert(deployments)
      .values({ serviceId: input.serviceId, version: input.version, description: input.description, at: input.at, recordedBy: actor.label })
      .returning()
      .get();
    writeAudit(tx, actor, { action: "deployment.record", entity: "service", entityId: input.serviceSlug, after: created });
    return created;
  });
}

export async function listDeployments(serviceId: number, from?: Date, limit = 50): Promise<Deployment[]> {
  return getDb()
    .select()
    .from(deployments)
    .where(from ? and(eq(deployments.serviceId, serviceId), gt(deployments.at, from)) : eq(deployments.serviceId, serviceId))
    .orderBy(desc(deployments.at), desc(deployments.id))
    .limit(limit)
    .all();
}

export async function grantGateException(
  input: { serviceId: number; serviceSlug: string; reason: string; expiresAt: Date; grantedById: number | null },
  actor: Actor,
): Promise<GateException> {
  const db = getDb();
  return db.transaction((tx) => {
    const created = tx
      .insert(gateExceptions)
      .values({ serviceId: input.serviceId, reason: input.reason, expiresAt: input.expiresAt, grantedById: input.grantedById, grantedBy: actor.label, createdAt: new Date() })
      .returning()
      .get();
    writeAudit(tx, actor, { action: "gate_exception.grant", entity: "service", entityId: input.serviceSlug, after: created });
    return created;
  });
}

export async function revokeGateException(id: number, actor: Actor): Promise<boolean> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(gateExceptions).where(eq(gateExceptions.id, id)).get();
    if (!before || before.revokedAt) return false;
    tx.update(gateExceptions).set({ revokedAt: new Date() }).where(eq(gateExceptions.id, id)).run();
    writeAudit(tx, actor, { action: "gate_exception.revoke", entity: "gate_exception", entityId: id, before });
    return true;
  });
}

export async function listGateExceptions(serviceId: number, onlyLiveAt?: Date): Promise<GateException[]> {
  const where = onlyLiveAt
    ? and(eq(gateExceptions.serviceId, serviceId), isNull(gateExceptions.revokedAt), gt(gateExceptions.expiresAt, onlyLiveAt))
    : eq(gateExceptions.serviceId, serviceId);
  return getDb().select().from(gateExceptions).where(where).orderBy(desc(gateExceptions.createdAt)).all();
}

/** Deployments of any of these services in [from, to], oldest first, with the service's slug. */
export async function listDeploymentsBetween(serviceIds: readonly number[], from: Date, to: Date): Promise<(Deployment & { serviceSlug: string })[]> {
  if (!serviceIds.length) return [];
  return getDb()
    .select({ ...getTableColumns(deployments), serviceSlug: services.slug })
    .from(deployments)
    .innerJoin(services, eq(services.id, deployments.serviceId))
    .where(and(inArray(deployments.serviceId, [...serviceIds]), gte(deployments.at, from), lte(deployments.at, to)))
    .orderBy(asc(deployments.at), asc(deployments.id))
    .all();
}
