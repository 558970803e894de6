// Outgoing notification webhooks and their delivery log: configure, queue deliveries, claim due ones, record each attempt.
import "server-only";
import { and, asc, desc, eq, isNull, lte, or, type SQL } from "drizzle-orm";
import type { NotificationEvent } from "@/lib/incidents/types";
import { getDb } from "../client";
import { incidents, notificationDeliveries, notificationWebhooks, teams, type NotificationDelivery, type NotificationWebhook } from "../schema";
import { writeAudit, type Actor } from "./audit";

export type WebhookRecord = NotificationWebhook & { teamSlug: string | null };
export type WebhookValues = Omit<typeof notificationWebhooks.$inferInsert, "id" | "createdAt">;

export async function listWebhooks(): Promise<WebhookRecord[]> {
  return getDb()
    .select({ webhook: notificationWebhooks, teamSlug: teams.slug })
    .from(notificationWebhooks)
    .leftJoin(teams, eq(teams.id, notificationWebhooks.teamId))
    .orderBy(asc(notificationWebhooks.name), asc(notificationWebhooks.id))
    .all()
    .map((r) => ({ ...r.webhook, teamSlug: r.teamSlug }));
}

export async function findWebhook(id: number): Promise<WebhookRecord | undefined> {
  return (await listWebhooks()).find((w) => w.id === id);
}

export async function insertWebhook(values: WebhookValues, actor: Actor): Promise<NotificationWebhook> {
  return getDb().transaction((tx) => {
    const created = tx.insert(notificationWebhooks).values(values).returning().get();
    writeAudit(tx, actor, { action: "webhook.create", entity: "notification_webhook", entityId: created.id, after: created });
    return created;
  });
}

export async function updateWebhook(id: number, values: WebhookValues, actor: Actor): Promise<NotificationWebhook | undefined> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(notificationWebhooks).where(eq(notificationWebhooks.id, id)).get();
    if (!before) return undefined;
    const after = tx.update(notificationWebhooks).set(values).where(eq(notificationWebhooks.id, id)).returning().get();
    writeAudit(tx, actor, { action: "webhook.update", entity: "notification_webhook", entityId: id, before, after });
    return after;
  });
}

export async function deleteWebhook(id: number, actor: Actor): Promise<boolean> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(notificationWebhooks).where(eq(notificationWebhooks.id, id)).get();
    if (!before) return false;
    tx.delete(notificationWebhooks).where(eq(notificationWebhooks.id, id)).run();
    writeAudit(tx, actor, { action: "webhook.delete", entity: "notification_webhook", entityId: id, before });
    return true;
  });
}

/** The enabled webhooks that want this event for an incident of this team. */
export async function webhooksFor(event: NotificationEvent, teamId: number | null): Promise<NotificationWebhook[]> {
  const teamMatch = teamId === null ? isNull(notificationWebhooks.teamId) : or(isNull(notificationWebhooks.teamId), eq(notificationWebhooks.teamId, teamId));
  return getDb()
    .select()
    .from(notificationWebhooks)
    .where(and(eq(notificationWebhooks.isEnabled, true), teamMatch))
    .all()
    .filter((w) => w.events.includes(event));
}

/** Queues one delivery per webhook, due now, in one transaction. */
export async function queueDeliveries(items: { webhookId: number; incidentId: number | null; event: string; payload: unknown }[], now: Date): Promise<void> {
  if (!items.length) return;
  getDb().transaction((tx) => {
    tx.insert(notificationDeliveries).values(items.map((i) => ({ ...i, status: "pending" as const, nextAttemptAt: now, createdAt: now }))).run();
  });
}

export type DueDelivery = NotificationDelivery & { url: string };

/** Pending deliveries whose next attempt is due, oldest first, with their webhook's URL. */
export async function listDueDeliveries(now: Date, limit = 50): Promise<DueDelivery[]> {
  return getDb()
    .select({ delivery: notificationDeliveries, url: notificationWebhooks.url })
    .from(notificationDeliveries)
    .innerJoin(notificationWebhooks, eq(notificationWebhooks.id, notificationDeliveries.webhookId))
    .where(and(eq(notificationDeliveries.status, "pending"), lte(notificationDeliveries.nextAttemptAt, now)))
    .orderBy(asc(notificationDeliveries.nextAttemptAt), asc(notificationDeliveries.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r.delivery, url: r.url }));
}

/** Records an attempt: delivered, retry at `nextAttemptAt`, or given up (failed). */
export async function recordAttempt(
  id: number,
  outcome: { status: "delivered" | "pending" | "failed"; attempts: number; statusCode: number | null; error: string | null; nextAttemptAt: Date | null; at: Date },
): Promise<void> {
  getDb()
    .update(notificationDeliveries)
    .set({
      status: outcome.status,
      attempts: outcome.attempts,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
      nextAttemptAt: outcome.nextAttemptAt,
      deliveredAt: outcome.status === "delivered" ? outcome.at : null,
    })
    .where(eq(notificationDeliveries.id, id))
    .run();
}

export type DeliveryLogRow = NotificationDelivery & { webhookName: string; incidentNumber: number | null };

/** The delivery log, newest first. */
export async function listDeliveries({ webhookId, limit = 100 }: { webhookId?: number; limit?: number } = {}): Promise<DeliveryLogRow[]> {
  const where: SQL | undefined = webhookId === undefined ? undefined : eq(notificationDeliveries.webhookId, webhookId);
  return getDb()
    .select({ delivery: notificationDeliveries, webhookName: notificationWebhooks.name, incidentNumber: incidents.number })
    .from(notificationDeliveries)
    .innerJoin(notificationWebhooks, eq(notificationWebhooks.id, notificationDeliveries.webhookId))
    .leftJoin(incidents, eq(incidents.id, notificationDeliveries.incidentId))
    .where(where)
    .orderBy(desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r.delivery, webhookName: r.webhookName, incidentNumber: r.incidentNumber }));
}
