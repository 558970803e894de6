"use server";
// Incident changes from the browser: each parses its form and calls one change function, which checks the owning team.
import { flash } from "@/lib/actions/flash";
import { formAction } from "@/lib/actions/form-action";
import { incidentCreateSchema, incidentPatchSchema, timelineNoteEditSchema, timelineNoteSchema } from "@/lib/incidents/schemas";
import { INCIDENT_ROLES } from "@/lib/incidents/types";
import { tagsFromText } from "@/lib/incidents/view/rows";
import { changeIncident } from "@/lib/server/incidents/change-incident";
import { declareIncident } from "@/lib/server/incidents/declare-incident";
import { addNote, editNote } from "@/lib/server/incidents/notes";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : undefined;
};
const orUndefined = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value);

/** Schema paths to the form field that shows them: `services.0`, `services[0]` → services; `tags.2` → tags; `roles.scribe` → scribe. */
function fieldOf(path: string, message: string) {
  const field = path.replace(/[.[].*$/, "");
  if (field === "roles") return { field: path.split(".")[1] ?? "roles", message };
  return { field, message };
}

export const declareIncidentAction = formAction({
  role: "editor",
  schema: incidentCreateSchema,
  input: (formData) => ({
    title: text(formData, "title"),
    severity: text(formData, "severity"),
    services: formData.getAll("services").filter((v): v is string => typeof v === "string"),
    summary: text(formData, "summary"),
    customerImpact: text(formData, "customerImpact"),
    tags: tagsFromText(text(formData, "tags") ?? ""),
    startedAt: orUndefined(text(formData, "startedAt")),
    commander: orUndefined(text(formData, "commander")),
  }),
  field: fieldOf,
  failure: "The incident could not be declared. Try again.",
  run: async ({ caller, input }) => {
    const incident = await declareIncident({ caller, input });
    await flash(`Incident #${incident.number} declared.`);
    return { revalidate: ["/incidents"], redirectTo: `/incidents/${incident.number}` };
  },
});

/** Only the fields a form holds: the moves, severity, roles, details and escalate forms each send their own. */
function patchOf(formData: FormData) {
  const patch: Record<string, unknown> = {};
  for (const key of ["status", "severity", "title", "summary", "customerImpact"] as const) {
    const value = text(formData, key);
    if (value !== undefined) patch[key] = value;
  }
  const tags = text(formData, "tags");
  if (tags !== undefined) patch.tags = tagsFromText(tags);
  if (text(formData, "escalate") === "true") patch.escalate = true;
  const roles: Record<string, string | null> = {};
  for (const role of INCIDENT_ROLES) {
    const value = text(formData, role);
    if (value !== undefined) roles[role] = value === "" ? null : value;
  }
  if (Object.keys(roles).length) patch.roles = roles;
  return patch;
}

const MOVE_WORDS: Record<string, string> = {
  acknowledged: "acknowledged",
  investigating: "marked investigating",
  mitigated: "marked mitigated",
  resolved: "resolved",
  closed: "closed",
};

export const changeIncidentAction = formAction<typeof incidentPatchSchema, [number: number]>({
  role: "editor",
  schema: incidentPatchSchema,
  input: patchOf,
  field: fieldOf,
  failure: "The incident could not be changed. Try again.",
  run: async ({ caller, input, args: [number] }) => {
    const incident = await changeIncident({ caller, number, input });
    const message = input.status ? `Incident #${number} ${MOVE_WORDS[incident.status] ?? incident.status}.` : input.escalate ? `Incident #${number} escalated.` : "Saved.";
    return { message, revalidate: [`/incidents/${number}`, "/incidents"] };
  },
});

export const addNoteAction = formAction<typeof timelineNoteSchema, [number: number]>({
  role: "editor",
  schema: timelineNoteSchema,
  input: (formData) => ({ text: text(formData, "text"), at: orUndefined(text(formData, "at")) }),
  failure: "The note could not be added. Try again.",
  run: async ({ caller, input, args: [number] }) => {
    await addNote({ caller, number, input });
    return { message: "Note added.", revalidate: [`/incidents/${number}`] };
  },
});

const noteEditSchema = timelineNoteEditSchema.refine((v) => v.text !== undefined || v.at !== undefined, { message: "change the text or the time", path: ["text"] });

export const editNoteAction = formAction<typeof noteEditSchema, [number: number, entryId: number]>({
  role: "editor",
  schema: noteEditSchema,
  input: (formData) => ({ text: text(formData, "text"), at: orUndefined(text(formData, "at")) }),
  failure: "The note could not be saved. Try again.",
  run: async ({ caller, input, args: [number, entryId] }) => {
    await editNote({ caller, number, entryId, input });
    return { message: "Note saved.", revalidate: [`/incidents/${number}`] };
  },
});
