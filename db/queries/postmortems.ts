// Postmortems and their action items (of incidents and drills alike): read, save, and every change audited in its transaction.
import "server-only";
import { and, asc, eq, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import type { ActionItemStatus } from "@/lib/incidents/types";
import { getDb } from "../client";
import { actionItems, incidentServices, incidents, postmortems, teams, timelineEntries, users, type ActionItem, type Postmortem } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { preparedPerConnection } from "./prepared";
import type { PersonRef, TimelineInput } from "./incidents";

export type PostmortemRecord = Postmortem & { author: PersonRef | null };
export type PostmortemValues = Partial<Omit<typeof postmortems.$inferInsert, "id" | "incidentId" | "createdAt" | "updatedAt">>;

export async function findPostmortem(incidentId: number): Promise<PostmortemRecord | undefined> {
  const row = getDb()
    .select({ postmortem: postmortems, author: { id: users.id, name: users.name, email: users.email } })
    .from(postmortems)
    .leftJoin(users, eq(users.id, postmortems.authorId))
    .where(eq(postmortems.incidentId, incidentId))
    .get();
  return row ? { ...row.postmortem, author: row.author } : undefined;
}

/** Creates the incident's postmortem or changes it, with an optional timeline entry (publishing), in one transaction. */
export async function savePostmortem(
  { incidentId, incidentNumber, values, entry }: { incidentId: number; incidentNumber: number; values: PostmortemValues; entry?: TimelineInput },
  actor: Actor,
): Promise<Postmortem> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(postmortems).where(eq(postmortems.incidentId, incidentId)).get();
    const after = before
      ? tx.update(postmortems).set({ ...values, updatedAt: new Date() }).where(eq(postmortems.id, before.id)).returning().get()
      : tx.insert(postmortems).values({ ...values, incidentId }).returning().get();
    if (entry) tx.insert(timelineEntries).values({ ...entry, incidentId }).run();
    writeAudit(tx, actor, { action: before ? "postmortem.update" : "postmortem.create", entity: "postmortem", entityId: incidentNumber, before: before ?? null, after });
    return after;
  });
}

export type ActionItemRecord = ActionItem & {
  owner: PersonRef | null;
  incidentNumber: number;
  incidentTitle: string;
  isDrill: boolean;
  teamId: number | null;
  teamSlug: string | null;
  teamName: string | null;
};

export type ActionItemFilter = {
  incidentId?: number;
  statuses?: readonly ActionItemStatus[];
  teamId?: number;
  ownerId?: number;
  /** Only items due before this instant and not done or won't do. */
  overdueAt?: Date;
  /** Only items of incidents affecting this service. */
  serviceId?: number;
};

function actionItemConditions(filter: ActionItemFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.incidentId !== undefined) conditions.push(eq(actionItems.incidentId, filter.incidentId));
  if (filter.statuses?.length) conditions.push(inArray(actionItems.status, [...filter.statuses]));
  if (filter.teamId !== undefined) conditions.push(eq(incidents.teamId, filter.teamId));
  if (filter.ownerId !== undefined) conditions.push(eq(actionItems.ownerId, filter.ownerId));
  if (filter.serviceId !== undefined) {
    conditions.push(inArray(actionItems.incidentId, getDb().select({ id: incidentServices.incidentId }).from(incidentServices).where(eq(incidentServices.serviceId, filter.serviceId))));
  }
  if (filter.overdueAt) conditions.push(isNotNull(actionItems.dueAt), lt(actionItems.dueAt, filter.overdueAt), inArray(actionItems.status, ["open", "in_progress"]));
  return conditions;
}

/** Action items with their owner and incident, earliest due first (undated last), then oldest. */
export async function listActionItems(filter: ActionItemFilter = {}): Promise<ActionItemRecord[]> {
  return selectActionItems(and(...actionItemConditions(filter)));
}

function selectActionItems(where: SQL | undefined): ActionItemRecord[] {
  const rows = getDb()
    .select({
      item: actionItems,
      owner: { id: users.id, name: users.name, email: users.email },
      incidentNumber: incidents.number,
      incidentTitle: incidents.title,
      isDrill: incidents.isDrill,
      teamId: incidents.teamId,
      teamSlug: teams.slug,
      teamName: teams.name,
    })
    .from(actionItems)
    .innerJoin(incidents, eq(incidents.id, actionItems.incidentId))
    .leftJoin(teams, eq(teams.id, incidents.teamId))
    .leftJoin(users, eq(users.id, actionItems.ownerId))
    .where(where)
    .orderBy(sql`${actionItems.dueAt} IS NULL`, asc(actionItems.dueAt), asc(actionItems.id))
    .all();
  return rows.map(({ item, owner, ...rest }) => ({ ...item, owner: owner?.id == null ? null : owner, ...rest }));
}

/** The action items (of the given statuses) of the incidents affecting each service, keyed by service id, earliest due first. */
/** What readiness checks read of an action item. */
export type ServiceActionItem = { id: number; title: string; status: ActionItemStatus; dueAt: Date | null; incidentNumber: number };
type ServiceActionItemRow = [serviceId: number, id: number, title: string, status: ActionItemStatus, dueAt: number | null, incidentNumber: number];

// Hand-written and prepared once per connection: the readiness scorecard asks for the action items of a thousand services.
const itemsOfServicesStatement = preparedPerConnection(({ sqlite }) =>
  sqlite
    .prepare<[{ services: string; statuses: string }], ServiceActionItemRow>(
      `SELECT s.service_id, a.id, a.title, a.status, a.due_at, i.number
       FROM incident_services s JOIN action_items a ON a.incident_id = s.incident_id JOIN incidents i ON i.id = s.incident_id
       WHERE s.service_id IN (SELECT value FROM json_each(@services)) AND a.status IN (SELECT value FROM json_each(@statuses))
       ORDER BY a.id`,
    )
    .raw(true),
);

/** Per service id, the action items in the given statuses of incidents that affected it. */
export async function listActionItemsByService(serviceIds: readonly number[], statuses: readonly ActionItemStatus[]): Promise<Map<number, ServiceActionItem[]>> {
  const byService = new Map<number, ServiceActionItem[]>(serviceIds.map((id) => [id, []]));
  if (!serviceIds.length) return byService;
  for (const [serviceId, id, title, status, dueAt, incidentNumber] of itemsOfServicesStatement().all({ services: JSON.stringify(serviceIds), statuses: JSON.stringify(statuses) })) {
    byService.get(serviceId)?.push({ id, title, status, dueAt: dueAt === null ? null : new Date(dueAt), incidentNumber });
  }
  return byService;
}

export async function countOverdueActionItems(at: Date, teamId?: number): Promise<number> {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(actionItems)
      .innerJoin(incidents, eq(incidents.id, actionItems.incidentId))
      .where(and(...actionItemConditions({ overdueAt: at, teamId })))
      .get()?.n ?? 0
  );
}

export async function findActionItem(id: number): Promise<ActionItemRecord | undefined> {
  return selectActionItems(eq(actionItems.id, id))[0];
}

export type ActionItemValues = Omit<typeof actionItems.$inferInsert, "id" | "createdAt" | "updatedAt">;

export async function insertActionItem(values: ActionItemValues, incidentNumber: number, actor: Actor): Promise<ActionItem> {
  return getDb().transaction((tx) => {
    const created = tx.insert(actionItems).values(values).returning().get();
    writeAudit(tx, actor, { action: "action_item.create", entity: "action_item", entityId: created.id, after: { ...created, incidentNumber } });
    return created;
  });
}

export async function updateActionItem(id: number, changes: Partial<Omit<ActionItemValues, "incidentId">>, actor: Actor): Promise<ActionItem | undefined> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(actionItems).where(eq(actionItems.id, id)).get();
    if (!before) return undefined;
    const after = tx.update(actionItems).set({ ...changes, updatedAt: new Date() }).where(eq(actionItems.id, id)).returning().get();
    writeAudit(tx, actor, { action: "action_item.update", entity: "action_item", entityId: id, before, after });
    return after;
  });
}

export async function deleteActionItem(id: number, actor: Actor): Promise<boolean> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(actionItems).where(eq(actionItems.id, id)).get();
    if (!before) return false;
    tx.delete(actionItems).where(eq(actionItems.id, id)).run();
    writeAudit(tx, actor, { action: "action_item.delete", entity: "action_item", entityId: id, before });
    return true;
  });
}
