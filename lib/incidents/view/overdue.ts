// Which of an incident's targets were missed, and by how much, in the words the header and the log show.
import { isOverdue, overdueState, type OverdueFacts } from "../lifecycle";
import type { IncidentPolicy } from "../policy";
import { formatDuration } from "./format";

export type OverdueView = {
  /** Open and past a target it has not met: the "Overdue" badge. */
  overdue: boolean;
  /** Each missed target, e.g. "Response target missed by 12 min". */
  missed: string[];
};

export function overdueView(incident: OverdueFacts, policy: IncidentPolicy, now: Date): OverdueView {
  const state = overdueState(incident, policy, now);
  const missed: string[] = [];
  if (state.responseMissed) {
    const respondedAt = incident.acknowledgedAt ?? incident.resolvedAt ?? now;
    missed.push(`Response target missed by ${formatDuration(respondedAt.getTime() - state.responseDueAt.getTime())}`);
  }
  if (state.resolutionMissed) {
    const resolvedAt = incident.resolvedAt ?? now;
    missed.push(`Resolution target missed by ${formatDuration(resolvedAt.getTime() - state.resolutionDueAt.getTime())}`);
  }
  return { overdue: isOverdue(incident, policy, now), missed };
}
