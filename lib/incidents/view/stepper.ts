// The lifecycle stepper: each step with its instant, how long after the start it came, and whether it is done, current or ahead.
import { STATUS_LABELS, type LifecycleStamps } from "../lifecycle";
import { INCIDENT_STATUSES, type IncidentStatus } from "../types";
import { formatDuration } from "./format";

export type StepState = "done" | "current" | "skipped" | "upcoming";

export type Step = { status: IncidentStatus; label: string; at: Date | null; state: StepState; afterStart: string | null };

export type StepperFacts = LifecycleStamps & { status: IncidentStatus; startedAt: Date };

const instantOf = (facts: StepperFacts, status: IncidentStatus): Date | null =>
  ({
    triggered: facts.startedAt,
    acknowledged: facts.acknowledgedAt,
    investigating: facts.investigatingAt,
    mitigated: facts.mitigatedAt,
    resolved: facts.resolvedAt,
    closed: facts.closedAt,
  })[status];

export function lifecycleSteps(facts: StepperFacts): Step[] {
  const currentRank = INCIDENT_STATUSES.indexOf(facts.status);
  return INCIDENT_STATUSES.map((status, rank) => {
    const at = instantOf(facts, status);
    const state: StepState = rank === currentRank ? "current" : rank > currentRank ? "upcoming" : at ? "done" : "skipped";
    const afterStart = at && rank > 0 && state !== "upcoming" ? `+${formatDuration(at.getTime() - facts.startedAt.getTime())}` : null;
    return { status, label: STATUS_LABELS[status], at: state === "upcoming" ? null : at, state, afterStart };
  });
}
