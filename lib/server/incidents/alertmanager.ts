// Alertmanager's webhook: a firing group opens an incident (or adds its new alerts to the open one for the same group key);
// when every alert of the group has resolved, the incident resolves, unless a person has acknowledged or changed it.
import "server-only";
import { findRunbookOfServices, recordAlertNotices, type AlertNotice } from "@/db/queries/alert-intake";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import { findIncidentById, findOpenIncidentByGroupKey, listTimeline, type IncidentRecord, type TimelineInput } from "@/db/queries/incidents";
import { findServiceBySlug, type ServiceWithTeam } from "@/db/queries/services";
import { callerHasScope, type Caller } from "@/lib/access/caller";
import { alertEntry, receiptOf, runbookOf, serviceLabels, severityOfGroup, startOfGroup, titleOfGroup, type AlertmanagerAlert, type AlertmanagerPayload } from "@/lib/incidents/alertmanager";
import { stampsAfterMove, STATUS_LABELS } from "@/lib/incidents/lifecycle";
import { SEVERITIES, type Severity } from "@/lib/incidents/types";
import { emitChange } from "../change-events";
import { assertTeamChange, refused } from "../errors";
import { emitIncident } from "./events";
import { openIncident } from "./open-incident";

export type AlertmanagerOutcome = { incident: number | null; action: "opened" | "updated" | "resolved" | "ignored" };

/** The services the group's `service` labels name, in order; labels naming no service are left out. */
async function knownServices(payload: AlertmanagerPayload): Promise<ServiceWithTeam[]> {
  const found: ServiceWithTeam[] = [];
  for (const slug of serviceLabels(payload)) {
    const service = await findServiceBySlug(slug);
    if (service) found.push(service);
  }
  return found;
}

/** A write token (or person) reaching the owning team; an incident without a known service belongs to no team. */
function assertMayReceive(caller: Caller, team: { id: number; slug: string } | null): void {
  if (team) assertTeamChange(caller, team, `incidents of team "${team.slug}"`);
  else if (!callerHasScope(caller, "write")) throw refused("This needs the 'write' scope.");
}

async function runbookLink(alert: AlertmanagerAlert, payload: AlertmanagerPayload, serviceIds: readonly number[]): Promise<{ title?: string; url: string } | null> {
  const runbook = runbookOf(alert, payload.commonAnnotations);
  if (!runbook) return null;
  if ("url" in runbook) return runbook;
  const stored = await findRunbookOfServices(serviceIds, runbook.slug);
  // A slug naming no stored runbook still tells the responder which one was meant.
  if (!stored) return { url: `${runbook.slug} (not found in Keel)` };
  return { title: stored.title, url: stored.url ?? `${runbook.slug}, stored in Keel` };
}

async function noticesOf(payload: AlertmanagerPayload, serviceIds: readonly number[], actorLabel: string, now: Date): Promise<AlertNotice[]> {
  const notices: AlertNotice[] = [];
  for (const alert of payload.alerts) {
    const { at, text } = alertEntry(alert, payload, await runbookLink(alert, payload, serviceIds), now);
    notices.push({ ...receiptOf(alert), entry: { at, kind: "alert", text, actorLabel } });
  }
  return notices;
}

/** Who kept the incident from resolving on its own: the latest person (not the system, not Alertmanager) on its timeline. */
async function whoTouched(incident: IncidentRecord, alertmanagerLabel: string): Promise<string> {
  const entries = await listTimeline(incident.id);
  const byPerson = entries.filter((e) => e.kind !== "alert" && e.kind !== "deploy" && e.actorLabel !== "system" && e.actorLabel !== alertmanagerLabel).at(-1);
  const who = byPerson?.actorLabel ?? "a person";
  return `${who} ${incident.acknowledgedAt ? "acknowledged" : "changed"} it`;
}

/**
 * What later alerts of the group change on the open incident: services they name that it lacks are added, and a firing
 * alert more severe than the incident raises its severity, unless a person has acknowledged or changed the incident
 * (then the timeline says so and the person decides). Severity is never lowered by alerts.
 */
async function laterAlertChanges(incident: IncidentRecord, payload: AlertmanagerPayload, now: Date) {
  const changes: { severity?: Severity } = {};
  const entries: TimelineInput[] = [];
  const known = new Set(incident.services.map((s) => s.id));
  const added = (await knownServices(payload)).filter((s) => !known.has(s.id));
  if (added.length) entries.push({ at: now, kind: "alert", text: `Services added from alerts: ${added.map((s) => s.name).join(", ")}`, actorLabel: "system" });
  if (payload.alerts.some((a) => a.status === "firing")) {
    const alerted = severityOfGroup(payload);
    if (SEVERITIES.indexOf(alerted) < SEVERITIES.indexOf(incident.severity)) {
      if (incident.isHumanTouched) {
        entries.push({ at: now, kind: "alert", text: `An alert of the group is ${alerted}; the severity stays ${incident.severity}, as a person is handling it`, actorLabel: "system" });
      } else {
        changes.severity = alerted;
        entries.push({ at: now, kind: "severity", text: `Severity ${incident.severity} → ${alerted}: a later alert of the group is ${alerted}`, actorLabel: "system" });
      }
    }
  }
  return { changes, entries, addServiceIds: added.map((s) => s.id) };
}

// Notifications of one group are handled one after another: two deliveries at once (Alertmanager peers, a retry) must
// not both find no open incident and open two.
const globalForGroups = globalThis as unknown as { keelAlertGroups?: Map<string, Promise<unknown>> };
const inFlight = (globalForGroups.keelAlertGroups ??= new Map<string, Promise<unknown>>());

export async function receiveAlertmanager(input: { caller: Caller; payload: AlertmanagerPayload }): Promise<AlertmanagerOutcome> {
  const key = input.payload.groupKey;
  const previous = inFlight.get(key) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(() => receive(input));
  inFlight.set(key, current);
  try {
    return await current;
  } finally {
    if (inFlight.get(key) === current) inFlight.delete(key);
  }
}

async function receive({ caller, payload }: { caller: Caller; payload: AlertmanagerPayload }): Promise<AlertmanagerOutcome> {
  const now = new Date();
  const actorLabel = caller.actor.label;
  const open = await findOpenIncidentByGroupKey(payload.groupKey);

  if (!open) {
    const services = await knownServices(payload);
    const owner = services[0];
    assertMayReceive(caller, owner ? { id: owner.teamId, slug: owner.teamSlug } : null);
    // A resolved group with no open incident: it was resolved by hand, or fired before Keel listened.
    if (payload.status === "resolved" || !payload.alerts.some((a) => a.status === "firing")) return { incident: null, action: "ignored" };
    const start = startOfGroup(payload);
    const notices = await noticesOf(payload, services.map((s) => s.id), actorLabel, now);
    const opened = await openIncident(
      {
        title: titleOfGroup(payload),
        severity: severityOfGroup(payload),
        services,
        summary: payload.commonAnnotations.description?.trim() ?? "",
        startedAt: start.getTime() > now.getTime() ? now : start,
        source: "alertmanager",
        alertGroupKey: payload.groupKey,
      },
      caller.actor,
    );
    await recordAlertNotices({ id: opened.id, notices }, caller.actor);
    return { incident: opened.number, action: "opened" };
  }

  const incident = (await findIncidentById(open.id))!;
  assertMayReceive(caller, incident.teamId !== null && incident.teamSlug !== null ? { id: incident.teamId, slug: incident.teamSlug } : null);
  const notices = await noticesOf(payload, incident.services.map((s) => s.id), actorLabel, now);
  const allResolved = payload.status === "resolved" && payload.alerts.every((a) => a.status === "resolved");

  if (allResolved && !incident.isHumanTouched) {
    const changes = { status: "resolved" as const, ...stampsAfterMove(incident, "resolved", now, { byPerson: false }) };
    const entry = { at: now, kind: "status" as const, text: `${STATUS_LABELS[incident.status]} → ${STATUS_LABELS.resolved}: all alerts of the group resolved`, actorLabel: "system" };
    await recordAlertNotices({ id: incident.id, notices, changes, entries: [entry] }, SYSTEM_ACTOR);
    emitChange({ entity: "incident", action: "updated", key: String(incident.number), actor: "system" });
    emitIncident({ event: "resolved", incidentId: incident.id, number: incident.number });
    return { incident: incident.number, action: "resolved" };
  }

  const recorded = await recordAlertNotices({ id: incident.id, notices }, caller.actor);
  if (!recorded?.newAlerts) return { incident: incident.number, action: "ignored" };
  // Only alerts not seen before may change the incident: a re-sent group changes nothing and says nothing twice.
  const { changes, entries, addServiceIds } = await laterAlertChanges(incident, payload, now);
  if (entries.length) await recordAlertNotices({ id: incident.id, notices: [], changes, entries, addServiceIds }, SYSTEM_ACTOR);
  if (changes.severity) emitIncident({ event: "severity_changed", incidentId: incident.id, number: incident.number, previousSeverity: incident.severity });
  if (allResolved) {
    const text = `All alerts resolved; left open because ${await whoTouched(incident, actorLabel)}`;
    await recordAlertNotices({ id: incident.id, notices: [], entries: [{ at: now, kind: "alert", text, actorLabel: "system" }] }, SYSTEM_ACTOR);
  }
  emitChange({ entity: "incident", action: "updated", key: String(incident.number), actor: actorLabel });
  return { incident: incident.number, action: "updated" };
}
