// An incident's lifecycle: which moves are allowed, which instants a move stamps, and when an incident is overdue.
import type { IncidentPolicy } from "./policy";
import { INCIDENT_STATUSES, type IncidentStatus, type Severity } from "./types";

export type LifecycleStamps = {
  acknowledgedAt: Date | null;
  investigatingAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

const rank = (status: IncidentStatus) => INCIDENT_STATUSES.indexOf(status);

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  triggered: "Triggered",
  acknowledged: "Acknowledged",
  investigating: "Investigating",
  mitigated: "Mitigated",
  resolved: "Resolved",
  closed: "Closed",
};

/** Open = still being worked on (before resolved). */
export const isOpen = (status: IncidentStatus) => rank(status) < rank("resolved");

/**
 * Why a move is refused, or null. Moves go forward (steps may be skipped); an incident that is mitigated or resolved may be
 * reopened (back to acknowledged or investigating); nothing goes back to triggered, and a closed incident stays closed.
 * Closing needs a resolved incident and, where the severity requires one, a published postmortem.
 */
export function moveRefusal(from: IncidentStatus, to: IncidentStatus, closing: { postmortemRequired: boolean; postmortemPublished: boolean }): string | null {
  if (from === to) return `The incident is already ${to}`;
  if (from === "closed") return "A closed incident cannot change status";
  if (to === "triggered") return "An incident cannot go back to triggered";
  if (to === "closed") {
    if (from !== "resolved") return "Resolve the incident before closing it";
    if (closing.postmortemRequired && !closing.postmortemPublished) return "This severity needs a published postmortem before the incident is closed";
  }
  return null;
}

/**
 * The instants after a move to `to` at `at`. Each step's instant is kept from the first time it was reached; a person
 * moving it past triggered has acknowledged it. Reopening clears the instants of the steps it goes back before.
 */
export function stampsAfterMove(current: LifecycleStamps, to: IncidentStatus, at: Date, { byPerson }: { byPerson: boolean }): LifecycleStamps {
  // Only the stamps: callers pass whole incident records, whose other fields (status among them) must not ride along.
  const next: LifecycleStamps = {
    acknowledgedAt: current.acknowledgedAt,
    investigatingAt: current.investigatingAt,
    mitigatedAt: current.mitigatedAt,
    resolvedAt: current.resolvedAt,
    closedAt: current.closedAt,
  };
  const reached = rank(to);
  if (reached < rank("mitigated")) next.mitigatedAt = null;
  if (reached < rank("resolved")) next.resolvedAt = null;
  if (reached < rank("closed")) next.closedAt = null;
  if (byPerson || to === "acknowledged") next.acknowledgedAt ??= at;
  if (to === "investigating") next.investigatingAt ??= at;
  if (to === "mitigated") next.mitigatedAt ??= at;
  if (to === "resolved" || to === "closed") next.resolvedAt ??= at;
  if (to === "closed") next.closedAt = at;
  return next;
}

export type OverdueFacts = { severity: Severity; status: IncidentStatus; startedAt: Date; acknowledgedAt: Date | null; resolvedAt: Date | null };

export type Overdue = {
  /** The response target's deadline, and whether it was (or is) missed. */
  responseDueAt: Date;
  responseMissed: boolean;
  resolutionDueAt: Date;
  resolutionMissed: boolean;
};

/**
 * Response and resolution targets against the instants (or `now` while they are not reached). A target is missed when
 * its instant came after the deadline, or is still missing after it; the deadline minute itself is on time.
 */
export function overdueState(incident: OverdueFacts, policy: IncidentPolicy, now: Date): Overdue {
  const rule = policy.severities[incident.severity];
  const start = incident.startedAt.getTime();
  const responseDueAt = new Date(start + rule.respondWithinMinutes * 60_000);
  const resolutionDueAt = new Date(start + rule.resolveWithinMinutes * 60_000);
  const acknowledged = incident.acknowledgedAt ?? (isOpen(incident.status) ? null : incident.resolvedAt);
  const responseAt = acknowledged ?? now;
  const resolutionAt = incident.resolvedAt ?? now;
  return {
    responseDueAt,
    responseMissed: responseAt.getTime() > responseDueAt.getTime(),
    resolutionDueAt,
    resolutionMissed: resolutionAt.getTime() > resolutionDueAt.getTime(),
  };
}

/** Overdue now: open and past a target it has not met. */
export function isOverdue(incident: OverdueFacts, policy: IncidentPolicy, now: Date): boolean {
  if (!isOpen(incident.status)) return false;
  const state = overdueState(incident, policy, now);
  return (incident.acknowledgedAt === null && state.responseMissed) || state.resolutionMissed;
}

/** When the severity's escalation is due (null: it never escalates on its own). */
export function escalationDueAt(severity: Severity, startedAt: Date, policy: IncidentPolicy): Date | null {
  const after = policy.severities[severity].escalateAfterMinutes;
  return after === null ? null : new Date(startedAt.getTime() + after * 60_000);
}
