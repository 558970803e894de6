// Action items from a postmortem or a drill's findings: added, changed and removed by the incident's team and admins.
import "server-only";
import {
  deleteActionItem as removeActionItem,
  findActionItem,
  insertActionItem,
  listActionItems,
  listActionItemsByService,
  updateActionItem as changeActionItem,
  type ActionItemFilter,
  type ActionItemRecord,
  type ServiceActionItem,
  type ActionItemValues,
} from "@/db/queries/postmortems";
import { findTeamBySlug } from "@/db/queries/teams";
import type { Caller } from "@/lib/access/caller";
import { completedAtAfter } from "@/lib/incidents/postmortem";
import type { actionItemInputSchema, actionItemPatchSchema } from "@/lib/incidents/schemas";
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from "@/lib/incidents/types";
import type { z } from "zod";
import { emitChange } from "../change-events";
import { invalid, notFound } from "../errors";
import { writableIncident } from "./access";
import { personByEmail } from "./people";

type ActionItemInput = z.infer<typeof actionItemInputSchema>;
type ActionItemPatch = z.infer<typeof actionItemPatchSchema>;

const ownerOf = async (email: string | null | undefined) => (email ? (await personByEmail(email, "owner")).id : null);

export async function addActionItem({ caller, number, input }: { caller: Caller; number: number; input: ActionItemInput }): Promise<ActionItemRecord> {
  const incident = await writableIncident(caller, number);
  const now = new Date();
  const created = await insertActionItem(
    {
      incidentId: incident.id,
      title: input.title,
      ownerId: await ownerOf(input.owner),
      dueAt: input.dueAt == null ? null : new Date(input.dueAt),
      priority: input.priority,
      status: input.status,
      completedAt: input.status === "done" ? now : null,
    },
    number,
    caller.actor,
  );
  emitChange({ entity: "action_item", action: "created", key: String(created.id), actor: caller.actor.label });
  return (await findActionItem(created.id))!;
}

/** The action item of an id that the caller may change: 404 when unknown, 403 when another team's incident. */
async function writableActionItem(caller: Caller, id: number): Promise<ActionItemRecord> {
  const item = await findActionItem(id);
  if (!item) throw notFound(`No action item ${id}`);
  await writableIncident(caller, item.incidentNumber);
  return item;
}

export async function updateActionItem({ caller, id, input }: { caller: Caller; id: number; input: ActionItemPatch }): Promise<ActionItemRecord> {
  const item = await writableActionItem(caller, id);
  const changes: Partial<Omit<ActionItemValues, "incidentId">> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.owner !== undefined) changes.ownerId = await ownerOf(input.owner);
  if (input.dueAt !== undefined) changes.dueAt = input.dueAt === null ? null : new Date(input.dueAt);
  if (input.priority !== undefined) changes.priority = input.priority;
  if (input.status !== undefined) {
    changes.status = input.status;
    changes.completedAt = completedAtAfter(item, input.status, new Date());
  }
  if (!(await changeActionItem(id, changes, caller.actor))) throw notFound(`No action item ${id}`);
  emitChange({ entity: "action_item", action: "updated", key: String(id), actor: caller.actor.label });
  return (await findActionItem(id))!;
}

export async function deleteActionItem({ caller, id }: { caller: Caller; id: number }): Promise<ActionItemRecord> {
  const item = await writableActionItem(caller, id);
  if (!(await removeActionItem(id, caller.actor))) throw notFound(`No action item ${id}`);
  emitChange({ entity: "action_item", action: "deleted", key: String(id), actor: caller.actor.label });
  return item;
}

export type ActionItemQuery = { status?: string; overdue?: "true" | "false"; team?: string; owner?: string };

/** The action item list's filter from query-string words; 400 naming a bad one, 404 for an unknown team. */
export async function searchActionItems(query: ActionItemQuery, now = new Date()): Promise<ActionItemRecord[]> {
  const filter: ActionItemFilter = {};
  if (query.status === "open") filter.statuses = ["open", "in_progress"];
  else if (query.status) {
    const statuses = query.status.split(",").map((s) => s.trim()).filter(Boolean);
    for (const status of statuses) if (!ACTION_ITEM_STATUSES.includes(status as ActionItemStatus)) throw invalid(`status: "${status}" is not one of open, ${ACTION_ITEM_STATUSES.join(", ")}`, "status");
    filter.statuses = statuses as ActionItemStatus[];
  }
  if (query.overdue === "true") filter.overdueAt = now;
  if (query.team) {
    const team = await findTeamBySlug(query.team);
    if (!team) throw notFound(`No team with slug "${query.team}"`);
    filter.teamId = team.id;
  }
  if (query.owner) filter.ownerId = (await personByEmail(query.owner, "owner")).id;
  return listActionItems(filter);
}

/** The open (open or in progress) action items of the incidents affecting each service, keyed by service id, earliest due first. */
export async function openActionItemsOfServices(serviceIds: readonly number[]): Promise<Map<number, ServiceActionItem[]>> {
  return listActionItemsByService(serviceIds, ["open", "in_progress"]);
}
