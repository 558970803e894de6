// The overdue and escalation rules applied to one open incident at an instant: which marks to set and what to say.
// Pure; lib/server/incidents/sweep.ts runs it over every open incident once a minute.
import { escalationDueAt, overdueState, type OverdueFacts } from "./lifecycle";
import type { IncidentPolicy } from "./policy";

export type SweepFacts = OverdueFacts & { escalatedAt: Date | null; responseOverdueAt: Date | null; resolutionOverdueAt: Date | null };

export type SweepOutcome = {
  changes: { responseOverdueAt?: Date; resolutionOverdueAt?: Date; escalatedAt?: Date };
  entries: string[];
};

/** 5 → "5 min", 60 → "1 h", 1440 → "1 day", 10080 → "1 week". */
export function minutesInWords(minutes: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 || word === "min" || word === "h" ? "" : "s"}`;
  if (minutes > 0 && minutes % 10_080 === 0) return unit(minutes / 10_080, "week");
  if (minutes > 0 && minutes % 1_440 === 0) return unit(minutes / 1_440, "day");
  if (minutes > 0 && minutes % 60 === 0) return unit(minutes / 60, "h");
  return unit(minutes, "min");
}

/**
 * What the sweep does to an open incident at `now`: a missed response or resolution target (the deadline itself is on
 * time) is marked once and, when the policy escalates overdue incidents, escalates with an entry; the severity's own
 * escalation happens once its delay has passed. Each mark is set once, so running it again changes nothing.
 */
export function sweepIncident(incident: SweepFacts, policy: IncidentPolicy, now: Date): SweepOutcome {
  const outcome: SweepOutcome = { changes: {}, entries: [] };
  const rule = policy.severities[incident.severity];
  const target = `${incident.severity} target`;
  let escalated = incident.escalatedAt !== null;
  if (policy.escalateWhenOverdue) {
    const state = overdueState(incident, policy, now);
    if (incident.acknowledgedAt === null && incident.responseOverdueAt === null && state.responseMissed) {
      outcome.changes.responseOverdueAt = now;
      outcome.entries.push(`Overdue: not acknowledged within ${minutesInWords(rule.respondWithinMinutes)} (${target}); escalated`);
      escalated = true;
    }
    if (incident.resolvedAt === null && incident.resolutionOverdueAt === null && state.resolutionMissed) {
      outcome.changes.resolutionOverdueAt = now;
      outcome.entries.push(`Overdue: not resolved within ${minutesInWords(rule.resolveWithinMinutes)} (${target}); escalated`);
      escalated = true;
    }
  }
  const due = escalationDueAt(incident.severity, incident.startedAt, policy);
  if (!escalated && due !== null && due.getTime() <= now.getTime()) {
    outcome.entries.push(`Escalated: the ${incident.severity} policy escalates ${rule.escalateAfterMinutes === 0 ? "at once" : `after ${minutesInWords(rule.escalateAfterMinutes!)}`}`);
    escalated = true;
  }
  if (escalated && incident.escalatedAt === null) outcome.changes.escalatedAt = now;
  return outcome;
}
