// People's notes on an incident's timeline: added with a time (default now) and corrected afterwards.
import "server-only";
import { changeIncident as writeIncident, findIncidentById, updateNote, type IncidentRecord } from "@/db/queries/incidents";
import type { Caller } from "@/lib/access/caller";
import { emitChange } from "../change-events";
import { notFound } from "../errors";
import { writableIncident } from "./access";

export async function addNote({ caller, number, input }: { caller: Caller; number: number; input: { text: string; at?: number } }): Promise<IncidentRecord> {
  const incident = await writableIncident(caller, number);
  const at = input.at === undefined ? new Date() : new Date(input.at);
  await writeIncident({ id: incident.id, changes: { isHumanTouched: true }, entries: [{ at, kind: "note", text: input.text, actorLabel: caller.actor.label }] }, caller.actor);
  emitChange({ entity: "incident", action: "updated", key: String(number), actor: caller.actor.label });
  return (await findIncidentById(incident.id))!;
}

export async function editNote({ caller, number, entryId, input }: { caller: Caller; number: number; entryId: number; input: { text?: string; at?: number } }): Promise<void> {
  const incident = await writableIncident(caller, number);
  const edited = await updateNote({ incidentId: incident.id, entryId, text: input.text, at: input.at === undefined ? undefined : new Date(input.at) }, caller.actor);
  if (!edited) throw notFound(`Incident #${number} has no note ${entryId}`);
  emitChange({ entity: "incident", action: "updated", key: String(number), actor: caller.actor.label });
}
