// The overdue and escalation sweep: once a minute (beside the SLO evaluator), every open incident past a target or its
// severity's escalation delay gets its mark and an escalation entry on its timeline, once.
import "server-only";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { changeIncident, listOpenIncidents } from "@/db/queries/incidents";
import { sweepIncident } from "@/lib/incidents/sweep";
import { emitChange } from "../change-events";
import { escalationWords } from "./escalation";

/** Applies the rules at `now`; returns the numbers of the incidents it changed. */
export async function sweepIncidents(now = new Date()): Promise<number[]> {
  const policy = await getIncidentPolicy();
  const changed: number[] = [];
  for (const incident of await listOpenIncidents()) {
    // A drill measures how fast people acknowledge and escalate; Keel leaves those steps to them.
    if (incident.isDrill) continue;
    const { changes, entries } = sweepIncident(incident, policy, now);
    if (!entries.length && !Object.keys(changes).length) continue;
    const paging = changes.escalatedAt ? `; ${await escalationWords(incident.teamId, now)}` : "";
    const texts = entries.map((text, index) => (index === entries.length - 1 ? text + paging : text));
    await changeIncident({ id: incident.id, changes, entries: texts.map((text) => ({ at: now, kind: "escalation" as const, text, actorLabel: "system" })) }, SYSTEM_ACTOR);
    emitChange({ entity: "incident", action: "updated", key: String(incident.number), actor: "system" });
    changed.push(incident.number);
  }
  return changed;
}

const globalForSweep = globalThis as unknown as { keelIncidentSweep?: NodeJS.Timeout };

/** Runs the sweep every `intervalMs` in this process (the server's start hook calls it beside the evaluator). */
export function startIncidentSweep(intervalMs = 60_000): void {
  if (globalForSweep.keelIncidentSweep) return;
  const tick = () => void sweepIncidents().catch((error: unknown) => console.error("incidents: the overdue sweep failed", error));
  globalForSweep.keelIncidentSweep = setInterval(tick, intervalMs);
  globalForSweep.keelIncidentSweep.unref();
  tick();
}
