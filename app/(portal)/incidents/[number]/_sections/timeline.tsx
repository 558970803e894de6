// The incident's timeline, with note forms for people who may change the incident.
import type { IncidentRecord } from "@/db/queries/incidents";
import { Timeline } from "@/components/incidents/timeline";
import { addNoteAction, editNoteAction } from "../../actions";
import { loadTimeline } from "../_data";

export async function IncidentTimeline({ incident, canEdit }: { incident: IncidentRecord; canEdit: boolean }) {
  const entries = await loadTimeline(incident.id);
  const items = entries.map((e) => ({ id: e.id, atIso: e.at.toISOString(), kind: e.kind, text: e.text, actor: e.actorLabel, editedAtIso: e.editedAt?.toISOString() ?? null }));
  return (
    <Timeline
      items={items}
      addNote={canEdit ? addNoteAction.bind(null, incident.number) : undefined}
      editNote={canEdit ? (entryId) => editNoteAction.bind(null, incident.number, entryId) : undefined}
    />
  );
}
