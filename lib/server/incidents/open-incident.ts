// Opening an incident, for every way one starts (a person, Alertmanager, the SLO engine, a drill): number it, assign it,
// put its first entries (declaration, recent deploys of its services, an immediate escalation) on the timeline, and tell.
import "server-only";
import { listDeploymentsBetween } from "@/db/queries/deploys";
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { findIncidentById, insertIncident, type IncidentRecord, type TimelineInput } from "@/db/queries/incidents";
import type { ServiceWithTeam } from "@/db/queries/services";
import type { Actor } from "@/lib/access/types";
import { escalationDueAt } from "@/lib/incidents/lifecycle";
import type { IncidentSource, Severity } from "@/lib/incidents/types";
import { emitChange } from "../change-events";
import { assigneeFor, escalationWords } from "./escalation";
import { emitIncident } from "./events";

export type OpenIncidentInput = {
  title: string;
  severity: Severity;
  services: readonly ServiceWithTeam[];
  summary?: string;
  customerImpact?: string;
  tags?: readonly string[];
  startedAt?: Date;
  source: IncidentSource;
  isDrill?: boolean;
  commanderId?: number | null;
  sloId?: number | null;
  alertGroupKey?: string | null;
  /** Entries that come with the opening (the alerts that fired, the drill's fault injection). */
  entries?: readonly TimelineInput[];
  /** The drill this incident runs, marked running with it. */
  drill?: { id: number; faultInjectedAt: Date };
};

const SOURCE_WORDS: Record<IncidentSource, string> = { manual: "Declared", alertmanager: "Opened by Alertmanager", slo: "Opened by the SLO engine", drill: "Drill started" };

export async function openIncident(input: OpenIncidentInput, actor: Actor): Promise<IncidentRecord> {
  const policy = await getIncidentPolicy();
  const now = new Date();
  const startedAt = input.startedAt ?? now;
  const first = input.services[0];
  const windowStart = new Date(startedAt.getTime() - policy.deployWindowMinutes * 60_000);
  const deploys = await listDeploymentsBetween(
    input.services.map((s) => s.id),
    windowStart,
    startedAt,
  );
  const entries: TimelineInput[] = [
    ...deploys.map((d) => ({ at: d.at, kind: "deploy" as const, text: `Deploy of ${d.serviceSlug} ${d.version}${d.description ? `: ${d.description}` : ""} (recorded by ${d.recordedBy})`, actorLabel: "system" })),
    { at: startedAt, kind: "status", text: `${SOURCE_WORDS[input.source]} as ${input.severity} by ${actor.label}`, actorLabel: actor.label },
    ...(input.entries ?? []),
  ];
  const teamId = first?.teamId ?? null;
  // Drills are assigned and escalated by the people running them: their timings measure exactly that.
  const assignee = input.isDrill ? null : await assigneeFor(teamId, now);
  if (first && !input.isDrill) {
    entries.push({ at: now, kind: "assignment", text: assignee ? `Assigned to ${assignee.name}, on call (${assignee.schedule})` : `Nobody is on call for ${first.teamName}: assign someone`, actorLabel: "system" });
  }
  const escalateAt = escalationDueAt(input.severity, startedAt, policy);
  const escalatesNow = !input.isDrill && escalateAt !== null && escalateAt.getTime() <= now.getTime();
  if (escalatesNow) {
    const after = policy.severities[input.severity].escalateAfterMinutes;
    entries.push({ at: now, kind: "escalation", text: `Escalated: the ${input.severity} policy escalates ${after === 0 ? "at once" : `after ${after} minutes`}; ${await escalationWords(teamId, now)}`, actorLabel: "system" });
  }
  const created = await insertIncident(
    {
      values: {
        title: input.title,
        severity: input.severity,
        status: "triggered",
        summary: input.summary ?? "",
        customerImpact: input.customerImpact ?? "",
        tags: [...(input.tags ?? [])],
        source: input.source,
        isDrill: input.isDrill ?? false,
        teamId,
        assigneeId: assignee?.userId ?? null,
        startedAt,
        escalatedAt: escalatesNow ? now : null,
        commanderId: input.commanderId ?? null,
        sloId: input.sloId ?? null,
        alertGroupKey: input.alertGroupKey ?? null,
      },
      serviceIds: input.services.map((s) => s.id),
      entries,
      drill: input.drill,
    },
    actor,
  );
  emitChange({ entity: "incident", action: "created", key: String(created.number), actor: actor.label });
  emitIncident({ event: "declared", incidentId: created.id, number: created.number });
  return (await findIncidentById(created.id))!;
}
