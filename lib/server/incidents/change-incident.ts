// Changing an incident (status, severity, roles, text, a note, an escalation): every change goes on its timeline.
import "server-only";
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { changeIncident as writeIncident, findIncidentById, findPostmortemStatus, type IncidentRecord, type IncidentValues, type TimelineInput } from "@/db/queries/incidents";
import type { Caller } from "@/lib/access/caller";
import { moveRefusal, stampsAfterMove, STATUS_LABELS } from "@/lib/incidents/lifecycle";
import type { IncidentPatchInput } from "@/lib/incidents/schemas";
import { INCIDENT_ROLES, type IncidentRole } from "@/lib/incidents/types";
import { emitChange } from "../change-events";
import { ChangeError, invalid, notFound } from "../errors";
import { writableIncident } from "./access";
import { escalationWords } from "./escalation";
import { emitIncident } from "./events";
import { personByEmail } from "./people";

const ROLE_WORDS: Record<IncidentRole, string> = { commander: "Incident commander", communications: "Communications lead", scribe: "Scribe" };
const ROLE_COLUMNS = { commander: "commanderId", communications: "communicationsId", scribe: "scribeId" } as const;

export async function changeIncident({ caller, number, input }: { caller: Caller; number: number; input: IncidentPatchInput }): Promise<IncidentRecord> {
  const incident = await writableIncident(caller, number);
  const now = new Date();
  const actor = caller.actor.label;
  const changes: Partial<IncidentValues> = { isHumanTouched: true };
  const entries: TimelineInput[] = [];

  if (input.severity && input.severity !== incident.severity) {
    changes.severity = input.severity;
    entries.push({ at: now, kind: "severity", text: `Severity ${incident.severity} → ${input.severity}`, actorLabel: actor });
  }
  if (input.status) {
    const policy = await getIncidentPolicy();
    const severity = changes.severity ?? incident.severity;
    const refusal = moveRefusal(incident.status, input.status, {
      postmortemRequired: policy.severities[severity].requiresPostmortem && !incident.isDrill,
      postmortemPublished: (await findPostmortemStatus(incident.id)) === "published",
    });
    if (refusal) throw new ChangeError(incident.status === input.status ? "invalid" : "conflict", refusal, "status");
    Object.assign(changes, { status: input.status }, stampsAfterMove(incident, input.status, now, { byPerson: true }));
    entries.push({ at: now, kind: "status", text: `${STATUS_LABELS[incident.status]} → ${STATUS_LABELS[input.status]}`, actorLabel: actor });
  }
  for (const role of INCIDENT_ROLES) {
    const email = input.roles?.[role];
    if (email === undefined) continue;
    const person = email === null ? null : await personByEmail(email, `roles.${role}`);
    if ((person?.id ?? null) === (incident[ROLE_COLUMNS[role]] ?? null)) continue;
    changes[ROLE_COLUMNS[role]] = person?.id ?? null;
    entries.push({ at: now, kind: "role", text: person ? `${ROLE_WORDS[role]}: ${person.name}` : `${ROLE_WORDS[role]}: nobody`, actorLabel: actor });
  }
  if (input.title !== undefined && input.title !== incident.title) {
    changes.title = input.title;
    entries.push({ at: now, kind: "status", text: `Title: ${input.title}`, actorLabel: actor });
  }
  if (input.summary !== undefined) changes.summary = input.summary;
  if (input.customerImpact !== undefined) changes.customerImpact = input.customerImpact;
  if (input.tags !== undefined) changes.tags = [...new Set(input.tags)];
  if (input.escalate) {
    if (incident.resolvedAt) throw invalid("escalate: a resolved incident is not escalated", "escalate");
    changes.escalatedAt = incident.escalatedAt ?? now;
    entries.push({ at: now, kind: "escalation", text: `Escalated by ${actor}: ${await escalationWords(incident.teamId, now)}`, actorLabel: actor });
  }
  if (input.note) entries.push({ at: now, kind: "note", text: input.note, actorLabel: actor });

  if (!(await writeIncident({ id: incident.id, changes, entries }, caller.actor))) throw notFound(`No incident #${number}`);
  emitChange({ entity: "incident", action: "updated", key: String(number), actor });
  if (changes.severity) emitIncident({ event: "severity_changed", incidentId: incident.id, number, previousSeverity: incident.severity });
  if (changes.status === "resolved") emitIncident({ event: "resolved", incidentId: incident.id, number });
  return (await findIncidentById(incident.id))!;
}
