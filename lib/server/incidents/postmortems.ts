// Writing an incident's (or drill's) blameless postmortem and moving it draft → in review → published.
import "server-only";
import { findIncidentByNumber, listTimeline, type IncidentRecord, type TimelineInput } from "@/db/queries/incidents";
import { findPostmortem, listActionItems, savePostmortem, type ActionItemRecord, type PostmortemRecord, type PostmortemValues } from "@/db/queries/postmortems";
import type { TimelineEntry } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import { postmortemMoveRefusal } from "@/lib/incidents/postmortem";
import type { PostmortemInput } from "@/lib/incidents/schemas";
import type { PostmortemStatus } from "@/lib/incidents/types";
import { emitChange } from "../change-events";
import { ChangeError, notFound } from "../errors";
import { writableIncident } from "./access";
import { incidentImpact, type IncidentImpact } from "./impact";

export type PostmortemView = {
  incident: IncidentRecord;
  postmortem: PostmortemRecord | null;
  timeline: TimelineEntry[];
  impact: IncidentImpact;
  actionItems: ActionItemRecord[];
  /** Resolved with its postmortem published: a person may close it now (never automatic). */
  canClose: boolean;
};

export async function getPostmortem(number: number): Promise<PostmortemView> {
  const incident = await findIncidentByNumber(number);
  if (!incident) throw notFound(`No incident #${number}`);
  const postmortem = (await findPostmortem(incident.id)) ?? null;
  return {
    incident,
    postmortem,
    timeline: await listTimeline(incident.id),
    impact: await incidentImpact(incident),
    actionItems: await listActionItems({ incidentId: incident.id }),
    canClose: incident.status === "resolved" && postmortem?.status === "published",
  };
}

function statusChange(incident: IncidentRecord, from: PostmortemStatus, to: PostmortemStatus, caller: Caller, now: Date): { values: PostmortemValues; entry?: TimelineInput } {
  const refusal = postmortemMoveRefusal(from, to);
  if (refusal) throw new ChangeError("conflict", `status: ${refusal}`, "status");
  if (from === to) return { values: {} };
  if (to !== "published") return { values: { status: to } };
  return {
    values: { status: to, publishedAt: now },
    entry: { at: now, kind: "postmortem", text: `Postmortem published by ${caller.actor.label}${incident.status === "resolved" ? "; the incident may now be closed" : ""}`, actorLabel: caller.actor.label },
  };
}

/** Creates the postmortem (a draft, its author the caller) or changes its text; `status` moves it as setPostmortemStatus does. */
export async function createOrUpdatePostmortem({ caller, number, input }: { caller: Caller; number: number; input: PostmortemInput }): Promise<PostmortemRecord> {
  const incident = await writableIncident(caller, number);
  const existing = await findPostmortem(incident.id);
  const { status, ...text } = input;
  const from = existing?.status ?? "draft";
  const move = statusChange(incident, from, status ?? from, caller, new Date());
  const values: PostmortemValues = { ...Object.fromEntries(Object.entries(text).filter(([, v]) => v !== undefined)), ...move.values };
  if (!existing) values.authorId = caller.kind === "user" ? caller.userId : null;
  await savePostmortem({ incidentId: incident.id, incidentNumber: number, values, entry: move.entry }, caller.actor);
  emitChange({ entity: "postmortem", action: existing ? "updated" : "created", key: String(number), actor: caller.actor.label });
  if (move.entry) emitChange({ entity: "incident", action: "updated", key: String(number), actor: caller.actor.label });
  return (await findPostmortem(incident.id))!;
}

export async function setPostmortemStatus({ caller, number, status }: { caller: Caller; number: number; status: PostmortemStatus }): Promise<PostmortemRecord> {
  return createOrUpdatePostmortem({ caller, number, input: { status } });
}
