// The buttons an incident page offers for its next moves, and why Close is refused when it is.
import { moveRefusal } from "../lifecycle";
import { INCIDENT_STATUSES, type IncidentStatus } from "../types";

export type Move = { to: IncidentStatus; label: string; refusal: string | null; primary: boolean };

const FORWARD: { to: IncidentStatus; label: string }[] = [
  { to: "acknowledged", label: "Acknowledge" },
  { to: "investigating", label: "Investigating" },
  { to: "mitigated", label: "Mitigated" },
  { to: "resolved", label: "Resolve" },
  { to: "closed", label: "Close" },
];

/**
 * Forward moves from the current status (steps may be skipped; Close only once resolved), then Reopen (back to
 * investigating) for a mitigated or resolved incident. Close stays listed with its refusal when a postmortem is missing.
 */
export function nextMoves(status: IncidentStatus, closing: { postmortemRequired: boolean; postmortemPublished: boolean }): Move[] {
  if (status === "closed") return [];
  const ahead = FORWARD.filter((m) => INCIDENT_STATUSES.indexOf(m.to) > INCIDENT_STATUSES.indexOf(status));
  const moves: Move[] = ahead
    .filter((m) => m.to !== "closed" || status === "resolved")
    .map((m, index) => ({ ...m, refusal: moveRefusal(status, m.to, closing), primary: index === 0 }));
  if (status === "mitigated" || status === "resolved") moves.push({ to: "investigating", label: "Reopen", refusal: null, primary: false });
  return moves;
}
