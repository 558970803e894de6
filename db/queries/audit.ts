// The audit trail: every change, by whom, before and after. Written inside the change's own transaction.
import "server-only";
import { and, desc, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "../client";
import { preparedPerConnection } from "./prepared";
import type { Actor } from "@/lib/access/types";
import { auditLog, type AuditEntry } from "../schema";

export { CLI_ACTOR, SYSTEM_ACTOR, type Actor } from "@/lib/access/types";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Writer = Db | Tx;

const insertAudit = preparedPerConnection(({ db }) =>
  db
    .insert(auditLog)
    .values({
      at: sql.placeholder("at"),
      actorKind: sql.placeholder("actorKind"),
      actorId: sql.placeholder("actorId"),
      actorLabel: sql.placeholder("actorLabel"),
      action: sql.placeholder("action"),
      entity: sql.placeholder("entity"),
      entityId: sql.placeholder("entityId"),
      before: sql.placeholder("before"),
      after: sql.placeholder("after"),
    })
    .prepare(),
);

/**
 * Appends one audit row. `tx` is the change's transaction: the row is written on the same connection inside it (the
 * statement is prepared once per connection, so it runs in whatever transaction that connection has open).
 */
export function writeAudit(
  tx: Writer,
  actor: Actor,
  entry: { action: string; entity: string; entityId?: string | number | null; before?: unknown; after?: unknown },
): void {
  void tx;
  insertAudit().run({
    at: new Date(),
    actorKind: actor.kind,
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export type AuditFilter = { actor?: string; entity?: string; from?: Date; to?: Date; limit?: number; offset?: number };

export async function listAuditEntries(filter: AuditFilter = {}): Promise<{ entries: AuditEntry[]; total: number }> {
  const db = getDb();
  const conditions: SQL[] = [];
  if (filter.actor) conditions.push(like(auditLog.actorLabel, `%${filter.actor}%`));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, filter.to));
  const where = conditions.length ? and(...conditions) : undefined;
  const entries = db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(auditLog).where(where).get()?.n ?? 0;
  return { entries, total };
}

export async function listAuditEntities(): Promise<string[]> {
  return getDb()
    .selectDistinct({ entity: auditLog.entity })
    .from(auditLog)
    .orderBy(auditLog.entity)
    .all()
    .map((row) => row.entity);
}
